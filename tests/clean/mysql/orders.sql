-- Single-company order system, MySQL 8.0.16+ / MariaDB 10.11 (InnoDB).
-- The server runs with time_zone = '+00:00', so CURRENT_TIMESTAMP(6) is UTC.
-- Money is DECIMAL in one house currency.

CREATE TABLE customers (
    customer_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    email       VARCHAR(254)    NOT NULL,   -- the default collation is case-insensitive, so UNIQUE is too
    full_name   VARCHAR(200)    NOT NULL,
    phone       VARCHAR(32)     NULL,       -- optional; E.164 plus room for an extension
    created_at  DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (customer_id),
    UNIQUE KEY uq_customers_email (email),
    KEY ix_customers_full_name (full_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customer_addresses (
    address_id   BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT UNSIGNED NOT NULL,
    line1        VARCHAR(200)    NOT NULL,
    line2        VARCHAR(200)    NULL,
    city         VARCHAR(100)    NOT NULL,
    region       VARCHAR(100)    NULL,      -- not every country has states or provinces
    postal_code  VARCHAR(20)     NULL,      -- not every country has postal codes
    country_code CHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- ISO 3166-1 alpha-2
    created_at   DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (address_id),
    KEY ix_customer_addresses_customer_id (customer_id),
    CONSTRAINT fk_customer_addresses_customer FOREIGN KEY (customer_id) REFERENCES customers (customer_id),
    CONSTRAINT ck_customer_addresses_country CHECK (country_code REGEXP '^[A-Z]{2}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
    product_id      BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    sku             VARCHAR(40)     NOT NULL,
    name            VARCHAR(200)    NOT NULL,
    description     TEXT            NULL,
    unit_price      DECIMAL(12,2)   NOT NULL,
    discontinued_at DATETIME(6)     NULL,   -- NULL while the product is on sale
    created_at      DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (product_id),
    UNIQUE KEY uq_products_sku (sku),
    KEY ix_products_name (name),
    CONSTRAINT ck_products_unit_price CHECK (unit_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
    order_id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    order_number        VARCHAR(20)     NOT NULL,  -- customer-facing reference, e.g. SO-2024-000123
    customer_id         BIGINT UNSIGNED NOT NULL,
    shipping_address_id BIGINT UNSIGNED NOT NULL,
    status              VARCHAR(20)     NOT NULL DEFAULT 'pending',
    shipping_fee        DECIMAL(12,2)   NOT NULL DEFAULT 0.00,
    shipped_at          DATETIME(6)     NULL,
    created_at          DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (order_id),
    UNIQUE KEY uq_orders_order_number (order_number),
    KEY ix_orders_customer_created (customer_id, created_at),  -- a customer's order history
    KEY ix_orders_shipping_address_id (shipping_address_id),
    KEY ix_orders_status_created (status, created_at),         -- the fulfilment queue
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (customer_id),
    CONSTRAINT fk_orders_shipping_address FOREIGN KEY (shipping_address_id) REFERENCES customer_addresses (address_id),
    CONSTRAINT ck_orders_status CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    CONSTRAINT ck_orders_shipping_fee CHECK (shipping_fee >= 0),
    CONSTRAINT ck_orders_shipped_at CHECK (shipped_at IS NULL OR shipped_at >= created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Lines are keyed by their order and position, so InnoDB stores them next to each other.
CREATE TABLE order_lines (
    order_id    BIGINT UNSIGNED   NOT NULL,
    line_number SMALLINT UNSIGNED NOT NULL,
    product_id  BIGINT UNSIGNED   NOT NULL,
    quantity    INT UNSIGNED      NOT NULL,
    unit_price  DECIMAL(12,2)     NOT NULL,  -- price when ordered, not today's list price
    created_at  DATETIME(6)       NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)       NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (order_id, line_number),
    KEY ix_order_lines_product_id (product_id),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (order_id) ON DELETE CASCADE,
    CONSTRAINT fk_order_lines_product FOREIGN KEY (product_id) REFERENCES products (product_id),
    CONSTRAINT ck_order_lines_line_number CHECK (line_number > 0),
    CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_lines_unit_price CHECK (unit_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
