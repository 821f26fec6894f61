//! A migration script alters tables it never creates. The front end keeps those changes on
//! `external` placeholder tables; the audit judges only what the script shows of them.

use schema_audit::{AuditOptions, Report};

const MIGRATION: &str = "\
ALTER TABLE dbo.Orders ADD Config NVARCHAR(MAX) NULL;
GO
ALTER TABLE dbo.Orders ADD PlacedAt DATETIME NOT NULL CONSTRAINT DF_Orders_PlacedAt DEFAULT GETDATE();
GO
CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId);
";

fn audit(source: &str) -> Report {
    schema_audit::audit(source, &AuditOptions::default())
}

fn rules_fired(report: &Report) -> Vec<String> {
    report
        .tables
        .iter()
        .flat_map(|t| &t.findings)
        .map(|f| f.rule.to_string())
        .collect()
}

#[test]
fn whole_table_rules_stay_silent_on_tables_the_script_does_not_create() {
    let fired = rules_fired(&audit(MIGRATION));
    for silent in [
        "primary-key-missing",
        "tenant-column-missing",
        "compression-missing",
        "audit-columns-missing",
    ] {
        assert!(
            !fired.iter().any(|r| r == silent),
            "{silent} fired on an external table: {fired:?}"
        );
    }
}

#[test]
fn column_rules_still_judge_the_columns_the_script_adds() {
    let fired = rules_fired(&audit(MIGRATION));
    assert!(fired.iter().any(|r| r == "json-in-text"), "{fired:?}");
    assert!(fired.iter().any(|r| r == "non-utc-default"), "{fired:?}");
}

#[test]
fn the_revised_migration_alters_rather_than_creates() {
    let revised = audit(MIGRATION).revised_schema;
    assert!(!revised.contains("CREATE TABLE"), "{revised}");
    assert!(
        revised.contains("ALTER TABLE dbo.Orders ADD Config"),
        "{revised}"
    );
    assert!(
        revised.contains("CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId);"),
        "the script's own statements stay as written: {revised}"
    );
    assert!(
        revised.contains("ADD CONSTRAINT DF_Orders_PlacedAt DEFAULT (GETUTCDATE()) FOR PlacedAt"),
        "the fix follows: {revised}"
    );

    let again = audit(&revised);
    assert_eq!(again.tables.len(), 1);
    assert!(
        !rules_fired(&again).iter().any(|r| r == "non-utc-default"),
        "the safe fix resolved its finding"
    );
    assert_eq!(
        again.revised_schema, revised,
        "revising twice changes nothing"
    );
}

#[test]
fn a_table_created_in_the_script_is_still_judged_whole() {
    let fired = rules_fired(&audit(
        "CREATE TABLE dbo.Orders (Config NVARCHAR(MAX) NULL);",
    ));
    assert!(
        fired.iter().any(|r| r == "primary-key-missing"),
        "{fired:?}"
    );
}

#[test]
fn temporal_and_compression_settings_on_an_altered_table_survive_revision() {
    let script = "\
CREATE TABLE History.Product (ProductId INT NOT NULL, ValidFrom DATETIME2 NOT NULL, ValidTo DATETIME2 NOT NULL);
GO
ALTER TABLE Product ADD ValidFrom DATETIME2 NOT NULL, ValidTo DATETIME2 NOT NULL;
GO
ALTER TABLE Product ADD PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo);
GO
ALTER TABLE Product SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = History.Product));
GO
ALTER TABLE Product REBUILD WITH (DATA_COMPRESSION = PAGE);
";
    let revised = audit(script).revised_schema;
    assert!(
        revised.contains("ADD PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)"),
        "{revised}"
    );
    assert!(
        revised.contains("SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = History.Product))"),
        "{revised}"
    );
    assert!(
        revised.contains("REBUILD WITH (DATA_COMPRESSION = PAGE)"),
        "{revised}"
    );
    let parsed = schema_audit_ddl::parse(&revised, schema_audit::Dialect::MsSql);
    let product = parsed
        .schema
        .tables
        .iter()
        .find(|t| t.name.name == "Product" && t.name.schema.as_deref() != Some("History"))
        .expect("Product");
    assert!(product.external);
    assert!(product.options.system_versioning.is_some());
    assert!(product.options.period_for_system_time.is_some());
    assert_eq!(product.options.data_compression.as_deref(), Some("PAGE"));
}
