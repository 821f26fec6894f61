-- Retype columns: widen a varchar, integer to bigint, numeric precision up, and narrow a varchar (data loss).
CREATE TABLE products (
    id    integer       PRIMARY KEY,
    sku   varchar(64)   NOT NULL,
    name  varchar(100)  NOT NULL,
    stock integer       NOT NULL DEFAULT 0,
    price numeric(10,2) NOT NULL
);
