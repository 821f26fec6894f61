use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports job, log, event, history and cache tables with no visible retention or eviction
    /// strategy: no `HISTORY_RETENTION_PERIOD`, no expiry column, no time-based partitioning and no
    /// comment mentioning retention or purging. The suggested purge is a batched DELETE in the
    /// dialect's own form.
    ///
    /// ## Why is this bad?
    /// These tables only grow. Without a decided retention they eventually dominate backups and
    /// maintenance windows, and keep personal data longer than policy allows.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.BackgroundJob (JobId BIGINT PRIMARY KEY, CreatedAtUtc DATETIME2 NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// -- Retention: completed jobs are purged after 90 days by dbo.PurgeBackgroundJobs.
    /// CREATE TABLE dbo.BackgroundJob (JobId BIGINT PRIMARY KEY, CreatedAtUtc DATETIME2 NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Deleting data is a policy decision, so the fix is only shown.
    pub META, id = "retention-policy-missing", category = Durability, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if !(r.log_like || r.history || r.cache) || r.temporary {
        return;
    }
    if has_retention(ctx) {
        return;
    }
    // Without a column that dates each row, which one to purge by is the user's call.
    let time = ctx
        .stored_columns()
        .find(|c| {
            naming::is_event_time(&c.name) && crate::context::is_point_in_time(&c.data_type.family)
        })
        .map(|c| c.name.as_str());
    out.report(
        &[],
        format!(
            "`{}` grows without bound and has no retention strategy.",
            ctx.name
        ),
    )
    .fix(fixes::manual(
        "Decide a retention period and purge older rows in batches.",
        crate::print::advice::purge_old_rows(&fixes::sql_table(ctx), time, ctx.dialect()),
    ));
}

fn has_retention(ctx: &TableContext<'_>) -> bool {
    let options = &ctx.table.options;
    let temporal_retention = options
        .system_versioning
        .as_ref()
        .is_some_and(|v| v.retention.is_some());
    let partitioned = matches!(
        options.storage,
        Some(schema_audit_ddl::Storage::PartitionScheme { .. })
    ) || options.partition_by.is_some();
    let expiry = ctx.table.columns.iter().any(|c| naming::is_expiry(&c.name));
    let comment = ctx.table.comments.iter().any(|c| {
        let t = c.text.to_ascii_lowercase();
        t.contains("retention") || t.contains("purge") || t.contains("retain") || t.contains("ttl")
    }) || ctx
        .table
        .description
        .as_deref()
        .is_some_and(|d| d.to_ascii_lowercase().contains("retention"));
    temporal_retention || partitioned || expiry || comment
}
