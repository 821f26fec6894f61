CREATE TABLE dbo.Customer (CustomerId INT NOT NULL PRIMARY KEY,
    LastName NVARCHAR(50) NOT NULL,
    CountryCode CHAR(2) NOT NULL,
    Currency CHAR(3) NOT NULL,
    Title CHAR(5) NULL,
    PasswordHash CHAR(64) NOT NULL,
    PostalCode CHAR(10) NULL);
