use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for foreign keys whose columns are not the leading columns of any index.
    ///
    /// ## Why is this bad?
    /// Joins from parent to children scan the child table, and every delete or key update on the
    /// parent scans it too to check for children, taking locks as it goes.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY,
    ///     ModelId INT NOT NULL REFERENCES dbo.Model (ModelId));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY,
    ///     ModelId INT NOT NULL REFERENCES dbo.Model (ModelId));
    /// CREATE INDEX IX_ModelLayer_ModelId ON dbo.ModelLayer (ModelId);
    /// ```
    ///
    /// ## Fix safety
    /// Adding an index changes no data.
    pub META, id = "foreign-key-unindexed", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.columnstore {
        return;
    }
    for fk in &ctx.table.foreign_keys {
        let columns: Vec<&str> = fk.columns.iter().map(String::as_str).collect();
        if columns.is_empty() || ctx.has_index_leading_with(&columns) {
            continue;
        }
        let keyed: Vec<(&str, bool)> = columns.iter().map(|c| (*c, false)).collect();
        let parent = crate::context::display_name(&fk.referenced_table, ctx.dialect());
        out.report(
            &columns,
            format!(
                "Foreign key ({}) to `{parent}` is not the leading key of any index.",
                columns
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .key(&columns.join(","))
        .line(Some(fk.span.line as usize).filter(|l| *l > 0))
        .fix(fixes::add_index_fix(
            ctx,
            format!(
                "Index ({}) for joins and parent deletes.",
                columns.join(", ")
            ),
            &keyed,
            false,
            None,
        ));
    }
}
