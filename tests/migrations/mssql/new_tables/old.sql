-- New tables: Orders (foreign key to an existing table) and OrderItems (to a new table and an existing one).
CREATE TABLE dbo.Customers (
    CustomerId BIGINT IDENTITY(1,1) NOT NULL,
    Email      NVARCHAR(254)        NOT NULL,
    CONSTRAINT PK_Customers PRIMARY KEY CLUSTERED (CustomerId),
    CONSTRAINT UQ_Customers_Email UNIQUE (Email)
);
GO
CREATE TABLE dbo.Products (
    ProductId BIGINT IDENTITY(1,1) NOT NULL,
    Sku       VARCHAR(40)          NOT NULL,
    Price     DECIMAL(12,2)        NOT NULL,
    CONSTRAINT PK_Products PRIMARY KEY CLUSTERED (ProductId),
    CONSTRAINT UQ_Products_Sku UNIQUE (Sku)
);
GO
