CREATE TABLE invoices (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    issued_on   date   NOT NULL
);

CREATE INDEX invoices_customer_id_issued_on_idx ON invoices (customer_id, issued_on);
