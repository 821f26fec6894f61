-- Indexes: added, dropped, columns changed, made unique, INCLUDE list changed, partial predicate added, method changed.
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

CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_user_idx ON events (user_id);
CREATE INDEX events_external_id_idx ON events (external_id);
CREATE INDEX events_user_kind_idx ON events (user_id) INCLUDE (kind);
CREATE INDEX events_unprocessed_idx ON events (created_at);
CREATE INDEX events_payload_idx ON events USING btree (payload_size);
