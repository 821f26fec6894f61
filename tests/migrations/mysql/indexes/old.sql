-- Indexes: added, dropped, columns changed, made unique, prefix length changed, DESC added, FULLTEXT added.
CREATE TABLE events (
    id          BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    external_id VARCHAR(64)  NOT NULL,
    title       VARCHAR(255) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_events_kind (kind),
    KEY ix_events_user (user_id),
    KEY ix_events_external_id (external_id),
    KEY ix_events_title (title(50)),
    KEY ix_events_created (created_at)
) ENGINE=InnoDB;
