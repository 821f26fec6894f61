-- Retype columns: widen a varchar, INT to BIGINT, DECIMAL precision up, and narrow a varchar (data loss).
CREATE TABLE products (
    id    INT           NOT NULL,
    sku   VARCHAR(64)   NOT NULL,
    name  VARCHAR(100)  NOT NULL,
    stock INT           NOT NULL DEFAULT 0,
    price DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
