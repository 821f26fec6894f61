CREATE TABLE dbo.Model (ModelId INT NOT NULL PRIMARY KEY, TenantId INT NOT NULL, ModelName NVARCHAR(200) NOT NULL, LastUsed DATETIME2 NULL, IsActive BIT NOT NULL);
CREATE INDEX IX_Model_Name ON dbo.Model (ModelName) WHERE IsActive = 1;
CREATE INDEX IX_Model_LastUsed ON dbo.Model (LastUsed DESC) WHERE IsActive = 1;
