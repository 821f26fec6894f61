-- Rename a column: same type, nullability and unique key, new name.
CREATE TABLE users (
    id           BIGINT       NOT NULL,
    mail         VARCHAR(254) NOT NULL,
    display_name VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_mail (mail)
) ENGINE=InnoDB;
