//! `schema-audit parse`: JSON contract, text format, stdin, dialects and exit codes.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use serde_json::Value;

fn cli() -> Command {
    Command::cargo_bin("schema-audit").unwrap()
}

fn construct(name: &str) -> String {
    format!(
        "{}/../../tests/constructs/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn json_has_the_contract_keys() {
    let out = cli()
        .args(["parse", &construct("16_inline_hash_index.sql")])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    for key in ["total", "understood", "partial", "failed", "skipped"] {
        assert!(json["statements"][key].is_u64(), "statements.{key}");
    }
    for kind in ["create_table", "create_index", "alter_table"] {
        assert!(json["by_kind"][kind]["total"].is_u64(), "by_kind.{kind}");
        assert!(
            json["by_kind"][kind]["understood"].is_u64(),
            "by_kind.{kind}"
        );
    }
    assert_eq!(json["schema"]["tables"][0]["indexes"][0]["kind"], "hash");
    assert!(json["diagnostics"].is_array());
}

#[test]
fn stdin_and_dialect_flag() {
    let out = cli()
        .args(["parse", "-", "--dialect", "postgres"])
        .write_stdin("CREATE TABLE t (id bigserial primary key, doc jsonb);")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["dialect"], "postgres");
    assert_eq!(
        json["schema"]["tables"][0]["columns"][1]["data_type"]["family"],
        "json"
    );
}

#[test]
fn several_files_give_an_array_and_text_format_works() {
    let a = construct("05_pk_clustered.sql");
    let b = construct("25_unique.sql");
    let out = cli()
        .args(["parse", &a, &b])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    let text = cli()
        .args(["parse", &a, "--format", "text"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(text).unwrap().contains("1 understood"));
}

#[test]
fn unreadable_input_and_usage_errors_exit_2() {
    cli()
        .args(["parse", "/nonexistent/file.sql"])
        .assert()
        .code(2);
    cli()
        .args(["parse", "--dialect", "oracle", "-"])
        .assert()
        .code(2);
    cli().args(["parse"]).assert().code(2);
    cli().assert().code(2);
}
