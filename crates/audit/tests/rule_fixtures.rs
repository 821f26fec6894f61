//! Every rule's fixtures, in `tests/rules/<rule_id>/`: `fail.sql` must make the rule fire,
//! `pass.sql` must keep it silent. The snapshot shows the findings, their fixes and the revised
//! DDL with only this rule's safe fixes applied, like ruff's fixture snapshots.

#![allow(clippy::unwrap_used)]

use std::fmt::Write;
use std::path::PathBuf;

use schema_audit::{audit, rules, AuditOptions, Report};

fn fixture_dir(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/rules")
        .join(id.replace('-', "_"))
}

/// Options with every rule but `id` disabled.
fn only(id: &str) -> AuditOptions {
    AuditOptions {
        disabled_rules: rules()
            .iter()
            .map(|m| m.id.to_string())
            .filter(|r| r != id)
            .collect(),
        ..AuditOptions::default()
    }
}

fn lint(id: &str, file: &str) -> (String, Report) {
    let sql = std::fs::read_to_string(fixture_dir(id).join(file))
        .unwrap_or_else(|e| panic!("{id}: missing fixture {file}: {e}"));
    let report = audit(&sql, &only(id));
    (sql, report)
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
fn every_rule_fires_on_its_failing_fixture_and_not_on_its_passing_one() {
    let mut problems = Vec::new();
    for meta in rules() {
        let (sql, failing) = lint(meta.id, "fail.sql");
        if failing.findings().count() == 0 {
            problems.push(format!("{}: silent on fail.sql", meta.id));
        }
        let manual_only = schema_audit::revise::MANUAL_ONLY_RULES.contains(&meta.id);
        let has_safe_fix = failing.findings().any(|f| {
            f.fix
                .as_ref()
                .is_some_and(|x| x.applicability == schema_audit::Applicability::Safe)
        });
        if manual_only && has_safe_fix {
            problems.push(format!(
                "{}: listed as manual-only but has a safe fix",
                meta.id
            ));
        }
        let (_, passing) = lint(meta.id, "pass.sql");
        for f in passing.findings() {
            problems.push(format!("{}: fires on pass.sql: {}", meta.id, f.message));
        }
        insta::assert_snapshot!(meta.id.replace('-', "_"), describe(&sql, &failing));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn registry_ids_are_unique_kebab_case_with_docs_and_fixtures() {
    let mut seen = std::collections::BTreeSet::new();
    for meta in rules() {
        assert!(seen.insert(meta.id), "duplicate id {}", meta.id);
        assert!(
            meta.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not kebab-case",
            meta.id
        );
        let docs = meta.markdown();
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "Use instead:",
            "## Fix safety",
        ] {
            assert!(docs.contains(section), "{} docs lack `{section}`", meta.id);
        }
        assert!(!meta.summary().is_empty(), "{} has no summary", meta.id);
        for file in ["fail.sql", "pass.sql"] {
            assert!(
                fixture_dir(meta.id).join(file).exists(),
                "{} has no {file}",
                meta.id
            );
        }
    }
}
