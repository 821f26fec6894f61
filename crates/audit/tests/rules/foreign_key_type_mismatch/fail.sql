CREATE TABLE dbo.ModelLayer (LayerId BIGINT NOT NULL PRIMARY KEY);
CREATE TABLE dbo.CachedActivation (CacheId BIGINT NOT NULL PRIMARY KEY, LayerId INT NOT NULL, CONSTRAINT FK_CachedActivation_Layer FOREIGN KEY (LayerId) REFERENCES dbo.ModelLayer (LayerId));
