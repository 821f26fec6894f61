-- Single-company order system, PostgreSQL 15+.
-- updated_at is set by the application on every UPDATE; money is numeric in one house currency.

CREATE TABLE customers (
    customer_id bigint GENERATED ALWAYS AS IDENTITY,
    email       varchar(254) NOT NULL,
    full_name   varchar(200) NOT NULL,
    phone       varchar(32),                 -- optional; E.164 plus room for an extension
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT customers_pkey PRIMARY KEY (customer_id),
    CONSTRAINT customers_email_key UNIQUE (email),
    -- Stored lower-case so the UNIQUE constraint is case-insensitive.
    CONSTRAINT customers_email_lower_check CHECK (email = lower(email))
);

-- Back-office search by name.
CREATE INDEX customers_full_name_idx ON customers (full_name);

CREATE TABLE customer_addresses (
    address_id   bigint GENERATED ALWAYS AS IDENTITY,
    customer_id  bigint       NOT NULL REFERENCES customers (customer_id),
    line1        varchar(200) NOT NULL,
    line2        varchar(200),
    city         varchar(100) NOT NULL,
    region       varchar(100),               -- not every country has states or provinces
    postal_code  varchar(20),                -- not every country has postal codes
    country_code char(2)      NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),  -- ISO 3166-1 alpha-2
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT customer_addresses_pkey PRIMARY KEY (address_id)
);

CREATE INDEX customer_addresses_customer_id_idx ON customer_addresses (customer_id);

CREATE TABLE products (
    product_id      bigint GENERATED ALWAYS AS IDENTITY,
    sku             varchar(40)   NOT NULL,
    name            varchar(200)  NOT NULL,
    description     text,
    unit_price      numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    discontinued_at timestamptz,               -- NULL while the product is on sale
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT products_pkey PRIMARY KEY (product_id),
    CONSTRAINT products_sku_key UNIQUE (sku)
);

CREATE INDEX products_name_idx ON products (name);

CREATE TABLE orders (
    order_id            bigint GENERATED ALWAYS AS IDENTITY,
    order_number        varchar(20)   NOT NULL,  -- customer-facing reference, e.g. SO-2024-000123
    customer_id         bigint        NOT NULL REFERENCES customers (customer_id),
    shipping_address_id bigint        NOT NULL REFERENCES customer_addresses (address_id),
    status              varchar(20)   NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    shipping_fee        numeric(12,2) NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    shipped_at          timestamptz,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT orders_pkey PRIMARY KEY (order_id),
    CONSTRAINT orders_order_number_key UNIQUE (order_number),
    CONSTRAINT orders_shipped_at_check CHECK (shipped_at IS NULL OR shipped_at >= created_at)
);

-- A customer's order history, newest first.
CREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC);
CREATE INDEX orders_shipping_address_id_idx ON orders (shipping_address_id);
-- The fulfilment queue: only orders still waiting to ship.
CREATE INDEX orders_open_idx ON orders (status, created_at) WHERE status IN ('pending', 'paid');

-- Lines are keyed by their order and position.
CREATE TABLE order_lines (
    order_id    bigint        NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    line_number smallint      NOT NULL CHECK (line_number > 0),
    product_id  bigint        NOT NULL REFERENCES products (product_id),
    quantity    integer       NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12,2) NOT NULL CHECK (unit_price >= 0),  -- price when ordered, not today's list price
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_number)
);

CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);
