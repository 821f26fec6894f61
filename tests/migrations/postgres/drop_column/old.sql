-- Drop columns: a legacy password hash and a session's IP address (data loss).
CREATE TABLE users (
    id                   bigint       PRIMARY KEY,
    email                varchar(254) NOT NULL UNIQUE,
    legacy_password_hash text,
    last_login_at        timestamptz
);

CREATE TABLE sessions (
    id         uuid        PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    ip_address inet,
    expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_user_id_idx ON sessions (user_id);
