-- A single-owner blog, SQL Server 2019+. Timestamps are UTC.

CREATE TABLE dbo.Authors (
    AuthorId    INT IDENTITY(1,1) NOT NULL,
    Email       NVARCHAR(254)     NOT NULL,
    DisplayName NVARCHAR(100)     NOT NULL,
    Bio         NVARCHAR(2000)    NULL,
    CreatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Authors_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Authors_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Authors PRIMARY KEY CLUSTERED (AuthorId),
    CONSTRAINT UQ_Authors_Email UNIQUE (Email)
);

CREATE TABLE dbo.Posts (
    PostId      INT IDENTITY(1,1) NOT NULL,
    AuthorId    INT               NOT NULL,
    Slug        VARCHAR(200)      NOT NULL,  -- the post's URL segment
    Title       NVARCHAR(200)     NOT NULL,
    Summary     NVARCHAR(500)     NULL,
    Body        NVARCHAR(MAX)     NOT NULL,
    PublishedAt DATETIME2(3)      NULL,      -- NULL while the post is a draft
    CreatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Posts_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt   DATETIME2(3)      NOT NULL CONSTRAINT DF_Posts_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Posts PRIMARY KEY CLUSTERED (PostId),
    CONSTRAINT UQ_Posts_Slug UNIQUE (Slug),
    CONSTRAINT FK_Posts_Authors FOREIGN KEY (AuthorId) REFERENCES dbo.Authors (AuthorId),
    CONSTRAINT CK_Posts_Slug CHECK (Slug <> '' AND Slug NOT LIKE '%[^a-z0-9-]%' COLLATE Latin1_General_BIN2)
);

CREATE INDEX IX_Posts_AuthorId ON dbo.Posts (AuthorId);
-- The front page and the feed: published posts, newest first.
CREATE INDEX IX_Posts_PublishedAt ON dbo.Posts (PublishedAt DESC)
    INCLUDE (Slug, Title) WHERE PublishedAt IS NOT NULL;

CREATE TABLE dbo.Tags (
    TagId     INT IDENTITY(1,1) NOT NULL,
    Slug      VARCHAR(100)      NOT NULL,
    Name      NVARCHAR(100)     NOT NULL,
    CreatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Tags_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt DATETIME2(3)      NOT NULL CONSTRAINT DF_Tags_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Tags PRIMARY KEY CLUSTERED (TagId),
    CONSTRAINT UQ_Tags_Slug UNIQUE (Slug),
    CONSTRAINT UQ_Tags_Name UNIQUE (Name),
    CONSTRAINT CK_Tags_Slug CHECK (Slug <> '' AND Slug NOT LIKE '%[^a-z0-9-]%' COLLATE Latin1_General_BIN2)
);

-- Rows are only ever inserted or deleted, so there is no UpdatedAt.
CREATE TABLE dbo.PostTags (
    PostId    INT          NOT NULL,
    TagId     INT          NOT NULL,
    CreatedAt DATETIME2(3) NOT NULL CONSTRAINT DF_PostTags_CreatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_PostTags PRIMARY KEY CLUSTERED (PostId, TagId),
    CONSTRAINT FK_PostTags_Posts FOREIGN KEY (PostId) REFERENCES dbo.Posts (PostId) ON DELETE CASCADE,
    CONSTRAINT FK_PostTags_Tags FOREIGN KEY (TagId) REFERENCES dbo.Tags (TagId) ON DELETE CASCADE
);

-- The tag pages.
CREATE INDEX IX_PostTags_TagId ON dbo.PostTags (TagId, PostId);

CREATE TABLE dbo.Comments (
    CommentId       INT IDENTITY(1,1) NOT NULL,
    PostId          INT               NOT NULL,
    ParentCommentId INT               NULL,      -- NULL for a top-level comment, else the comment replied to
    AuthorName      NVARCHAR(100)     NOT NULL,
    AuthorEmail     NVARCHAR(254)     NOT NULL,  -- never shown; used to notify of replies
    Body            NVARCHAR(4000)    NOT NULL,
    Status          VARCHAR(20)       NOT NULL CONSTRAINT DF_Comments_Status DEFAULT 'pending',
    CreatedAt       DATETIME2(3)      NOT NULL CONSTRAINT DF_Comments_CreatedAt DEFAULT SYSUTCDATETIME(),
    UpdatedAt       DATETIME2(3)      NOT NULL CONSTRAINT DF_Comments_UpdatedAt DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_Comments PRIMARY KEY CLUSTERED (CommentId),
    CONSTRAINT FK_Comments_Posts FOREIGN KEY (PostId) REFERENCES dbo.Posts (PostId) ON DELETE CASCADE,
    -- SQL Server allows no cascade on a self-reference; replies are deleted before their parent.
    CONSTRAINT FK_Comments_Parent FOREIGN KEY (ParentCommentId) REFERENCES dbo.Comments (CommentId),
    CONSTRAINT CK_Comments_Status CHECK (Status IN ('pending', 'approved', 'spam')),
    CONSTRAINT CK_Comments_Body CHECK (LEN(Body) > 0)
);

-- A post's thread in order, and the foreign key to Posts.
CREATE INDEX IX_Comments_PostId_CreatedAt ON dbo.Comments (PostId, CreatedAt);
CREATE INDEX IX_Comments_ParentCommentId ON dbo.Comments (ParentCommentId);
-- The moderation queue.
CREATE INDEX IX_Comments_Pending ON dbo.Comments (CreatedAt) WHERE Status = 'pending';
