use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for disk-based SQL Server tables with no `DATA_COMPRESSION`, and recommends PAGE
    /// (text- and JSON-heavy tables, typically 40-50% smaller) or ROW (spatial, binary or
    /// write-hot tables, typically 15-30%). Memory-optimized tables (which cannot be compressed),
    /// columnstore tables (already compressed) and temp tables are skipped, as are other dialects.
    ///
    /// It is a warning on fact tables and audit logs, which grow large; informational on other
    /// tables; and silent on lookups, junctions, dimensions, caches and queues, where the
    /// saving is small.
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
    if !ctx.is_sql_server()
        || r.memory_optimized
        || r.columnstore
        || r.nc_columnstore
        || r.temporary
    {
        return;
    }
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
        format!("ALTER TABLE {} REBUILD WITH (DATA_COMPRESSION = {setting});", ctx.name),
        Edit::SetCompression(setting.to_string()),
    ));
}
