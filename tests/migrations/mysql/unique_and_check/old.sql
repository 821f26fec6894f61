-- Unique and check constraints: unique added (named and unnamed) and dropped; check added, dropped and changed.
CREATE TABLE accounts (
    id          BIGINT        NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    handle      VARCHAR(40)   NOT NULL,
    legacy_code VARCHAR(20)   NULL,
    balance     DECIMAL(12,2) NOT NULL DEFAULT 0,
    plan        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_accounts_legacy_code (legacy_code),
    CONSTRAINT ck_accounts_plan CHECK (plan IN ('free', 'pro')),
    CONSTRAINT ck_accounts_handle_length CHECK (CHAR_LENGTH(handle) > 0)
) ENGINE=InnoDB;
