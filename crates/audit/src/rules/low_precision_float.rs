use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for `REAL` (and `FLOAT(n)` with n <= 24) columns that hold scores or measurements.
    /// Deprecated columns are skipped: they are going away anyway. Money columns are left to
    /// `money-as-float`, whose fix is an exact decimal rather than a wider float.
    ///
    /// ## Why is this bad?
    /// A 4-byte float keeps about 7 significant digits: sums drift, ties appear in rankings and
    /// round trips through application doubles change the value.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT PRIMARY KEY, ImportanceScore REAL NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT PRIMARY KEY, ImportanceScore FLOAT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Widening to `FLOAT` keeps every value exactly; it costs 4 more bytes per row.
    pub META, id = "low-precision-float", category = Types, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let t = &column.data_type;
        let low = t.family == TypeFamily::Real
            || t.family == TypeFamily::Float && t.precision.is_some_and(|p| p <= 24);
        // Money in a float is `money-as-float`'s finding, with the right fix (DECIMAL).
        if !low || !naming::is_measurement(&column.name) || naming::is_money(&column.name) {
            continue;
        }
        if super::deprecated_column::is_deprecated(ctx, column) {
            continue;
        }
        let wide = match ctx.dialect() {
            Dialect::Postgres => "DOUBLE PRECISION",
            Dialect::MySql => "DOUBLE",
            Dialect::MsSql => "FLOAT",
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` stores a measurement in 4-byte `{}`, which keeps only about 7 digits.",
                column.name, t.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::change_type(
            ctx,
            column,
            format!("Use 8-byte `{wide}`."),
            schema_audit_ddl::DataType::simple(TypeFamily::Float, wide),
        ));
    }
}
