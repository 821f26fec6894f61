//! A Markdown report in the seed audits' shape: per-table sections, then the summary.

use std::fmt::Write;

use crate::atomization::ColumnVerdictKind;
use crate::capabilities::Capability;
use crate::finding::Severity;
use crate::report::{Report, TableReport};

pub fn render(report: &Report) -> String {
    let mut out = String::from("# Schema audit\n\n");
    for (i, table) in report.tables.iter().enumerate() {
        table_section(&mut out, i + 1, table);
    }
    summary_section(&mut out, report);
    out
}

fn marker(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "🔴 critical",
        Severity::Warning => "⚠️ warning",
        Severity::Info => "ℹ️ info",
    }
}

fn table_section(out: &mut String, number: usize, t: &TableReport) {
    let _ = writeln!(out, "## {number}. {}\n", t.name);
    let _ = writeln!(
        out,
        "**Quality Score:** {}/100 ({})\n",
        t.score,
        t.grade.as_str()
    );
    let _ = writeln!(out, "**Role:** {}: {}.\n", t.role.role, t.role.why());
    if !t.score_breakdown.is_empty() {
        let moves: Vec<String> = t
            .score_breakdown
            .iter()
            .map(|m| format!("{:+} {}", m.points, m.reason))
            .collect();
        let _ = writeln!(out, "**What moved the score:** {}.\n", moves.join("; "));
    }
    if !t.strengths.is_empty() {
        out.push_str("### Strengths\n\n");
        for s in &t.strengths {
            let _ = writeln!(out, "- ✅ {}", s.message);
        }
        out.push('\n');
    }
    out.push_str("### Findings\n\n");
    if t.findings.is_empty() {
        out.push_str("None.\n\n");
    }
    for f in &t.findings {
        let _ = writeln!(
            out,
            "- {} **{}** (line {}): {}",
            marker(f.severity),
            f.rule,
            f.span.line,
            f.message
        );
        if let Some(fix) = &f.fix {
            let _ = writeln!(out, "  - Fix: `{}`", fix.sql.replace('`', "'"));
        }
    }
    out.push('\n');
    out.push_str("### Capabilities\n\n| capability | score | recommendation |\n|---|---|---|\n");
    let rows: [(&str, &Capability); 4] = [
        ("Memory-optimized", &t.capabilities.memory_optimized),
        ("Columnstore", &t.capabilities.columnstore),
        ("Partitioning", &t.capabilities.partitioning),
        ("Compression", &t.capabilities.compression),
    ];
    for (name, c) in rows {
        let mut rec = c.recommendation.clone();
        if !c.blockers.is_empty() {
            rec.push_str(&format!(" Blockers: {}.", c.blockers.join("; ")));
        }
        if let Some(saving) = &c.estimated_saving {
            rec.push_str(&format!(" Estimated saving: {saving}."));
        }
        let _ = writeln!(
            out,
            "| {name} | {}/100 | {} |",
            c.score,
            rec.replace('|', "\\|")
        );
    }
    out.push('\n');
    atomization_section(out, t);
}

fn atomization_section(out: &mut String, t: &TableReport) {
    let a = &t.atomization;
    let verdict = serde_json::to_value(a.verdict)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let _ = writeln!(out, "### Atomization: {verdict}\n");
    let list = |kind: ColumnVerdictKind| {
        a.columns
            .iter()
            .filter(|c| c.verdict == kind)
            .map(|c| {
                let reason = serde_json::to_value(c.reason)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!("`{}` ({reason})", c.column)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(out, "- Atoms: {}", list(ColumnVerdictKind::Atom));
    let _ = writeln!(out, "- Keep: {}\n", list(ColumnVerdictKind::Keep));
    if let Some(revised) = &a.revised_table {
        let _ = writeln!(out, "```sql\n{revised}```\n");
    }
}

fn summary_section(out: &mut String, report: &Report) {
    let s = &report.summary;
    out.push_str("## Summary Statistics\n\n");
    let _ = writeln!(out, "- Tables: {}\n- Columns: {}\n- Indexes: {}\n- Foreign keys: {}\n- Memory-optimized tables: {}", s.tables, s.columns, s.indexes, s.foreign_keys, s.memory_optimized_tables);
    let _ = writeln!(out, "- Average score: {:.1}/100", s.average_score);
    let _ = writeln!(
        out,
        "- Tenancy: {} ({})\n",
        if report.context.tenancy.multi_tenant {
            "multi-tenant"
        } else {
            "single-tenant"
        },
        report.context.tenancy.evidence
    );
    out.push_str("**Quality distribution:**\n\n");
    for (grade, count) in &s.distribution {
        let names: Vec<String> = report
            .tables
            .iter()
            .filter(|t| t.grade == *grade)
            .map(|t| format!("{} {}", t.name, t.score))
            .collect();
        let _ = writeln!(
            out,
            "- {}: {count}{}",
            grade.as_str(),
            if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", names.join(", "))
            }
        );
    }
    out.push_str("\n**Findings by severity:** ");
    let parts: Vec<String> = s
        .findings
        .by_severity
        .iter()
        .rev()
        .map(|(k, v)| format!("{} {v}", k.as_str()))
        .collect();
    let _ = writeln!(out, "{}\n", parts.join(", "));
    out.push_str("**Findings by category:** ");
    let parts: Vec<String> = s
        .findings
        .by_category
        .iter()
        .map(|(k, v)| format!("{} {v}", k.as_str()))
        .collect();
    let _ = writeln!(out, "{}\n", parts.join(", "));
    let rankings = [
        ("Memory-Optimized Candidates", &s.rankings.memory_optimized),
        ("Columnstore Candidates", &s.rankings.columnstore),
        ("Partitioning Candidates", &s.rankings.partitioning),
        ("Compression Priorities", &s.rankings.compression),
    ];
    for (title, list) in rankings {
        let _ = writeln!(out, "### {title}\n");
        if list.is_empty() {
            out.push_str("None.\n");
        }
        for (i, r) in list.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. **{}** ({}/100): {}",
                i + 1,
                r.table,
                r.score,
                r.recommendation
            );
        }
        out.push('\n');
    }
    out.push_str("## Migration Priority\n\n");
    let groups = [
        ("Critical (Immediate)", &s.migration_priority.critical),
        ("High (Next Sprint)", &s.migration_priority.high),
        ("Medium (Next Release)", &s.migration_priority.medium),
    ];
    for (title, items) in groups {
        let _ = writeln!(out, "### {title}\n");
        if items.is_empty() {
            out.push_str("None.\n");
        }
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(out, "{}. {item}", i + 1);
        }
        out.push('\n');
    }
    if !report.revised_schema.is_empty() {
        let _ = writeln!(
            out,
            "## Revised Schema\n\n```sql\n{}```\n",
            report.revised_schema
        );
    }
    migration(out, &report.migration);
}

/// The last section: the script that takes a live database to the revised schema.
fn migration(out: &mut String, migration: &crate::migrate::Migration) {
    out.push_str("## Migration\n\n");
    if migration.is_empty() {
        out.push_str("The revised schema needs no change to a live database.\n");
        return;
    }
    let _ = writeln!(
        out,
        "{} step{} take a live database from this schema to the revised one, in order.",
        migration.steps.len(),
        if migration.steps.len() == 1 { "" } else { "s" }
    );
    if !migration.data_loss.is_empty() {
        out.push_str("\n**Steps that can lose data are commented out** (`schema-audit migrate --allow-data-loss` includes them):\n\n");
        for line in &migration.data_loss {
            let _ = writeln!(out, "- {line}");
        }
    }
    let _ = writeln!(out, "\n```sql\n{}```", migration.sql);
}
