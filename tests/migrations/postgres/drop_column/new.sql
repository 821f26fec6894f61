CREATE TABLE users (
    id                   bigint       PRIMARY KEY,
    email                varchar(254) NOT NULL UNIQUE,
    last_login_at        timestamptz
);

CREATE TABLE sessions (
    id         uuid        PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_user_id_idx ON sessions (user_id);
