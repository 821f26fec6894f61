-- Rename an index: same table, columns and uniqueness, new name.
CREATE TABLE invoices (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    issued_on   date   NOT NULL
);

CREATE INDEX ix_invoices_cust ON invoices (customer_id, issued_on);
