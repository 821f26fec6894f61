CREATE TABLE products (
    id    INT           NOT NULL,
    sku   VARCHAR(32)   NOT NULL,
    name  VARCHAR(200)  NOT NULL,
    stock BIGINT        NOT NULL DEFAULT 0,
    price DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
