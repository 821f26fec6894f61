CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL, ModelName NVARCHAR(200) NOT NULL);
CREATE INDEX IX_Model_ModelName_TenantId ON dbo.Model (ModelName, TenantId);
CREATE TABLE dbo.Dataset (DatasetId INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL);
CREATE INDEX IX_Dataset_TenantId ON dbo.Dataset (TenantId);
