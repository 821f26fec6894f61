-- Primary keys: one added to a table without, one dropped, one changed to other columns.
CREATE TABLE audit_log (
    id         BIGINT      NOT NULL,
    actor      VARCHAR(80) NOT NULL,
    action     VARCHAR(40) NOT NULL,
    created_at DATETIME    NOT NULL
) ENGINE=InnoDB;

CREATE TABLE import_rows (
    batch_id INT  NOT NULL,
    row_no   INT  NOT NULL,
    payload  TEXT NOT NULL,
    PRIMARY KEY (batch_id, row_no)
) ENGINE=InnoDB;

CREATE TABLE tags (
    id   INT         NOT NULL,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB;
