//! Rule fixtures in PostgreSQL and MySQL: `tests/rules/<rule_id>/fail.<dialect>.sql` must make
//! the rule fire, `pass.<dialect>.sql` must keep it silent. A rule that has no form in a
//! dialect shows it with a `pass.<dialect>.sql` holding what it reports in T-SQL.
//!
//! The snapshots (`<rule_id>_<dialect>`) show the findings, their fixes and the revised DDL
//! with only this rule's safe fixes applied, like the T-SQL fixtures in `rule_fixtures.rs`.

#![allow(clippy::unwrap_used)]

use std::fmt::Write;
use std::path::PathBuf;

use schema_audit::{audit, rules, AuditOptions, Dialect, Report};

const DIALECTS: [Dialect; 2] = [Dialect::Postgres, Dialect::MySql];

fn fixture(id: &str, file: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/rules")
        .join(id.replace('-', "_"))
        .join(file);
    std::fs::read_to_string(path).ok()
}

/// Options in `dialect` with every rule but `id` disabled.
fn only(id: &str, dialect: Dialect) -> AuditOptions {
    AuditOptions {
        dialect,
        disabled_rules: rules()
            .iter()
            .map(|m| m.id.to_string())
            .filter(|r| r != id)
            .collect(),
        ..AuditOptions::default()
    }
}

fn describe(sql: &str, report: &Report) -> String {
    let mut out = String::from("--- input ---\n");
    out.push_str(sql);
    out.push_str("--- findings ---\n");
    for f in report.findings() {
        let _ = writeln!(
            out,
            "{} [{}] line {}: {}",
            f.id,
            f.severity.as_str(),
            f.span.line,
            f.message
        );
        if let Some(fix) = &f.fix {
            let _ = writeln!(out, "  fix ({:?}): {}", fix.applicability, fix.sql);
        }
    }
    out.push_str("--- revised ---\n");
    out.push_str(&report.revised_schema);
    out
}

#[test]
fn dialect_fixtures_fire_on_fail_and_stay_silent_on_pass() {
    let mut problems = Vec::new();
    let mut fixtures = 0;
    for meta in rules() {
        for dialect in DIALECTS {
            if let Some(sql) = fixture(meta.id, &format!("fail.{dialect}.sql")) {
                fixtures += 1;
                let report = audit(&sql, &only(meta.id, dialect));
                if report.findings().count() == 0 {
                    problems.push(format!(
                        "{} ({dialect}): silent on fail.{dialect}.sql",
                        meta.id
                    ));
                }
                insta::assert_snapshot!(
                    format!("{}_{dialect}", meta.id.replace('-', "_")),
                    describe(&sql, &report)
                );
            }
            if let Some(sql) = fixture(meta.id, &format!("pass.{dialect}.sql")) {
                fixtures += 1;
                let report = audit(&sql, &only(meta.id, dialect));
                for f in report.findings() {
                    problems.push(format!(
                        "{} ({dialect}): fires on pass.{dialect}.sql: {}",
                        meta.id, f.message
                    ));
                }
            }
        }
    }
    assert!(fixtures > 0, "no dialect fixtures found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
