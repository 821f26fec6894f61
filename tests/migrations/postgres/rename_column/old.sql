-- Rename a column: same type, nullability and index, new name.
CREATE TABLE users (
    id           bigint       PRIMARY KEY,
    mail         varchar(254) NOT NULL,
    display_name varchar(100)
);

CREATE UNIQUE INDEX users_mail_idx ON users (mail);
