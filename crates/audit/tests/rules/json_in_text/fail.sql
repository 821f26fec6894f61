CREATE TABLE dbo.CdcCheckpoint (CheckpointId BIGINT NOT NULL PRIMARY KEY, MetadataJson NVARCHAR(MAX) NULL,
    Settings NVARCHAR(MAX) NULL, CONSTRAINT CK_Settings CHECK (ISJSON(Settings) = 1));
