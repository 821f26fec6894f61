-- Sample: an AI model registry on SQL Server 2025.
-- Paste your own DDL over this to audit it; nothing leaves the browser.

CREATE TABLE dbo.Tenant (
    TenantId INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Tenant PRIMARY KEY CLUSTERED,
    TenantName NVARCHAR(200) NOT NULL,
    CreatedAt DATETIME2(7) NOT NULL CONSTRAINT DF_Tenant_CreatedAt DEFAULT SYSUTCDATETIME()
);
GO

CREATE TABLE dbo.Model (
    ModelId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    TenantId INT NOT NULL DEFAULT 0,
    ModelName NVARCHAR(200) NOT NULL,
    ModelVersion NVARCHAR(50) NOT NULL,
    ModelType NVARCHAR(50) NOT NULL,
    Config NVARCHAR(MAX) NULL,          -- JSON hyper-parameters
    Weights VARBINARY(MAX) NULL,
    SourceUrl NVARCHAR(500) NULL,
    CreatedAt DATETIME NOT NULL DEFAULT GETDATE()
);
GO

CREATE TABLE dbo.ModelLayer (
    LayerId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    ModelId BIGINT NOT NULL,
    LayerIdx INT NOT NULL,
    LayerType NVARCHAR(50) NOT NULL,
    TensorShape NVARCHAR(200) NULL,
    Score REAL NULL,
    LegacyBlob IMAGE NULL               -- DEPRECATED: replaced by dbo.Atom
);
GO

CREATE TABLE dbo.Embedding (
    EmbeddingId BIGINT IDENTITY(1,1) NOT NULL,
    TenantId INT NOT NULL,
    ModelId INT NOT NULL CONSTRAINT FK_Embedding_Model REFERENCES dbo.Model (ModelId),
    Vector VECTOR(1536) NOT NULL,
    Location GEOGRAPHY NULL,
    CreatedAt DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Embedding PRIMARY KEY CLUSTERED (EmbeddingId)
);
GO

CREATE TABLE dbo.InferenceCache (
    CacheId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY NONCLUSTERED,
    TenantId INT NOT NULL,
    InputHash BINARY(32) NOT NULL,
    Output NVARCHAR(4000) NULL,
    HitCount INT NOT NULL DEFAULT 0,
    LastAccessed DATETIME2(7) NOT NULL,
    INDEX IX_InferenceCache_Hash HASH (InputHash) WITH (BUCKET_COUNT = 64)
) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
GO

CREATE TABLE dbo.BillingEvent (
    BillingEventId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY NONCLUSTERED,
    TenantId INT NOT NULL,
    Amount DECIMAL(18,4) NOT NULL,
    Status NVARCHAR(20) NOT NULL,
    OccurredAt DATETIME2(7) NOT NULL
) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
GO
