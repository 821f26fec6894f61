CREATE TABLE dbo.DimCustomer (CustomerKey INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
CREATE TABLE dbo.DimProduct (ProductKey INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);

-- Every key points at a member (the unknown one when the source had none); the lineage key
-- and the upload id record the load, not a dimension member.
CREATE TABLE dbo.FactSales (SalesKey BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    CustomerKey INT NOT NULL,
    OrderDateKey INT NOT NULL,
    [Lineage Key] INT NULL,
    UploadId INT NULL,
    SalesAmount DECIMAL(19, 4) NOT NULL);

-- A declared foreign key that allows NULL is foreign-key-nullable's finding.
CREATE TABLE dbo.FactReturns (ReturnKey BIGINT NOT NULL PRIMARY KEY,
    ProductKey INT NULL REFERENCES dbo.DimProduct (ProductKey),
    ReturnedQuantity INT NOT NULL);

-- Not a fact table: an optional reference is a design choice there.
CREATE TABLE dbo.Ticket (TicketId INT NOT NULL PRIMARY KEY, AssigneeId INT NULL, Estimate DECIMAL(9, 2) NULL);
