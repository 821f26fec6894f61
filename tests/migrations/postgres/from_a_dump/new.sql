CREATE TABLE authors (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    bio text
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id),
    title varchar(300) NOT NULL
);
CREATE INDEX ON books (author_id);
