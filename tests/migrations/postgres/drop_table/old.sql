-- Drop a table that another table's foreign key references; that foreign key is dropped too (data loss).
CREATE TABLE users (
    id    bigint       PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE
);

CREATE TABLE legacy_profiles (
    id      bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    bio     text
);

CREATE TABLE user_settings (
    user_id    bigint      PRIMARY KEY REFERENCES users (id),
    profile_id bigint,
    theme      varchar(20) NOT NULL DEFAULT 'light',
    CONSTRAINT fk_user_settings_profile FOREIGN KEY (profile_id) REFERENCES legacy_profiles (id)
);
