-- New tables: orders (foreign key to an existing table) and order_items (to a new table and an existing one).
CREATE TABLE customers (
    id    BIGINT       NOT NULL AUTO_INCREMENT,
    email VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_customers_email (email)
) ENGINE=InnoDB;

CREATE TABLE products (
    id    BIGINT        NOT NULL AUTO_INCREMENT,
    sku   VARCHAR(40)   NOT NULL,
    price DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_products_sku (sku)
) ENGINE=InnoDB;
