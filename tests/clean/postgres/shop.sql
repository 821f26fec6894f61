-- A small web shop with guest checkout, PostgreSQL 15+.

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

CREATE TABLE categories (
    category_id        integer GENERATED ALWAYS AS IDENTITY,
    parent_category_id integer      REFERENCES categories (category_id),  -- NULL for a top-level category
    slug               varchar(100) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               varchar(100) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT categories_pkey PRIMARY KEY (category_id),
    CONSTRAINT categories_slug_key UNIQUE (slug),
    -- Sibling names are unique, top-level ones included.
    CONSTRAINT categories_parent_name_key UNIQUE NULLS NOT DISTINCT (parent_category_id, name)
);

CREATE TABLE products (
    product_id  integer GENERATED ALWAYS AS IDENTITY,
    category_id integer       NOT NULL REFERENCES categories (category_id),
    sku         varchar(40)   NOT NULL,
    name        varchar(200)  NOT NULL,
    description text,
    price       numeric(10,2) NOT NULL CHECK (price >= 0),
    is_active   boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT products_pkey PRIMARY KEY (product_id),
    CONSTRAINT products_sku_key UNIQUE (sku)
);

-- Category pages list active products; search is by name.
CREATE INDEX products_category_id_idx ON products (category_id, is_active);
CREATE INDEX products_name_idx ON products (name) WHERE is_active;

-- Stock levels change on every sale, so they live apart from the catalog row.
CREATE TABLE inventory (
    product_id        integer     NOT NULL REFERENCES products (product_id),
    quantity_on_hand  integer     NOT NULL DEFAULT 0,
    quantity_reserved integer     NOT NULL DEFAULT 0,  -- held by unpaid orders
    reorder_level     integer     NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT inventory_pkey PRIMARY KEY (product_id),
    CONSTRAINT inventory_quantities_check CHECK (quantity_reserved BETWEEN 0 AND quantity_on_hand)
);

-- Retention: a nightly job deletes carts whose expires_at has passed.
CREATE TABLE carts (
    cart_id    integer GENERATED ALWAYS AS IDENTITY,
    token      uuid        NOT NULL DEFAULT gen_random_uuid(),  -- the cookie value
    expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT carts_pkey PRIMARY KEY (cart_id),
    CONSTRAINT carts_token_key UNIQUE (token),
    CONSTRAINT carts_expires_at_check CHECK (expires_at > created_at)
);

CREATE INDEX carts_expires_at_idx ON carts (expires_at);

CREATE TABLE cart_items (
    cart_id    integer     NOT NULL REFERENCES carts (cart_id) ON DELETE CASCADE,
    product_id integer     NOT NULL REFERENCES products (product_id),
    quantity   integer     NOT NULL CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cart_items_pkey PRIMARY KEY (cart_id, product_id)
);

CREATE INDEX cart_items_product_id_idx ON cart_items (product_id);

-- Contact and shipping details are copied into the order, as they were at checkout.
CREATE TABLE orders (
    order_id          integer GENERATED ALWAYS AS IDENTITY,
    order_number      varchar(20)   NOT NULL,
    email             varchar(254)  NOT NULL CHECK (email = lower(email)),
    ship_name         varchar(200)  NOT NULL,
    ship_line1        varchar(200)  NOT NULL,
    ship_line2        varchar(200),
    ship_city         varchar(100)  NOT NULL,
    ship_postal_code  varchar(20),                -- not every country has postal codes
    ship_country_code char(2)       NOT NULL CHECK (ship_country_code ~ '^[A-Z]{2}$'),
    status            order_status  NOT NULL DEFAULT 'pending',
    shipping_fee      numeric(10,2) NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    paid_at           timestamptz,
    shipped_at        timestamptz,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT orders_pkey PRIMARY KEY (order_id),
    CONSTRAINT orders_order_number_key UNIQUE (order_number)
);

-- "My orders" by e-mail, and the fulfilment queue.
CREATE INDEX orders_email_idx ON orders (email, created_at DESC);
CREATE INDEX orders_status_idx ON orders (status, created_at);

CREATE TABLE order_items (
    order_id   integer       NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    product_id integer       NOT NULL REFERENCES products (product_id),
    quantity   integer       NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0),  -- the price paid, not today's price
    created_at timestamptz   NOT NULL DEFAULT now(),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT order_items_pkey PRIMARY KEY (order_id, product_id)
);

CREATE INDEX order_items_product_id_idx ON order_items (product_id);
