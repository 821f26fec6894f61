CREATE TABLE customers (
    id         INT          NOT NULL AUTO_INCREMENT,
    email      VARCHAR(200) NOT NULL,
    created_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    phone      VARCHAR(40)  NULL,
    status     VARCHAR(20)  NOT NULL DEFAULT 'active',
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id INT           NOT NULL,
    total       DECIMAL(12,2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_customer (customer_id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;
