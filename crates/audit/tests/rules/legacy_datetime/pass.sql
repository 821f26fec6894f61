CREATE TABLE dbo.Payment (PaymentId INT NOT NULL PRIMARY KEY,
    PaidAt DATETIME2(3) NOT NULL,
    DueOn DATE NOT NULL,
    ConfirmedAt DATETIMEOFFSET(3) NULL);

-- A history table follows its current table's columns.
CREATE TABLE dbo.PriceHistory (PriceId INT NOT NULL, ChangedOn DATETIME NOT NULL,
    ValidFrom DATETIME2 NOT NULL, ValidTo DATETIME2 NOT NULL);

-- A vendor's table is the vendor's to change.
CREATE TABLE dbo.ELMAH_Error (ErrorId UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, TimeUtc DATETIME NOT NULL);
