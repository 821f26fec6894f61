CREATE TABLE customers (
    id         integer      PRIMARY KEY,
    email      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    phone      varchar(40),
    status     varchar(20)  NOT NULL DEFAULT 'active'
);

CREATE TABLE orders (
    id          bigint        PRIMARY KEY,
    customer_id integer       NOT NULL REFERENCES customers (id),
    total       numeric(12,2) NOT NULL,
    currency    char(3)       NOT NULL
);
