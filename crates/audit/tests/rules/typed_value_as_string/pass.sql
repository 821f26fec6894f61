CREATE TABLE dbo.OrderLine (OrderLineId INT NOT NULL PRIMARY KEY,
    OrderDate DATE NOT NULL,
    CreatedAt DATETIME2(3) NULL,
    Quantity INT NOT NULL,
    UnitPrice DECIMAL(19, 4) NULL,
    PhoneNumber VARCHAR(20) NULL,
    AccountNumber VARCHAR(20) NULL,
    DateFormat VARCHAR(20) NULL,
    QuantityUnit NVARCHAR(10) NULL,
    PriceDescription NVARCHAR(200) NULL,
    DeliveryDate NVARCHAR(MAX) NULL,
    TotalText NVARCHAR(MAX) NULL);

-- Staging tables land text as it comes; the load converts it.
CREATE TABLE stg.OrderLine (OrderDate VARCHAR(20) NULL, Quantity VARCHAR(10) NULL);
