-- Foreign keys: added (named with an action, and unnamed), dropped (named and unnamed), and one whose action changes.
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
    KEY ix_addresses_customer (customer_id)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id                  BIGINT NOT NULL,
    customer_id         BIGINT NOT NULL,
    shipping_address_id BIGINT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_customer (customer_id),
    KEY ix_orders_shipping_address (shipping_address_id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    FOREIGN KEY (shipping_address_id) REFERENCES addresses (id)
) ENGINE=InnoDB;

CREATE TABLE payments (
    id       BIGINT        NOT NULL,
    order_id BIGINT        NOT NULL,
    amount   DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_payments_order (order_id)
) ENGINE=InnoDB;

CREATE TABLE refunds (
    id         BIGINT        NOT NULL,
    payment_id BIGINT        NOT NULL,
    amount     DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_refunds_payment (payment_id),
    CONSTRAINT fk_refunds_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
) ENGINE=InnoDB;
