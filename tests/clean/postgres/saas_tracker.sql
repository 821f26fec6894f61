-- Multi-tenant issue tracker, PostgreSQL 15+.
-- Every tenant-owned table is keyed by (tenant_id, ...), and every reference between
-- tenant-owned tables is a composite foreign key that includes tenant_id, so a row can
-- never point at another tenant's data.

CREATE TABLE tenants (
    tenant_id  bigint GENERATED ALWAYS AS IDENTITY,
    slug       varchar(63)  NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),  -- the subdomain
    name       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT tenants_pkey PRIMARY KEY (tenant_id),
    CONSTRAINT tenants_slug_key UNIQUE (slug)
);

CREATE INDEX tenants_name_idx ON tenants (name);

CREATE TABLE users (
    tenant_id      bigint       NOT NULL REFERENCES tenants (tenant_id),
    user_id        bigint GENERATED ALWAYS AS IDENTITY,
    email          varchar(254) NOT NULL CHECK (email = lower(email)),
    display_name   varchar(100) NOT NULL,
    deactivated_at timestamptz,               -- NULL while the account is active
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT users_tenant_id_email_key UNIQUE (tenant_id, email)
);

CREATE TABLE projects (
    tenant_id         bigint       NOT NULL REFERENCES tenants (tenant_id),
    project_id        bigint GENERATED ALWAYS AS IDENTITY,
    project_key       varchar(10)  NOT NULL CHECK (project_key ~ '^[A-Z][A-Z0-9]+$'),  -- e.g. ENG in ENG-42
    name              varchar(200) NOT NULL,
    description       text,
    next_issue_number integer      NOT NULL DEFAULT 1 CHECK (next_issue_number > 0),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, project_id),
    CONSTRAINT projects_tenant_id_project_key_key UNIQUE (tenant_id, project_key),
    CONSTRAINT projects_tenant_id_name_key UNIQUE (tenant_id, name)
);

-- Who may see and edit a project.
CREATE TABLE memberships (
    tenant_id  bigint      NOT NULL REFERENCES tenants (tenant_id),
    project_id bigint      NOT NULL,
    user_id    bigint      NOT NULL,
    role       varchar(20) NOT NULL DEFAULT 'member'
        CHECK (role IN ('owner', 'maintainer', 'member', 'viewer')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memberships_pkey PRIMARY KEY (tenant_id, project_id, user_id),
    CONSTRAINT memberships_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, project_id),
    CONSTRAINT memberships_user_fkey FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, user_id)
);

-- "My projects", and the foreign key to users.
CREATE INDEX memberships_tenant_id_user_id_idx ON memberships (tenant_id, user_id);

CREATE TABLE issues (
    tenant_id        bigint       NOT NULL REFERENCES tenants (tenant_id),
    issue_id         bigint GENERATED ALWAYS AS IDENTITY,
    project_id       bigint       NOT NULL,
    issue_number     integer      NOT NULL CHECK (issue_number > 0),  -- from projects.next_issue_number
    title            varchar(300) NOT NULL,
    description      text,
    status           varchar(20)  NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    priority         smallint     NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),  -- 1 urgent .. 4 low
    reporter_user_id bigint       NOT NULL,
    assignee_user_id bigint,                   -- NULL while unassigned
    resolved_at      timestamptz,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT issues_pkey PRIMARY KEY (tenant_id, issue_id),
    CONSTRAINT issues_tenant_id_project_id_issue_number_key UNIQUE (tenant_id, project_id, issue_number),
    CONSTRAINT issues_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, project_id),
    CONSTRAINT issues_reporter_fkey FOREIGN KEY (tenant_id, reporter_user_id) REFERENCES users (tenant_id, user_id),
    CONSTRAINT issues_assignee_fkey FOREIGN KEY (tenant_id, assignee_user_id) REFERENCES users (tenant_id, user_id),
    -- resolved_at is set exactly when the issue is resolved or closed.
    CONSTRAINT issues_resolved_at_check CHECK ((status IN ('resolved', 'closed')) = (resolved_at IS NOT NULL))
);

-- The project board, filtered by status.
CREATE INDEX issues_tenant_id_project_id_status_idx ON issues (tenant_id, project_id, status);
-- "Assigned to me" and the foreign keys to users.
CREATE INDEX issues_tenant_id_assignee_user_id_idx ON issues (tenant_id, assignee_user_id, status);
CREATE INDEX issues_tenant_id_reporter_user_id_idx ON issues (tenant_id, reporter_user_id);

CREATE TABLE comments (
    tenant_id      bigint      NOT NULL REFERENCES tenants (tenant_id),
    comment_id     bigint GENERATED ALWAYS AS IDENTITY,
    issue_id       bigint      NOT NULL,
    author_user_id bigint      NOT NULL,
    body           text        NOT NULL CHECK (length(body) BETWEEN 1 AND 65536),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT comments_pkey PRIMARY KEY (tenant_id, comment_id),
    CONSTRAINT comments_issue_fkey FOREIGN KEY (tenant_id, issue_id) REFERENCES issues (tenant_id, issue_id),
    CONSTRAINT comments_author_fkey FOREIGN KEY (tenant_id, author_user_id) REFERENCES users (tenant_id, user_id)
);

-- An issue's thread in order, and the foreign key to issues.
CREATE INDEX comments_tenant_id_issue_id_idx ON comments (tenant_id, issue_id, created_at);
CREATE INDEX comments_tenant_id_author_user_id_idx ON comments (tenant_id, author_user_id);
