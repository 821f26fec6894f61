-- Nullability: one column becomes NOT NULL, two become nullable.
CREATE TABLE invoices (
    id           bigint        PRIMARY KEY,
    number       varchar(30)   NOT NULL,
    due_date     date,
    notes        text          NOT NULL,
    customer_ref varchar(40)   NOT NULL,
    amount       numeric(12,2) NOT NULL
);
