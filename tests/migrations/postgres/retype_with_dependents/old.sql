-- Retype key columns that an index and a foreign key depend on: customers.id and orders.customer_id integer to bigint.
CREATE TABLE customers (
    id   integer      PRIMARY KEY,
    name varchar(200) NOT NULL
);

CREATE TABLE orders (
    id          bigint      PRIMARY KEY,
    customer_id integer     NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
