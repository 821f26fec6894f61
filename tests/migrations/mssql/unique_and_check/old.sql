-- Unique and check constraints: unique added (named and unnamed) and dropped; check added, dropped and changed.
CREATE TABLE dbo.Accounts (
    AccountId  BIGINT        NOT NULL,
    Email      NVARCHAR(254) NOT NULL,
    Handle     NVARCHAR(40)  NOT NULL,
    LegacyCode VARCHAR(20)   NULL,
    Balance    DECIMAL(12,2) NOT NULL,
    [Plan]     VARCHAR(20)   NOT NULL,
    CONSTRAINT PK_Accounts PRIMARY KEY CLUSTERED (AccountId),
    CONSTRAINT UQ_Accounts_LegacyCode UNIQUE (LegacyCode),
    CONSTRAINT CK_Accounts_Plan CHECK ([Plan] IN ('free', 'pro')),
    CONSTRAINT CK_Accounts_Handle CHECK (LEN(Handle) > 0)
);
GO
