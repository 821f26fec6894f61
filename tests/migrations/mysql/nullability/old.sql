-- Nullability: one column becomes NOT NULL, two become nullable.
CREATE TABLE invoices (
    id           BIGINT        NOT NULL,
    number       VARCHAR(30)   NOT NULL,
    due_date     DATE          NULL,
    notes        TEXT          NOT NULL,
    customer_ref VARCHAR(40)   NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
