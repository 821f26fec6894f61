CREATE TABLE invoices (
    id          BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    issued_on   DATE   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE INDEX ix_invoices_customer_issued ON invoices (customer_id, issued_on);
