//! Report-level properties: the JSON contract's keys, SARIF 2.1.0 structure, byte-for-byte
//! determinism, exit codes, and robustness on damaged input.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use schema_audit::{audit, exit_code, render, render_named, AuditOptions, FailOn, Format};
use serde_json::Value;

fn seed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/seeds")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn json_of(source: &str) -> Value {
    let report = audit(source, &AuditOptions::default());
    serde_json::from_str(&render(&report, Format::Json)).unwrap()
}

#[test]
fn json_has_the_documented_keys() {
    let json = json_of(&seed("002_model_tensor.sql"));
    for key in [
        "format_version",
        "dialect",
        "summary",
        "tables",
        "revised_schema",
        "diagnostics",
    ] {
        assert!(json.get(key).is_some(), "top level lacks {key}");
    }
    for key in ["statements", "average_score", "distribution", "findings"] {
        assert!(json["summary"].get(key).is_some(), "summary lacks {key}");
    }
    let table = &json["tables"][1];
    for key in [
        "name",
        "span",
        "score",
        "grade",
        "findings",
        "strengths",
        "capabilities",
        "atomization",
    ] {
        assert!(table.get(key).is_some(), "table lacks {key}");
    }
    for key in [
        "memory_optimized",
        "columnstore",
        "partitioning",
        "compression",
    ] {
        assert!(
            table["capabilities"].get(key).is_some(),
            "capabilities lack {key}"
        );
    }
    for key in ["verdict", "columns", "revised_table"] {
        assert!(
            table["atomization"].get(key).is_some(),
            "atomization lacks {key}"
        );
    }
    let finding = &table["findings"][0];
    for key in [
        "id", "rule", "severity", "category", "table", "columns", "message", "fix", "span",
    ] {
        assert!(finding.get(key).is_some(), "finding lacks {key}");
    }
    assert_eq!(json["format_version"], 2);
    assert_eq!(json["dialect"], "mssql");
}

#[test]
fn finding_ids_are_unique() {
    for file in [
        "000_cache_performance.sql",
        "001_caching_infrastructure.sql",
        "002_model_tensor.sql",
    ] {
        let report = audit(&seed(file), &AuditOptions::default());
        let mut ids: Vec<&str> = report.findings().map(|f| f.id.as_str()).collect();
        let total = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), total, "{file} has duplicate finding ids");
    }
}

#[test]
fn sarif_has_the_required_2_1_0_structure() {
    let report = audit(
        &seed("001_caching_infrastructure.sql"),
        &AuditOptions::default(),
    );
    let sarif: Value = serde_json::from_str(&render(&report, Format::Sarif)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"].as_str().unwrap().contains("sarif"));
    let runs = sarif["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "schema-audit");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), schema_audit::rules().len());
    let results = runs[0]["results"].as_array().unwrap();
    assert_eq!(results.len(), report.findings().count());
    for result in results {
        let level = result["level"].as_str().unwrap();
        assert!(["error", "warning", "note", "none"].contains(&level));
        assert!(result["message"]["text"].is_string());
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
    }
}

fn sarif_uris(sarif: &str) -> Vec<String> {
    let sarif: Value = serde_json::from_str(sarif).unwrap();
    sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn sarif_names_the_artifact_it_is_given() {
    let report = audit(
        &seed("001_caching_infrastructure.sql"),
        &AuditOptions::default(),
    );
    let uris = sarif_uris(&render_named(&report, Format::Sarif, "db/cache schema.sql"));
    assert!(!uris.is_empty());
    assert!(
        uris.iter().all(|u| u == "db/cache%20schema.sql"),
        "{uris:?}"
    );
    let windows = sarif_uris(&render_named(&report, Format::Sarif, r"db\cache.sql"));
    assert!(windows.iter().all(|u| u == "db/cache.sql"), "{windows:?}");
    // `render` keeps the placeholder for sources without a file name.
    let unnamed = sarif_uris(&render(&report, Format::Sarif));
    assert!(unnamed
        .iter()
        .all(|u| u == schema_audit::DEFAULT_SOURCE_NAME));
    // Only SARIF names the file.
    for format in [Format::Text, Format::Markdown, Format::Json] {
        assert_eq!(
            render_named(&report, format, "db/cache.sql"),
            render(&report, format)
        );
    }
}

#[test]
fn every_format_is_deterministic() {
    let source = seed("000_cache_performance.sql");
    for format in [Format::Text, Format::Markdown, Format::Json, Format::Sarif] {
        let a = render(&audit(&source, &AuditOptions::default()), format);
        let b = render(&audit(&source, &AuditOptions::default()), format);
        assert_eq!(a, b, "{format:?} differs between runs");
    }
}

#[test]
fn exit_codes_follow_the_threshold() {
    let report = audit(
        &seed("001_caching_infrastructure.sql"),
        &AuditOptions::default(),
    );
    assert_eq!(
        exit_code(&report, FailOn::Critical),
        1,
        "schema-only billing ledger is critical"
    );
    assert_eq!(exit_code(&report, FailOn::Warning), 1);
    assert_eq!(exit_code(&report, FailOn::Never), 0);
    let clean = audit("", &AuditOptions::default());
    assert_eq!(exit_code(&clean, FailOn::Warning), 0);
}

#[test]
fn options_disable_override_and_rename() {
    let source =
        "CREATE TABLE dbo.Invoice (InvoiceId BIGINT NOT NULL PRIMARY KEY, OrgId INT NOT NULL);";
    // One table shows no tenancy, so only the option makes it multi-tenant.
    let default = audit(source, &AuditOptions::default());
    assert!(!default
        .findings()
        .any(|f| f.rule == "tenant-column-missing"));
    let multi = AuditOptions::from_json(r#"{"tenancy": "multi"}"#).unwrap();
    assert!(audit(source, &multi).findings().any(
        |f| f.rule == "tenant-column-missing" && f.severity == schema_audit::Severity::Critical
    ));
    let options = AuditOptions::from_json(
        r#"{"tenancy": "multi", "tenant_column": "OrgId", "disabled_rules": ["compression-missing"],
            "severity_overrides": {"audit-columns-missing": "warning"}}"#,
    )
    .unwrap();
    let tuned = audit(source, &options);
    assert!(!tuned.findings().any(|f| f.rule == "tenant-column-missing"));
    assert!(!tuned.findings().any(|f| f.rule == "compression-missing"));
    let audit_columns: Vec<_> = tuned
        .findings()
        .filter(|f| f.rule == "audit-columns-missing")
        .collect();
    assert!(!audit_columns.is_empty());
    assert!(audit_columns
        .iter()
        .all(|f| f.severity == schema_audit::Severity::Warning));
}

#[test]
fn dialects_change_the_advice() {
    let source = "CREATE TABLE note (note_id BIGINT PRIMARY KEY, body TEXT, payload BYTEA);";
    let options = AuditOptions {
        dialect: schema_audit::Dialect::Postgres,
        ..AuditOptions::default()
    };
    let report = audit(source, &options);
    for rule in [
        "deprecated-type",
        "compression-missing",
        "partitioning-candidate",
    ] {
        assert!(
            !report.findings().any(|f| f.rule == rule),
            "{rule} is SQL Server advice"
        );
    }
    assert!(!report.findings().any(|f| f.message.contains("FILESTREAM")));
}

#[test]
fn damaged_input_never_panics() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "CREATE TABLE".into(),
        "CREATE TABLE t (".into(),
        "CREATE TABLE t (a INT DEFAULT 'oops".into(),
        ")))(((;;;GO\nGO".into(),
        "CREATE TABLE [a]]b] ([c d] NVARCHAR(MAX) DEFAULT GETDATE(), INDEX i HASH (x) WITH (BUCKET_COUNT = zz));".into(),
    ];
    let source = seed("002_model_tensor.sql");
    let chars: Vec<char> = source.chars().collect();
    for cut in (0..chars.len()).step_by(97) {
        inputs.push(chars[..cut].iter().collect());
    }
    for input in &inputs {
        let report = audit(input, &AuditOptions::default());
        for format in [Format::Text, Format::Markdown, Format::Json, Format::Sarif] {
            let _ = render(&report, format);
        }
    }
}
