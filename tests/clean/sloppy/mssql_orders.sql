-- The same order system as mssql/orders.sql, written carelessly: no keys between tables,
-- money in FLOAT, dates in strings, statuses unchecked, local-time defaults.
CREATE TABLE dbo.Customers (
    CustomerId INT IDENTITY(1,1) NOT NULL,
    Email NVARCHAR(254) NULL,
    FullName NCHAR(200) NULL,
    CreatedAt DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME()
);
CREATE TABLE dbo.Products (
    ProductId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Sku NVARCHAR(40) NULL,
    Name NVARCHAR(200) NULL,
    UnitPrice FLOAT NULL,
    CreatedAt DATETIME NOT NULL DEFAULT GETDATE()
);
CREATE TABLE dbo.Orders (
    OrderId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    CustomerId INT NULL,
    OrderDate NVARCHAR(30) NULL,
    Status NVARCHAR(20) NULL,
    Total FLOAT NULL,
    CreatedAt DATETIME NOT NULL DEFAULT GETDATE()
);
CREATE TABLE dbo.OrderLines (
    OrderLineId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    OrderId INT NULL,
    ProductId INT NULL,
    LineNumber INT NOT NULL,
    Quantity NVARCHAR(10) NULL,
    UnitPrice REAL NULL
);
