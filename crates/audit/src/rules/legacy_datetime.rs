use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks SQL Server columns typed `DATETIME` or `SMALLDATETIME`. History tables of
    /// system-versioned tables are skipped: their columns follow the current table's.
    ///
    /// ## Why is this bad?
    /// `DATETIME` rounds to 1/300 of a second (.003, .007, .010), so values read back differ
    /// from what the application wrote and range queries ending at `23:59:59.999` spill into
    /// the next day; it takes 8 bytes where `DATETIME2(3)` takes 7 and is exact to the
    /// millisecond. `SMALLDATETIME` keeps only minutes and ends in 2079. Neither holds a time
    /// zone.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Payment (PaymentId INT PRIMARY KEY, PaidAt DATETIME NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Payment (PaymentId INT PRIMARY KEY, PaidAt DATETIME2(3) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The conversion keeps every value as `DATETIME` shows it, but it changes the type that
    /// applications, parameters and date arithmetic see (`DATETIME + 1` adds a day;
    /// `DATETIME2` refuses it), so the fix is only shown.
    pub META, id = "legacy-datetime", category = Types, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.is_sql_server() || ctx.roles.history {
        return;
    }
    for column in ctx.stored_columns() {
        let (replacement, why) = match column.data_type.family {
            TypeFamily::DateTime => (
                "DATETIME2(3)",
                "rounds to 1/300 of a second; `DATETIME2(3)` is exact to the millisecond in 7 bytes instead of 8",
            ),
            TypeFamily::SmallDateTime => (
                "DATETIME2(0)",
                "keeps only whole minutes and ends in 2079; `DATETIME2(0)` keeps seconds",
            ),
            _ => continue,
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` uses legacy `{}`, which {why}.",
                column.name, column.data_type.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Use `{replacement}`."),
            fixes::alter_type_sql(ctx, column, replacement),
        ));
    }
}
