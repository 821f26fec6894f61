-- Retype key columns that an index and a foreign key depend on: customers.id and orders.customer_id INT to BIGINT.
CREATE TABLE customers (
    id   INT          NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id          BIGINT   NOT NULL,
    customer_id INT      NOT NULL,
    created_at  DATETIME NOT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_customer_created (customer_id, created_at),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;
