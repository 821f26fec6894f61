-- The same order system as postgres/orders.sql, written carelessly.
CREATE TABLE customers (
    customer_id serial,
    email varchar(254),
    full_name char(200),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE products (
    product_id serial PRIMARY KEY,
    sku varchar(40),
    name varchar(200),
    unit_price double precision,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE orders (
    order_id serial PRIMARY KEY,
    customer_id integer,
    order_date varchar(30),
    status varchar(20),
    total double precision,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE order_lines (
    order_line_id serial PRIMARY KEY,
    order_id integer,
    product_id integer,
    line_number integer NOT NULL,
    quantity varchar(10),
    unit_price real
);
