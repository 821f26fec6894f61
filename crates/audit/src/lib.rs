//! Schema model -> audit report.

use serde::Serialize;

/// The report for one script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub statement_count: usize,
    pub diagnostics: Vec<String>,
}

/// Audits a script. Never fails as a whole: problems become diagnostics.
pub fn audit(source: &str) -> Report {
    let parsed = schema_audit_ddl::parse(source, schema_audit_ddl::Dialect::MsSql);
    Report {
        statement_count: parsed.statements.total,
        diagnostics: parsed
            .diagnostics
            .iter()
            .map(|d| format!("{} line {}: {}", d.code, d.span.line, d.message))
            .collect(),
    }
}

/// The report as JSON. Serializing plain data cannot fail, so this never panics.
pub fn to_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
