//! Plain text for terminals: one block per table, then the summary.

use std::fmt::Write;

use crate::report::Report;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "tenancy: {} ({})\n",
        if report.context.tenancy.multi_tenant {
            "multi-tenant"
        } else {
            "single-tenant"
        },
        report.context.tenancy.evidence
    );
    for table in &report.tables {
        let _ = writeln!(
            out,
            "{}  {}/100 ({})  role: {} ({})",
            table.name,
            table.score,
            table.grade.as_str(),
            table.role.role,
            table.role.why()
        );
        for f in &table.findings {
            let _ = writeln!(
                out,
                "  {}:{} {:<8} {} {}",
                f.span.line,
                f.span.column,
                f.severity.as_str(),
                f.rule,
                f.message
            );
            if let Some(fix) = &f.fix {
                let _ = writeln!(out, "      fix: {}", fix.sql);
            }
        }
        out.push('\n');
    }
    let s = &report.summary;
    let _ = writeln!(
        out,
        "{} tables, {} findings ({} critical, {} warning, {} info), average score {:.1}",
        s.tables,
        s.findings.total,
        s.findings
            .by_severity
            .get(&crate::Severity::Critical)
            .copied()
            .unwrap_or(0),
        s.findings
            .by_severity
            .get(&crate::Severity::Warning)
            .copied()
            .unwrap_or(0),
        s.findings
            .by_severity
            .get(&crate::Severity::Info)
            .copied()
            .unwrap_or(0),
        s.average_score
    );
    let m = &report.migration;
    if !m.is_empty() {
        let _ = writeln!(
            out,
            "migration to the revised schema: {} steps, {} of them can lose data (`schema-audit migrate` prints it)",
            m.steps.len(),
            m.data_loss.len()
        );
    }
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "{}:{} {} {}",
            d.span.line, d.span.column, d.code, d.message
        );
    }
    out
}
