-- Defaults: one added (named), one changed (named), one dropped (named), and an unnamed one changed.
CREATE TABLE dbo.Jobs (
    JobId      BIGINT IDENTITY(1,1) NOT NULL,
    Queue      VARCHAR(50)          NOT NULL,
    Status     VARCHAR(20)          NOT NULL,
    Attempts   INT                  NOT NULL CONSTRAINT DF_Jobs_Attempts DEFAULT ((0)),
    Priority   SMALLINT             NULL CONSTRAINT DF_Jobs_Priority DEFAULT ((5)),
    EnqueuedAt DATETIME2(3)         NOT NULL DEFAULT (GETUTCDATE()),
    CONSTRAINT PK_Jobs PRIMARY KEY CLUSTERED (JobId)
);
GO
