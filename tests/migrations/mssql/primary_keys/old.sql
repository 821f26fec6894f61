-- Primary keys: one added to a heap, one dropped, one changed to other columns (clustered to nonclustered).
CREATE TABLE dbo.AuditLog (
    AuditId   BIGINT       NOT NULL,
    Actor     NVARCHAR(80) NOT NULL,
    Action    VARCHAR(40)  NOT NULL,
    CreatedAt DATETIME2(3) NOT NULL
);
GO
CREATE TABLE dbo.ImportRows (
    BatchId INT           NOT NULL,
    RowNo   INT           NOT NULL,
    Payload NVARCHAR(MAX) NOT NULL,
    CONSTRAINT PK_ImportRows PRIMARY KEY CLUSTERED (BatchId, RowNo)
);
GO
CREATE TABLE dbo.Tags (
    TagId INT          NOT NULL,
    Name  NVARCHAR(50) NOT NULL,
    CONSTRAINT PK_Tags PRIMARY KEY CLUSTERED (Name)
);
GO
