//! Properties of the revised schema, on the corpus and the seed tables:
//! it parses again with our front end, re-auditing it shows no critical finding and no lower
//! score for any table, and revising it again changes nothing.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use schema_audit::{audit, AuditOptions, Severity};

fn inputs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["tests/corpus/tsql", "tests/seeds"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "sql") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn check(path: &PathBuf) -> Vec<String> {
    let mut problems = Vec::new();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let options = AuditOptions::default();
    let source = std::fs::read_to_string(path).unwrap();
    let first = audit(&source, &options);
    let second = audit(&first.revised_schema, &options);
    let errors: Vec<_> = second
        .diagnostics
        .iter()
        .filter(|d| d.severity == schema_audit_ddl::DiagnosticSeverity::Error)
        .collect();
    if !errors.is_empty() {
        problems.push(format!("{name}: revised schema does not parse: {errors:?}"));
    }
    if second.tables.len() != first.tables.len() {
        problems.push(format!(
            "{name}: {} tables became {}",
            first.tables.len(),
            second.tables.len()
        ));
    }
    for finding in second
        .findings()
        .filter(|f| f.severity == Severity::Critical)
    {
        problems.push(format!("{name}: critical after revision: {}", finding.id));
    }
    for before in &first.tables {
        if let Some(after) = second.table(&before.name) {
            if after.score < before.score {
                problems.push(format!(
                    "{name}: {} scored {} then {}",
                    before.name, before.score, after.score
                ));
            }
        }
    }
    if second.revised_schema != first.revised_schema {
        let diff_line = first
            .revised_schema
            .lines()
            .zip(second.revised_schema.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("\n  first:  {a}\n  second: {b}"))
            .unwrap_or_default();
        problems.push(format!("{name}: revising twice changed the DDL{diff_line}"));
    }
    problems
}

#[test]
fn revised_schema_properties_hold_on_corpus_and_seeds() {
    let problems: Vec<String> = inputs().iter().flat_map(check).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
