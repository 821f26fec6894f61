CREATE TABLE events (
    id          BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    external_id VARCHAR(64)  NOT NULL,
    title       VARCHAR(255) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_events_user (user_id, created_at),
    UNIQUE KEY ix_events_external_id (external_id),
    KEY ix_events_title (title(100)),
    KEY ix_events_created (created_at DESC),
    KEY ix_events_kind_created (kind, created_at),
    FULLTEXT KEY ft_events_body (body)
) ENGINE=InnoDB;
