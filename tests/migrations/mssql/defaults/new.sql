CREATE TABLE dbo.Jobs (
    JobId      BIGINT IDENTITY(1,1) NOT NULL,
    Queue      VARCHAR(50)          NOT NULL,
    Status     VARCHAR(20)          NOT NULL CONSTRAINT DF_Jobs_Status DEFAULT ('queued'),
    Attempts   INT                  NOT NULL CONSTRAINT DF_Jobs_Attempts DEFAULT ((1)),
    Priority   SMALLINT             NULL,
    EnqueuedAt DATETIME2(3)         NOT NULL DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Jobs PRIMARY KEY CLUSTERED (JobId)
);
GO
