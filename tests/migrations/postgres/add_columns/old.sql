-- Add columns: a nullable one, a NOT NULL one with a default, and a NOT NULL one without a default.
CREATE TABLE customers (
    id         integer      PRIMARY KEY,
    email      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          bigint        PRIMARY KEY,
    customer_id integer       NOT NULL REFERENCES customers (id),
    total       numeric(12,2) NOT NULL
);
