-- New tables: orders (foreign key to an existing table) and order_items (to a new table and an existing one).
CREATE TABLE customers (
    id    bigint       PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE
);

CREATE TABLE products (
    id    bigint        PRIMARY KEY,
    sku   varchar(40)   NOT NULL UNIQUE,
    price numeric(12,2) NOT NULL
);
