CREATE TABLE events (
    id           bigint      PRIMARY KEY,
    user_id      bigint      NOT NULL,
    kind         varchar(40) NOT NULL,
    external_id  varchar(64) NOT NULL,
    payload      jsonb       NOT NULL,
    payload_size integer     NOT NULL,
    processed_at timestamptz,
    created_at   timestamptz NOT NULL
);

CREATE INDEX events_user_idx ON events (user_id, created_at DESC);
CREATE UNIQUE INDEX events_external_id_idx ON events (external_id);
CREATE INDEX events_user_kind_idx ON events (user_id) INCLUDE (kind, payload_size);
CREATE INDEX events_unprocessed_idx ON events (created_at) WHERE processed_at IS NULL;
CREATE INDEX events_payload_idx ON events USING gin (payload);
CREATE INDEX events_created_at_idx ON events (created_at);
