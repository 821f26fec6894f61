CREATE TABLE dbo.CachedActivation (CacheId BIGINT NOT NULL PRIMARY KEY, HitCount INT NOT NULL, LastAccessed DATETIME2 NOT NULL);
CREATE INDEX IX_CachedActivation_LastAccessed ON dbo.CachedActivation (LastAccessed);
