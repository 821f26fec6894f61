CREATE TABLE audit_log (
    id         bigint      NOT NULL,
    actor      varchar(80) NOT NULL,
    action     varchar(40) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

CREATE TABLE import_rows (
    batch_id integer NOT NULL,
    row_no   integer NOT NULL,
    payload  text    NOT NULL
);

CREATE TABLE tags (
    id   integer     NOT NULL,
    name varchar(50) NOT NULL,
    PRIMARY KEY (id)
);
