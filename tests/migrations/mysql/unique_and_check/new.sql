CREATE TABLE accounts (
    id          BIGINT        NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    handle      VARCHAR(40)   NOT NULL,
    legacy_code VARCHAR(20)   NULL,
    balance     DECIMAL(12,2) NOT NULL DEFAULT 0,
    plan        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (email),
    CONSTRAINT uq_accounts_handle UNIQUE (handle),
    CONSTRAINT ck_accounts_plan CHECK (plan IN ('free', 'pro', 'team')),
    CONSTRAINT ck_accounts_balance CHECK (balance >= 0)
) ENGINE=InnoDB;
