-- Add columns: a nullable one, a NOT NULL one with a named default, and a NOT NULL one without a default.
CREATE TABLE dbo.Customers (
    CustomerId INT IDENTITY(1,1) NOT NULL,
    Email      NVARCHAR(200)     NOT NULL,
    CreatedAt  DATETIME2(3)      NOT NULL CONSTRAINT DF_Customers_CreatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId)
);
GO
CREATE TABLE dbo.Orders (
    OrderId    BIGINT IDENTITY(1,1) NOT NULL,
    CustomerId INT                  NOT NULL,
    Total      DECIMAL(12,2)        NOT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId)
);
GO
