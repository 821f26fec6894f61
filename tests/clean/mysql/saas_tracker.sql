-- Multi-tenant issue tracker, MySQL 8.0.16+ / MariaDB 10.11 (InnoDB).
-- Every tenant-owned table is clustered by (tenant_id, ...), and every reference between
-- tenant-owned tables is a composite foreign key that includes tenant_id, so a row can
-- never point at another tenant's data. The server runs with time_zone = '+00:00'.

CREATE TABLE tenants (
    tenant_id  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(63) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- the subdomain
    name       VARCHAR(200)    NOT NULL,
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id),
    UNIQUE KEY uq_tenants_slug (slug),
    KEY ix_tenants_name (name),
    CONSTRAINT ck_tenants_slug CHECK (slug REGEXP '^[a-z0-9][a-z0-9-]*$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- InnoDB needs an index led by an AUTO_INCREMENT column, hence the extra (x_id) keys below.
CREATE TABLE users (
    tenant_id      BIGINT UNSIGNED NOT NULL,
    user_id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254)    NOT NULL,  -- case-insensitive collation, so UNIQUE is too
    display_name   VARCHAR(100)    NOT NULL,
    deactivated_at DATETIME(6)     NULL,      -- NULL while the account is active
    created_at     DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE KEY uq_users_tenant_email (tenant_id, email),
    KEY ix_users_user_id (user_id),
    CONSTRAINT fk_users_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE projects (
    tenant_id         BIGINT UNSIGNED NOT NULL,
    project_id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    project_key       VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- e.g. ENG in ENG-42
    name              VARCHAR(200)    NOT NULL,
    description       TEXT            NULL,
    next_issue_number INT UNSIGNED    NOT NULL DEFAULT 1,
    created_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id, project_id),
    UNIQUE KEY uq_projects_tenant_key (tenant_id, project_key),
    UNIQUE KEY uq_projects_tenant_name (tenant_id, name),
    KEY ix_projects_project_id (project_id),
    CONSTRAINT fk_projects_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id),
    CONSTRAINT ck_projects_key CHECK (project_key REGEXP '^[A-Z][A-Z0-9]+$'),
    CONSTRAINT ck_projects_next_issue_number CHECK (next_issue_number > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who may see and edit a project.
CREATE TABLE memberships (
    tenant_id  BIGINT UNSIGNED NOT NULL,
    project_id BIGINT UNSIGNED NOT NULL,
    user_id    BIGINT UNSIGNED NOT NULL,
    role       VARCHAR(20)     NOT NULL DEFAULT 'member',
    created_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id, project_id, user_id),
    KEY ix_memberships_tenant_user (tenant_id, user_id),  -- "my projects"
    CONSTRAINT fk_memberships_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id),
    CONSTRAINT fk_memberships_project FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, project_id),
    CONSTRAINT fk_memberships_user FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, user_id),
    CONSTRAINT ck_memberships_role CHECK (role IN ('owner', 'maintainer', 'member', 'viewer'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE issues (
    tenant_id        BIGINT UNSIGNED  NOT NULL,
    issue_id         BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT,
    project_id       BIGINT UNSIGNED  NOT NULL,
    issue_number     INT UNSIGNED     NOT NULL,  -- from projects.next_issue_number
    title            VARCHAR(300)     NOT NULL,
    description      MEDIUMTEXT       NULL,
    status           VARCHAR(20)      NOT NULL DEFAULT 'open',
    priority         TINYINT UNSIGNED NOT NULL DEFAULT 3,  -- 1 urgent .. 4 low
    reporter_user_id BIGINT UNSIGNED  NOT NULL,
    assignee_user_id BIGINT UNSIGNED  NULL,      -- NULL while unassigned
    resolved_at      DATETIME(6)      NULL,
    created_at       DATETIME(6)      NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)      NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id, issue_id),
    UNIQUE KEY uq_issues_project_number (tenant_id, project_id, issue_number),
    KEY ix_issues_issue_id (issue_id),
    KEY ix_issues_project_status (tenant_id, project_id, status),     -- the project board
    KEY ix_issues_assignee (tenant_id, assignee_user_id, status),     -- "assigned to me"
    KEY ix_issues_reporter (tenant_id, reporter_user_id),
    CONSTRAINT fk_issues_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id),
    CONSTRAINT fk_issues_project FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, project_id),
    CONSTRAINT fk_issues_reporter FOREIGN KEY (tenant_id, reporter_user_id) REFERENCES users (tenant_id, user_id),
    CONSTRAINT fk_issues_assignee FOREIGN KEY (tenant_id, assignee_user_id) REFERENCES users (tenant_id, user_id),
    CONSTRAINT ck_issues_status CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    CONSTRAINT ck_issues_priority CHECK (priority BETWEEN 1 AND 4),
    CONSTRAINT ck_issues_issue_number CHECK (issue_number > 0),
    -- resolved_at is set exactly when the issue is resolved or closed.
    CONSTRAINT ck_issues_resolved_at CHECK ((status IN ('resolved', 'closed')) = (resolved_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE comments (
    tenant_id      BIGINT UNSIGNED NOT NULL,
    comment_id     BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    issue_id       BIGINT UNSIGNED NOT NULL,
    author_user_id BIGINT UNSIGNED NOT NULL,
    body           TEXT            NOT NULL,
    created_at     DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tenant_id, comment_id),
    KEY ix_comments_comment_id (comment_id),
    KEY ix_comments_issue (tenant_id, issue_id, created_at),  -- an issue's thread in order
    KEY ix_comments_author (tenant_id, author_user_id),
    CONSTRAINT fk_comments_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id),
    CONSTRAINT fk_comments_issue FOREIGN KEY (tenant_id, issue_id) REFERENCES issues (tenant_id, issue_id),
    CONSTRAINT fk_comments_author FOREIGN KEY (tenant_id, author_user_id) REFERENCES users (tenant_id, user_id),
    CONSTRAINT ck_comments_body CHECK (CHAR_LENGTH(body) > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
