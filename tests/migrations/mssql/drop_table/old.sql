-- Drop a table that another table's foreign key references; that foreign key is dropped too (data loss).
CREATE TABLE dbo.Users (
    UserId BIGINT        NOT NULL,
    Email  NVARCHAR(254) NOT NULL,
    CONSTRAINT PK_Users PRIMARY KEY CLUSTERED (UserId)
);
GO
CREATE TABLE dbo.LegacyProfiles (
    ProfileId BIGINT        NOT NULL,
    UserId    BIGINT        NOT NULL,
    Bio       NVARCHAR(MAX) NULL,
    CONSTRAINT PK_LegacyProfiles PRIMARY KEY CLUSTERED (ProfileId),
    CONSTRAINT FK_LegacyProfiles_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (UserId)
);
GO
CREATE TABLE dbo.UserSettings (
    UserId    BIGINT      NOT NULL,
    ProfileId BIGINT      NULL,
    Theme     VARCHAR(20) NOT NULL CONSTRAINT DF_UserSettings_Theme DEFAULT ('light'),
    CONSTRAINT PK_UserSettings PRIMARY KEY CLUSTERED (UserId),
    CONSTRAINT FK_UserSettings_Users FOREIGN KEY (UserId) REFERENCES dbo.Users (UserId),
    CONSTRAINT FK_UserSettings_LegacyProfiles FOREIGN KEY (ProfileId) REFERENCES dbo.LegacyProfiles (ProfileId)
);
GO
