-- Rename a column: same type, nullability and index, new name.
CREATE TABLE dbo.Users (
    UserId      BIGINT        NOT NULL,
    Mail        NVARCHAR(254) NOT NULL,
    DisplayName NVARCHAR(100) NULL,
    CONSTRAINT PK_Users PRIMARY KEY CLUSTERED (UserId)
);
GO
CREATE UNIQUE INDEX UX_Users_Mail ON dbo.Users (Mail);
GO
