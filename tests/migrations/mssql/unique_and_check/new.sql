CREATE TABLE dbo.Accounts (
    AccountId  BIGINT        NOT NULL,
    Email      NVARCHAR(254) NOT NULL,
    Handle     NVARCHAR(40)  NOT NULL,
    LegacyCode VARCHAR(20)   NULL,
    Balance    DECIMAL(12,2) NOT NULL,
    [Plan]     VARCHAR(20)   NOT NULL,
    CONSTRAINT PK_Accounts PRIMARY KEY CLUSTERED (AccountId),
    UNIQUE (Email),
    CONSTRAINT UQ_Accounts_Handle UNIQUE (Handle),
    CONSTRAINT CK_Accounts_Plan CHECK ([Plan] IN ('free', 'pro', 'team')),
    CONSTRAINT CK_Accounts_Balance CHECK (Balance >= 0)
);
GO
