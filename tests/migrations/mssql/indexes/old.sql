-- Indexes: added, dropped, columns changed, made unique, INCLUDE list changed, filter added, clustered index replaced.
CREATE TABLE dbo.Events (
    EventId     BIGINT        NOT NULL,
    UserId      BIGINT        NOT NULL,
    Kind        VARCHAR(40)   NOT NULL,
    ExternalId  VARCHAR(64)   NOT NULL,
    PayloadSize INT           NOT NULL,
    ProcessedAt DATETIME2(3)  NULL,
    CreatedAt   DATETIME2(3)  NOT NULL,
    CONSTRAINT PK_Events PRIMARY KEY NONCLUSTERED (EventId)
);
GO
CREATE CLUSTERED INDEX CX_Events_EventId ON dbo.Events (EventId);
CREATE INDEX IX_Events_Kind ON dbo.Events (Kind);
CREATE INDEX IX_Events_UserId ON dbo.Events (UserId);
CREATE INDEX IX_Events_ExternalId ON dbo.Events (ExternalId);
CREATE INDEX IX_Events_UserId_Kind ON dbo.Events (UserId) INCLUDE (Kind);
CREATE INDEX IX_Events_Unprocessed ON dbo.Events (CreatedAt);
GO
