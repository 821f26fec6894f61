CREATE TABLE audit_log (
    id         BIGINT      NOT NULL,
    actor      VARCHAR(80) NOT NULL,
    action     VARCHAR(40) NOT NULL,
    created_at DATETIME    NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE import_rows (
    batch_id INT  NOT NULL,
    row_no   INT  NOT NULL,
    payload  TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE tags (
    id   INT         NOT NULL,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
