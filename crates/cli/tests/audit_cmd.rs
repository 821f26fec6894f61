//! `schema-audit audit`: formats, --fail-on exit codes, --config, --dialect and usage errors.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use serde_json::Value;

fn cli() -> Command {
    Command::cargo_bin("schema-audit").unwrap()
}

fn seed(name: &str) -> String {
    format!("{}/../../tests/seeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn json_report_follows_the_contract() {
    let out = cli()
        .args([
            "audit",
            "--format",
            "json",
            "--fail-on",
            "never",
            &seed("002_model_tensor.sql"),
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["format_version"], 2);
    for key in [
        "dialect",
        "summary",
        "tables",
        "revised_schema",
        "diagnostics",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn every_format_renders() {
    for (format, needle) in [
        ("text", "average score"),
        ("md", "## Summary Statistics"),
        ("sarif", "\"version\": \"2.1.0\""),
    ] {
        let out = cli()
            .args([
                "audit",
                "--format",
                format,
                "--fail-on",
                "never",
                &seed("000_cache_performance.sql"),
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(needle), "{format} lacks {needle}");
    }
}

#[test]
fn fail_on_sets_the_exit_code() {
    let ledger = seed("001_caching_infrastructure.sql");
    cli()
        .args(["audit", "--fail-on", "critical", &ledger])
        .assert()
        .code(1);
    cli()
        .args(["audit", "--fail-on", "never", &ledger])
        .assert()
        .code(0);
    cli()
        .args(["audit", "--fail-on", "warning", "-"])
        .write_stdin("CREATE TABLE #t (a INT);")
        .assert()
        .code(0);
}

#[test]
fn config_disables_rules() {
    let dir = std::env::temp_dir().join(format!("schema-audit-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("audit.json");
    std::fs::write(&config, r#"{"disabled_rules": ["schema-only-durability"]}"#).unwrap();
    cli()
        .args(["audit", "--fail-on", "critical", "--config"])
        .arg(&config)
        .arg(seed("001_caching_infrastructure.sql"))
        .assert()
        .code(0);
    std::fs::write(&config, r#"{"no_such_option": 1}"#).unwrap();
    cli()
        .args(["audit", "--config"])
        .arg(&config)
        .arg(seed("001_caching_infrastructure.sql"))
        .assert()
        .code(2);
}

#[test]
fn usage_errors_exit_2() {
    cli()
        .args([
            "audit",
            "--format",
            "yaml",
            &seed("000_cache_performance.sql"),
        ])
        .assert()
        .code(2);
    cli().args(["audit", "/no/such/file.sql"]).assert().code(2);
}

fn audit_stdin(args: &[&str], ddl: &str) -> Value {
    let mut all = vec!["audit", "--format", "json", "--fail-on", "never"];
    all.extend_from_slice(args);
    all.push("-");
    let out = cli()
        .args(all)
        .write_stdin(ddl)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn tenancy_and_roles_come_from_flags() {
    let ddl =
        "CREATE TABLE dbo.Sales (SaleId INT NOT NULL PRIMARY KEY, Amount DECIMAL(12,2) NOT NULL);";
    let plain = audit_stdin(&[], ddl);
    assert_eq!(plain["context"]["tenancy"]["multi_tenant"], false);
    assert_eq!(plain["tables"][0]["role"]["role"], "entity");

    let flagged = audit_stdin(&["--tenancy", "multi", "--role", "dbo.Sales=fact"], ddl);
    assert_eq!(flagged["context"]["tenancy"]["multi_tenant"], true);
    let table = &flagged["tables"][0];
    assert_eq!(table["role"]["role"], "fact");
    assert_eq!(table["role"]["source"], "option");
    let rules: Vec<&str> = table["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"tenant-column-missing"), "{rules:?}");
    assert!(table["score_breakdown"]
        .as_array()
        .is_some_and(|m| !m.is_empty()));
}

#[test]
fn a_misspelt_role_or_tenancy_is_a_usage_error() {
    cli()
        .args(["audit", "--role", "dbo.Sales=facts", "-"])
        .write_stdin("CREATE TABLE t (a INT);")
        .assert()
        .code(2);
    let out = cli()
        .args(["audit", "--role", "dbo.Sales=facts", "-"])
        .write_stdin("CREATE TABLE t (a INT);")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("`facts` is not a role"));
    cli()
        .args(["audit", "--tenancy", "some", "-"])
        .write_stdin("CREATE TABLE t (a INT);")
        .assert()
        .code(2);
}
