-- Unique and check constraints: unique added (named and unnamed) and dropped; check added, dropped and changed.
CREATE TABLE accounts (
    id          bigint        PRIMARY KEY,
    email       varchar(254)  NOT NULL,
    handle      varchar(40)   NOT NULL,
    legacy_code varchar(20),
    balance     numeric(12,2) NOT NULL DEFAULT 0,
    plan        varchar(20)   NOT NULL,
    CONSTRAINT accounts_legacy_code_key UNIQUE (legacy_code),
    CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro')),
    CONSTRAINT accounts_handle_length CHECK (length(handle) > 0)
);
