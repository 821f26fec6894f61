-- Drop a table that another table's foreign key references; that foreign key is dropped too (data loss).
CREATE TABLE users (
    id    BIGINT       NOT NULL,
    email VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_email (email)
) ENGINE=InnoDB;

CREATE TABLE legacy_profiles (
    id      BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    bio     TEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_legacy_profiles_user (user_id),
    CONSTRAINT fk_legacy_profiles_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE user_settings (
    user_id    BIGINT      NOT NULL,
    profile_id BIGINT      NULL,
    theme      VARCHAR(20) NOT NULL DEFAULT 'light',
    PRIMARY KEY (user_id),
    KEY ix_user_settings_profile (profile_id),
    CONSTRAINT fk_user_settings_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_user_settings_profile FOREIGN KEY (profile_id) REFERENCES legacy_profiles (id)
) ENGINE=InnoDB;
