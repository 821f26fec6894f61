//! PostgreSQL and MySQL map into the same model, with the same families the
//! dialect-neutral rules read.

#![allow(clippy::unwrap_used)]

use schema_audit_ddl::{
    parse, Dialect, IndexOrigin, Length, ReferentialAction, StatementState, Table, TypeFamily,
};

fn table<'a>(tables: &'a [Table], name: &str) -> &'a Table {
    tables.iter().find(|t| t.name.name == name).unwrap()
}

const PG: &str = r#"
CREATE TABLE public.users (
  id BIGSERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  profile JSONB DEFAULT '{}'::jsonb,
  avatar BYTEA,
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  total NUMERIC(12,2) CHECK (total >= 0),
  full_name TEXT GENERATED ALWAYS AS (email || 'x') STORED
);
CREATE UNIQUE INDEX users_email_idx ON users (lower(email)) WHERE deleted_at IS NULL;
ALTER TABLE users ADD COLUMN note varchar(20);
ALTER TABLE users ALTER COLUMN note SET NOT NULL;
COMMENT ON TABLE users IS 'People';
COMMENT ON COLUMN users.email IS 'Login';
this is not sql;
CREATE TABLE t2 (a int, b int, CONSTRAINT fk FOREIGN KEY (b) REFERENCES users(id) ON UPDATE SET NULL);
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
"#;

#[test]
fn postgres_maps_types_keys_and_alters() {
    let out = parse(PG, Dialect::Postgres);
    let users = table(&out.schema.tables, "users");
    let col = |n: &str| users.column(n).unwrap();
    assert_eq!(col("id").data_type.family, TypeFamily::BigInt);
    assert!(col("id").identity.is_some(), "SERIAL is an identity");
    assert_eq!(col("email").data_type.family, TypeFamily::VarChar);
    assert_eq!(col("email").data_type.length, Some(Length::Max));
    assert_eq!(
        col("profile").data_type.family,
        TypeFamily::Json,
        "JSONB is native JSON"
    );
    // sqlparser's span for a cast is partial, so this one is re-printed from the AST.
    assert!(col("profile")
        .default
        .as_ref()
        .unwrap()
        .expression
        .eq_ignore_ascii_case("'{}'::jsonb"));
    assert_eq!(col("avatar").data_type.family, TypeFamily::VarBinary);
    assert!(col("avatar").data_type.is_lob(), "BYTEA is a large binary");
    assert_eq!(
        col("tenant_id").data_type.family,
        TypeFamily::UniqueIdentifier
    );
    assert_eq!(
        col("created_at").data_type.family,
        TypeFamily::DateTimeOffset
    );
    assert_eq!(
        col("created_at").default.as_ref().unwrap().expression,
        "now()"
    );
    assert_eq!(col("total").data_type.precision, Some(12));
    assert!(col("full_name").computed.as_ref().unwrap().persisted);
    assert!(!col("note").nullable, "ALTER COLUMN SET NOT NULL is merged");
    assert_eq!(col("email").description.as_deref(), Some("Login"));
    assert_eq!(users.description.as_deref(), Some("People"));
    assert_eq!(users.primary_key.as_ref().unwrap().columns[0].name, "id");
    assert_eq!(users.unique_constraints[0].columns[0].name, "email");
    assert_eq!(
        users.foreign_keys[0].on_delete,
        Some(ReferentialAction::Cascade)
    );
    assert_eq!(users.checks[0].columns, vec!["total".to_string()]);
    let index = &users.indexes[0];
    assert!(index.unique);
    assert_eq!(index.origin, IndexOrigin::CreateIndex);
    assert_eq!(index.columns[0].name, "lower(email)");
    assert_eq!(index.filter.as_deref(), Some("deleted_at IS NULL"));
    let t2 = table(&out.schema.tables, "t2");
    assert_eq!(
        t2.foreign_keys[0].on_update,
        Some(ReferentialAction::SetNull)
    );
    // The garbage statement is skipped with a note; everything around it is read.
    assert_eq!(out.statements.failed, 0);
    assert!(out
        .diagnostics
        .iter()
        .any(|d| d.code == "DDL005" && d.span.line == 17));
    let tracked = out
        .statement_log
        .iter()
        .filter(|r| r.state == StatementState::Understood)
        .count();
    assert_eq!(tracked, 7, "{:?}", out.statement_log);
}

const MYSQL: &str = r#"
CREATE TABLE `orders` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `status` enum('new','paid') NOT NULL DEFAULT 'new',
  `body` longtext,
  `blob` mediumblob,
  `data` json,
  `updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `fk_c` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Orders';
CREATE TABLE broken (a int,, b int);
CREATE TABLE after_broken (a int);
"#;

#[test]
fn mysql_maps_auto_increment_enum_keys_and_options() {
    let out = parse(MYSQL, Dialect::MySql);
    let orders = table(&out.schema.tables, "orders");
    let col = |n: &str| orders.column(n).unwrap();
    assert!(
        col("id").identity.is_some(),
        "AUTO_INCREMENT is an identity"
    );
    assert!(col("id").unsigned);
    assert_eq!(col("status").data_type.family, TypeFamily::Enum);
    assert_eq!(col("status").default.as_ref().unwrap().expression, "'new'");
    assert_eq!(col("body").data_type.length, Some(Length::Max));
    assert_eq!(col("blob").data_type.family, TypeFamily::VarBinary);
    assert_eq!(col("data").data_type.family, TypeFamily::Json);
    assert_eq!(orders.indexes[0].name.as_deref(), Some("idx_customer"));
    assert_eq!(orders.foreign_keys[0].name.as_deref(), Some("fk_c"));
    assert_eq!(orders.options.engine.as_deref(), Some("InnoDB"));
    assert_eq!(orders.description.as_deref(), Some("Orders"));
    // One bad clause costs only itself: the table is kept, partial, with both columns.
    assert_eq!(out.statements.failed, 0);
    assert_eq!(out.statements.partial, 1);
    let broken = table(&out.schema.tables, "broken");
    assert_eq!(broken.columns.len(), 2);
    assert!(out
        .schema
        .tables
        .iter()
        .any(|t| t.name.name == "after_broken"));
}

#[test]
fn dialect_names_round_trip() {
    for d in [Dialect::MsSql, Dialect::Postgres, Dialect::MySql] {
        assert_eq!(d.to_string().parse::<Dialect>().unwrap(), d);
    }
    assert_eq!(Dialect::default(), Dialect::MsSql);
    assert!("oracle".parse::<Dialect>().is_err());
}
