-- Rename a table: the same definition under a new name, with its foreign key to orders.
CREATE TABLE orders (
    id        bigint      PRIMARY KEY,
    placed_at timestamptz NOT NULL
);

CREATE TABLE order_notes (
    id         bigint      PRIMARY KEY,
    order_id   bigint      NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_notes_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
