use super::prelude::*;
use schema_audit_ddl::Durability;

declare_rule! {
    /// ## What it does
    /// Checks for memory-optimized tables with `DURABILITY = SCHEMA_ONLY` that hold business
    /// data such as billing, ledger, payment or order rows. Session, cache and staging tables,
    /// where losing rows on restart is the design, are not reported. SQL Server only.
    ///
    /// ## Why is this bad?
    /// SCHEMA_ONLY tables are emptied on every restart, failover and crash. For billing data
    /// that is lost revenue and an audit gap nobody notices until reconciliation.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.BillingUsage (UsageId BIGINT NOT NULL PRIMARY KEY NONCLUSTERED)
    ///     WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.BillingUsage (UsageId BIGINT NOT NULL PRIMARY KEY NONCLUSTERED)
    ///     WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);
    /// ```
    ///
    /// ## Fix safety
    /// The table must be recreated (durability cannot be altered), and writes become logged, so
    /// expect more log I/O; no data changes.
    pub META, id = "schema-only-durability", category = Durability, severity = Critical
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let options = &ctx.table.options;
    if !ctx.is_sql_server()
        || !options.memory_optimized
        || options.durability != Some(Durability::SchemaOnly)
    {
        return;
    }
    if !ctx.roles.business_critical || ctx.roles.cache || ctx.roles.temporary {
        return;
    }
    out.report(
        &[],
        format!(
            "`{}` holds business data but is `DURABILITY = SCHEMA_ONLY`, so every restart deletes its rows.",
            ctx.name
        ),
    )
    .fix(fixes::safe(
        "Recreate the table with `DURABILITY = SCHEMA_AND_DATA`.",
        crate::print::advice::recreate_durable(&fixes::sql_table(ctx)),
        Edit::SetDurability(Durability::SchemaAndData),
    ));
}
