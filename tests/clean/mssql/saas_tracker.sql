-- Multi-tenant issue tracker, SQL Server 2019+.
-- Every tenant-owned table is keyed and clustered by (TenantId, ...), and every reference
-- between tenant-owned tables is a composite foreign key that includes TenantId, so a row
-- can never point at another tenant's data. Timestamps are UTC.

CREATE TABLE dbo.Tenants (
    TenantId  INT IDENTITY(1,1) NOT NULL,
    Slug      VARCHAR(63)       NOT NULL,   -- used as the subdomain, so DNS-label sized
    Name      NVARCHAR(200)     NOT NULL,
    CreatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Tenants_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Tenants_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Tenants PRIMARY KEY CLUSTERED (TenantId),
    CONSTRAINT UQ_Tenants_Slug UNIQUE (Slug),
    CONSTRAINT CK_Tenants_Slug CHECK (Slug NOT LIKE '%[^a-z0-9-]%' COLLATE Latin1_General_BIN2)
);

CREATE INDEX IX_Tenants_Name ON dbo.Tenants (Name);

CREATE TABLE dbo.Users (
    TenantId      INT           NOT NULL,
    UserId        INT IDENTITY(1,1) NOT NULL,
    Email         NVARCHAR(254) NOT NULL,
    DisplayName   NVARCHAR(100) NOT NULL,
    DeactivatedAt DATETIME2(3)  NULL,       -- NULL while the account is active
    CreatedAt     DATETIME2(3)  NOT NULL CONSTRAINT DF_Users_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt     DATETIME2(3)  NOT NULL CONSTRAINT DF_Users_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Users PRIMARY KEY CLUSTERED (TenantId, UserId),
    CONSTRAINT UQ_Users_TenantId_Email UNIQUE (TenantId, Email),
    CONSTRAINT FK_Users_Tenants FOREIGN KEY (TenantId) REFERENCES dbo.Tenants (TenantId)
);

CREATE TABLE dbo.Projects (
    TenantId        INT            NOT NULL,
    ProjectId       INT IDENTITY(1,1) NOT NULL,
    ProjectKey      VARCHAR(10)    NOT NULL,  -- short prefix shown in issue references, e.g. ENG-42
    Name            NVARCHAR(200)  NOT NULL,
    Description     NVARCHAR(4000) NULL,
    NextIssueNumber INT            NOT NULL CONSTRAINT DF_Projects_NextIssueNumber DEFAULT 1,
    CreatedAt       DATETIME2(3)   NOT NULL CONSTRAINT DF_Projects_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt       DATETIME2(3)   NOT NULL CONSTRAINT DF_Projects_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Projects PRIMARY KEY CLUSTERED (TenantId, ProjectId),
    CONSTRAINT UQ_Projects_TenantId_ProjectKey UNIQUE (TenantId, ProjectKey),
    CONSTRAINT UQ_Projects_TenantId_Name UNIQUE (TenantId, Name),
    CONSTRAINT FK_Projects_Tenants FOREIGN KEY (TenantId) REFERENCES dbo.Tenants (TenantId),
    CONSTRAINT CK_Projects_ProjectKey CHECK (LEN(ProjectKey) >= 2 AND ProjectKey NOT LIKE '%[^A-Z0-9]%' COLLATE Latin1_General_BIN2),
    CONSTRAINT CK_Projects_NextIssueNumber CHECK (NextIssueNumber > 0)
);

-- Who may see and edit a project.
CREATE TABLE dbo.Memberships (
    TenantId  INT          NOT NULL,
    ProjectId INT          NOT NULL,
    UserId    INT          NOT NULL,
    Role      VARCHAR(20)  NOT NULL CONSTRAINT DF_Memberships_Role DEFAULT 'member',
    CreatedAt DATETIME2(3) NOT NULL CONSTRAINT DF_Memberships_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3) NOT NULL CONSTRAINT DF_Memberships_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Memberships PRIMARY KEY CLUSTERED (TenantId, ProjectId, UserId),
    CONSTRAINT FK_Memberships_Tenants FOREIGN KEY (TenantId) REFERENCES dbo.Tenants (TenantId),
    CONSTRAINT FK_Memberships_Projects FOREIGN KEY (TenantId, ProjectId) REFERENCES dbo.Projects (TenantId, ProjectId),
    CONSTRAINT FK_Memberships_Users FOREIGN KEY (TenantId, UserId) REFERENCES dbo.Users (TenantId, UserId),
    CONSTRAINT CK_Memberships_Role CHECK (Role IN ('owner', 'maintainer', 'member', 'viewer'))
);

-- "My projects", and the foreign key to Users.
CREATE INDEX IX_Memberships_TenantId_UserId ON dbo.Memberships (TenantId, UserId);

CREATE TABLE dbo.Issues (
    TenantId       INT           NOT NULL,
    IssueId        BIGINT IDENTITY(1,1) NOT NULL,
    ProjectId      INT           NOT NULL,
    IssueNumber    INT           NOT NULL,  -- per project, taken from Projects.NextIssueNumber
    Title          NVARCHAR(300) NOT NULL,
    Description    NVARCHAR(MAX) NULL,
    Status         VARCHAR(20)   NOT NULL CONSTRAINT DF_Issues_Status DEFAULT 'open',
    Priority       TINYINT       NOT NULL CONSTRAINT DF_Issues_Priority DEFAULT 3,  -- 1 urgent .. 4 low
    ReporterUserId INT           NOT NULL,
    AssigneeUserId INT           NULL,      -- NULL while unassigned
    ResolvedAt     DATETIME2(3)  NULL,
    CreatedAt      DATETIME2(3)  NOT NULL CONSTRAINT DF_Issues_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt      DATETIME2(3)  NOT NULL CONSTRAINT DF_Issues_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Issues PRIMARY KEY CLUSTERED (TenantId, IssueId),
    CONSTRAINT UQ_Issues_TenantId_ProjectId_IssueNumber UNIQUE (TenantId, ProjectId, IssueNumber),
    CONSTRAINT FK_Issues_Tenants FOREIGN KEY (TenantId) REFERENCES dbo.Tenants (TenantId),
    CONSTRAINT FK_Issues_Projects FOREIGN KEY (TenantId, ProjectId) REFERENCES dbo.Projects (TenantId, ProjectId),
    CONSTRAINT FK_Issues_Reporter FOREIGN KEY (TenantId, ReporterUserId) REFERENCES dbo.Users (TenantId, UserId),
    CONSTRAINT FK_Issues_Assignee FOREIGN KEY (TenantId, AssigneeUserId) REFERENCES dbo.Users (TenantId, UserId),
    CONSTRAINT CK_Issues_Status CHECK (Status IN ('open', 'in_progress', 'resolved', 'closed')),
    CONSTRAINT CK_Issues_Priority CHECK (Priority BETWEEN 1 AND 4),
    CONSTRAINT CK_Issues_IssueNumber CHECK (IssueNumber > 0),
    -- ResolvedAt is set exactly when the issue is resolved or closed.
    CONSTRAINT CK_Issues_ResolvedAt CHECK (
        (Status IN ('resolved', 'closed') AND ResolvedAt IS NOT NULL)
        OR (Status IN ('open', 'in_progress') AND ResolvedAt IS NULL))
);

-- The project board, filtered by status.
CREATE INDEX IX_Issues_TenantId_ProjectId_Status ON dbo.Issues (TenantId, ProjectId, Status);
-- "Assigned to me" and the foreign keys to Users.
CREATE INDEX IX_Issues_TenantId_AssigneeUserId ON dbo.Issues (TenantId, AssigneeUserId, Status);
CREATE INDEX IX_Issues_TenantId_ReporterUserId ON dbo.Issues (TenantId, ReporterUserId);

CREATE TABLE dbo.Comments (
    TenantId     INT           NOT NULL,
    CommentId    BIGINT IDENTITY(1,1) NOT NULL,
    IssueId      BIGINT        NOT NULL,
    AuthorUserId INT           NOT NULL,
    Body         NVARCHAR(MAX) NOT NULL,
    CreatedAt    DATETIME2(3)  NOT NULL CONSTRAINT DF_Comments_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt    DATETIME2(3)  NOT NULL CONSTRAINT DF_Comments_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Comments PRIMARY KEY CLUSTERED (TenantId, CommentId),
    CONSTRAINT FK_Comments_Tenants FOREIGN KEY (TenantId) REFERENCES dbo.Tenants (TenantId),
    CONSTRAINT FK_Comments_Issues FOREIGN KEY (TenantId, IssueId) REFERENCES dbo.Issues (TenantId, IssueId),
    CONSTRAINT FK_Comments_Author FOREIGN KEY (TenantId, AuthorUserId) REFERENCES dbo.Users (TenantId, UserId),
    CONSTRAINT CK_Comments_Body CHECK (LEN(Body) > 0)
);

-- An issue's thread in order, and the foreign key to Issues.
CREATE INDEX IX_Comments_TenantId_IssueId ON dbo.Comments (TenantId, IssueId, CreatedAt);
CREATE INDEX IX_Comments_TenantId_AuthorUserId ON dbo.Comments (TenantId, AuthorUserId);
