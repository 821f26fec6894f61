-- Identifiers needing quotes: reserved words ("order", "user") and mixed case ("UserId", "OrderLines").
CREATE TABLE "user" (
    id     bigint      PRIMARY KEY,
    "name" varchar(50) NOT NULL
);

CREATE TABLE "order" (
    id       bigint      PRIMARY KEY,
    "UserId" bigint      NOT NULL,
    "user"   varchar(50) NOT NULL
);

CREATE TABLE "OrderLines" (
    "OrderId" bigint  NOT NULL,
    "LineNo"  integer NOT NULL,
    PRIMARY KEY ("OrderId", "LineNo")
);
