//! Every fix the audit prints for the repository's corpora is SQL its own front end reads
//! cleanly in the script's dialect, and only `manual` fixes hold placeholders. (The servers'
//! test, `dialect_servers.rs`, also runs the PostgreSQL and MySQL ones.)

use std::path::{Path, PathBuf};

use schema_audit::{Applicability, Dialect};
use schema_audit_ddl::{DiagnosticSeverity, StatementState};

fn sql_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            sql_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "sql") {
            out.push(path);
        }
    }
}

/// The dialect of a corpus file, from the directory it is in.
fn dialect_of(path: &Path) -> Dialect {
    let text = path.to_string_lossy();
    if text.contains("/postgres") {
        Dialect::Postgres
    } else if text.contains("/mysql") {
        Dialect::MySql
    } else {
        Dialect::MsSql
    }
}

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["corpus", "clean", "constructs", "precision"] {
        sql_files(&root.join(dir), &mut files);
    }
    files.sort();
    files
}

#[test]
fn every_fix_reads_back_and_only_manual_ones_hold_placeholders() {
    let files = corpus();
    assert!(files.len() > 40, "found {} corpus files", files.len());
    let mut checked = 0;
    let mut problems = Vec::new();
    for file in &files {
        let dialect = dialect_of(file);
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let options = schema_audit::AuditOptions {
            dialect,
            ..Default::default()
        };
        let report = schema_audit::audit(&text, &options);
        for finding in report.findings() {
            let Some(fix) = &finding.fix else { continue };
            if fix.sql.trim().is_empty() {
                continue;
            }
            let placeholder = fix.sql.contains("/*");
            if fix.applicability == Applicability::Manual {
                if !placeholder {
                    problems.push(format!(
                        "{}: {} is manual without a placeholder:\n{}",
                        file.display(),
                        finding.rule,
                        fix.sql
                    ));
                }
                continue;
            }
            if placeholder {
                problems.push(format!(
                    "{}: {} is {:?} but holds a placeholder:\n{}",
                    file.display(),
                    finding.rule,
                    fix.applicability,
                    fix.sql
                ));
            }
            checked += 1;
            let parsed = schema_audit_ddl::parse(&fix.sql, dialect);
            let errors: Vec<String> = parsed
                .diagnostics
                .iter()
                .filter(|d| d.severity != DiagnosticSeverity::Info)
                .map(|d| format!("{} {}", d.code, d.message))
                .collect();
            let failed = parsed
                .statement_log
                .iter()
                .any(|r| r.state == StatementState::Failed);
            if !errors.is_empty() || failed {
                problems.push(format!(
                    "{}: {} fix does not read back in {dialect}: {errors:?}\n{}",
                    file.display(),
                    finding.rule,
                    fix.sql
                ));
            }
        }
    }
    assert!(checked > 500, "checked only {checked} fixes");
    assert!(
        problems.is_empty(),
        "{} of {checked} fixes:\n{}",
        problems.len(),
        problems
            .iter()
            .take(400)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
