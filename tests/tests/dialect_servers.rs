//! What the audit prints for PostgreSQL and MySQL runs on their servers. For every script in
//! `tests/corpus/{postgres,mysql}` and `tests/clean` (real public schemas, and hand-written
//! good and careless ones):
//!
//! - the original applies to an empty database (else the file does not belong here);
//! - the revised schema applies to an empty database;
//! - every fix applies on top of the original: on PostgreSQL each inside a transaction that
//!   is rolled back, on MariaDB (whose DDL commits at once) one after another. The rows a
//!   script inserts are deleted first: whether a user's data meets a new constraint is what
//!   an `unsafe` fix leaves to them, while its SQL must run on their schema. A `manual` fix
//!   holds placeholders for values only the user knows, so it is not run;
//! - re-auditing the revised schema gives no critical finding and no table a lower score.
//!
//! The servers come from `cargo xtask test` (see `support/servers.rs`); without them these
//! tests fail rather than skip.

#![allow(clippy::unwrap_used)]

#[path = "support/servers.rs"]
mod servers;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schema_audit::{audit, Applicability, AuditOptions, Dialect, Report, Severity};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The scripts of one dialect, sorted.
fn scripts(folder: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let clean = root().join("clean");
    for dir in [
        root().join("corpus").join(folder),
        clean.join(folder),
        clean.join("sloppy"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let sloppy_other = dir.ends_with("sloppy")
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(folder));
            if path.extension().is_some_and(|e| e == "sql") && !sloppy_other {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn options(dialect: Dialect) -> AuditOptions {
    AuditOptions {
        dialect,
        ..AuditOptions::default()
    }
}

/// A database name for one file and purpose, unique across the suite.
fn db_name(prefix: &str, path: &Path) -> String {
    let parent = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = path.file_stem().unwrap().to_string_lossy();
    format!("{prefix}_{parent}_{stem}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn short(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(300).collect()
}

fn scores(report: &Report) -> BTreeMap<String, u8> {
    report
        .tables
        .iter()
        .map(|t| (t.name.to_ascii_lowercase(), t.score))
        .collect()
}

/// Deletes every row the script inserted, keeping the schema.
fn empty_tables(db: &servers::Database, dialect: Dialect) -> Result<(), String> {
    match dialect {
        Dialect::Postgres => db.execute(
            "DO $$ DECLARE r record; BEGIN \
             FOR r IN SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables \
             WHERE schemaname NOT IN ('pg_catalog', 'information_schema') LOOP \
             EXECUTE 'TRUNCATE ' || r.t || ' CASCADE'; END LOOP; END $$;",
        ),
        _ => {
            let tables = db.query(
                "SELECT table_name FROM information_schema.tables \
                 WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
            )?;
            let mut script = String::from("SET FOREIGN_KEY_CHECKS = 0;\n");
            for row in tables {
                let table = row.first().cloned().unwrap_or_default().replace('`', "``");
                script.push_str(&format!("DELETE FROM `{table}`;\n"));
            }
            script.push_str("SET FOREIGN_KEY_CHECKS = 1;\n");
            db.execute(&script)
        }
    }
}

/// Runs every check on every script of one dialect; returns the problems, one line each.
fn check_dialect(folder: &str, dialect: Dialect, server: &servers::Server) -> Vec<String> {
    let files = scripts(folder);
    assert!(
        files.len() >= 6,
        "expected at least 6 {folder} scripts, found {}",
        files.len()
    );
    let mut problems = Vec::new();
    let mut fixes = 0;
    for path in &files {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let report = audit(&text, &options(dialect));

        let original = server.fresh_database(&db_name("orig", path));
        if let Err(e) = original.execute(&text) {
            problems.push(format!(
                "{name}: the original does not apply: {}",
                short(&e)
            ));
            continue;
        }
        if let Err(e) = empty_tables(&original, dialect) {
            problems.push(format!("{name}: could not empty the tables: {}", short(&e)));
            continue;
        }
        let revised = server.fresh_database(&db_name("rev", path));
        if let Err(e) = revised.execute(&report.revised_schema) {
            problems.push(format!(
                "{name}: the revised schema does not apply: {}",
                short(&e)
            ));
        }
        for finding in report.findings() {
            let Some(fix) = &finding.fix else { continue };
            if fix.applicability == Applicability::Manual {
                continue;
            }
            fixes += 1;
            let applied = match dialect {
                Dialect::Postgres => original.execute_rolled_back(&fix.sql),
                _ => original.execute(&fix.sql),
            };
            if let Err(e) = applied {
                problems.push(format!(
                    "{name}: the fix of {} does not apply: {} -- {}",
                    finding.id,
                    short(&fix.sql),
                    short(&e)
                ));
            }
        }

        let again = audit(&report.revised_schema, &options(dialect));
        for finding in again
            .findings()
            .filter(|f| f.severity == Severity::Critical)
        {
            problems.push(format!(
                "{name}: the revised schema has a critical finding: {} {}",
                finding.id, finding.message
            ));
        }
        let before = scores(&report);
        for (table, score) in scores(&again) {
            if let Some(&old) = before.get(&table) {
                if score < old {
                    problems.push(format!(
                        "{name}: {table} scores {score} revised, {old} before"
                    ));
                }
            }
        }
    }
    assert!(fixes > 0, "no {folder} script had a fix to check");
    problems
}

#[test]
fn postgres_output_runs_on_postgres() {
    let problems = check_dialect("postgres", Dialect::Postgres, servers::postgres());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn mysql_output_runs_on_mariadb() {
    let problems = check_dialect("mysql", Dialect::MySql, servers::mariadb());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
