CREATE TABLE users (
    id    bigint       PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE
);

CREATE TABLE user_settings (
    user_id    bigint      PRIMARY KEY REFERENCES users (id),
    profile_id bigint,
    theme      varchar(20) NOT NULL DEFAULT 'light'
);
