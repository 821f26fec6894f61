CREATE TABLE "user" (
    id     bigint      PRIMARY KEY,
    "name" varchar(50) NOT NULL
);

CREATE TABLE "order" (
    id          bigint       PRIMARY KEY,
    "UserId"    bigint       NOT NULL,
    "user"      varchar(100) NOT NULL,
    "ShippedAt" timestamptz,
    CONSTRAINT "FK_order_user" FOREIGN KEY ("UserId") REFERENCES "user" (id)
);

CREATE INDEX "IX_order_UserId" ON "order" ("UserId");

CREATE TABLE "OrderLines" (
    "OrderId" bigint  NOT NULL,
    "LineNo"  integer NOT NULL,
    "Select"  integer NOT NULL DEFAULT 1,
    PRIMARY KEY ("OrderId", "LineNo"),
    FOREIGN KEY ("OrderId") REFERENCES "order" (id)
);
