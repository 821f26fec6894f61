//! Scores rank like a reviewer: the hand-written, carefully designed schemas in `tests/clean`
//! (an order system, a multi-tenant SaaS tracker, a blog and a shop, in each dialect) score at
//! least 85 per table with no warning or critical finding, and the careless version of the
//! order system in `tests/clean/sloppy` scores clearly lower in every dialect.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use schema_audit::{audit, AuditOptions, Dialect, Report, Severity};

const MIN_CLEAN_SCORE: u8 = 85;
/// How far below the clean order system its sloppy twin must land, on average.
const MIN_GAP: f64 = 12.0;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("clean")
}

fn dialects() -> [(&'static str, Dialect); 3] {
    [
        ("mssql", Dialect::MsSql),
        ("postgres", Dialect::Postgres),
        ("mysql", Dialect::MySql),
    ]
}

fn run(path: PathBuf, dialect: Dialect) -> Report {
    let text = std::fs::read_to_string(&path).unwrap();
    audit(
        &text,
        &AuditOptions {
            dialect,
            ..AuditOptions::default()
        },
    )
}

fn average(report: &Report) -> f64 {
    report
        .tables
        .iter()
        .map(|t| f64::from(t.score))
        .sum::<f64>()
        / report.tables.len() as f64
}

#[test]
fn clean_schemas_score_high_and_stay_quiet() {
    let mut problems = Vec::new();
    let mut files = 0;
    for (folder, dialect) in dialects() {
        for entry in std::fs::read_dir(dir().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "sql") {
                continue;
            }
            files += 1;
            let report = run(path.clone(), dialect);
            assert!(
                report.tables.len() >= 4,
                "{}: too few tables read",
                path.display()
            );
            for d in &report.diagnostics {
                if d.severity == schema_audit_ddl::DiagnosticSeverity::Error {
                    problems.push(format!("{}: {}", path.display(), d.message));
                }
            }
            for t in &report.tables {
                if t.score < MIN_CLEAN_SCORE {
                    problems.push(format!("{} {}: score {}", path.display(), t.name, t.score));
                }
                for f in &t.findings {
                    if f.severity != Severity::Info {
                        problems.push(format!("{} {}: {}", path.display(), f.id, f.message));
                    }
                }
            }
        }
    }
    assert_eq!(files, 12, "four schemas in each of three dialects");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_sloppy_order_system_scores_clearly_lower() {
    for (folder, dialect) in dialects() {
        let clean = run(dir().join(folder).join("orders.sql"), dialect);
        let sloppy = run(
            dir().join("sloppy").join(format!("{folder}_orders.sql")),
            dialect,
        );
        let (a, b) = (average(&clean), average(&sloppy));
        assert!(
            a - b >= MIN_GAP,
            "{folder}: clean {a:.1}, sloppy {b:.1}: {:?}",
            sloppy
                .tables
                .iter()
                .map(|t| (&t.name, t.score))
                .collect::<Vec<_>>()
        );
        // Each sloppy table has something a reviewer would ask to fix.
        for t in &sloppy.tables {
            assert!(
                t.findings.iter().any(|f| f.severity != Severity::Info),
                "{folder} {}: no warning",
                t.name
            );
        }
    }
}
