//! `schema-audit audit` over several files, SARIF file names, and the failure path.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use serde_json::Value;

fn cli() -> Command {
    Command::cargo_bin("schema-audit").unwrap()
}

fn seed(name: &str) -> String {
    format!("{}/../../tests/seeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

const FIRST: &str = "000_cache_performance.sql";
const SECOND: &str = "002_model_tensor.sql";

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = cli().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn sarif_locations_name_the_audited_file() {
    let file = seed(FIRST);
    let (_, stdout, _) = run(&["audit", &file, "--format", "sarif", "--fail-on", "never"]);
    let sarif: Value = serde_json::from_str(&stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.ends_with(FIRST), "{uri}");
    }
}

#[test]
fn several_files_give_one_json_array_naming_each_file() {
    let (first, second) = (seed(FIRST), seed(SECOND));
    let (code, stdout, _) = run(&[
        "audit",
        &first,
        &second,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, Some(0));
    let reports: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let reports = reports.as_array().expect("an array for several files");
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["file"], first.as_str());
    assert_eq!(reports[1]["file"], second.as_str());
    assert!(reports.iter().all(|r| r["format_version"].is_number()));
}

#[test]
fn several_files_give_one_sarif_run_covering_both() {
    let (first, second) = (seed(FIRST), seed(SECOND));
    let (_, stdout, _) = run(&[
        "audit",
        &first,
        &second,
        "--format",
        "sarif",
        "--fail-on",
        "never",
    ]);
    let sarif: Value = serde_json::from_str(&stdout).expect("one SARIF document");
    assert_eq!(sarif["runs"].as_array().unwrap().len(), 1);
    let uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(uris.iter().any(|u| u.ends_with(FIRST)));
    assert!(uris.iter().any(|u| u.ends_with(SECOND)));
}

#[test]
fn an_internal_failure_exits_3_naming_the_file_with_nothing_on_stdout() {
    let mut input = std::fs::read_to_string(seed(FIRST)).unwrap();
    input.push_str("\n-- schema-audit-test-fault\n");
    let out = cli()
        .args(["audit", "-", "--format", "json"])
        .env("SCHEMA_AUDIT_FAULT_INJECTION", "1")
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty(), "no half-printed JSON");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("internal error while auditing -"),
        "{stderr}"
    );

    // The marker alone, without the switch, is just a comment.
    let out = cli()
        .args(["audit", "-", "--format", "json", "--fail-on", "never"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}
