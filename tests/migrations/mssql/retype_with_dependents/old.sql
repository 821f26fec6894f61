-- Retype key columns that a primary key, an index and a foreign key depend on: Customers.CustomerId and Orders.CustomerId INT to BIGINT.
CREATE TABLE dbo.Customers (
    CustomerId INT           NOT NULL,
    Name       NVARCHAR(200) NOT NULL,
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId)
);
GO
CREATE TABLE dbo.Orders (
    OrderId    BIGINT       NOT NULL,
    CustomerId INT          NOT NULL,
    CreatedAt  DATETIME2(3) NOT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId)
);
GO
CREATE INDEX IX_Orders_CustomerId_CreatedAt ON dbo.Orders (CustomerId, CreatedAt);
GO
