CREATE TABLE customers (
    id    bigint       PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE
);

CREATE TABLE products (
    id    bigint        PRIMARY KEY,
    sku   varchar(40)   NOT NULL UNIQUE,
    price numeric(12,2) NOT NULL
);

CREATE TABLE orders (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint      NOT NULL REFERENCES customers (id),
    status      varchar(20) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'shipped')),
    placed_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE TABLE order_items (
    order_id   bigint        NOT NULL,
    line_no    integer       NOT NULL,
    product_id bigint        NOT NULL,
    quantity   integer       NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (id)
);

CREATE INDEX order_items_product_id_idx ON order_items (product_id);
