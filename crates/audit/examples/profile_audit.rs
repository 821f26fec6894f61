//! A deterministic driver for instruction-count profiling (the shared machine is too noisy
//! for wall-clock comparisons):
//!
//! ```text
//! cargo build --release -p schema-audit --example profile_audit
//! valgrind --tool=callgrind --toggle-collect='*front_end_pass*' target/release/examples/profile_audit
//! valgrind --tool=callgrind --toggle-collect='*audit_pass*' target/release/examples/profile_audit
//! ```
//!
//! Each pass reads the T-SQL corpus once (not the bench's 5 MB: callgrind is ~50x slower), so
//! the ratio of the two counts is the bench's audit/front-end ratio without the noise.

use std::path::PathBuf;

use schema_audit::{audit_parsed, render, AuditOptions, Dialect, Format, ParseOutput, Report};

fn corpus() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/tsql");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "sql"));
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[inline(never)]
fn front_end_pass(scripts: &[String]) -> Vec<ParseOutput> {
    scripts
        .iter()
        .map(|s| schema_audit_ddl::parse(s, Dialect::MsSql))
        .collect()
}

#[inline(never)]
fn audit_pass(scripts: &[String], parsed: &[ParseOutput], options: &AuditOptions) -> Vec<Report> {
    scripts
        .iter()
        .zip(parsed)
        .map(|(s, p)| audit_parsed(s, p, options))
        .collect()
}

fn main() {
    let scripts = corpus();
    let parsed = front_end_pass(&scripts);
    let reports = audit_pass(&scripts, &parsed, &AuditOptions::default());
    let tables: usize = reports.iter().map(|r| r.tables.len()).sum();
    println!("{} scripts, {tables} tables", scripts.len());
    // `-- DIR` writes every report in every format, to diff a change's output against a baseline.
    if let Some(dir) = std::env::args().nth(1).map(PathBuf::from) {
        for (i, report) in reports.iter().enumerate() {
            for (format, ext) in [
                (Format::Text, "txt"),
                (Format::Markdown, "md"),
                (Format::Json, "json"),
                (Format::Sarif, "sarif"),
            ] {
                let path = dir.join(format!("{i}.{ext}"));
                if let Err(e) = std::fs::write(&path, render(report, format)) {
                    eprintln!("{}: {e}", path.display());
                }
            }
        }
    }
}
