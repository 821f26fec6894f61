//! Properties of the revised schema, on the corpus and the seed tables:
//! it parses again with our front end, re-auditing it shows no critical finding and no lower
//! score for any table, revising it again changes nothing, and it keeps the user's own text:
//! every comment line and every `GO` batch separator of the script, in order.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use schema_audit::{audit, AuditOptions, Dialect, Severity};

fn inputs() -> Vec<(PathBuf, Dialect)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for (dir, dialect) in [
        ("tests/corpus/tsql", Dialect::MsSql),
        ("tests/seeds", Dialect::MsSql),
        ("tests/corpus/postgres", Dialect::Postgres),
        ("tests/corpus/mysql", Dialect::MySql),
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "sql") {
                files.push((path, dialect));
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn check((path, dialect): &(PathBuf, Dialect)) -> Vec<String> {
    let mut problems = Vec::new();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let options = AuditOptions {
        dialect: *dialect,
        ..AuditOptions::default()
    };
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
    // The script's own comments and batches, in order, within the revised text.
    let kept = |line: &str| {
        let t = line.trim();
        t.starts_with("--") || t.eq_ignore_ascii_case("GO")
    };
    // A reprinted comment keeps its words, not its indentation after `--`.
    let words = |line: &str| line.trim().trim_start_matches('-').trim().to_string();
    let mut revised_lines = first.revised_schema.lines().map(words);
    for line in source.lines().filter(|l| kept(l)) {
        if !revised_lines.any(|r| r == words(line)) {
            problems.push(format!("{name}: the revision lost `{}`", line.trim()));
            break;
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

/// Inputs `cargo fuzz run revise` found (fuzz/README.md): the revision lost every table after
/// a name printed without brackets, or after the pieces of a statement cut off inside a `(`.
/// Each must now re-parse with every table of the input, and no statement the input's front
/// end read may fail in the revision (a broken statement is kept as the user wrote it).
#[test]
fn fuzz_found_inputs_keep_every_table() {
    const TAIL: &str = "\nCREATE TABLE dbo.After (Id INT NOT NULL PRIMARY KEY);";
    let cases = [
        // Names that need brackets: partition function, scheme and its filegroups, a
        // sequence, a type, a table's filegroup.
        "CREATE PARTITION FUNCTION [pf[x] (INT) AS RANGE LEFT FOR VALUES (1);",
        "CREATE PARTITION FUNCTION pf (INT) AS RANGE LEFT FOR VALUES (1);\nCREATE PARTITION SCHEME [ps[x] AS PARTITION pf ALL TO ([PRIMARY]);",
        "CREATE PARTITION FUNCTION pf (INT) AS RANGE LEFT FOR VALUES (1);\nCREATE PARTITION SCHEME ps AS PARTITION pf TO ([fg'1], [PRIMARY]);",
        "CREATE SEQUENCE [s[x] AS INT START WITH 1;",
        "CREATE TYPE [t[x] FROM NVARCHAR(10) NOT NULL;",
        "CREATE TABLE dbo.A (Id INT) ON [fg'1];",
        "CREATE TABLE dbo.A (Id INT, P INT) ON [ps'x] ([P]);",
        // The fuzzer's own minimum (the first byte chose T-SQL).
        " \nCREATE PARTITION FUNCTION [ [e](E)\n   AS RANGE FOR VALUES ()CREATE TABLE a",
        // Statements cut off inside a parenthesis.
        "CREATE TABLE dbo.A (Id INT, X DECIMAL(10\nGO",
        "CREATE TABLE dbo.A (Id INT, X INT CHECK (X > 0\nGO",
        "CREATE TABLE[](E n(\nGO\nCREATE TABLE n (Id INT);",
    ];
    for case in cases {
        let source = format!("{case}{TAIL}");
        let parsed = schema_audit_ddl::parse(&source, Dialect::MsSql);
        let report = schema_audit::audit_parsed(&source, &parsed, &AuditOptions::default());
        let again = schema_audit_ddl::parse(&report.revised_schema, Dialect::MsSql);
        assert!(
            again.statements.failed <= parsed.statements.failed,
            "{case}\n{}",
            report.revised_schema
        );
        for table in &parsed.schema.tables {
            assert!(
                again.schema.table(&table.name).is_some(),
                "`{}` lost from the revision of {case:?}:\n{}",
                table.name,
                report.revised_schema
            );
        }
        assert!(
            again.schema.tables.iter().any(|t| t.name.name == "After"),
            "{case}"
        );
    }
}

#[test]
fn a_statement_cut_off_inside_a_parenthesis_fails_with_its_line() {
    let parsed = schema_audit_ddl::parse(
        "CREATE TABLE dbo.A (Id INT,\n X DECIMAL(10\nGO\nCREATE TABLE dbo.B (Id INT);",
        Dialect::MsSql,
    );
    assert_eq!(parsed.statements.failed, 1);
    let names: Vec<&str> = parsed
        .schema
        .tables
        .iter()
        .map(|t| t.name.name.as_str())
        .collect();
    assert_eq!(names, ["B"]);
    let diagnostic = parsed
        .diagnostics
        .iter()
        .find(|d| d.code == schema_audit_ddl::codes::STATEMENT_FAILED)
        .expect("a DDL002 diagnostic");
    assert_eq!(diagnostic.span.line, 1);
    assert!(
        diagnostic.message.contains("never closed"),
        "{}",
        diagnostic.message
    );
}
