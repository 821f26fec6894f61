-- The same order system as mysql/orders.sql, written carelessly.
CREATE TABLE customers (
    customer_id INT NOT NULL AUTO_INCREMENT,
    email VARCHAR(254),
    full_name CHAR(200),
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY (customer_id)
) ENGINE=InnoDB;
CREATE TABLE products (
    product_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku VARCHAR(40),
    name VARCHAR(200),
    unit_price DOUBLE,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE orders (
    order_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id INT,
    order_date VARCHAR(30),
    status VARCHAR(20),
    total DOUBLE,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;
CREATE TABLE order_lines (
    order_line_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id INT,
    product_id INT,
    line_number INT NOT NULL,
    quantity VARCHAR(10),
    unit_price FLOAT
) ENGINE=InnoDB;
