CREATE TABLE customers (
    id   BIGINT       NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE addresses (
    id          BIGINT       NOT NULL,
    customer_id BIGINT       NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_addresses_customer (customer_id),
    FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id                  BIGINT NOT NULL,
    customer_id         BIGINT NOT NULL,
    shipping_address_id BIGINT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_customer (customer_id),
    KEY ix_orders_shipping_address (shipping_address_id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
) ENGINE=InnoDB;

CREATE TABLE payments (
    id       BIGINT        NOT NULL,
    order_id BIGINT        NOT NULL,
    amount   DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_payments_order (order_id),
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE refunds (
    id         BIGINT        NOT NULL,
    payment_id BIGINT        NOT NULL,
    amount     DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_refunds_payment (payment_id)
) ENGINE=InnoDB;
