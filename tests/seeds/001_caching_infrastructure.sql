-- Seed: /work/shared/seeds/001_abb1acc7c9088a9e.txt
-- "PART 40: CACHING & INFRASTRUCTURE TABLES" (comprehensive file-by-file audit)
--
-- Reconstructed from the seed's per-table column and index lists. Column order,
-- types, defaults and index names follow the seed. Nullability follows the
-- seed's convention: only the columns it marks "(nullable)" are NULL. Where the seed is silent the choice is the one consistent
-- with its findings (see tests/seeds/README.md).
-- Audited tables (7): dbo.BillingUsageLedger_InMemory,
-- dbo.BillingUsageLedger_Migrate_to_Ledger, dbo.CachedActivation,
-- dbo.CachedActivations_InMemory, dbo.CdcCheckpoint, dbo.CICDBuild, dbo.CodeAtom.

-- referenced parent, not audited by the seed (FK target of CachedActivation.ModelId)
CREATE TABLE dbo.Model (
    ModelId    INT IDENTITY(1,1) NOT NULL,
    ModelName  NVARCHAR(200) NOT NULL,
    TenantId   INT NOT NULL,
    CreatedAt  DATETIME2(7) NOT NULL CONSTRAINT DF_Model_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Model PRIMARY KEY CLUSTERED (ModelId)
);
GO

-- referenced parent, not audited by the seed (FK target of CachedActivation.LayerId)
-- LayerId is BIGINT as seed 002 (002_c7dcd21bc864fd4e.txt) describes dbo.ModelLayer,
-- while seed 001 describes CachedActivation.LayerId as INT. SQL Server rejects
-- a FOREIGN KEY between INT and BIGINT columns: foreign-key-type-mismatch.
CREATE TABLE dbo.ModelLayer (
    LayerId    BIGINT IDENTITY(1,1) NOT NULL,
    ModelId    INT NOT NULL,
    LayerIdx   INT NOT NULL,
    CONSTRAINT PK_ModelLayer PRIMARY KEY CLUSTERED (LayerId),
    CONSTRAINT FK_ModelLayer_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId) ON DELETE CASCADE
);
GO

-- referenced parent, not audited by the seed (FK target of CodeAtom.AtomId)
CREATE TABLE dbo.Atom (
    AtomId       BIGINT IDENTITY(1,1) NOT NULL,
    ContentHash  BINARY(32) NOT NULL,
    Modality     NVARCHAR(64) NOT NULL,
    AtomicValue  VARBINARY(64) NULL,
    TenantId     INT NOT NULL,
    CreatedAt    DATETIME2(7) NOT NULL CONSTRAINT DF_Atom_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Atom PRIMARY KEY CLUSTERED (AtomId),
    CONSTRAINT UQ_Atom_ContentHash UNIQUE (ContentHash)
);
GO

-- TABLE 1: dbo.BillingUsageLedger_InMemory (13 columns, 4 indexes; score 88/100)
-- Seed: "DURABILITY=SCHEMA_ONLY", "Clustered on UsageId (HASH)" [a memory-optimized
-- primary key can only be NONCLUSTERED / NONCLUSTERED HASH], TenantId HASH,
-- IsBilled and UsageTimestamp NONCLUSTERED (range) indexes, "MetadataJson -
-- NVARCHAR(MAX)". Bucket counts are not given; the seed calls them "Proper
-- HASH indexes", so they are sized for their roles.
CREATE TABLE dbo.BillingUsageLedger_InMemory (
    UsageId         BIGINT IDENTITY(1,1) NOT NULL,
    TenantId        INT NOT NULL,
    OperationType   NVARCHAR(100) NOT NULL,
    UnitType        NVARCHAR(50) NOT NULL,
    Quantity        BIGINT NOT NULL,
    UnitCost        DECIMAL(10,6) NOT NULL,
    TotalCost       DECIMAL(12,2) NOT NULL,
    UsageTimestamp  DATETIME2(7) NOT NULL,
    BillingPeriod   NVARCHAR(20) NOT NULL,
    IsBilled        BIT NOT NULL CONSTRAINT DF_BillingUsageLedger_InMemory_IsBilled DEFAULT (0),
    CorrelationId   NVARCHAR(128) NULL,
    MetadataJson    NVARCHAR(MAX) NULL,
    CreatedAt       DATETIME2(7) NOT NULL CONSTRAINT DF_BillingUsageLedger_InMemory_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_BillingUsageLedger_InMemory PRIMARY KEY NONCLUSTERED HASH (UsageId) WITH (BUCKET_COUNT = 4194304),
    INDEX IX_BillingUsageLedger_InMemory_TenantId HASH (TenantId) WITH (BUCKET_COUNT = 1024),
    INDEX IX_BillingUsageLedger_InMemory_IsBilled NONCLUSTERED (IsBilled),
    INDEX IX_BillingUsageLedger_InMemory_UsageTimestamp NONCLUSTERED (UsageTimestamp)
)
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
GO

-- TABLE 2: dbo.BillingUsageLedger_Migrate_to_Ledger (12 columns, 4 indexes; score 85/100)
-- Seed: "Foreign Keys: None (migration staging table)", "CRITICAL: No foreign key
-- to source/target tables", "MigrationStatus - NVARCHAR(50): 'pending',
-- 'completed', 'failed'" with "No CHECK constraint on MigrationStatus values".
CREATE TABLE dbo.BillingUsageLedger_Migrate_to_Ledger (
    MigrationId         BIGINT IDENTITY(1,1) NOT NULL,
    SourceUsageId       BIGINT NOT NULL,
    TargetUsageId       BIGINT NULL,
    TenantId            INT NOT NULL,
    OperationType       NVARCHAR(100) NOT NULL,
    Quantity            BIGINT NOT NULL,
    UnitCost            DECIMAL(10,6) NOT NULL,
    TotalCost           DECIMAL(12,2) NOT NULL,
    MigrationStatus     NVARCHAR(50) NOT NULL CONSTRAINT DF_BillingUsageLedger_Migrate_Status DEFAULT ('pending'),
    MigrationTimestamp  DATETIME2(7) NOT NULL CONSTRAINT DF_BillingUsageLedger_Migrate_Timestamp DEFAULT (SYSUTCDATETIME()),
    ErrorMessage        NVARCHAR(MAX) NULL,
    ValidationHash      NVARCHAR(128) NULL,
    CONSTRAINT PK_BillingUsageLedger_Migrate_to_Ledger PRIMARY KEY CLUSTERED (MigrationId)
);
GO

CREATE NONCLUSTERED INDEX IX_BillingUsageLedger_Migrate_SourceUsageId
    ON dbo.BillingUsageLedger_Migrate_to_Ledger (SourceUsageId);
GO

CREATE NONCLUSTERED INDEX IX_BillingUsageLedger_Migrate_Status
    ON dbo.BillingUsageLedger_Migrate_to_Ledger (MigrationStatus);
GO

CREATE NONCLUSTERED INDEX IX_BillingUsageLedger_Migrate_TenantId
    ON dbo.BillingUsageLedger_Migrate_to_Ledger (TenantId);
GO

-- TABLE 3: dbo.CachedActivation (15 columns, 7 indexes; score 92/100)
-- Seed: "Foreign Keys: FK to Model, ModelLayer"; "ActivationShape - NVARCHAR(256):
-- Tensor dimensions (JSON format)"; "TenantId - INT: Multi-tenant isolation
-- (default 0)"; seven single-column indexes; "No composite indexes for eviction
-- policies" -> "Add composite index for cache eviction (LastAccessed + HitCount)".
CREATE TABLE dbo.CachedActivation (
    CacheId             BIGINT IDENTITY(1,1) NOT NULL,
    ModelId             INT NOT NULL,
    LayerId             INT NOT NULL,
    InputHash           NVARCHAR(128) NOT NULL,
    ActivationData      VARBINARY(MAX) NOT NULL,
    ActivationShape     NVARCHAR(256) NOT NULL,
    HitCount            INT NOT NULL CONSTRAINT DF_CachedActivation_HitCount DEFAULT (0),
    LastAccessed        DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivation_LastAccessed DEFAULT (SYSUTCDATETIME()),
    CreatedAt           DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivation_CreatedAt DEFAULT (SYSUTCDATETIME()),
    ExpiresAt           DATETIME2(7) NULL,
    ComputeTimeSavedMs  INT NOT NULL CONSTRAINT DF_CachedActivation_ComputeTimeSavedMs DEFAULT (0),
    MemoryUsageBytes    BIGINT NOT NULL,
    CompressionRatio    DECIMAL(5,4) NOT NULL CONSTRAINT DF_CachedActivation_CompressionRatio DEFAULT (1.0),
    IsCompressed        BIT NOT NULL CONSTRAINT DF_CachedActivation_IsCompressed DEFAULT (0),
    TenantId            INT NOT NULL CONSTRAINT DF_CachedActivation_TenantId DEFAULT (0),
    CONSTRAINT PK_CachedActivation PRIMARY KEY CLUSTERED (CacheId),
    CONSTRAINT FK_CachedActivation_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId),
    CONSTRAINT FK_CachedActivation_ModelLayer FOREIGN KEY (LayerId)
        REFERENCES dbo.ModelLayer (LayerId)
);
GO

CREATE NONCLUSTERED INDEX IX_CachedActivation_ModelId ON dbo.CachedActivation (ModelId);
GO
CREATE NONCLUSTERED INDEX IX_CachedActivation_LayerId ON dbo.CachedActivation (LayerId);
GO
CREATE NONCLUSTERED INDEX IX_CachedActivation_InputHash ON dbo.CachedActivation (InputHash);
GO
CREATE NONCLUSTERED INDEX IX_CachedActivation_HitCount ON dbo.CachedActivation (HitCount DESC);
GO
CREATE NONCLUSTERED INDEX IX_CachedActivation_LastAccessed ON dbo.CachedActivation (LastAccessed);
GO
CREATE NONCLUSTERED INDEX IX_CachedActivation_TenantId ON dbo.CachedActivation (TenantId);
GO

-- TABLE 4: dbo.CachedActivations_InMemory (13 columns, 5 indexes; score 90/100)
-- Seed: "DURABILITY=SCHEMA_AND_DATA"; "Clustered on CacheId (HASH)" [NONCLUSTERED
-- HASH in real syntax]; HASH on ModelId, InputHash, TenantId; NONCLUSTERED on
-- LastAccessed; "TenantId - INT: Tenant isolation" (this seed lists TenantId,
-- seed 000 says the same table lacks it); "Minor: No compression support".
-- ModelId/LayerId have no FOREIGN KEY: the seed says "Model identifier" /
-- "Layer identifier", and a memory-optimized table cannot reference disk tables.
CREATE TABLE dbo.CachedActivations_InMemory (
    CacheId             BIGINT IDENTITY(1,1) NOT NULL,
    ModelId             INT NOT NULL,
    LayerId             INT NOT NULL,
    InputHash           NVARCHAR(128) NOT NULL,
    ActivationData      VARBINARY(MAX) NOT NULL,
    ActivationShape     NVARCHAR(256) NOT NULL,
    HitCount            INT NOT NULL CONSTRAINT DF_CachedActivations_InMemory_HitCount DEFAULT (0),
    LastAccessed        DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivations_InMemory_LastAccessed DEFAULT (SYSUTCDATETIME()),
    CreatedAt           DATETIME2(7) NOT NULL CONSTRAINT DF_CachedActivations_InMemory_CreatedAt DEFAULT (SYSUTCDATETIME()),
    ExpiresAt           DATETIME2(7) NULL,
    ComputeTimeSavedMs  INT NOT NULL CONSTRAINT DF_CachedActivations_InMemory_ComputeTimeSavedMs DEFAULT (0),
    MemoryUsageBytes    BIGINT NOT NULL,
    TenantId            INT NOT NULL,
    CONSTRAINT PK_CachedActivations_InMemory PRIMARY KEY NONCLUSTERED HASH (CacheId) WITH (BUCKET_COUNT = 1048576),
    INDEX IX_CachedActivations_InMemory_ModelId HASH (ModelId) WITH (BUCKET_COUNT = 1024),
    INDEX IX_CachedActivations_InMemory_InputHash HASH (InputHash) WITH (BUCKET_COUNT = 1048576),
    INDEX IX_CachedActivations_InMemory_LastAccessed NONCLUSTERED (LastAccessed),
    INDEX IX_CachedActivations_InMemory_TenantId HASH (TenantId) WITH (BUCKET_COUNT = 1024)
)
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);
GO

-- TABLE 5: dbo.CdcCheckpoint (12 columns, 5 indexes; score 91/100)
-- Seed: LSN tracking, "UQ_CdcCheckpoint_Consumer_Partition: Unique
-- consumer+partition", "MetadataJson - NVARCHAR(MAX)" should be JSON.
-- Infrastructure table: no TenantId, and the seed does not ask for one.
CREATE TABLE dbo.CdcCheckpoint (
    CheckpointId            BIGINT IDENTITY(1,1) NOT NULL,
    ConsumerGroup           NVARCHAR(100) NOT NULL,
    PartitionId             INT NOT NULL,
    LastProcessedLSN        BINARY(10) NOT NULL,
    LastProcessedTimestamp  DATETIME2(7) NOT NULL,
    SequenceNumber          BIGINT NOT NULL,
    RetryCount              INT NOT NULL CONSTRAINT DF_CdcCheckpoint_RetryCount DEFAULT (0),
    LastErrorMessage        NVARCHAR(MAX) NULL,
    IsActive                BIT NOT NULL CONSTRAINT DF_CdcCheckpoint_IsActive DEFAULT (1),
    CreatedAt               DATETIME2(7) NOT NULL CONSTRAINT DF_CdcCheckpoint_CreatedAt DEFAULT (SYSUTCDATETIME()),
    UpdatedAt               DATETIME2(7) NOT NULL CONSTRAINT DF_CdcCheckpoint_UpdatedAt DEFAULT (SYSUTCDATETIME()),
    MetadataJson            NVARCHAR(MAX) NULL,
    CONSTRAINT PK_CdcCheckpoint PRIMARY KEY CLUSTERED (CheckpointId),
    CONSTRAINT UQ_CdcCheckpoint_Consumer_Partition UNIQUE (ConsumerGroup, PartitionId)
);
GO

CREATE NONCLUSTERED INDEX IX_CdcCheckpoint_IsActive ON dbo.CdcCheckpoint (IsActive);
GO
CREATE NONCLUSTERED INDEX IX_CdcCheckpoint_LastProcessedTimestamp ON dbo.CdcCheckpoint (LastProcessedTimestamp);
GO
CREATE NONCLUSTERED INDEX IX_CdcCheckpoint_RetryCount ON dbo.CdcCheckpoint (RetryCount);
GO

-- TABLE 6: dbo.CICDBuild (16 columns, "Indexes (4)" but five listed; score 93/100)
-- Seed: "PipelineId + BuildNumber (composite unique)"; "BuildStatus -
-- NVARCHAR(50): 'queued', 'running', 'succeeded', 'failed'" (not flagged, unlike
-- MigrationStatus in table 2, so it carries a CHECK); BuildUrl / ArtifactPath
-- NVARCHAR(500); "Minor: No failure analysis indexes".
-- Infrastructure table (build records): no TenantId.
CREATE TABLE dbo.CICDBuild (
    BuildId           BIGINT IDENTITY(1,1) NOT NULL,
    PipelineId        NVARCHAR(100) NOT NULL,
    BuildNumber       INT NOT NULL,
    BuildStatus       NVARCHAR(50) NOT NULL,
    BranchName        NVARCHAR(100) NOT NULL,
    CommitHash        NVARCHAR(64) NOT NULL,
    BuildUrl          NVARCHAR(500) NOT NULL,
    StartTime         DATETIME2(7) NOT NULL,
    EndTime           DATETIME2(7) NULL,
    DurationSeconds   INT NOT NULL CONSTRAINT DF_CICDBuild_DurationSeconds DEFAULT (0),
    ArtifactPath      NVARCHAR(500) NOT NULL,
    DeploymentStatus  NVARCHAR(50) NULL,
    Environment       NVARCHAR(50) NOT NULL,
    TriggeredBy       NVARCHAR(100) NOT NULL,
    CreatedAt         DATETIME2(7) NOT NULL CONSTRAINT DF_CICDBuild_CreatedAt DEFAULT (SYSUTCDATETIME()),
    UpdatedAt         DATETIME2(7) NOT NULL CONSTRAINT DF_CICDBuild_UpdatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_CICDBuild PRIMARY KEY CLUSTERED (BuildId),
    CONSTRAINT UQ_CICDBuild_Pipeline_BuildNumber UNIQUE (PipelineId, BuildNumber),
    CONSTRAINT CK_CICDBuild_BuildStatus
        CHECK (BuildStatus IN ('queued', 'running', 'succeeded', 'failed'))
);
GO

CREATE NONCLUSTERED INDEX IX_CICDBuild_BuildStatus ON dbo.CICDBuild (BuildStatus);
GO
CREATE NONCLUSTERED INDEX IX_CICDBuild_StartTime ON dbo.CICDBuild (StartTime);
GO
CREATE NONCLUSTERED INDEX IX_CICDBuild_Environment ON dbo.CICDBuild (Environment);
GO

-- TABLE 7: dbo.CodeAtom (12 columns, 5 indexes; score 94/100)
-- Seed: "Foreign Keys: FK to Atom (inheritance relationship)", "Proper inheritance
-- from base Atom table" (so the AtomId index is UNIQUE: one CodeAtom per Atom);
-- "EmbeddingVector - VECTOR(1536)"; "No embedding similarity search indexes".
CREATE TABLE dbo.CodeAtom (
    CodeAtomId       BIGINT IDENTITY(1,1) NOT NULL,
    AtomId           BIGINT NOT NULL,
    Language         NVARCHAR(50) NOT NULL,
    CodeSnippet      NVARCHAR(MAX) NOT NULL,
    FunctionName     NVARCHAR(256) NULL,
    ClassName        NVARCHAR(256) NULL,
    ComplexityScore  DECIMAL(5,2) NOT NULL,
    EmbeddingVector  VECTOR(1536) NOT NULL,
    TokenCount       INT NOT NULL,
    IsValidSyntax    BIT NOT NULL CONSTRAINT DF_CodeAtom_IsValidSyntax DEFAULT (0),
    CreatedAt        DATETIME2(7) NOT NULL CONSTRAINT DF_CodeAtom_CreatedAt DEFAULT (SYSUTCDATETIME()),
    UpdatedAt        DATETIME2(7) NOT NULL CONSTRAINT DF_CodeAtom_UpdatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_CodeAtom PRIMARY KEY CLUSTERED (CodeAtomId),
    CONSTRAINT FK_CodeAtom_Atom FOREIGN KEY (AtomId)
        REFERENCES dbo.Atom (AtomId) ON DELETE CASCADE
);
GO

CREATE UNIQUE NONCLUSTERED INDEX IX_CodeAtom_AtomId ON dbo.CodeAtom (AtomId);
GO
CREATE NONCLUSTERED INDEX IX_CodeAtom_Language ON dbo.CodeAtom (Language);
GO
CREATE NONCLUSTERED INDEX IX_CodeAtom_FunctionName ON dbo.CodeAtom (FunctionName)
    WHERE FunctionName IS NOT NULL;
GO
CREATE NONCLUSTERED INDEX IX_CodeAtom_IsValidSyntax ON dbo.CodeAtom (IsValidSyntax);
GO
