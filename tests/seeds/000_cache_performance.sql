-- Seed: /work/shared/seeds/000_ae7eef22d758ed06.txt
-- "SQL Audit Part 27: Cache & Performance Tables"
--
-- Reconstructed from the seed's prose: every table the seed audits, with the
-- columns, keys, indexes and options it describes. Where the seed is silent the
-- choice is the one consistent with its findings (see tests/seeds/README.md).
-- Audited tables (7): dbo.CachedActivations_InMemory, dbo.SessionPaths,
-- dbo.SessionPaths_InMemory, dbo.BackgroundJob, dbo.AutonomousComputeJobs,
-- dbo.AutonomousImprovementHistory, dbo.EmbeddingMigrationProgress.

-- referenced parent, not audited by the seed
-- (the seed recommends "TenantId INT columns with foreign key constraints to
-- TenantGuidMapping"; dbo.SessionPaths is the one table it says already has
-- proper multi-tenancy, so its FK points here)
CREATE TABLE dbo.TenantGuidMapping (
    TenantId    INT IDENTITY(1,1) NOT NULL,
    TenantGuid  UNIQUEIDENTIFIER NOT NULL,
    TenantName  NVARCHAR(200) NOT NULL,
    CreatedAt   DATETIME2(7) NOT NULL CONSTRAINT DF_TenantGuidMapping_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_TenantGuidMapping PRIMARY KEY CLUSTERED (TenantId),
    CONSTRAINT UQ_TenantGuidMapping_TenantGuid UNIQUE (TenantGuid)
);
GO

-- 1. dbo.CachedActivations_InMemory
-- Seed: "HASH indexes on (LayerId, InputHash) with 1M buckets", "HASH index on
-- ModelId with 1K buckets", "NONCLUSTERED primary key on CacheId", "RANGE index on
-- LastAccessed for LRU eviction", "MEMORY_OPTIMIZED with SCHEMA_AND_DATA
-- durability"; listed under "Multi-Tenancy Gaps (missing TenantId)".
-- No HitCount/ExpiresAt here: the seed's eviction procedure uses LastAccessed
-- only, and it praises the single-column LastAccessed range index.
-- ModelId/LayerId carry no FOREIGN KEY: a memory-optimized table cannot
-- reference the disk-based dbo.Model / dbo.ModelLayer.
CREATE TABLE dbo.CachedActivations_InMemory (
    CacheId         BIGINT IDENTITY(1,1) NOT NULL,
    ModelId         INT NOT NULL,
    LayerId         INT NOT NULL,
    InputHash       BINARY(32) NOT NULL,
    ActivationData  VARBINARY(MAX) NOT NULL,
    LastAccessed    DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivations_InMemory_LastAccessed DEFAULT (SYSUTCDATETIME()),
    CreatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivations_InMemory_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_CachedActivations_InMemory PRIMARY KEY NONCLUSTERED (CacheId),
    INDEX IX_CachedActivations_InMemory_Layer_InputHash HASH (LayerId, InputHash) WITH (BUCKET_COUNT = 1048576),
    INDEX IX_CachedActivations_InMemory_ModelId HASH (ModelId) WITH (BUCKET_COUNT = 1024),
    INDEX IX_CachedActivations_InMemory_LastAccessed NONCLUSTERED (LastAccessed ASC)
)
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);
GO

-- 2. dbo.SessionPaths
-- Seed: computed GEOMETRY columns PathLength / StartTime / EndTime, "Proper
-- BIGINT primary key and multi-tenancy", "UNIQUE index on SessionId".
-- Not in the seed's "missing TenantId" list, so TenantId is present, NOT NULL,
-- without a constant default, with an FK to TenantGuidMapping and an index.
-- No spatial index: the seed's Medium item is "Optimize session path spatial queries".
CREATE TABLE dbo.SessionPaths (
    SessionPathId   BIGINT IDENTITY(1,1) NOT NULL,
    SessionId       UNIQUEIDENTIFIER NOT NULL,
    Path            GEOMETRY NOT NULL,
    PathLength      AS (Path.STLength()),
    StartTime       AS (Path.STPointN(1).M),
    EndTime         AS (Path.STPointN(Path.STNumPoints()).M),
    TenantId        INT NOT NULL,
    CreatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_SessionPaths_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_SessionPaths PRIMARY KEY CLUSTERED (SessionPathId),
    CONSTRAINT FK_SessionPaths_TenantGuidMapping FOREIGN KEY (TenantId)
        REFERENCES dbo.TenantGuidMapping (TenantId)
);
GO

CREATE UNIQUE NONCLUSTERED INDEX UX_SessionPaths_SessionId
    ON dbo.SessionPaths (SessionId);
GO

CREATE NONCLUSTERED INDEX IX_SessionPaths_TenantId
    ON dbo.SessionPaths (TenantId)
    INCLUDE (SessionId);
GO

-- 3. dbo.SessionPaths_InMemory
-- Seed: "HASH indexes on SessionId and (SessionId, PathNumber) with 200K buckets
-- each", "NONCLUSTERED primary key on SessionPathId", "MEMORY_OPTIMIZED with
-- SCHEMA_AND_DATA durability"; listed as missing TenantId.
-- GEOMETRY is not allowed in memory-optimized tables, so the in-memory copy
-- keeps per-path scalars only.
CREATE TABLE dbo.SessionPaths_InMemory (
    SessionPathId   BIGINT IDENTITY(1,1) NOT NULL,
    SessionId       UNIQUEIDENTIFIER NOT NULL,
    PathNumber      INT NOT NULL,
    PointCount      INT NOT NULL,
    PathLength      FLOAT NULL,
    HypothesisScore FLOAT NULL,
    CreatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_SessionPaths_InMemory_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_SessionPaths_InMemory PRIMARY KEY NONCLUSTERED (SessionPathId),
    INDEX IX_SessionPaths_InMemory_SessionId HASH (SessionId) WITH (BUCKET_COUNT = 200000),
    INDEX IX_SessionPaths_InMemory_Session_Path HASH (SessionId, PathNumber) WITH (BUCKET_COUNT = 200000)
)
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);
GO

-- 4. dbo.BackgroundJob
-- Seed: JobId BIGINT; "Comprehensive status tracking (6 states: Pending,
-- InProgress, Completed, Failed, DeadLettered, Cancelled, Scheduled)" [sic: 7
-- names]; "Retry logic with AttemptCount and MaxRetries"; "indexed
-- Status+Priority+CreatedAt"; "filtered index on ScheduledAtUtc"; "Correlation
-- tracking"; "Payload JSON"; "Error message and stack trace capture";
-- "Partition dbo.BackgroundJob by CreatedAtUtc (monthly partitions)".
-- Not in the "missing TenantId" list, but the conclusion says it "should be
-- extended with tenant isolation": TenantId exists but is nullable, no FK.
-- Status is an INT code with no CHECK: the seed lists CHECK constraints only on
-- AutonomousComputeJobs.Status and AutonomousImprovementHistory.SuccessScore.
CREATE TABLE dbo.BackgroundJob (
    JobId           BIGINT IDENTITY(1,1) NOT NULL,
    JobType         NVARCHAR(128) NOT NULL,
    Payload         JSON NULL,
    Status          INT NOT NULL CONSTRAINT DF_BackgroundJob_Status DEFAULT (0), -- 0=Pending, 1=InProgress, 2=Completed, 3=Failed, 4=DeadLettered, 5=Cancelled, 6=Scheduled
    AttemptCount    INT NOT NULL CONSTRAINT DF_BackgroundJob_AttemptCount DEFAULT (0),
    MaxRetries      INT NOT NULL CONSTRAINT DF_BackgroundJob_MaxRetries DEFAULT (3),
    Priority        INT NOT NULL CONSTRAINT DF_BackgroundJob_Priority DEFAULT (0),
    CreatedAtUtc    DATETIME2(3) NOT NULL CONSTRAINT DF_BackgroundJob_CreatedAtUtc DEFAULT (SYSUTCDATETIME()),
    ScheduledAtUtc  DATETIME2(3) NULL,
    StartedAtUtc    DATETIME2(3) NULL,
    CompletedAtUtc  DATETIME2(3) NULL,
    ErrorMessage    NVARCHAR(MAX) NULL,
    ErrorStackTrace NVARCHAR(MAX) NULL,
    TenantId        INT NULL,
    CorrelationId   NVARCHAR(128) NULL,
    CONSTRAINT PK_BackgroundJob PRIMARY KEY CLUSTERED (JobId)
);
GO

CREATE NONCLUSTERED INDEX IX_BackgroundJob_Status_Priority
    ON dbo.BackgroundJob (Status ASC, Priority DESC, CreatedAtUtc ASC);
GO

CREATE NONCLUSTERED INDEX IX_BackgroundJob_ScheduledAtUtc
    ON dbo.BackgroundJob (ScheduledAtUtc ASC)
    WHERE ScheduledAtUtc IS NOT NULL;
GO

CREATE NONCLUSTERED INDEX IX_BackgroundJob_CorrelationId
    ON dbo.BackgroundJob (CorrelationId)
    WHERE CorrelationId IS NOT NULL;
GO

CREATE NONCLUSTERED INDEX IX_BackgroundJob_TenantId
    ON dbo.BackgroundJob (TenantId)
    WHERE TenantId IS NOT NULL;
GO

-- 5. dbo.AutonomousComputeJobs
-- Seed: "JobId UNIQUEIDENTIFIER"; missing TenantId; "CHECK constraints on
-- AutonomousComputeJobs.Status"; "JobParameters JSON", "CurrentState JSON",
-- "Results JSON"; recommended index (TenantId, Status, CreatedAt) INCLUDE
-- (JobType, JobParameters) implies JobType, Status, CreatedAt exist.
CREATE TABLE dbo.AutonomousComputeJobs (
    JobId           UNIQUEIDENTIFIER NOT NULL CONSTRAINT DF_AutonomousComputeJobs_JobId DEFAULT (NEWID()),
    JobType         NVARCHAR(100) NOT NULL,
    Status          NVARCHAR(50) NOT NULL CONSTRAINT DF_AutonomousComputeJobs_Status DEFAULT ('Pending'),
    JobParameters   JSON NOT NULL,
    CurrentState    JSON NULL,
    Results         JSON NULL,
    CreatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_AutonomousComputeJobs_CreatedAt DEFAULT (SYSUTCDATETIME()),
    UpdatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_AutonomousComputeJobs_UpdatedAt DEFAULT (SYSUTCDATETIME()),
    CompletedAt     DATETIME2(7) NULL,
    CONSTRAINT PK_AutonomousComputeJobs PRIMARY KEY CLUSTERED (JobId),
    CONSTRAINT CK_AutonomousComputeJobs_Status
        CHECK (Status IN ('Pending', 'Running', 'Completed', 'Failed', 'Cancelled'))
);
GO

CREATE NONCLUSTERED INDEX IX_AutonomousComputeJobs_Status_CreatedAt
    ON dbo.AutonomousComputeJobs (Status, CreatedAt)
    INCLUDE (JobType);
GO

-- 6. dbo.AutonomousImprovementHistory
-- Seed: "ImprovementId UNIQUEIDENTIFIER"; missing TenantId; "AnalysisResults,
-- GeneratedCode, ErrorMessage use NVARCHAR(MAX) instead of JSON"; "CHECK
-- constraints on AutonomousImprovementHistory.SuccessScore"; recommended index
-- (ChangeType, RiskLevel, StartedAt) INCLUDE (SuccessScore, WasDeployed);
-- "Performance metrics tracking"; "Deployment and rollback status tracking";
-- "Partition ... by StartedAt (quarterly partitions)". No ISJSON checks
-- ("Missing native JSON validation"). No secondary indexes.
CREATE TABLE dbo.AutonomousImprovementHistory (
    ImprovementId    UNIQUEIDENTIFIER NOT NULL CONSTRAINT DF_AutonomousImprovementHistory_ImprovementId DEFAULT (NEWID()),
    ChangeType       NVARCHAR(50) NOT NULL,
    RiskLevel        NVARCHAR(20) NOT NULL,
    AnalysisResults  NVARCHAR(MAX) NULL,
    GeneratedCode    NVARCHAR(MAX) NULL,
    ErrorMessage     NVARCHAR(MAX) NULL,
    SuccessScore     DECIMAL(5,4) NULL,
    TestsPassed      INT NULL,
    TestsFailed      INT NULL,
    PerformanceDelta DECIMAL(10,4) NULL,
    WasDeployed      BIT NOT NULL CONSTRAINT DF_AutonomousImprovementHistory_WasDeployed DEFAULT (0),
    WasRolledBack    BIT NOT NULL CONSTRAINT DF_AutonomousImprovementHistory_WasRolledBack DEFAULT (0),
    StartedAt        DATETIME2(7) NOT NULL CONSTRAINT DF_AutonomousImprovementHistory_StartedAt DEFAULT (SYSUTCDATETIME()),
    CompletedAt      DATETIME2(7) NULL,
    RolledBackAt     DATETIME2(7) NULL,
    CONSTRAINT PK_AutonomousImprovementHistory PRIMARY KEY CLUSTERED (ImprovementId),
    CONSTRAINT CK_AutonomousImprovementHistory_SuccessScore
        CHECK (SuccessScore >= 0 AND SuccessScore <= 1)
);
GO

-- 7. dbo.EmbeddingMigrationProgress
-- Seed: "(AtomEmbeddingId BIGINT)" identifier; listed as missing TenantId.
-- Nothing else is said; kept minimal. No FOREIGN KEY to an AtomEmbedding table:
-- the seed treats the missing TenantId as critical (not inherited through an FK).
CREATE TABLE dbo.EmbeddingMigrationProgress (
    AtomEmbeddingId  BIGINT NOT NULL,
    MigratedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_EmbeddingMigrationProgress_MigratedAt DEFAULT (SYSUTCDATETIME()),
    AtomsWritten     INT NOT NULL,
    RelationsWritten INT NOT NULL,
    CONSTRAINT PK_EmbeddingMigrationProgress PRIMARY KEY CLUSTERED (AtomEmbeddingId)
);
GO
