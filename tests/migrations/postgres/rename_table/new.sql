CREATE TABLE orders (
    id        bigint      PRIMARY KEY,
    placed_at timestamptz NOT NULL
);

CREATE TABLE order_comments (
    id         bigint      PRIMARY KEY,
    order_id   bigint      NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_notes_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
