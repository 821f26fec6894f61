-- Defaults: one added, one changed, one dropped, and ON UPDATE kept beside a changed default.
CREATE TABLE jobs (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    queue       VARCHAR(50) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    attempts    INT         NOT NULL DEFAULT 0,
    priority    SMALLINT    NULL DEFAULT 5,
    enqueued_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME    NULL ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
