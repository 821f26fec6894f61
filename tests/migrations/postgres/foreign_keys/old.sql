-- Foreign keys: added (named with an action, and unnamed), dropped (named and unnamed), and one whose action changes.
CREATE TABLE customers (
    id   bigint       PRIMARY KEY,
    name varchar(200) NOT NULL
);

CREATE TABLE addresses (
    id          bigint       PRIMARY KEY,
    customer_id bigint       NOT NULL,
    line1       varchar(200) NOT NULL
);

CREATE TABLE orders (
    id                  bigint PRIMARY KEY,
    customer_id         bigint NOT NULL,
    shipping_address_id bigint,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    FOREIGN KEY (shipping_address_id) REFERENCES addresses (id)
);

CREATE TABLE payments (
    id       bigint        PRIMARY KEY,
    order_id bigint        NOT NULL,
    amount   numeric(12,2) NOT NULL
);

CREATE TABLE refunds (
    id         bigint        PRIMARY KEY,
    payment_id bigint        NOT NULL,
    amount     numeric(12,2) NOT NULL,
    CONSTRAINT fk_refunds_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
);
