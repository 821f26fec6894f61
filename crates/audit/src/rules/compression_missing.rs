use super::prelude::*;
use crate::print::advice;

declare_rule! {
    /// ## What it does
    /// Checks for disk-based SQL Server tables with no `DATA_COMPRESSION`, and recommends PAGE
    /// (text- and JSON-heavy tables, typically 40-50% smaller) or ROW (spatial, binary or
    /// write-hot tables, typically 15-30%). Memory-optimized tables (which cannot be compressed),
    /// columnstore tables (already compressed) and temp tables are skipped.
    ///
    /// It is a warning on fact tables and audit logs, which grow large; informational on other
    /// tables; and silent on lookups, junctions, dimensions, caches and queues, where the
    /// saving is small.
    ///
    /// PostgreSQL and MySQL have no `DATA_COMPRESSION`. There the rule only speaks, for
    /// information, about fact tables and audit logs with large text or JSON columns:
    /// PostgreSQL already compresses large values (TOAST), and lz4
    /// (`ALTER COLUMN ... SET COMPRESSION lz4`, PostgreSQL 14+) does it faster than the default
    /// pglz; InnoDB can store compressed pages (`ROW_FORMAT=COMPRESSED`). Those fixes are
    /// shown, not applied.
    ///
    /// ## Why is this bad?
    /// Uncompressed pages mean more I/O for every scan, a larger buffer pool footprint and larger
    /// backups; compression usually costs less CPU than the I/O it saves.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, ModelName NVARCHAR(200), Config NVARCHAR(4000));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, ModelName NVARCHAR(200), Config NVARCHAR(4000))
    ///     WITH (DATA_COMPRESSION = PAGE);
    /// ```
    ///
    /// ## Fix safety
    /// Rebuilding with compression changes no data; it takes a schema lock unless done ONLINE.
    pub META, id = "compression-missing", category = Storage, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.memory_optimized || r.columnstore || r.nc_columnstore || r.temporary {
        return;
    }
    match ctx.dialect() {
        Dialect::MsSql => check_sql_server(ctx, out),
        Dialect::Postgres | Dialect::MySql => check_large_text(ctx, out),
    }
}

fn check_sql_server(ctx: &TableContext<'_>, out: &mut Emitter) {
    let current = ctx.table.options.data_compression.as_deref();
    if current.is_some_and(|c| !c.eq_ignore_ascii_case("NONE")) {
        return;
    }
    let (setting, saving, _, reason) = crate::capabilities::compression_choice(ctx);
    // Compression pays where tables are large: facts, logs and history. Elsewhere it is worth
    // knowing, and on small reference tables not worth saying.
    let severity = match ctx.kind() {
        TableRole::Fact => Severity::Warning,
        TableRole::Log if naming::is_log_name(&ctx.table.name.name) => Severity::Warning,
        TableRole::Lookup
        | TableRole::Junction
        | TableRole::Dimension
        | TableRole::Cache
        | TableRole::Queue => return,
        _ => Severity::Info,
    };
    out.report(
        &[],
        format!(
            "`{}` has no DATA_COMPRESSION; {setting} compression would save an estimated {saving} ({reason})."
            , ctx.name
        ),
    )
    .severity(severity)
    .fix(fixes::safe(
        format!("Rebuild with `DATA_COMPRESSION = {setting}`."),
        advice::compress(&fixes::sql_table(ctx), setting, &[], ctx.dialect()),
        Edit::SetCompression(setting.to_string()),
    ));
}

/// PostgreSQL and MySQL: only large append-only tables (facts and logs) with text worth
/// compressing are told, and only for information: PostgreSQL already compresses large values
/// (TOAST), and InnoDB compression trades CPU and buffer pool memory for the space.
fn check_large_text(ctx: &TableContext<'_>, out: &mut Emitter) {
    let large = match ctx.kind() {
        TableRole::Fact => true,
        TableRole::Log => naming::is_log_name(&ctx.table.name.name),
        _ => false,
    };
    let textual: Vec<String> = ctx
        .stored_columns()
        .filter(|c| c.data_type.is_lob() || c.data_type.family == TypeFamily::Json)
        .map(|c| c.name.clone())
        .collect();
    if !large || textual.is_empty() || crate::capabilities::is_compressed(ctx) {
        return;
    }
    let table = fixes::sql_table(ctx);
    let (message, description) = match ctx.dialect() {
        Dialect::Postgres => (
            format!(
                "`{}` is an append-only table whose large values TOAST compresses with the default pglz; lz4 compresses and reads them back faster.",
                ctx.name
            ),
            "Compress the large columns with lz4 (PostgreSQL 14+).",
        ),
        _ => (
            format!(
                "`{}` is an append-only table stored uncompressed; InnoDB compressed pages would typically save 40-50% on its text.",
                ctx.name
            ),
            "Store the table with compressed InnoDB pages.",
        ),
    };
    // No edit: the model has no PostgreSQL column compression or InnoDB row format to set,
    // so the fix is shown, not applied.
    out.report(&[], message)
        .severity(Severity::Info)
        .fix(fixes::manual(
            description,
            advice::compress(&table, "PAGE", &textual, ctx.dialect()),
        ));
}
