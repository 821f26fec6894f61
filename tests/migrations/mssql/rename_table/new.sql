CREATE TABLE dbo.Orders (
    OrderId  BIGINT       NOT NULL,
    PlacedAt DATETIME2(3) NOT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId)
);
GO
CREATE TABLE dbo.OrderComments (
    NoteId    BIGINT        NOT NULL,
    OrderId   BIGINT        NOT NULL,
    Body      NVARCHAR(MAX) NOT NULL,
    CreatedAt DATETIME2(3)  NOT NULL CONSTRAINT DF_OrderNotes_CreatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_OrderNotes PRIMARY KEY CLUSTERED (NoteId),
    CONSTRAINT FK_OrderNotes_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (OrderId)
);
GO
