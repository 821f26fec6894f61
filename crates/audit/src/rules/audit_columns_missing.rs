use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for tables missing the audit columns `CreatedAt`, `UpdatedAt`, `CreatedBy` or
    /// `ModifiedBy` (common spellings such as `ModifiedDate` or `CreatedAtUtc` count).
    ///
    /// A missing `CreatedAt` is a warning; missing `...By` columns alone are informational.
    /// Append-only tables (logs, jobs, history, caches) need only `CreatedAt`; temporal tables are
    /// skipped, since their period columns and history record every change.
    ///
    /// ## Why is this bad?
    /// Without them nobody can tell when or by whom a row was written, which every incident review
    /// and most compliance regimes ask first.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, LayerName NVARCHAR(100));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, LayerName NVARCHAR(100),
    ///     CreatedAt DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME(), UpdatedAt DATETIME2(7) NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The added columns are nullable or have a default, so existing rows and inserts keep working.
    pub META, id = "audit-columns-missing", category = Architecture, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.history
        || r.temporary
        || r.columnstore
        || r.temporal
        || r.infrastructure && has_created(ctx)
    {
        return;
    }
    let append_only = r.log_like || r.cache || r.infrastructure;
    let missing: Vec<&naming::AuditColumn> = naming::AUDIT_COLUMNS
        .iter()
        .filter(|a| !ctx.table.columns.iter().any(|c| a.matches(&c.name)))
        .filter(|a| !(append_only && a.canonical != "CreatedAt"))
        .collect();
    if missing.is_empty() {
        return;
    }
    for audit in &missing {
        let data_type = definition_type(audit.definition);
        let nullable = !audit.definition.contains("NOT NULL");
        let default = audit.definition.split(" DEFAULT ").nth(1);
        let column = fixes::column(audit.canonical, data_type, nullable, default);
        let finding = out.report(
            &[],
            format!("`{}` has no `{}` audit column.", ctx.name, audit.canonical),
        );
        finding.key(audit.canonical).fix(fixes::safe(
            format!("Add `{}`.", audit.definition),
            format!("ALTER TABLE {} ADD {};", ctx.name, audit.definition),
            Edit::AddColumn(column),
        ));
        if audit.canonical != "CreatedAt" {
            finding.severity(Severity::Info);
        }
    }
}

fn has_created(ctx: &TableContext<'_>) -> bool {
    ctx.table
        .columns
        .iter()
        .any(|c| naming::AUDIT_COLUMNS[0].matches(&c.name))
}

/// The type of an audit column definition such as `UpdatedAt DATETIME2(7) NULL`.
fn definition_type(definition: &str) -> schema_audit_ddl::DataType {
    let raw = definition
        .split_whitespace()
        .nth(1)
        .unwrap_or("DATETIME2(7)");
    if raw.starts_with("NVARCHAR") {
        fixes::data_type(TypeFamily::NVarChar, raw, Some(Length::Chars(128)))
    } else {
        schema_audit_ddl::DataType {
            scale: Some(7),
            ..schema_audit_ddl::DataType::simple(TypeFamily::DateTime2, raw)
        }
    }
}
