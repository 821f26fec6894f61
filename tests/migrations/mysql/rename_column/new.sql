CREATE TABLE users (
    id           BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_mail (email)
) ENGINE=InnoDB;
