-- Warning: an entity whose primary key is nonclustered and that has no clustered index.
CREATE TABLE dbo.Customer (CustomerId INT NOT NULL CONSTRAINT PK_Customer PRIMARY KEY NONCLUSTERED,
    Name NVARCHAR(100) NOT NULL);
CREATE TABLE dbo.CustomerOrder (OrderId INT NOT NULL PRIMARY KEY,
    CustomerId INT NOT NULL REFERENCES dbo.Customer (CustomerId));

-- Warning: a random GUID key, so the advice is to cluster on the IDENTITY column instead.
CREATE TABLE dbo.Device (DeviceId UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID(),
    DeviceNumber INT IDENTITY(1, 1) NOT NULL, Label NVARCHAR(50) NOT NULL,
    PRIMARY KEY NONCLUSTERED (DeviceId));

-- Info: a cache is rebuilt rather than maintained.
CREATE TABLE dbo.ResultCache (CacheKey VARCHAR(64) NOT NULL PRIMARY KEY NONCLUSTERED,
    Payload VARBINARY(4000) NULL, ExpiresAt DATETIME2(3) NOT NULL);
