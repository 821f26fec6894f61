use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for columns that a comment or description marks as deprecated, obsolete or
    /// "do not use", but that are still in the table.
    ///
    /// ## Why is this bad?
    /// Deprecated columns keep costing row space, confuse new readers, and keep being written by
    /// code nobody remembered to update.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.TensorAtomCoefficient (TensorAtomId BIGINT NOT NULL,
    ///     Coefficient REAL NULL -- DEPRECATED: the coefficient is the atom
    /// );
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.TensorAtomCoefficient (TensorAtomId BIGINT NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Dropping a column loses its data; do it once the migration away from it is complete.
    pub META, id = "deprecated-column", category = Architecture, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in &ctx.table.columns {
        if !is_deprecated(ctx, column) {
            continue;
        }
        out.report(
            &[&column.name],
            format!(
                "`{}` is marked deprecated but is still present.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Drop `{}` once nothing reads or writes it.", column.name),
            crate::print::advice::drop_column(&fixes::sql_table(ctx), &column.name, ctx.dialect()),
        ));
    }
}

pub(crate) fn is_deprecated(ctx: &TableContext<'_>, column: &schema_audit_ddl::Column) -> bool {
    ctx.is_deprecated(column)
}
