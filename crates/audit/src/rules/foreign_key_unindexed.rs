use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for foreign keys whose columns are not the leading columns of any index.
    ///
    /// MySQL is skipped (InnoDB indexes every foreign key itself); PostgreSQL, which never
    /// does, is told so in the message. It is informational for keys
    /// to lookup tables, self-references, warehouse tables and tables with a columnstore index.
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
    // InnoDB creates an index for every foreign key that lacks one.
    if ctx.roles.columnstore || ctx.roles.history || ctx.dialect() == Dialect::MySql {
        return;
    }
    for fk in &ctx.table.foreign_keys {
        let columns: Vec<&str> = fk.columns.iter().map(String::as_str).collect();
        if columns.is_empty() || ctx.has_index_leading_with(&columns) {
            continue;
        }
        // A key to reference data (a status, a currency) is rarely joined from the parent's
        // side and the parent's rows are rarely deleted: an index there is optional.
        let to_lookup = ctx
            .schema
            .table(&fk.referenced_table)
            .is_some_and(|p| ctx.schema.role_kind_of(p) == TableRole::Lookup);
        let self_reference = crate::context::same_table(&fk.referenced_table, &ctx.table.name);
        let keyed: Vec<(&str, bool)> = columns.iter().map(|c| (*c, false)).collect();
        let parent = crate::context::display_name(&fk.referenced_table, ctx.dialect());
        let listed = columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        // PostgreSQL indexes the referenced key but never the referencing columns.
        let message = match ctx.dialect() {
            Dialect::Postgres => format!(
                "Foreign key ({listed}) to `{parent}` is not the leading key of any index, and PostgreSQL does not create one: joins from `{parent}` and its deletes scan this table."
            ),
            _ => format!("Foreign key ({listed}) to `{parent}` is not the leading key of any index."),
        };
        out.report(&columns, message)
            .key(&columns.join(","))
            // A columnstore index serves the scans a join from the parent needs.
            .severity(
                if to_lookup
                    || self_reference
                    || ctx.kind().is_warehouse()
                    || ctx.roles.nc_columnstore
                {
                    Severity::Info
                } else {
                    Severity::Warning
                },
            )
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
