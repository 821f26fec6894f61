use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for money held in binary floating point: `FLOAT`, `REAL` or `DOUBLE` columns whose
    /// name says they are a price, an amount, a total, a balance, a salary or a fee.
    /// Deprecated columns are skipped: they are going away anyway.
    ///
    /// ## Why is this bad?
    /// Binary floats cannot hold most decimal fractions: 0.10 is stored as
    /// 0.1000000000000000055..., so sums drift by fractions of a cent, totals fail to match
    /// their lines, and equality tests on amounts fail at random.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Invoice (InvoiceId INT PRIMARY KEY, TotalAmount FLOAT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Invoice (InvoiceId INT PRIMARY KEY, TotalAmount DECIMAL(19, 4) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Converting rounds every stored value to four decimal places, and values already off by a
    /// float's error stay off, so the change needs checking against the data and is only shown.
    pub META, id = "money-as-float", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let decimal = match ctx.dialect() {
        Dialect::MsSql => "DECIMAL(19, 4)",
        Dialect::Postgres => "numeric(19,4)",
        Dialect::MySql => "DECIMAL(19,4)",
    };
    for column in ctx.stored_columns() {
        let float = matches!(
            column.data_type.family,
            TypeFamily::Float | TypeFamily::Real
        );
        if !float || !naming::is_money(&column.name) || ctx.is_deprecated(column) {
            continue;
        }
        out.report(
            &[&column.name],
            format!(
                "`{}` holds money in binary floating point `{}`, which cannot store most cents exactly.",
                column.name, column.data_type.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Store `{}` as exact `{decimal}`.", column.name),
            fixes::alter_type_sql(ctx, column, decimal),
        ));
    }
}
