use super::prelude::*;
use crate::capabilities::{self, CapabilityStatus};

declare_rule! {
    /// ## What it does
    /// Checks SQL Server warehouse fact tables that have no columnstore index of any kind, and
    /// suggests a clustered columnstore index. Memory-optimized and temporary tables are
    /// skipped.
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
    if !ctx.is_sql_server() || ctx.kind() != TableRole::Fact {
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
