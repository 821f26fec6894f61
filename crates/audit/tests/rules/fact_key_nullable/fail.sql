CREATE TABLE dbo.DimCustomer (CustomerKey INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
CREATE TABLE Dimension.Store (StoreId INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
CREATE TABLE dbo.FactSales (SalesKey BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    CustomerKey INT NULL,
    OrderDateKey INT NULL,
    PromotionKey TINYINT NULL,
    StoreId INT NULL,
    [Lineage Key] INT NULL,
    SalesOrderNumber NVARCHAR(20) NOT NULL,
    SalesAmount DECIMAL(19, 4) NULL,
    Quantity INT NULL);
