-- Rename an index: same table, columns and uniqueness, new name.
CREATE TABLE invoices (
    id          BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    issued_on   DATE   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE INDEX ix_invoices_cust ON invoices (customer_id, issued_on);
