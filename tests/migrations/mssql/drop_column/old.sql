-- Drop columns: a legacy password hash and a session's IP address (data loss).
CREATE TABLE dbo.Users (
    UserId             BIGINT IDENTITY(1,1) NOT NULL,
    Email              NVARCHAR(254)        NOT NULL,
    LegacyPasswordHash VARBINARY(64)        NULL,
    LastLoginAt        DATETIME2(3)         NULL,
    CONSTRAINT PK_Users PRIMARY KEY CLUSTERED (UserId),
    CONSTRAINT UQ_Users_Email UNIQUE (Email)
);
GO
CREATE TABLE dbo.Sessions (
    SessionId UNIQUEIDENTIFIER NOT NULL,
    UserId    BIGINT           NOT NULL,
    IpAddress VARCHAR(45)      NULL,
    ExpiresAt DATETIME2(3)     NOT NULL,
    CONSTRAINT PK_Sessions PRIMARY KEY CLUSTERED (SessionId),
    CONSTRAINT FK_Sessions_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (UserId) ON DELETE CASCADE
);
GO
CREATE INDEX IX_Sessions_UserId ON dbo.Sessions (UserId);
GO
