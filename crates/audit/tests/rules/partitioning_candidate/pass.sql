CREATE TABLE dbo.Country (CountryId INT NOT NULL PRIMARY KEY, Name NVARCHAR(100) NOT NULL);

-- Already partitioned: by the table's ON clause, by its clustered primary key, or by its
-- clustered index, which is where the rows live.
CREATE PARTITION FUNCTION PF_Monthly (DATETIME2(3)) AS RANGE RIGHT FOR VALUES ('2025-01-01', '2025-02-01');
CREATE PARTITION SCHEME PS_Monthly AS PARTITION PF_Monthly ALL TO ([PRIMARY]);
CREATE TABLE dbo.JobRun (JobRunId BIGINT NOT NULL, CreatedAtUtc DATETIME2(3) NOT NULL,
    CONSTRAINT PK_JobRun PRIMARY KEY NONCLUSTERED (JobRunId, CreatedAtUtc) ON PS_Monthly (CreatedAtUtc))
    ON PS_Monthly (CreatedAtUtc);
CREATE TABLE dbo.AuditLog (AuditLogId BIGINT NOT NULL, CreatedAtUtc DATETIME2(3) NOT NULL,
    CONSTRAINT PK_AuditLog PRIMARY KEY CLUSTERED (AuditLogId, CreatedAtUtc) ON PS_Monthly (CreatedAtUtc));
CREATE TABLE dbo.ErrorLog (ErrorLogId BIGINT NOT NULL, CreatedAtUtc DATETIME2(3) NOT NULL,
    CONSTRAINT PK_ErrorLog PRIMARY KEY NONCLUSTERED (ErrorLogId, CreatedAtUtc));
CREATE CLUSTERED INDEX CIX_ErrorLog_CreatedAtUtc ON dbo.ErrorLog (CreatedAtUtc) ON PS_Monthly (CreatedAtUtc);
