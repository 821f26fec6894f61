CREATE TABLE dbo.Migration (MigrationId BIGINT NOT NULL PRIMARY KEY, MigrationStatus NVARCHAR(50) NOT NULL,
    StatusId INT NOT NULL,
    CONSTRAINT CK_Migration_Status CHECK (MigrationStatus IN ('pending', 'completed', 'failed')));
