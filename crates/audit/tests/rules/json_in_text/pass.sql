CREATE TABLE dbo.CdcCheckpoint (CheckpointId BIGINT NOT NULL PRIMARY KEY, MetadataJson JSON NULL, ErrorMessage NVARCHAR(MAX) NULL);
