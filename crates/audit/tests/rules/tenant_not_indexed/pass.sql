CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL, ModelName NVARCHAR(200) NOT NULL);
CREATE INDEX IX_Model_TenantId_ModelName ON dbo.Model (TenantId, ModelName);
