CREATE TABLE dbo.Migration (MigrationId BIGINT NOT NULL PRIMARY KEY,
    MigrationStatus NVARCHAR(50) NOT NULL, -- 'pending', 'completed', 'failed'
    RiskLevel VARCHAR(20) NULL);
