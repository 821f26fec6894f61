use super::prelude::*;
use crate::capabilities::{self, CapabilityStatus};

declare_rule! {
    /// ## What it does
    /// Checks SQL Server warehouse fact tables that have no columnstore index of any kind, and
    /// suggests a clustered columnstore index. Memory-optimized and temporary tables are
    /// skipped.
    ///
    /// PostgreSQL has no columnstore in core. There the rule checks append-only tables (logs,
    /// events, facts) whose event time column (`created_at`, `occurred_at`, `logged_at` and the
    /// like) leads no index, and suggests a BRIN index on it: such rows arrive in time order,
    /// and a BRIN index serves time-range reads and purges at a fraction of a B-tree's size.
    /// The fix is only shown: BRIN suits only rows written in time order. MySQL is skipped.
    ///
    /// ## Why is this bad?
    /// Fact rows are loaded in batches and read in aggregate, a few columns of millions of rows
    /// at a time. As rowstore, every scan reads every column of every row; a clustered
    /// columnstore compresses the table about ten times and lets scans read only the columns
    /// and row groups a query needs, in batch mode.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.FactSales (DateKey INT NOT NULL, CustomerKey INT NOT NULL,
    ///     Amount DECIMAL(19, 4) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.FactSales (DateKey INT NOT NULL, CustomerKey INT NOT NULL,
    ///     Amount DECIMAL(19, 4) NOT NULL);
    /// CREATE CLUSTERED COLUMNSTORE INDEX CCI_FactSales ON dbo.FactSales;
    /// ```
    ///
    /// ## Fix safety
    /// A clustered columnstore changes how the whole table is stored: a clustered rowstore key
    /// must become nonclustered first, singleton updates and deletes get slower, and small
    /// tables gain little. So the fix is only shown.
    pub META, id = "columnstore-candidate", category = Storage, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    match ctx.dialect() {
        Dialect::MsSql => {}
        Dialect::Postgres => return check_brin(ctx, out),
        Dialect::MySql => return,
    }
    if ctx.kind() != TableRole::Fact {
        return;
    }
    let r = ctx.roles;
    if r.memory_optimized || r.temporary || r.columnstore || r.nc_columnstore {
        return;
    }
    if capabilities::columnstore(ctx).status != CapabilityStatus::Candidate {
        return;
    }
    let index = format!("CCI_{}", ctx.table.name.name);
    let sql = crate::print::advice::clustered_columnstore(
        &fixes::sql_table(ctx),
        &index,
        ctx.clustered_key().is_some(),
    );
    out.report(
        &[],
        format!(
            "Fact table `{}` has no columnstore index, so every aggregate scans whole rows.",
            ctx.name
        ),
    )
    .fix(fixes::manual(
        format!("Store `{}` as a clustered columnstore.", ctx.name),
        sql,
    ));
}

/// PostgreSQL has no columnstore; for append-only tables (logs, events, facts) read by time
/// range, the nearest built-in tool is a BRIN index on the event time, which records the range
/// of each block. Rows of such tables arrive in time order, which is what BRIN needs.
fn check_brin(ctx: &TableContext<'_>, out: &mut Emitter) {
    let append_only = ctx.roles.log_like || ctx.kind() == TableRole::Fact;
    if !append_only || ctx.roles.temporary {
        return;
    }
    let Some(column) = ctx
        .stored_columns()
        .find(|c| is_point_in_time(&c.data_type.family) && naming::is_event_time(&c.name))
    else {
        return;
    };
    if ctx.has_index_leading_with(&[&column.name]) {
        return;
    }
    let index = fixes::index_name("BRIN", ctx, &[&column.name]);
    out.report(
        &[&column.name],
        format!(
            "`{}` is append-only and no index leads with its time column `{}`, so time-range reads and purges scan it whole; a BRIN index serves them at a fraction of a B-tree's size.",
            ctx.name, column.name
        ),
    )
    .key(&column.name)
    .line(Some(column.span.line as usize))
    .fix(fixes::manual(
        format!("Add a BRIN index on `{}`.", column.name),
        crate::print::advice::create_index_using(
            &fixes::sql_table(ctx),
            &index,
            "BRIN",
            &column.name,
            None,
            ctx.dialect(),
        ),
    ));
}

/// `timestamp`, `timestamptz` and `date`, as the front end maps them.
fn is_point_in_time(family: &TypeFamily) -> bool {
    matches!(
        family,
        TypeFamily::DateTime2 | TypeFamily::DateTimeOffset | TypeFamily::Date
    )
}
