//! The measured goals on the real-world corpus (`tests/corpus/tsql`): share of CREATE TABLE,
//! CREATE INDEX and ALTER TABLE statements fully understood.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use schema_audit_ddl::{parse, Dialect, KindStats, StatementKind, StatementState};

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/tsql");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

fn pct(k: KindStats) -> f64 {
    if k.total == 0 {
        100.0
    } else {
        100.0 * k.understood as f64 / k.total as f64
    }
}

#[test]
fn corpus_meets_the_understood_goals() {
    let (mut table, mut index, mut alter) = (
        KindStats::default(),
        KindStats::default(),
        KindStats::default(),
    );
    let mut problems = Vec::new();
    for file in corpus_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let out = parse(&text, Dialect::MsSql);
        let by = out.statements.by_kind;
        for (sum, part) in [
            (&mut table, by.create_table),
            (&mut index, by.create_index),
            (&mut alter, by.alter_table),
        ] {
            sum.total += part.total;
            sum.understood += part.understood;
        }
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        for r in &out.statement_log {
            let tracked = matches!(
                r.kind,
                StatementKind::CreateTable | StatementKind::CreateIndex | StatementKind::AlterTable
            );
            if tracked && r.state != StatementState::Understood {
                let why: Vec<_> = out
                    .diagnostics
                    .iter()
                    .filter(|d| d.span.line >= r.span.line && d.span.line <= r.span.end_line)
                    .map(|d| d.message.clone())
                    .collect();
                problems.push(format!(
                    "{name}:{} {:?} {:?} {why:?}",
                    r.span.line, r.kind, r.state
                ));
            }
        }
    }
    for p in &problems {
        eprintln!("{p}");
    }
    eprintln!(
        "CREATE TABLE {}/{} ({:.2}%), CREATE INDEX {}/{} ({:.2}%), ALTER TABLE {}/{} ({:.2}%)",
        table.understood,
        table.total,
        pct(table),
        index.understood,
        index.total,
        pct(index),
        alter.understood,
        alter.total,
        pct(alter)
    );
    assert!(
        table.total >= 140,
        "corpus has {} CREATE TABLE",
        table.total
    );
    assert!(pct(table) >= 99.5);
    assert!(pct(index) >= 99.0);
    assert!(pct(alter) >= 97.0);
}
