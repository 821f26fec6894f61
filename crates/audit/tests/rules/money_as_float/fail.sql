CREATE TABLE dbo.Invoice (InvoiceId INT NOT NULL PRIMARY KEY,
    TotalAmount FLOAT NOT NULL,
    TaxAmt REAL NULL,
    UnitPrice FLOAT(24) NULL,
    Freight DOUBLE PRECISION NULL);
