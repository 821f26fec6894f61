CREATE TABLE users (
    id           bigint       PRIMARY KEY,
    email        varchar(254) NOT NULL,
    display_name varchar(100)
);

CREATE UNIQUE INDEX users_mail_idx ON users (email);
