use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports large or time-series tables that are not partitioned, naming the column to
    /// partition by and why: an event timestamp for logs, jobs and history (sliding windows), or
    /// the parent key closest to the rows for very large child tables.
    ///
    /// The scaffold is the dialect's own: a partition function and scheme in T-SQL,
    /// declarative `PARTITION BY RANGE` in PostgreSQL (a partitioned copy the rows move into),
    /// `PARTITION BY RANGE COLUMNS` in MySQL. InnoDB cannot partition a table that has or is
    /// the target of a foreign key, so such MySQL tables score lower and are rarely told.
    ///
    /// ## Why is this bad?
    /// Unpartitioned, a billion-row table is maintained, rebuilt and purged as one unit; queries
    /// for one model or one month cannot skip the rest.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.BackgroundJob (JobId BIGINT PRIMARY KEY, CreatedAtUtc DATETIME2 NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE PARTITION FUNCTION PF_BackgroundJob_CreatedAtUtc (DATETIME2) AS RANGE RIGHT
    ///     FOR VALUES ('2025-01-01', '2025-02-01', '2025-03-01');
    /// CREATE PARTITION SCHEME PS_BackgroundJob_CreatedAtUtc
    ///     AS PARTITION PF_BackgroundJob_CreatedAtUtc ALL TO ([PRIMARY]);
    /// -- then rebuild the clustered index ON PS_BackgroundJob_CreatedAtUtc (CreatedAtUtc)
    /// ```
    ///
    /// ## Fix safety
    /// Boundaries, filegroups and aligning the key with the partition column are design
    /// decisions, so the fix is only shown.
    pub META, id = "partitioning-candidate", category = Storage, severity = Info
}

const THRESHOLD: u8 = 70;

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let partitioning = crate::capabilities::partitioning(ctx);
    if partitioning.status != crate::capabilities::CapabilityStatus::Candidate
        || partitioning.score < THRESHOLD
    {
        return;
    }
    let Some(key) = partitioning.suggested_key.clone() else {
        return;
    };
    let reason = partitioning.reasons.first().cloned().unwrap_or_default();
    let key_type = ctx
        .column(&key)
        .map(|c| c.data_type.raw.clone())
        .unwrap_or_else(|| "INT".to_string());
    out.report(
        &[&key],
        format!(
            "`{}` is not partitioned; partition it by `{key}` ({reason}).",
            ctx.name
        ),
    )
    .fix(fixes::manual(
        format!("Partition `{}` by `{key}`.", ctx.name),
        crate::print::advice::partition_by_range(
            &fixes::sql_table(ctx),
            &key,
            &key_type,
            ctx.dialect(),
        ),
    ));
}
