CREATE TABLE products (
    id    integer       PRIMARY KEY,
    sku   varchar(32)   NOT NULL,
    name  varchar(200)  NOT NULL,
    stock bigint        NOT NULL DEFAULT 0,
    price numeric(12,2) NOT NULL
);
