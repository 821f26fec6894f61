CREATE TABLE dbo.Customer (CustomerId INT NOT NULL PRIMARY KEY,
    LastName NCHAR(50) NOT NULL,
    Email CHAR(254) NULL,
    City CHAR(15) NULL);
