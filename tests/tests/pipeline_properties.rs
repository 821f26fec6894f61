//! Properties of the whole pipeline (front end, audit, every renderer) on generated input:
//! nothing panics, the JSON is always valid, the SARIF always has the shape code-scanning
//! tools require, and the revised schema always goes through the front end again.

use proptest::prelude::*;
use schema_audit::{AuditOptions, Dialect, Format, Report};

/// Fragments that real DDL is made of, so generated scripts reach deep into the grammar.
const FRAGMENTS: &[&str] = &[
    "CREATE TABLE",
    "dbo.T",
    "[dbo].[Order Lines]",
    "#tmp",
    "(",
    ")",
    ",",
    ";",
    "GO\n",
    "Id",
    "TenantId",
    "Status",
    "Config",
    "ModelId",
    "INT",
    "BIGINT",
    "NVARCHAR(MAX)",
    "VARCHAR(20)",
    "VECTOR(1536)",
    "GEOGRAPHY",
    "JSON",
    "DECIMAL(18,2)",
    "NOT NULL",
    "NULL",
    "IDENTITY(1,1)",
    "PRIMARY KEY",
    "CLUSTERED",
    "NONCLUSTERED",
    "HASH",
    "WITH",
    "(BUCKET_COUNT = 1024)",
    "DEFAULT",
    "GETDATE()",
    "0",
    "CONSTRAINT",
    "FK_x",
    "FOREIGN KEY",
    "REFERENCES",
    "CHECK",
    "ISJSON(Config) = 1",
    "UNIQUE",
    "INDEX",
    "IX_a",
    "ON",
    "[PRIMARY]",
    "MEMORY_OPTIMIZED = ON",
    "DURABILITY = SCHEMA_ONLY",
    "AS",
    "PERSISTED",
    "ALTER TABLE",
    "ADD",
    "CREATE INDEX",
    "INCLUDE",
    "WHERE",
    "COLUMNSTORE",
    "-- DEPRECATED\n",
    "/* c */",
    "'str'",
    "N'ü€'",
    "\n",
    " ",
];

fn script() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120).prop_map(|parts| parts.join(" "))
}

fn dialect() -> impl Strategy<Value = Dialect> {
    prop::sample::select(vec![Dialect::MsSql, Dialect::Postgres, Dialect::MySql])
}

fn audit(source: &str, dialect: Dialect) -> Report {
    let options = AuditOptions {
        dialect,
        ..AuditOptions::default()
    };
    schema_audit::audit(source, &options)
}

fn assert_valid_sarif(sarif: &str) {
    let value: serde_json::Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    assert_eq!(value["version"], "2.1.0");
    let runs = value["runs"].as_array().expect("SARIF has runs");
    assert_eq!(runs.len(), 1);
    assert!(
        runs[0]["tool"]["driver"]["name"].is_string(),
        "the driver is named"
    );
    for result in runs[0]["results"].as_array().expect("results is an array") {
        assert!(result["ruleId"].is_string(), "every result names its rule");
        assert!(
            result["message"]["text"].is_string(),
            "every result has a message"
        );
        let level = result["level"].as_str().unwrap_or("warning");
        assert!(
            ["error", "warning", "note", "none"].contains(&level),
            "level {level}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_renderer_accepts_every_report(source in script(), dialect in dialect()) {
        let report = audit(&source, dialect);
        let json: serde_json::Value =
            serde_json::from_str(&schema_audit::render(&report, Format::Json)).expect("JSON parses");
        prop_assert_eq!(json["tables"].as_array().map(Vec::len), Some(report.tables.len()));
        assert_valid_sarif(&schema_audit::render(&report, Format::Sarif));
        schema_audit::render(&report, Format::Text);
        schema_audit::render(&report, Format::Markdown);
    }

    #[test]
    fn the_revised_schema_keeps_every_table(source in script()) {
        let report = audit(&source, Dialect::MsSql);
        let again = audit(&report.revised_schema, Dialect::MsSql);
        // A table the script only names in an ALTER that changes nothing (`ALTER TABLE x`
        // cut short) has no DDL to print; every table with content must come back.
        let parsed = schema_audit_ddl::parse(&source, Dialect::MsSql);
        let has_content = |name: &str| {
            parsed.schema.tables.iter().any(|t| {
                // The bare name after the schema, exactly: `dbo.JSON` is not the table `ON`.
                name.rsplit('.').next() == Some(t.name.name.as_str())
                    && (!t.external || !t.columns.is_empty() || !t.indexes.is_empty())
            })
        };
        prop_assert!(
            report.tables.iter().all(|t| !t.name.is_empty()),
            "every table is named"
        );
        for table in report.tables.iter().filter(|t| has_content(&t.name)) {
            prop_assert!(
                again.tables.iter().any(|t| t.name == table.name),
                "`{}` is missing from the revised schema:\n{}", table.name, report.revised_schema
            );
        }
    }

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,400}", dialect in dialect()) {
        let report = audit(&source, dialect);
        serde_json::from_str::<serde_json::Value>(&schema_audit::render(&report, Format::Json))
            .expect("JSON parses");
    }

    #[test]
    fn audit_is_deterministic(source in script()) {
        let first = schema_audit::render(&audit(&source, Dialect::MsSql), Format::Json);
        let second = schema_audit::render(&audit(&source, Dialect::MsSql), Format::Json);
        prop_assert_eq!(first, second);
    }
}

/// Inputs at the documented limits go through the whole pipeline with a report, not a crash.
#[test]
fn hostile_inputs_yield_reports() {
    let deep = format!(
        "CREATE TABLE dbo.T (Id INT NOT NULL PRIMARY KEY, X INT CHECK {}X{});",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let huge_identifier = format!(
        "CREATE TABLE dbo.{} (Id INT NOT NULL PRIMARY KEY);",
        "a".repeat(1 << 20)
    );
    let garbage: String = (0..20_000u32)
        .filter_map(|i| char::from_u32((i * 7919) % 0x2FFF))
        .collect();
    let truncated = "CREATE TABLE dbo.T (Id INT NOT NULL, CONSTRAINT PK PRIMARY KEY (Id";
    for source in [
        deep.as_str(),
        huge_identifier.as_str(),
        garbage.as_str(),
        truncated,
        "",
        "GO",
    ] {
        for dialect in [Dialect::MsSql, Dialect::Postgres, Dialect::MySql] {
            let report = audit(source, dialect);
            let json = schema_audit::render(&report, Format::Json);
            serde_json::from_str::<serde_json::Value>(&json).expect("JSON parses");
        }
    }
    let deep_report = audit(&deep, Dialect::MsSql);
    assert!(
        !deep_report.diagnostics.is_empty() || deep_report.tables.len() == 1,
        "deep nesting is either understood or diagnosed"
    );
}
