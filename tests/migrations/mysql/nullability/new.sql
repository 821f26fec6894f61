CREATE TABLE invoices (
    id           BIGINT        NOT NULL,
    number       VARCHAR(30)   NOT NULL,
    due_date     DATE          NOT NULL,
    notes        TEXT          NULL,
    customer_ref VARCHAR(40)   NULL,
    amount       DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
