-- Primary keys: one added to a table without, one dropped, one changed to other columns.
CREATE TABLE audit_log (
    id         bigint      NOT NULL,
    actor      varchar(80) NOT NULL,
    action     varchar(40) NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE import_rows (
    batch_id integer NOT NULL,
    row_no   integer NOT NULL,
    payload  text    NOT NULL,
    CONSTRAINT import_rows_pkey PRIMARY KEY (batch_id, row_no)
);

CREATE TABLE tags (
    id   integer     NOT NULL,
    name varchar(50) NOT NULL,
    PRIMARY KEY (name)
);
