-- schema-audit: ignore foreign-key-missing, audit-columns-missing
-- schema-audit: role log
CREATE TABLE dbo.Event (EventId BIGINT NOT NULL PRIMARY KEY, UserId INT NOT NULL);
-- schema-audit: ignore all
CREATE TABLE dbo.Scratch (Id INT NOT NULL PRIMARY KEY);
