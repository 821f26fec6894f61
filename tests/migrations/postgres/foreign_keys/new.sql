CREATE TABLE customers (
    id   bigint       PRIMARY KEY,
    name varchar(200) NOT NULL
);

CREATE TABLE addresses (
    id          bigint       PRIMARY KEY,
    customer_id bigint       NOT NULL REFERENCES customers (id),
    line1       varchar(200) NOT NULL
);

CREATE TABLE orders (
    id                  bigint PRIMARY KEY,
    customer_id         bigint NOT NULL,
    shipping_address_id bigint,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);

CREATE TABLE payments (
    id       bigint        PRIMARY KEY,
    order_id bigint        NOT NULL,
    amount   numeric(12,2) NOT NULL,
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);

CREATE TABLE refunds (
    id         bigint        PRIMARY KEY,
    payment_id bigint        NOT NULL,
    amount     numeric(12,2) NOT NULL
);
