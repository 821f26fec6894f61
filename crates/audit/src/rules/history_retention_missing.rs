use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks system-versioned (temporal) tables for a `HISTORY_RETENTION_PERIOD`. SQL Server
    /// only.
    ///
    /// ## Why is this bad?
    /// Without one, every update keeps its old row forever: the history table outgrows the
    /// current one, and nobody decided that it should.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE dbo.Price SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.PriceHistory));
    /// ```
    /// Use instead:
    /// ```sql
    /// ALTER TABLE dbo.Price SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.PriceHistory,
    ///     HISTORY_RETENTION_PERIOD = 1 YEAR));
    /// ```
    ///
    /// ## Fix safety
    /// Retention deletes history older than the period; how long to keep it is a business and
    /// legal decision, so the fix is only shown. `INFINITE` written explicitly counts as decided.
    pub META, id = "history-retention-missing", category = Storage, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let Some(versioning) = ctx.table.options.enabled_system_versioning() else {
        return;
    };
    // HISTORY_RETENTION_PERIOD is SQL Server's; MariaDB's system versioning purges history
    // with DELETE HISTORY instead.
    if versioning.retention.is_some() || !ctx.is_sql_server() {
        return;
    }
    let history = versioning
        .history_table
        .as_ref()
        .map(|h| fixes::sql_name(h, ctx.dialect()));
    out.report(
        &[],
        format!(
            "Temporal table `{}` has no HISTORY_RETENTION_PERIOD, so history grows forever.",
            ctx.name
        ),
    )
    .fix(fixes::manual(
        "Set a retention period for the history.",
        crate::print::advice::history_retention(&fixes::sql_table(ctx), history.as_ref()),
    ));
}
