CREATE TABLE customers (
    id   bigint       PRIMARY KEY,
    name varchar(200) NOT NULL
);

CREATE TABLE orders (
    id          bigint      PRIMARY KEY,
    customer_id bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
