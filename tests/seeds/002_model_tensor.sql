-- Seed: /work/shared/seeds/002_c7dcd21bc864fd4e.txt
-- "SQL Audit Part 22: Model and Tensor Tables"
--
-- Reconstructed from the seed's "Schema" and "Indexes" sections: every column,
-- type, nullability and default it lists, the foreign keys with their
-- ON DELETE actions, and exactly the indexes it says exist (the seed says Model,
-- ModelLayer, TensorAtom and ModelMetadata have "Only clustered PK").
-- Where the seed is silent the choice is the one consistent with its findings
-- (see tests/seeds/README.md).
-- Audited tables (5): dbo.Model, dbo.ModelLayer, dbo.TensorAtom,
-- dbo.TensorAtomCoefficient, dbo.ModelMetadata.

-- referenced parent, not audited by the seed (FK target of ModelLayer.LayerAtomId,
-- TensorAtom.AtomId and TensorAtomCoefficient.TensorAtomId; audited in "Part 21")
CREATE TABLE dbo.Atom (
    AtomId       BIGINT IDENTITY(1,1) NOT NULL,
    ContentHash  BINARY(32) NOT NULL,
    Modality     NVARCHAR(64) NOT NULL,
    Subtype      NVARCHAR(64) NULL,
    AtomicValue  VARBINARY(64) NULL,
    TenantId     INT NOT NULL,
    CreatedAt    DATETIME2(7) NOT NULL CONSTRAINT DF_Atom_CreatedAt DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT PK_Atom PRIMARY KEY CLUSTERED (AtomId),
    CONSTRAINT UQ_Atom_ContentHash UNIQUE (ContentHash)
);
GO

-- 1. dbo.Model (Quality Score: 78/100)
-- "Primary Key: ModelId (INT IDENTITY)", "No Foreign Keys", "Clustered: PK_Model
-- (ModelId)" and no other index; native JSON Config / MetadataJson;
-- "SerializedModel - VARBINARY(MAX) NULL"; "TenantId - INT NOT NULL DEFAULT 0";
-- no CHECK on ModelType / Architecture; no UNIQUE on (TenantId, ModelName,
-- ModelVersion); no CreatedBy / ModifiedBy; no DATA_COMPRESSION.
CREATE TABLE dbo.Model (
    ModelId             INT IDENTITY(1,1) NOT NULL,
    ModelName           NVARCHAR(200) NOT NULL,
    ModelType           NVARCHAR(100) NOT NULL,
    ModelVersion        NVARCHAR(50) NULL,
    Architecture        NVARCHAR(100) NULL,
    Config              JSON NULL,
    ParameterCount      BIGINT NULL,
    MetadataJson        JSON NULL,
    SerializedModel     VARBINARY(MAX) NULL,
    IngestionDate       DATETIME2(7) NOT NULL CONSTRAINT DF_Model_IngestionDate DEFAULT (SYSUTCDATETIME()),
    CreatedAt           DATETIME2(7) NOT NULL CONSTRAINT DF_Model_CreatedAt DEFAULT (SYSUTCDATETIME()),
    LastUsed            DATETIME2(7) NULL,
    UsageCount          BIGINT NOT NULL CONSTRAINT DF_Model_UsageCount DEFAULT (0),
    AverageInferenceMs  FLOAT NULL,
    TenantId            INT NOT NULL CONSTRAINT DF_Model_TenantId DEFAULT (0),
    IsActive            BIT NOT NULL CONSTRAINT DF_Model_IsActive DEFAULT (1),
    CONSTRAINT PK_Model PRIMARY KEY CLUSTERED (ModelId)
);
GO

-- 2. dbo.ModelLayer (Quality Score: 72/100)
-- "Primary Key: LayerId (BIGINT IDENTITY)"; "ModelId -> Model (CASCADE DELETE),
-- LayerAtomId -> Atom (SET NULL)"; "Clustered: PK_ModelLayer (LayerId)" and no
-- other index (no FK index, no (ModelId, LayerIdx) unique, no spatial index, no
-- MortonCode index); no TenantId; no CreatedAt; TensorShape NVARCHAR(200).
CREATE TABLE dbo.ModelLayer (
    LayerId                BIGINT IDENTITY(1,1) NOT NULL,
    ModelId                INT NOT NULL,
    LayerIdx               INT NOT NULL,
    LayerName              NVARCHAR(100) NULL,
    LayerType              NVARCHAR(50) NULL,
    LayerAtomId            BIGINT NULL,
    TensorShape            NVARCHAR(200) NULL,
    TensorDtype            NVARCHAR(20) NULL CONSTRAINT DF_ModelLayer_TensorDtype DEFAULT ('float32'),
    ParameterCount         BIGINT NULL,
    Parameters             JSON NULL,
    QuantizationType       NVARCHAR(20) NULL,
    QuantizationScale      FLOAT NULL,
    QuantizationZeroPoint  FLOAT NULL,
    WeightsGeometry        GEOMETRY NULL,
    ZMin                   FLOAT NULL,
    ZMax                   FLOAT NULL,
    MMin                   FLOAT NULL,
    MMax                   FLOAT NULL,
    MortonCode             BIGINT NULL,
    PreviewPointCount      INT NULL,
    CacheHitRate           FLOAT NULL CONSTRAINT DF_ModelLayer_CacheHitRate DEFAULT (0.0),
    AvgComputeTimeMs       FLOAT NULL,
    CONSTRAINT PK_ModelLayer PRIMARY KEY CLUSTERED (LayerId),
    CONSTRAINT FK_ModelLayer_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId) ON DELETE CASCADE,
    CONSTRAINT FK_ModelLayer_LayerAtom FOREIGN KEY (LayerAtomId)
        REFERENCES dbo.Atom (AtomId) ON DELETE SET NULL
);
GO

-- 3. dbo.TensorAtom (Quality Score: 68/100)
-- "Primary Key: TensorAtomId (BIGINT IDENTITY)"; "AtomId -> Atom (CASCADE
-- DELETE), ModelId -> Model, LayerId -> ModelLayer"; "ModelId - INT NULL",
-- "LayerId - BIGINT NULL" (orphans possible); "AtomType - NVARCHAR(128) NOT NULL"
-- without CHECK; "ImportanceScore - REAL NULL"; two GEOMETRY columns; "Clustered:
-- PK_TensorAtom (TensorAtomId)" and no other index; no TenantId.
CREATE TABLE dbo.TensorAtom (
    TensorAtomId       BIGINT IDENTITY(1,1) NOT NULL,
    AtomId             BIGINT NOT NULL,
    ModelId            INT NULL,
    LayerId            BIGINT NULL,
    AtomType           NVARCHAR(128) NOT NULL,
    Metadata           JSON NULL,
    ImportanceScore    REAL NULL,
    CreatedAt          DATETIME2(7) NOT NULL CONSTRAINT DF_TensorAtom_CreatedAt DEFAULT (SYSUTCDATETIME()),
    SpatialSignature   GEOMETRY NULL,
    GeometryFootprint  GEOMETRY NULL,
    CONSTRAINT PK_TensorAtom PRIMARY KEY CLUSTERED (TensorAtomId),
    CONSTRAINT FK_TensorAtom_Atom FOREIGN KEY (AtomId)
        REFERENCES dbo.Atom (AtomId) ON DELETE CASCADE,
    CONSTRAINT FK_TensorAtom_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId),
    CONSTRAINT FK_TensorAtom_ModelLayer FOREIGN KEY (LayerId)
        REFERENCES dbo.ModelLayer (LayerId)
);
GO

-- 4. dbo.TensorAtomCoefficient (Quality Score: 88/100, "GOLD STANDARD")
-- Composite clustered PK (TensorAtomId, ModelId, LayerIdx, PositionX, PositionY,
-- PositionZ); "TensorAtomId -> Atom, ModelId -> Model (CASCADE DELETE)";
-- persisted computed SpatialKey; four columns marked DEPRECATED (v5 migration);
-- system-versioned into dbo.TensorAtomCoefficients_History without
-- HISTORY_RETENTION_PERIOD. The history table is left to SQL Server to create
-- (the seed: "History table likely missing columnstore ... MUST verify").
-- Nonclustered columnstore on the six key columns; spatial index with
-- BOUNDING_BOX (0, 0, 10000, 10000) and no CELLS_PER_OBJECT ("Defaults to 16").
-- No DATA_COMPRESSION: "Columnstore provides compression - No action needed".
CREATE TABLE dbo.TensorAtomCoefficient (
    TensorAtomId             BIGINT NOT NULL,
    ModelId                  INT NOT NULL,
    LayerIdx                 INT NOT NULL,
    PositionX                INT NOT NULL,
    PositionY                INT NOT NULL,
    PositionZ                INT NOT NULL CONSTRAINT DF_TensorAtomCoefficients_PositionZ DEFAULT (0),
    SpatialKey               AS (geometry::Point(PositionX, PositionY, 0)) PERSISTED,
    TensorAtomCoefficientId  BIGINT NULL,        -- DEPRECATED: No identity in v5
    ParentLayerId            BIGINT NULL,        -- DEPRECATED: Use ModelId + LayerIdx
    TensorRole               NVARCHAR(128) NULL, -- DEPRECATED: Use positional indexing
    Coefficient              REAL NULL,          -- DEPRECATED: The coefficient IS the atom (TensorAtomId)
    ValidFrom                DATETIME2(7) GENERATED ALWAYS AS ROW START NOT NULL,
    ValidTo                  DATETIME2(7) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo),
    CONSTRAINT PK_TensorAtomCoefficients PRIMARY KEY CLUSTERED
        (TensorAtomId, ModelId, LayerIdx, PositionX, PositionY, PositionZ),
    CONSTRAINT FK_TensorAtomCoefficients_Atom FOREIGN KEY (TensorAtomId)
        REFERENCES dbo.Atom (AtomId),
    CONSTRAINT FK_TensorAtomCoefficients_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId) ON DELETE CASCADE
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.TensorAtomCoefficients_History));
GO

CREATE NONCLUSTERED COLUMNSTORE INDEX NCCI_TensorAtomCoefficients
    ON dbo.TensorAtomCoefficient (TensorAtomId, ModelId, LayerIdx, PositionX, PositionY, PositionZ);
GO

CREATE SPATIAL INDEX SIX_TensorAtomCoefficients_SpatialKey
    ON dbo.TensorAtomCoefficient (SpatialKey)
    USING GEOMETRY_GRID
    WITH (BOUNDING_BOX = (0, 0, 10000, 10000));
GO

-- 5. dbo.ModelMetadata (Quality Score: 70/100)
-- "Primary Key: MetadataId (INT IDENTITY)"; "ModelId -> Model (CASCADE DELETE)"
-- meant 1:1 but with no UNIQUE on ModelId and no index on it; native JSON
-- SupportedTasks / SupportedModalities / PerformanceMetrics; "SourceUrl -
-- NVARCHAR(500) NULL"; no TenantId; no CreatedAt / ModifiedAt; "Clustered:
-- PK_ModelMetadata (MetadataId)" and no other index.
CREATE TABLE dbo.ModelMetadata (
    MetadataId           INT IDENTITY(1,1) NOT NULL,
    ModelId              INT NOT NULL,
    SupportedTasks       JSON NULL,
    SupportedModalities  JSON NULL,
    MaxInputLength       INT NULL,
    MaxOutputLength      INT NULL,
    EmbeddingDimension   INT NULL,
    PerformanceMetrics   JSON NULL,
    TrainingDataset      NVARCHAR(500) NULL,
    TrainingDate         DATE NULL,
    License              NVARCHAR(100) NULL,
    SourceUrl            NVARCHAR(500) NULL,
    CONSTRAINT PK_ModelMetadata PRIMARY KEY CLUSTERED (MetadataId),
    CONSTRAINT FK_ModelMetadata_Model FOREIGN KEY (ModelId)
        REFERENCES dbo.Model (ModelId) ON DELETE CASCADE
);
GO
