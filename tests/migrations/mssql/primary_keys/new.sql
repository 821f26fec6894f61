CREATE TABLE dbo.AuditLog (
    AuditId   BIGINT       NOT NULL,
    Actor     NVARCHAR(80) NOT NULL,
    Action    VARCHAR(40)  NOT NULL,
    CreatedAt DATETIME2(3) NOT NULL,
    CONSTRAINT PK_AuditLog PRIMARY KEY CLUSTERED (AuditId)
);
GO
CREATE TABLE dbo.ImportRows (
    BatchId INT           NOT NULL,
    RowNo   INT           NOT NULL,
    Payload NVARCHAR(MAX) NOT NULL
);
GO
CREATE TABLE dbo.Tags (
    TagId INT          NOT NULL,
    Name  NVARCHAR(50) NOT NULL,
    CONSTRAINT PK_Tags PRIMARY KEY NONCLUSTERED (TagId)
);
GO
