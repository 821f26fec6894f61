use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks business tables (OLTP entities) for a creation and an update timestamp, in any
    /// naming style: `created_at`, `CreatedOn`, `DateCreated`, `inserted_at`, `ModifiedDate`,
    /// `LastEditedWhen` and the like all count. Suggested columns follow the schema's own
    /// style (`updated_at` in a snake_case schema, `UpdatedAt` in a PascalCase one).
    ///
    /// It is informational: many good tables do without. Lookups, junctions, warehouse
    /// tables, history, caches and system-versioned tables are skipped (their loads, periods or
    /// lineage record changes). A log or queue is only told when it has no timestamp at all.
    ///
    /// ## Why is this bad?
    /// Without them nobody can tell when a row was written or last changed, which incident
    /// reviews, sync jobs and retention all ask first.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT PRIMARY KEY, Name NVARCHAR(100) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT PRIMARY KEY, Name NVARCHAR(100) NOT NULL,
    ///     CreatedAt DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME(), UpdatedAt DATETIME2(7) NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The added columns are nullable or have a default, so existing rows and inserts that
    /// name their columns keep working.
    pub META, id = "audit-columns-missing", category = Architecture, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.temporary || r.columnstore || r.temporal || r.history {
        return;
    }
    let has = |kind: naming::AuditKind| {
        ctx.table
            .columns
            .iter()
            .any(|c| naming::audit_kind(&c.name) == Some(kind))
    };
    match ctx.kind() {
        TableRole::Log | TableRole::Queue if !has_any_timestamp(ctx) => {
            report(ctx, out, naming::AuditKind::CreatedAt);
        }
        TableRole::Entity | TableRole::Extension if !r.infrastructure => {
            for kind in [naming::AuditKind::CreatedAt, naming::AuditKind::UpdatedAt] {
                if !has(kind) {
                    report(ctx, out, kind);
                }
            }
        }
        _ => {}
    }
}

fn has_any_timestamp(ctx: &TableContext<'_>) -> bool {
    ctx.table.columns.iter().any(|c| {
        matches!(
            c.data_type.family,
            TypeFamily::DateTime
                | TypeFamily::DateTime2
                | TypeFamily::DateTimeOffset
                | TypeFamily::SmallDateTime
                | TypeFamily::Date
                | TypeFamily::RowVersion
        ) || naming::is_event_time(&c.name)
            || matches!(&c.data_type.family, TypeFamily::Other(t) if t.to_ascii_lowercase().starts_with("timestamp"))
    })
}

fn report(ctx: &TableContext<'_>, out: &mut Emitter, kind: naming::AuditKind) {
    let name = ctx.new_column_name(kind.words());
    let (data_type, default) = timestamp_type(ctx.dialect());
    let created = kind == naming::AuditKind::CreatedAt;
    let column = fixes::column(
        &name,
        data_type.clone(),
        !created,
        created.then_some(default),
    );
    let definition = if created {
        format!("{name} {} NOT NULL DEFAULT {default}", data_type.raw)
    } else {
        format!("{name} {} NULL", data_type.raw)
    };
    let sql = crate::print::advice::add_column(
        &fixes::sql_table(ctx),
        &name,
        &data_type.raw,
        !created,
        created.then_some(default),
        ctx.dialect(),
    );
    let what = if created { "creation" } else { "update" };
    out.report(
        &[],
        format!(
            "`{}` records no {what} time (no `{name}` column).",
            ctx.name
        ),
    )
    .key(&name)
    .fix(fixes::safe(
        format!("Add `{definition}`."),
        sql,
        Edit::AddColumn(Box::new(column)),
    ));
}

/// The dialect's UTC timestamp type and its default.
fn timestamp_type(dialect: Dialect) -> (schema_audit_ddl::DataType, &'static str) {
    match dialect {
        Dialect::MsSql => (
            schema_audit_ddl::DataType {
                scale: Some(7),
                ..schema_audit_ddl::DataType::simple(TypeFamily::DateTime2, "DATETIME2(7)")
            },
            "SYSUTCDATETIME()",
        ),
        Dialect::Postgres => (
            schema_audit_ddl::DataType::simple(TypeFamily::DateTimeOffset, "timestamptz"),
            "now()",
        ),
        Dialect::MySql => (
            // As the front end reads it: MySQL's DATETIME is a DATETIME2 with a fraction.
            schema_audit_ddl::DataType {
                args: vec!["6".to_string()],
                ..schema_audit_ddl::DataType::simple(TypeFamily::DateTime2, "DATETIME(6)")
            },
            "CURRENT_TIMESTAMP(6)",
        ),
    }
}
