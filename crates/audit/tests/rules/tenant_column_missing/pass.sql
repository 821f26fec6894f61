CREATE TABLE dbo.Invoice (InvoiceId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY, TenantId INT NOT NULL, Total DECIMAL(12,2) NOT NULL);
CREATE TABLE dbo.CdcCheckpoint (CheckpointId BIGINT NOT NULL PRIMARY KEY, ConsumerGroup NVARCHAR(100) NOT NULL);
-- schema-audit: ignore tenant-column-missing
CREATE TABLE dbo.Country (CountryCode CHAR(2) NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
-- The tenant table itself, and a schema whose tenancy is declared by foreign keys.
CREATE TABLE dbo.Tenant (TenantId INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
CREATE TABLE dbo.Project (ProjectId INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL REFERENCES dbo.Tenant (TenantId));
