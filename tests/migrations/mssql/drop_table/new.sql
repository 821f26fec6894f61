CREATE TABLE dbo.Users (
    UserId BIGINT        NOT NULL,
    Email  NVARCHAR(254) NOT NULL,
    CONSTRAINT PK_Users PRIMARY KEY CLUSTERED (UserId)
);
GO
CREATE TABLE dbo.UserSettings (
    UserId    BIGINT      NOT NULL,
    ProfileId BIGINT      NULL,
    Theme     VARCHAR(20) NOT NULL CONSTRAINT DF_UserSettings_Theme DEFAULT ('light'),
    CONSTRAINT PK_UserSettings PRIMARY KEY CLUSTERED (UserId),
    CONSTRAINT FK_UserSettings_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (UserId)
);
GO
