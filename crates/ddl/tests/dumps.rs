//! What dump tools and migration frameworks write, read the way the server reads it:
//! PostgreSQL's case folding, drops before creates, clauses sqlparser does not know, and
//! the details a printer needs to write a table back.

#![allow(clippy::unwrap_used)]

use schema_audit_ddl::{
    parse, ColumnRef, DiagnosticSeverity, Dialect, IdentityStyle, IndexColumn, ParseOutput,
    QualifiedName, StatementKind, StatementState, Table,
};

fn table<'a>(out: &'a ParseOutput, name: &str) -> &'a Table {
    out.schema
        .tables
        .iter()
        .find(|t| t.name.name == name)
        .unwrap_or_else(|| panic!("no table `{name}` in {:?}", names(out)))
}

fn names(out: &ParseOutput) -> Vec<String> {
    out.schema
        .tables
        .iter()
        .map(|t| t.name.to_string())
        .collect()
}

/// Codes of the warnings and errors (not infos).
fn problems(out: &ParseOutput) -> Vec<String> {
    out.diagnostics
        .iter()
        .filter(|d| d.severity != DiagnosticSeverity::Info)
        .map(|d| format!("{} {}", d.code, d.message))
        .collect()
}

fn key_names(columns: &[IndexColumn]) -> Vec<&str> {
    columns.iter().map(|c| c.name.as_str()).collect()
}

// 1. PostgreSQL identifier case folding.

#[test]
fn postgres_folds_unquoted_names_and_keeps_quoted_ones() {
    let out = parse(
        r#"
CREATE SCHEMA Sales;
CREATE TABLE Sales.Customers (
    CustomerId int NOT NULL,
    "DisplayName" text,
    CONSTRAINT PK_Customers PRIMARY KEY (CustomerId)
);
CREATE TABLE Sales.Orders (
    OrderId bigint PRIMARY KEY,
    CustomerId int NOT NULL,
    Total numeric(12,2) CHECK (Total >= 0),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES Sales.Customers (CustomerId)
);
CREATE INDEX IX_Orders_Customer ON Sales.Orders (CustomerId);
"#,
        Dialect::Postgres,
    );
    assert_eq!(out.schema.schemas, vec!["sales"]);
    let customers = table(&out, "customers");
    assert_eq!(customers.name.schema.as_deref(), Some("sales"));
    let columns: Vec<&str> = customers.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(columns, vec!["customerid", "DisplayName"]);
    let pk = customers.primary_key.as_ref().unwrap();
    assert_eq!(pk.name.as_deref(), Some("pk_customers"));
    assert_eq!(key_names(&pk.columns), vec!["customerid"]);
    let orders = table(&out, "orders");
    let fk = &orders.foreign_keys[0];
    assert_eq!(fk.name.as_deref(), Some("fk_orders_customers"));
    assert_eq!(fk.columns, vec!["customerid"]);
    assert_eq!(
        fk.referenced_table,
        QualifiedName {
            database: None,
            schema: Some("sales".into()),
            name: "customers".into()
        }
    );
    assert_eq!(fk.referenced_columns, vec!["customerid"]);
    assert_eq!(orders.checks[0].columns, vec!["total"]);
    assert_eq!(orders.checks[0].expression, "(Total >= 0)", "verbatim");
    let index = &orders.indexes[0];
    assert_eq!(index.name.as_deref(), Some("ix_orders_customer"));
    assert_eq!(key_names(&index.columns), vec!["customerid"]);
}

#[test]
fn mysql_and_tsql_keep_names_as_written() {
    let mysql = parse(
        "CREATE TABLE Users (Id int NOT NULL, PRIMARY KEY (Id));",
        Dialect::MySql,
    );
    let users = table(&mysql, "Users");
    assert_eq!(users.columns[0].name, "Id");
    let tsql = parse(
        "CREATE TABLE dbo.Users (Id int NOT NULL PRIMARY KEY);",
        Dialect::MsSql,
    );
    assert_eq!(table(&tsql, "Users").columns[0].name, "Id");
}

// 2. Quotes never kept in key, index and foreign-key column lists.

#[test]
fn quoted_key_columns_are_bare_names() {
    let pg = parse(
        r#"CREATE TABLE "order_lines" ("id" bigint, "order_id" bigint, PRIMARY KEY ("id"), UNIQUE ("order_id", "id"), FOREIGN KEY ("order_id") REFERENCES "orders" ("id"));
CREATE INDEX "order_lines_order_id" ON "order_lines" ("order_id");"#,
        Dialect::Postgres,
    );
    let lines = table(&pg, "order_lines");
    assert_eq!(
        key_names(&lines.primary_key.as_ref().unwrap().columns),
        vec!["id"]
    );
    assert_eq!(
        key_names(&lines.unique_constraints[0].columns),
        vec!["order_id", "id"]
    );
    assert_eq!(lines.foreign_keys[0].columns, vec!["order_id"]);
    assert_eq!(key_names(&lines.indexes[0].columns), vec!["order_id"]);

    let mysql = parse(
        "CREATE TABLE `order_lines` (`id` bigint, `order_id` bigint, PRIMARY KEY (`id`), KEY `ix_order` (`order_id`));",
        Dialect::MySql,
    );
    let lines = table(&mysql, "order_lines");
    assert_eq!(
        key_names(&lines.primary_key.as_ref().unwrap().columns),
        vec!["id"]
    );
    assert_eq!(key_names(&lines.indexes[0].columns), vec!["order_id"]);
    assert!(!lines.indexes[0].columns[0].expression);

    let tsql = parse(
        "CREATE TABLE [dbo].[OrderLines] ([Id] INT NOT NULL, CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED ([Id] ASC));",
        Dialect::MsSql,
    );
    let lines = table(&tsql, "OrderLines");
    assert_eq!(
        key_names(&lines.primary_key.as_ref().unwrap().columns),
        vec!["Id"]
    );
}

// 3. Drop-then-add keeps the final state.

#[test]
fn pg_dump_clean_drops_before_creating_and_keeps_the_keys() {
    let out = parse(
        r#"
ALTER TABLE IF EXISTS ONLY public.invoices DROP CONSTRAINT IF EXISTS invoices_account_id_fkey;
ALTER TABLE IF EXISTS ONLY public.invoices DROP CONSTRAINT IF EXISTS invoices_pkey;
ALTER TABLE IF EXISTS ONLY public.accounts DROP CONSTRAINT IF EXISTS accounts_pkey;
DROP TABLE IF EXISTS public.invoices;
DROP TABLE IF EXISTS public.accounts;
CREATE TABLE public.accounts (id integer NOT NULL, name text NOT NULL);
CREATE TABLE public.invoices (id integer NOT NULL, account_id integer NOT NULL);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);
"#,
        Dialect::Postgres,
    );
    assert_eq!(names(&out), vec!["public.accounts", "public.invoices"]);
    assert!(table(&out, "accounts").primary_key.is_some());
    let invoices = table(&out, "invoices");
    assert!(invoices.primary_key.is_some());
    assert_eq!(invoices.foreign_keys.len(), 1);
    assert!(out.schema.tables.iter().all(|t| !t.external));
    assert!(problems(&out).is_empty(), "{:?}", problems(&out));
}

#[test]
fn guarded_tsql_drops_before_creating_keep_the_keys() {
    let out = parse(
        r#"
IF OBJECT_ID(N'dbo.FK_Invoice_Account', N'F') IS NOT NULL
    ALTER TABLE dbo.Invoice DROP CONSTRAINT FK_Invoice_Account;
GO
IF OBJECT_ID(N'dbo.Invoice', N'U') IS NOT NULL DROP TABLE dbo.Invoice;
GO
DROP TABLE IF EXISTS dbo.Account;
GO
CREATE TABLE dbo.Account (AccountId INT NOT NULL CONSTRAINT PK_Account PRIMARY KEY);
CREATE TABLE dbo.Invoice (InvoiceId INT NOT NULL CONSTRAINT PK_Invoice PRIMARY KEY, AccountId INT NOT NULL);
GO
ALTER TABLE dbo.Invoice ADD CONSTRAINT FK_Invoice_Account FOREIGN KEY (AccountId) REFERENCES dbo.Account (AccountId);
"#,
        Dialect::MsSql,
    );
    assert_eq!(names(&out), vec!["dbo.Account", "dbo.Invoice"]);
    let invoice = table(&out, "Invoice");
    assert_eq!(invoice.foreign_keys.len(), 1);
    assert!(invoice.primary_key.is_some());
    assert!(out.schema.tables.iter().all(|t| !t.external));
}

#[test]
fn a_drop_after_the_create_still_drops() {
    let out = parse(
        "CREATE TABLE t (id int, CONSTRAINT t_pkey PRIMARY KEY (id));\nALTER TABLE t DROP CONSTRAINT t_pkey;",
        Dialect::Postgres,
    );
    assert!(table(&out, "t").primary_key.is_none());
}

// 4. Partial, not lost.

#[test]
fn postgres_18_virtual_generated_column_is_read() {
    let out = parse(
        "CREATE TABLE items (price numeric NOT NULL, qty int NOT NULL, total numeric GENERATED ALWAYS AS (price * qty) VIRTUAL, note text);",
        Dialect::Postgres,
    );
    let items = table(&out, "items");
    assert_eq!(items.columns.len(), 4);
    let total = items.column("total").unwrap().computed.as_ref().unwrap();
    assert_eq!(total.expression, "price * qty");
    assert!(!total.persisted, "VIRTUAL is not stored");
    assert_eq!(out.statement_log[0].state, StatementState::Understood);
}

#[test]
fn mysql_binary_attribute_costs_only_itself() {
    let out = parse(
        "CREATE TABLE `tags` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(40) BINARY NOT NULL DEFAULT '',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;",
        Dialect::MySql,
    );
    let tags = table(&out, "tags");
    assert_eq!(tags.columns.len(), 2);
    let name = tags.column("name").unwrap();
    assert!(!name.nullable, "NOT NULL after BINARY is kept");
    assert_eq!(name.default.as_ref().unwrap().expression, "''");
    assert!(tags.primary_key.is_some());
    assert_eq!(tags.options.engine.as_deref(), Some("InnoDB"));
    assert_eq!(out.statement_log[0].state, StatementState::Partial);
    let problems = problems(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("DDL003 line 3: `BINARY` in column `name`"));
}

#[test]
fn an_unreadable_constraint_costs_only_itself() {
    let out = parse(
        "CREATE TABLE bookings (\n  id int PRIMARY KEY,\n  room int NOT NULL,\n  during tsrange NOT NULL,\n  EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0) FROOBLE\n);",
        Dialect::Postgres,
    );
    let bookings = table(&out, "bookings");
    assert_eq!(bookings.columns.len(), 3);
    assert!(bookings.primary_key.is_some());
    assert_eq!(out.statement_log[0].state, StatementState::Partial);
    assert!(problems(&out)
        .iter()
        .all(|p| p.starts_with("DDL003 line 5")));
}

#[test]
fn unreadable_table_options_cost_only_themselves() {
    let out = parse(
        "CREATE TABLE logs (id int PRIMARY KEY, body text zerofill)\nFROBNICATE = yes;",
        Dialect::MySql,
    );
    let logs = table(&out, "logs");
    assert_eq!(logs.columns.len(), 2);
    assert_eq!(out.statement_log[0].state, StatementState::Partial);
    assert!(problems(&out)
        .iter()
        .any(|p| p.starts_with("DDL003 line 2: table options `FROBNICATE = yes`")));
}

// 5. Only tables become tables.

#[test]
fn owner_to_on_sequences_and_views_makes_no_table() {
    let out = parse(
        r#"
CREATE TABLE public.users (id integer NOT NULL);
CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER TABLE public.users_id_seq OWNER TO app;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq');
ALTER TABLE public.active_users OWNER TO app;
ALTER TABLE public.missing ENABLE ROW LEVEL SECURITY;
ALTER VIEW public.active_users OWNER TO app;
ALTER TYPE public.mood OWNER TO app;
"#,
        Dialect::Postgres,
    );
    assert_eq!(names(&out), vec!["public.users"]);
    let sequence = &out.schema.sequences[0];
    assert_eq!(sequence.start.as_deref(), Some("1"));
    assert_eq!(sequence.increment.as_deref(), Some("1"));
    assert_eq!(sequence.cache.as_deref(), Some("1"));
    assert_eq!(
        sequence.owned_by,
        Some(ColumnRef {
            table: QualifiedName {
                database: None,
                schema: Some("public".into()),
                name: "users".into()
            },
            column: "id".into()
        })
    );
    let id = table(&out, "users").column("id").unwrap();
    assert_eq!(
        id.default.as_ref().unwrap().expression,
        "nextval('public.users_id_seq')"
    );
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn a_table_variable_is_not_a_table() {
    let out = parse(
        "DECLARE @ids TABLE (Id INT PRIMARY KEY);\nINSERT INTO @ids VALUES (1);",
        Dialect::MsSql,
    );
    assert!(out.schema.tables.is_empty());
    assert_eq!(out.statement_log[0].state, StatementState::Skipped);
}

// 6. Index methods and column details.

#[test]
fn postgres_index_methods_opclasses_and_expressions() {
    let out = parse(
        r#"
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, tags text[], created_at timestamptz);
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE INDEX users_created ON users USING brin (created_at DESC NULLS LAST);
CREATE INDEX users_tags ON users USING GIN (tags);
"#,
        Dialect::Postgres,
    );
    let users = table(&out, "users");
    let index = |name: &str| {
        users
            .indexes
            .iter()
            .find(|i| i.name.as_deref() == Some(name))
            .unwrap()
    };
    let trgm = index("users_email_trgm");
    assert_eq!(trgm.method.as_deref(), Some("gin"));
    assert_eq!(trgm.columns[0].name, "email");
    assert_eq!(trgm.columns[0].opclass.as_deref(), Some("gin_trgm_ops"));
    let lower = index("users_email_lower");
    assert_eq!(lower.method, None);
    assert_eq!(lower.columns[0].name, "lower(email)");
    assert!(lower.columns[0].expression);
    let created = index("users_created");
    assert_eq!(created.method.as_deref(), Some("brin"));
    assert!(created.columns[0].descending);
    assert_eq!(created.columns[0].nulls_first, Some(false));
    assert_eq!(index("users_tags").method.as_deref(), Some("gin"));
}

#[test]
fn mysql_prefix_lengths_methods_and_functional_keys() {
    let out = parse(
        "CREATE TABLE `posts` (\n  `id` int NOT NULL,\n  `slug` varchar(255) NOT NULL,\n  `title` varchar(255) NOT NULL,\n  PRIMARY KEY (`id`),\n  UNIQUE KEY `uq_slug` (`slug`(191)),\n  KEY `ix_title` (`title`) USING BTREE,\n  KEY `ix_lower_title` ((lower(`title`)))\n) ENGINE=InnoDB;",
        Dialect::MySql,
    );
    let posts = table(&out, "posts");
    let slug = &posts.unique_constraints[0].columns[0];
    assert_eq!(slug.name, "slug");
    assert_eq!(slug.prefix_length, Some(191));
    let title = &posts.indexes[0];
    assert_eq!(title.method.as_deref(), Some("btree"));
    assert_eq!(key_names(&title.columns), vec!["title"]);
    let lower = &posts.indexes[1].columns[0];
    assert!(lower.expression);
    assert_eq!(lower.name, "(lower(`title`))");
}

// 7. Everything needed to print a table back.

#[test]
fn identity_styles() {
    let pg = parse(
        r#"
CREATE TABLE a (id bigserial PRIMARY KEY);
CREATE TABLE b (id int GENERATED ALWAYS AS IDENTITY);
CREATE TABLE c (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 10));
CREATE TABLE d (id bigint NOT NULL);
ALTER TABLE d ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.d_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
"#,
        Dialect::Postgres,
    );
    let id = |t: &str| {
        table(&pg, t)
            .column("id")
            .unwrap()
            .identity
            .clone()
            .unwrap()
    };
    assert_eq!(id("a").style, IdentityStyle::Serial);
    assert_eq!(table(&pg, "a").columns[0].data_type.raw, "bigserial");
    assert_eq!(id("b").style, IdentityStyle::GeneratedAlways);
    assert_eq!(id("b").options, None);
    let c = id("c");
    assert_eq!(c.style, IdentityStyle::GeneratedByDefault);
    assert_eq!((c.seed.as_str(), c.increment.as_str()), ("100", "10"));
    assert_eq!(c.options.as_deref(), Some("START WITH 100 INCREMENT BY 10"));
    assert_eq!(id("d").style, IdentityStyle::GeneratedAlways);
    assert!(problems(&pg).is_empty(), "{:?}", problems(&pg));

    // Migrations change an identity in place.
    let altered = parse(
        r#"
CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, n int GENERATED BY DEFAULT AS IDENTITY);
CREATE TABLE h (id int NOT NULL);
ALTER TABLE g ALTER COLUMN id SET GENERATED BY DEFAULT;
ALTER TABLE g ALTER n DROP IDENTITY;
ALTER TABLE h ALTER COLUMN id DROP IDENTITY IF EXISTS;
"#,
        Dialect::Postgres,
    );
    let g = table(&altered, "g");
    assert_eq!(
        g.column("id").unwrap().identity.as_ref().unwrap().style,
        IdentityStyle::GeneratedByDefault
    );
    assert_eq!(g.column("n").unwrap().identity, None);
    assert!(
        !g.column("n").unwrap().nullable,
        "an identity dropped leaves NOT NULL"
    );
    assert!(problems(&altered).is_empty(), "{:?}", problems(&altered));
    let wrong = parse(
        "CREATE TABLE h (id int NOT NULL);\nALTER TABLE h ALTER COLUMN id DROP IDENTITY;",
        Dialect::Postgres,
    );
    assert!(
        problems(&wrong)
            .iter()
            .any(|p| p.contains("identity column `id`")),
        "{:?}",
        problems(&wrong)
    );

    let pg_dump_inline = parse(
        "CREATE TABLE e (id integer NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.e_id_seq START WITH 5 INCREMENT BY 2 NO MINVALUE NO MAXVALUE CACHE 1));",
        Dialect::Postgres,
    );
    let e = table(&pg_dump_inline, "e").columns[0]
        .identity
        .clone()
        .unwrap();
    assert_eq!((e.seed.as_str(), e.increment.as_str()), ("5", "2"));
    assert!(e
        .options
        .unwrap()
        .starts_with("SEQUENCE NAME public.e_id_seq"));
    assert!(problems(&pg_dump_inline).is_empty());

    let mysql = parse(
        "CREATE TABLE f (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY);",
        Dialect::MySql,
    );
    let f = table(&mysql, "f").columns[0].identity.clone().unwrap();
    assert_eq!(f.style, IdentityStyle::AutoIncrement);
    let tsql = parse("CREATE TABLE g (id INT IDENTITY(1000, 5));", Dialect::MsSql);
    let g = table(&tsql, "g").columns[0].identity.clone().unwrap();
    assert_eq!(g.style, IdentityStyle::Identity);
    assert_eq!(g.seed, "1000");
}

#[test]
fn generated_columns_stored_and_virtual() {
    let pg = parse(
        "CREATE TABLE p (a int, b int GENERATED ALWAYS AS (a * 2) STORED);",
        Dialect::Postgres,
    );
    assert!(
        table(&pg, "p").columns[1]
            .computed
            .as_ref()
            .unwrap()
            .persisted
    );
    let mysql = parse(
        "CREATE TABLE m (a int, b int AS (a * 2) VIRTUAL, c int GENERATED ALWAYS AS (a + 1) STORED, d int AS (a - 1));",
        Dialect::MySql,
    );
    let m = table(&mysql, "m");
    let persisted: Vec<bool> = m.columns[1..]
        .iter()
        .map(|c| c.computed.as_ref().unwrap().persisted)
        .collect();
    assert_eq!(persisted, vec![false, true, false]);
}

#[test]
fn mysql_column_and_table_options() {
    let out = parse(
        r#"CREATE TABLE `accounts` (
  `id` int(10) unsigned zerofill NOT NULL AUTO_INCREMENT,
  `email` varchar(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'login address',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1042 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=1 COMMENT='customer accounts';"#,
        Dialect::MySql,
    );
    let accounts = table(&out, "accounts");
    let id = accounts.column("id").unwrap();
    assert!(id.unsigned && id.zerofill);
    let email = accounts.column("email").unwrap();
    assert_eq!(email.charset.as_deref(), Some("utf8mb4"));
    assert_eq!(email.collation.as_deref(), Some("utf8mb4_bin"));
    assert_eq!(email.description.as_deref(), Some("login address"));
    let updated = accounts.column("updated_at").unwrap();
    assert_eq!(updated.on_update.as_deref(), Some("CURRENT_TIMESTAMP(6)"));
    let options = &accounts.options;
    assert_eq!(options.engine.as_deref(), Some("InnoDB"));
    assert_eq!(options.auto_increment.as_deref(), Some("1042"));
    assert_eq!(options.charset.as_deref(), Some("utf8mb4"));
    assert_eq!(options.collation.as_deref(), Some("utf8mb4_unicode_ci"));
    assert_eq!(options.row_format.as_deref(), Some("COMPRESSED"));
    assert_eq!(options.key_block_size.as_deref(), Some("8"));
    assert_eq!(options.other[0].name, "STATS_PERSISTENT");
    assert_eq!(accounts.description.as_deref(), Some("customer accounts"));
}

#[test]
fn postgres_table_options_and_partitions() {
    let out = parse(
        r#"
CREATE UNLOGGED TABLE session_cache (k text PRIMARY KEY, v jsonb) WITH (fillfactor = 70, autovacuum_enabled = false) TABLESPACE fastdisk;
CREATE TABLE audit_base (at timestamptz NOT NULL);
CREATE TABLE audit_login (username text) INHERITS (audit_base);
CREATE TABLE measurements (city_id int NOT NULL, logdate date NOT NULL) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 (city_id int NOT NULL, logdate date NOT NULL);
ALTER TABLE ONLY measurements ATTACH PARTITION measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
"#,
        Dialect::Postgres,
    );
    let cache = &table(&out, "session_cache").options;
    assert!(cache.unlogged);
    assert_eq!(cache.storage_parameters.len(), 2);
    assert_eq!(cache.storage_parameters[0].name, "fillfactor");
    assert_eq!(cache.storage_parameters[0].value, "70");
    assert_eq!(cache.tablespace.as_deref(), Some("fastdisk"));
    assert_eq!(
        table(&out, "audit_login").options.inherits,
        vec![QualifiedName::bare("audit_base")]
    );
    let parent = &table(&out, "measurements").options;
    assert_eq!(parent.partition_by.as_deref(), Some("RANGE (logdate)"));
    let child = table(&out, "measurements_2025")
        .options
        .partition_of
        .clone()
        .unwrap();
    assert_eq!(child.parent, QualifiedName::bare("measurements"));
    assert_eq!(
        child.bound,
        "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"
    );
    let attached = table(&out, "measurements_2026")
        .options
        .partition_of
        .clone()
        .unwrap();
    assert_eq!(
        attached.bound,
        "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"
    );
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn mysql_partitions_are_kept_verbatim() {
    let out = parse(
        "CREATE TABLE `events` (`id` bigint NOT NULL, `at` date NOT NULL, PRIMARY KEY (`id`, `at`))\nENGINE=InnoDB\nPARTITION BY RANGE (YEAR(`at`))\n(PARTITION p2024 VALUES LESS THAN (2025),\n PARTITION pmax VALUES LESS THAN MAXVALUE);",
        Dialect::MySql,
    );
    let events = table(&out, "events");
    assert_eq!(
        events.options.partition_by.as_deref(),
        Some("RANGE (YEAR(`at`))\n(PARTITION p2024 VALUES LESS THAN (2025),\n PARTITION pmax VALUES LESS THAN MAXVALUE)")
    );
    assert_eq!(events.options.engine.as_deref(), Some("InnoDB"));
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
}

#[test]
fn foreign_key_deferrable_and_match() {
    let out = parse(
        r#"CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (
    a_id int REFERENCES a (id) MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    c_id int,
    CONSTRAINT b_c FOREIGN KEY (c_id) REFERENCES a (id) NOT DEFERRABLE
);"#,
        Dialect::Postgres,
    );
    let b = table(&out, "b");
    assert_eq!(
        b.foreign_keys[0].deferrable.as_deref(),
        Some("DEFERRABLE INITIALLY DEFERRED")
    );
    assert_eq!(b.foreign_keys[0].match_kind.as_deref(), Some("FULL"));
    assert_eq!(
        b.foreign_keys[1].deferrable.as_deref(),
        Some("NOT DEFERRABLE")
    );
    assert_eq!(b.foreign_keys[1].match_kind, None);
}

#[test]
fn comment_on_table_and_column_with_folded_names() {
    let out = parse(
        r#"CREATE TABLE Public.Invoices (Id int, "DueOn" date);
COMMENT ON TABLE Public.Invoices IS 'Bills sent to customers';
COMMENT ON COLUMN public.invoices."DueOn" IS 'Payment deadline';"#,
        Dialect::Postgres,
    );
    let invoices = table(&out, "invoices");
    assert_eq!(
        invoices.description.as_deref(),
        Some("Bills sent to customers")
    );
    assert_eq!(
        invoices.column("DueOn").unwrap().description.as_deref(),
        Some("Payment deadline")
    );
}

// 8. Dump shapes read cleanly.

const PG_DUMP: &str = r#"--
-- PostgreSQL database dump
--

\restrict 3kQ9xY

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'case-insensitive character strings';

CREATE TYPE public.ticket_state AS ENUM (
    'open',
    'closed'
);
ALTER TYPE public.ticket_state OWNER TO helpdesk;

CREATE DOMAIN public.email AS public.citext
    CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
ALTER FUNCTION public.set_updated_at() OWNER TO helpdesk;

SET default_tablespace = '';
SET default_table_access_method = heap;

CREATE TABLE public.tickets (
    id bigint NOT NULL,
    state public.ticket_state DEFAULT 'open'::public.ticket_state NOT NULL,
    reporter public.email NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE public.tickets OWNER TO helpdesk;
COMMENT ON TABLE public.tickets IS 'Support requests';

CREATE SEQUENCE public.tickets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.tickets_id_seq OWNER TO helpdesk;
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

CREATE VIEW public.open_tickets AS
 SELECT tickets.id
   FROM public.tickets
  WHERE (tickets.state = 'open'::public.ticket_state);
ALTER VIEW public.open_tickets OWNER TO helpdesk;

ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);
ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
CREATE INDEX tickets_state_idx ON public.tickets USING btree (state);
CREATE TRIGGER tickets_updated_at BEFORE UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;
GRANT SELECT ON TABLE public.open_tickets TO reporting;

--
-- PostgreSQL database dump complete
--

\unrestrict 3kQ9xY
"#;

#[test]
fn pg_dump_reads_cleanly() {
    let out = parse(PG_DUMP, Dialect::Postgres);
    assert_eq!(names(&out), vec!["public.tickets"]);
    let tickets = table(&out, "tickets");
    assert!(tickets.primary_key.is_some());
    assert_eq!(tickets.indexes[0].method.as_deref(), Some("btree"));
    assert_eq!(tickets.description.as_deref(), Some("Support requests"));
    assert!(tickets.column("id").unwrap().default.is_some());
    assert_eq!(
        out.schema.sequences[0].owned_by.as_ref().unwrap().column,
        "id"
    );
    assert_eq!(out.schema.user_types.len(), 1);
    assert_eq!(out.schema.views.len(), 1);
    assert!(
        out.diagnostics.is_empty(),
        "no noise: {:#?}",
        out.diagnostics
    );
    assert_eq!(out.statements.failed, 0);
    assert_eq!(out.statements.partial, 0);
    let kinds = |kind: StatementKind| {
        out.statement_log
            .iter()
            .filter(|r| r.kind == kind && r.state == StatementState::Skipped)
            .count()
    };
    assert_eq!(kinds(StatementKind::Function), 1);
    assert_eq!(kinds(StatementKind::Trigger), 1);
    assert_eq!(kinds(StatementKind::Other("psql".into())), 2);
}

const MYSQLDUMP: &str = r#"-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `products`
--

DROP TABLE IF EXISTS `products`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `products` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `sku` varchar(64) NOT NULL,
  `stock` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_products_sku` (`sku`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `products` WRITE;
/*!40000 ALTER TABLE `products` DISABLE KEYS */;
INSERT INTO `products` VALUES (1,'A-1',3),(2,'B-2',0);
/*!40000 ALTER TABLE `products` ENABLE KEYS */;
UNLOCK TABLES;

/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`shop`@`localhost`*/ /*!50003 TRIGGER `products_stock_check` BEFORE UPDATE ON `products` FOR EACH ROW BEGIN
  IF NEW.stock < 0 THEN
    SET NEW.stock = 0;
  END IF;
END */;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;

DELIMITER ;;
CREATE DEFINER=`shop`@`localhost` PROCEDURE `restock`(IN p_id INT, IN p_qty INT)
BEGIN
  UPDATE products SET stock = stock + p_qty WHERE id = p_id;
  SELECT stock FROM products WHERE id = p_id;
END ;;
DELIMITER ;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
-- Dump completed on 2026-11-30 10:12:44
"#;

#[test]
fn mysqldump_reads_cleanly() {
    let out = parse(MYSQLDUMP, Dialect::MySql);
    assert_eq!(names(&out), vec!["products"]);
    let products = table(&out, "products");
    assert!(products.primary_key.is_some());
    assert_eq!(products.options.auto_increment.as_deref(), Some("17"));
    assert!(
        out.diagnostics.is_empty(),
        "no noise: {:#?}",
        out.diagnostics
    );
    let count = |kind: StatementKind| out.statement_log.iter().filter(|r| r.kind == kind).count();
    assert_eq!(
        count(StatementKind::Trigger),
        1,
        "one trigger, not split at its `;`"
    );
    assert_eq!(count(StatementKind::Procedure), 1, "one procedure");
    assert_eq!(out.statements.failed, 0);
}

#[test]
fn rails_structure_sql_reads_cleanly() {
    let out = parse(
        r#"SET statement_timeout = 0;
SET lock_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

SET default_tablespace = '';

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

ALTER TABLE ONLY public.ar_internal_metadata
    ADD CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);

SET search_path TO "$user", public;

INSERT INTO "schema_migrations" (version) VALUES
('20260102120000'),
('20251201093000');
"#,
        Dialect::Postgres,
    );
    assert_eq!(out.schema.tables.len(), 3);
    assert!(out.schema.tables.iter().all(|t| t.primary_key.is_some()));
    assert!(out.diagnostics.is_empty(), "{:#?}", out.diagnostics);
}

#[test]
fn django_sqlmigrate_output_reads_cleanly() {
    let pg = parse(
        r#"BEGIN;
--
-- Create model Author
--
CREATE TABLE "library_author" ("id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, "name" varchar(120) NOT NULL);
--
-- Create model Book
--
CREATE TABLE "library_book" ("id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, "title" varchar(200) NOT NULL, "author_id" bigint NOT NULL);
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_author_id_8a1b2c3d_fk_library_author_id" FOREIGN KEY ("author_id") REFERENCES "library_author" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "library_book_author_id_8a1b2c3d" ON "library_book" ("author_id");
COMMIT;
"#,
        Dialect::Postgres,
    );
    let book = table(&pg, "library_book");
    let fk = &book.foreign_keys[0];
    assert_eq!(fk.columns, vec!["author_id"]);
    assert_eq!(
        fk.deferrable.as_deref(),
        Some("DEFERRABLE INITIALLY DEFERRED")
    );
    assert_eq!(
        book.column("id").unwrap().identity.as_ref().unwrap().style,
        IdentityStyle::GeneratedByDefault
    );
    assert!(pg.diagnostics.is_empty(), "{:#?}", pg.diagnostics);

    let mysql = parse(
        "--\n-- Create model Author\n--\nCREATE TABLE `library_author` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(120) NOT NULL);\nCREATE TABLE `library_book` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `author_id` bigint NOT NULL);\nALTER TABLE `library_book` ADD CONSTRAINT `library_book_author_id_8a1b2c3d_fk_library_author_id` FOREIGN KEY (`author_id`) REFERENCES `library_author` (`id`);\n",
        Dialect::MySql,
    );
    let book = table(&mysql, "library_book");
    assert_eq!(book.foreign_keys[0].referenced_columns, vec!["id"]);
    assert!(mysql.diagnostics.is_empty(), "{:#?}", mysql.diagnostics);
}

#[test]
fn tuning_and_moves_on_any_table_make_no_phantom() {
    let out = parse(
        r#"CREATE TABLE public.visits (id bigint NOT NULL, at timestamptz NOT NULL) WITH (fillfactor = 90);
ALTER TABLE ONLY public.visits ALTER COLUMN at SET STATISTICS 500;
ALTER TABLE public.visits ALTER id SET STORAGE PLAIN;
ALTER TABLE public.visits CLUSTER ON visits_pkey;
ALTER TABLE public.visits SET (fillfactor = 70, autovacuum_enabled = off);
ALTER TABLE ONLY public.visits REPLICA IDENTITY FULL;
ALTER TABLE public.visits_id_seq OWNER TO web;
ALTER TABLE public.old_visits SET SCHEMA archive;
CREATE INDEX visits_at ON public.visits (at) WITH (fillfactor = 80) TABLESPACE fastdisk;
"#,
        Dialect::Postgres,
    );
    assert_eq!(names(&out), vec!["public.visits"]);
    let visits = table(&out, "visits");
    let parameters: Vec<(&str, &str)> = visits
        .options
        .storage_parameters
        .iter()
        .map(|p| (p.name.as_str(), p.value.as_str()))
        .collect();
    assert_eq!(
        parameters,
        vec![("fillfactor", "70"), ("autovacuum_enabled", "off")]
    );
    assert_eq!(visits.indexes[0].option("TABLESPACE"), Some("fastdisk"));
    // Only the move is not in the model, and it says so at its line.
    let problems = problems(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("DDL003 line 8: moving `public.old_visits`"));
}

#[test]
fn delimiter_edge_cases_never_lose_the_rest() {
    for script in [
        "DELIMITER",
        "DELIMITER ;;",
        "DELIMITER ;;\nCREATE TABLE a (id int);;\n",
        "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END $$\nDELIMITER ;\nCREATE TABLE b (id int);",
        "DELIMITER //\nCREATE FUNCTION f() RETURNS int DETERMINISTIC BEGIN RETURN 1; END//\nDELIMITER ;\nCREATE TABLE c (id int);",
    ] {
        let out = parse(script, Dialect::MySql);
        assert_eq!(
            out.statement_log.len(),
            out.statements.total,
            "{script}: one record per statement"
        );
        assert_eq!(out.statements.failed, 0, "{script}: {:?}", out.diagnostics);
    }
    let out = parse(
        "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END $$\nDELIMITER ;\nCREATE TABLE b (id int);",
        Dialect::MySql,
    );
    assert_eq!(names(&out), vec!["b"]);
    let procedures = out
        .statement_log
        .iter()
        .filter(|r| r.kind == StatementKind::Procedure)
        .count();
    assert_eq!(procedures, 1);
}

#[test]
fn dumps_cut_anywhere_never_panic_and_keep_one_record_per_statement() {
    for (script, dialect) in [(PG_DUMP, Dialect::Postgres), (MYSQLDUMP, Dialect::MySql)] {
        let cuts = (0..script.len())
            .step_by(5)
            .filter(|&i| script.is_char_boundary(i));
        for cut in cuts {
            let out = parse(&script[..cut], dialect);
            assert_eq!(
                out.statement_log.len(),
                out.statements.total,
                "cut at {cut}"
            );
            // And with the tail glued on after a stray bracket.
            let glued = format!("{}({}", &script[..cut], &script[cut..]);
            let out = parse(&glued, dialect);
            assert_eq!(
                out.statement_log.len(),
                out.statements.total,
                "glued at {cut}"
            );
        }
    }
}

#[test]
fn pg_dump_copy_data_is_not_read_as_sql() {
    let out = parse(
        "CREATE TABLE public.notes (id integer NOT NULL, body text);\n\nCOPY public.notes (id, body) FROM stdin;\n1\tit's a \"quote\n2\t(unbalanced\tλ\n\\.\n\nALTER TABLE ONLY public.notes\n    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);\n",
        Dialect::Postgres,
    );
    let notes = table(&out, "notes");
    assert!(notes.primary_key.is_some(), "{:#?}", out.diagnostics);
    assert!(out.diagnostics.is_empty(), "{:#?}", out.diagnostics);
    assert_eq!(out.statement_log[2].span.line, 8, "lines are kept");
}

#[test]
fn an_index_on_only_the_parent_is_the_parents() {
    let out = parse(
        "CREATE TABLE public.impressions (id bigint, shown_on date) PARTITION BY RANGE (shown_on);\n\
         CREATE INDEX ix_impressions_id ON ONLY public.impressions USING btree (id);\n",
        Dialect::Postgres,
    );
    assert_eq!(problems(&out), Vec::<String>::new());
    let t = table(&out, "impressions");
    assert_eq!(t.indexes.len(), 1);
    assert_eq!(t.indexes[0].name.as_deref(), Some("ix_impressions_id"));
    assert_eq!(t.indexes[0].method.as_deref(), Some("btree"));
    assert_eq!(key_names(&t.indexes[0].columns), ["id"]);
}

#[test]
fn mysql_fulltext_and_spatial_indexes_keep_their_kind() {
    let out = parse(
        "CREATE TABLE archive (id INT PRIMARY KEY, txt TEXT NOT NULL, at POINT NOT NULL);\n\
         CREATE FULLTEXT INDEX i_text ON archive(txt);\n\
         CREATE SPATIAL INDEX i_at ON archive (at);\n",
        Dialect::MySql,
    );
    assert_eq!(problems(&out), Vec::<String>::new());
    let kinds: Vec<_> = table(&out, "archive")
        .indexes
        .iter()
        .map(|i| (i.name.clone().unwrap_or_default(), i.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("i_text".to_string(), schema_audit_ddl::IndexKind::FullText),
            ("i_at".to_string(), schema_audit_ddl::IndexKind::Spatial)
        ]
    );
}

#[test]
fn comments_of_postgres_and_mysql_statements_describe_what_they_sit_beside() {
    for dialect in [Dialect::Postgres, Dialect::MySql] {
        let out = parse(
            "-- schema-audit: role log\n\
             CREATE TABLE t (\n  id integer NOT NULL, -- the key\n\n  -- Limits\n  x integer,\n  PRIMARY KEY (id)\n); -- after\n\
             CREATE INDEX ix ON t (x); -- ix note\n",
            dialect,
        );
        let t = table(&out, "t");
        let texts = |c: &[schema_audit_ddl::Comment]| -> Vec<String> {
            c.iter().map(|c| c.text.clone()).collect()
        };
        assert_eq!(
            texts(&t.comments),
            ["schema-audit: role log", "after"],
            "{dialect}"
        );
        assert_eq!(texts(&t.columns[0].comments), ["the key"], "{dialect}");
        assert_eq!(texts(&t.columns[1].comments), ["Limits"], "{dialect}");
        assert_eq!(texts(&t.indexes[0].comments), ["ix note"], "{dialect}");
    }
}
