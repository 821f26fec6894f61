-- A small web shop with guest checkout, MySQL 8.0.16+ / MariaDB 10.11 (InnoDB).
-- The server runs with time_zone = '+00:00', so CURRENT_TIMESTAMP(6) is UTC.

CREATE TABLE categories (
    category_id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    parent_category_id BIGINT UNSIGNED NULL,  -- NULL for a top-level category
    slug               VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name               VARCHAR(100)    NOT NULL,
    created_at         DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (category_id),
    UNIQUE KEY uq_categories_slug (slug),
    -- Sibling names are unique (InnoDB treats NULLs as distinct, so not across top-level ones).
    UNIQUE KEY uq_categories_parent_name (parent_category_id, name),
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_category_id) REFERENCES categories (category_id),
    CONSTRAINT ck_categories_slug CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
    product_id  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    category_id BIGINT UNSIGNED NOT NULL,
    sku         VARCHAR(40) CHARACTER SET ascii NOT NULL,
    name        VARCHAR(200)    NOT NULL,
    description TEXT            NULL,
    price       DECIMAL(10,2)   NOT NULL,
    is_active   BOOLEAN         NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (product_id),
    UNIQUE KEY uq_products_sku (sku),
    KEY ix_products_category_active (category_id, is_active),  -- category pages
    KEY ix_products_name (name),                               -- search
    CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (category_id),
    CONSTRAINT ck_products_price CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE inventory (
    product_id        BIGINT UNSIGNED NOT NULL,
    quantity_on_hand  INT UNSIGNED    NOT NULL DEFAULT 0,
    quantity_reserved INT UNSIGNED    NOT NULL DEFAULT 0,  -- held by unpaid orders
    reorder_level     INT UNSIGNED    NOT NULL DEFAULT 0,
    created_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (product_id),
    CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (product_id),
    CONSTRAINT ck_inventory_reserved CHECK (quantity_reserved <= quantity_on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
  COMMENT='Stock levels, kept apart from products because they change on every sale';

CREATE TABLE carts (
    cart_id    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    token      BINARY(16)      NOT NULL,  -- the cookie value: 128 random bits from the application
    expires_at DATETIME(6)     NOT NULL DEFAULT (CURRENT_TIMESTAMP(6) + INTERVAL 30 DAY),
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (cart_id),
    UNIQUE KEY uq_carts_token (token),
    KEY ix_carts_expires_at (expires_at),
    CONSTRAINT ck_carts_expires_at CHECK (expires_at > created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
  COMMENT='Retention: a nightly job deletes carts whose expires_at has passed';

CREATE TABLE cart_items (
    cart_id    BIGINT UNSIGNED NOT NULL,
    product_id BIGINT UNSIGNED NOT NULL,
    quantity   INT UNSIGNED    NOT NULL,
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (cart_id, product_id),
    KEY ix_cart_items_product_id (product_id),
    CONSTRAINT fk_cart_items_cart FOREIGN KEY (cart_id) REFERENCES carts (cart_id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_items_product FOREIGN KEY (product_id) REFERENCES products (product_id),
    CONSTRAINT ck_cart_items_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Contact and shipping details are copied into the order, as they were at checkout.
CREATE TABLE orders (
    order_id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    order_number      VARCHAR(20) CHARACTER SET ascii NOT NULL,
    email             VARCHAR(254)    NOT NULL,
    ship_name         VARCHAR(200)    NOT NULL,
    ship_line1        VARCHAR(200)    NOT NULL,
    ship_line2        VARCHAR(200)    NULL,
    ship_city         VARCHAR(100)    NOT NULL,
    ship_postal_code  VARCHAR(20)     NULL,  -- not every country has postal codes
    ship_country_code CHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- ISO 3166-1 alpha-2
    status            ENUM('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded') NOT NULL DEFAULT 'pending',
    shipping_fee      DECIMAL(10,2)   NOT NULL DEFAULT 0.00,
    paid_at           DATETIME(6)     NULL,
    shipped_at        DATETIME(6)     NULL,
    created_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (order_id),
    UNIQUE KEY uq_orders_order_number (order_number),
    KEY ix_orders_email_created (email, created_at),    -- "my orders"
    KEY ix_orders_status_created (status, created_at),  -- the fulfilment queue
    CONSTRAINT ck_orders_shipping_fee CHECK (shipping_fee >= 0),
    CONSTRAINT ck_orders_country CHECK (ship_country_code REGEXP '^[A-Z]{2}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_items (
    order_id   BIGINT UNSIGNED NOT NULL,
    product_id BIGINT UNSIGNED NOT NULL,
    quantity   INT UNSIGNED    NOT NULL,
    unit_price DECIMAL(10,2)   NOT NULL,  -- the price paid, not today's price
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (order_id, product_id),
    KEY ix_order_items_product_id (product_id),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (order_id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (product_id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_items_unit_price CHECK (unit_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
