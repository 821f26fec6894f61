CREATE TABLE users (
    id    BIGINT       NOT NULL,
    email VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_email (email)
) ENGINE=InnoDB;

CREATE TABLE user_settings (
    user_id    BIGINT      NOT NULL,
    profile_id BIGINT      NULL,
    theme      VARCHAR(20) NOT NULL DEFAULT 'light',
    PRIMARY KEY (user_id),
    KEY ix_user_settings_profile (profile_id),
    CONSTRAINT fk_user_settings_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;
