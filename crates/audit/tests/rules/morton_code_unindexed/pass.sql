CREATE TABLE dbo.ModelLayer (LayerId BIGINT NOT NULL PRIMARY KEY, MortonCode BIGINT NULL);
CREATE INDEX IX_ModelLayer_MortonCode ON dbo.ModelLayer (MortonCode) WHERE MortonCode IS NOT NULL;
