CREATE TABLE accounts (
    id          bigint        PRIMARY KEY,
    email       varchar(254)  NOT NULL,
    handle      varchar(40)   NOT NULL,
    legacy_code varchar(20),
    balance     numeric(12,2) NOT NULL DEFAULT 0,
    plan        varchar(20)   NOT NULL,
    UNIQUE (email),
    CONSTRAINT uq_accounts_handle UNIQUE (handle),
    CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro', 'team')),
    CONSTRAINT accounts_balance_nonnegative CHECK (balance >= 0)
);
