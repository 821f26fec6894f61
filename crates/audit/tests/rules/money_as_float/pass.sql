CREATE TABLE dbo.Invoice (InvoiceId INT NOT NULL PRIMARY KEY,
    TotalAmount DECIMAL(19, 4) NOT NULL,
    Freight MONEY NULL,
    PriceListId INT NULL,
    Quantity FLOAT NULL,
    Latitude FLOAT NULL,
    Weight REAL NULL);
