use super::prelude::*;
use schema_audit_ddl::IndexKind;

declare_rule! {
    /// ## What it does
    /// Checks that the history table of a system-versioned table has a clustered columnstore
    /// index. When the history table is not in the script it cannot be verified, and is reported
    /// so that someone checks.
    ///
    /// ## Why is this bad?
    /// History rows are only ever appended and scanned; as rowstore they take 3-10 times the
    /// space, and "as of" queries over long histories crawl.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Price (PriceId INT PRIMARY KEY, Amount DECIMAL(12,2),
    ///     ValidFrom DATETIME2 GENERATED ALWAYS AS ROW START, ValidTo DATETIME2 GENERATED ALWAYS AS ROW END,
    ///     PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo))
    ///     WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.PriceHistory));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE CLUSTERED COLUMNSTORE INDEX CCI_PriceHistory ON dbo.PriceHistory;
    /// ```
    ///
    /// ## Fix safety
    /// When the history table is in the script, the revised schema adds the index; it changes no
    /// data. Otherwise the fix is shown only, since the table may already have one.
    pub META, id = "history-columnstore-missing", category = Storage, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.is_sql_server() {
        return;
    }
    let Some(versioning) = ctx.table.options.enabled_system_versioning() else {
        return;
    };
    let Some(history_name) = &versioning.history_table else {
        return;
    };
    let display = crate::context::display_name(history_name, ctx.dialect());
    let index_name = format!("CCI_{}", history_name.name);
    let sql = crate::print::advice::clustered_columnstore(
        &fixes::sql_name(history_name, ctx.dialect()),
        &index_name,
        false,
    );
    let description = format!("Add a clustered columnstore index to `{display}`.");
    match ctx.schema.table(history_name) {
        Some(history)
            if history
                .indexes
                .iter()
                .any(|i| i.kind == IndexKind::ClusteredColumnstore) => {}
        Some(history) => {
            let index = fixes::bare_index(index_name, IndexKind::ClusteredColumnstore);
            out.report(
                &[],
                format!("History table `{display}` has no clustered columnstore index."),
            )
            .fix(fixes::safe(
                description,
                sql,
                Edit::AddIndexTo {
                    table: history.name.clone(),
                    index,
                },
            ));
        }
        None => {
            out.report(
                &[],
                format!(
                    "History table `{display}` is not in the script; verify it has a clustered columnstore index."
                ),
            )
            .fix(fixes::manual(description, sql));
        }
    }
}
