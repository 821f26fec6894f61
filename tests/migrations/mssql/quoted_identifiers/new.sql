CREATE TABLE dbo.[User] (
    UserId BIGINT       NOT NULL,
    [Name] NVARCHAR(50) NOT NULL,
    CONSTRAINT PK_User PRIMARY KEY CLUSTERED (UserId)
);
GO
CREATE TABLE dbo.[Order] (
    OrderId     BIGINT        NOT NULL,
    UserId      BIGINT        NOT NULL,
    [Group]     NVARCHAR(100) NOT NULL,
    [Shipped At] DATETIME2(3) NULL,
    CONSTRAINT PK_Order PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Order_User FOREIGN KEY (UserId) REFERENCES dbo.[User] (UserId)
);
GO
CREATE INDEX [IX Order UserId] ON dbo.[Order] (UserId);
GO
CREATE TABLE dbo.[Order Details] (
    OrderId     BIGINT        NOT NULL,
    [LineNo]    INT           NOT NULL,
    [Key]       INT           NOT NULL CONSTRAINT [DF_Order Details_Key] DEFAULT ((1)),
    [Unit Price] DECIMAL(12,2) NULL,
    CONSTRAINT [PK_Order Details] PRIMARY KEY CLUSTERED (OrderId, [LineNo]),
    CONSTRAINT [FK_Order Details_Order] FOREIGN KEY (OrderId) REFERENCES dbo.[Order] (OrderId)
);
GO
