CREATE TABLE invoices (
    id           bigint        PRIMARY KEY,
    number       varchar(30)   NOT NULL,
    due_date     date          NOT NULL,
    notes        text,
    customer_ref varchar(40),
    amount       numeric(12,2) NOT NULL
);
