-- schema-audit: ignore foreign-key-mising
-- schema-audit: role facts
CREATE TABLE dbo.Event (EventId BIGINT NOT NULL PRIMARY KEY, UserId INT NOT NULL);
