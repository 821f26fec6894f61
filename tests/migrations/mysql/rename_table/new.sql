CREATE TABLE orders (
    id        BIGINT   NOT NULL,
    placed_at DATETIME NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE order_comments (
    id         BIGINT   NOT NULL,
    order_id   BIGINT   NOT NULL,
    body       TEXT     NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY ix_notes_order (order_id),
    CONSTRAINT fk_notes_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB;
