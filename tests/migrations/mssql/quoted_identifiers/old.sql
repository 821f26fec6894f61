-- Identifiers needing brackets: reserved words ([Order], [User], [Key]) and names with spaces ([Order Details], [Unit Price]).
CREATE TABLE dbo.[User] (
    UserId BIGINT       NOT NULL,
    [Name] NVARCHAR(50) NOT NULL,
    CONSTRAINT PK_User PRIMARY KEY CLUSTERED (UserId)
);
GO
CREATE TABLE dbo.[Order] (
    OrderId BIGINT       NOT NULL,
    UserId  BIGINT       NOT NULL,
    [Group] NVARCHAR(50) NOT NULL,
    CONSTRAINT PK_Order PRIMARY KEY CLUSTERED (OrderId)
);
GO
CREATE TABLE dbo.[Order Details] (
    OrderId BIGINT NOT NULL,
    [LineNo] INT    NOT NULL,
    CONSTRAINT [PK_Order Details] PRIMARY KEY CLUSTERED (OrderId, [LineNo])
);
GO
