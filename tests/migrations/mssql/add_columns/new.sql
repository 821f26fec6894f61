CREATE TABLE dbo.Customers (
    CustomerId INT IDENTITY(1,1) NOT NULL,
    Email      NVARCHAR(200)     NOT NULL,
    CreatedAt  DATETIME2(3)      NOT NULL CONSTRAINT DF_Customers_CreatedAt DEFAULT SYSUTCDATETIME(),
    Phone      VARCHAR(40)       NULL,
    Status     VARCHAR(20)       NOT NULL CONSTRAINT DF_Customers_Status DEFAULT ('active'),
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId)
);
GO
CREATE TABLE dbo.Orders (
    OrderId    BIGINT IDENTITY(1,1) NOT NULL,
    CustomerId INT                  NOT NULL,
    Total      DECIMAL(12,2)        NOT NULL,
    Currency   CHAR(3)              NOT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId)
);
GO
