-- Retention: rows are purged after 90 days by dbo.PurgeErrorEvents.
CREATE TABLE dbo.ErrorEvent (EventId BIGINT NOT NULL PRIMARY KEY, Message NVARCHAR(400) NOT NULL, CreatedAt DATETIME2 NOT NULL);
