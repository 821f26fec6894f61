use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for `CHAR(n)` and `NCHAR(n)` columns of 10 characters or more whose name says
    /// they hold text of varying length: names, titles, descriptions, emails, addresses.
    /// Codes (`CHAR(2)` countries, `CHAR(3)` currencies) are fixed-width by nature and never
    /// reported. Warning from 20 characters, information below that; in MySQL, which strips
    /// the padding when reading, information only, and the suggested type is `VARCHAR(n)`
    /// (MySQL's `NVARCHAR` is the deprecated utf8mb3).
    ///
    /// ## Why is this bad?
    /// Every value is padded with spaces to the full width: short names waste most of their
    /// bytes, the application reads back `'Smith     '`, and comparisons, `LEN`, `LIKE` and
    /// concatenation treat the padding differently, which surprises every new query.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT PRIMARY KEY, LastName NCHAR(50) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT PRIMARY KEY, LastName NVARCHAR(50) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Converting to a variable-length type keeps the padding already stored; the values need
    /// an `RTRIM` afterwards, and code that relied on the padding changes behaviour, so the
    /// fix is only shown.
    pub META, id = "fixed-width-text", category = Types, severity = Warning
}

const MIN_LENGTH: u32 = 10;
const WARNING_LENGTH: u32 = 20;

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let t = &column.data_type;
        let Some(Length::Chars(n)) = t.length else {
            continue;
        };
        let unicode = match t.family {
            TypeFamily::Char => false,
            TypeFamily::NChar => true,
            _ => continue,
        };
        if n < MIN_LENGTH || !naming::is_variable_text(&column.name) {
            continue;
        }
        // MySQL's NVARCHAR is utf8mb3; its Unicode text is VARCHAR in a utf8mb4 table.
        let variable = match (ctx.dialect(), unicode) {
            (Dialect::MsSql, true) => format!("NVARCHAR({n})"),
            (Dialect::Postgres, _) => format!("varchar({n})"),
            _ => format!("VARCHAR({n})"),
        };
        let severity = if n >= WARNING_LENGTH && ctx.dialect() != Dialect::MySql {
            Severity::Warning
        } else {
            Severity::Info
        };
        let trim = match ctx.dialect() {
            Dialect::MySql => String::new(),
            _ => format!(
                " UPDATE {} SET {c} = RTRIM({c});",
                crate::print::qualified(&fixes::sql_table(ctx), ctx.dialect()),
                c = crate::print::ident(&column.name, ctx.dialect())
            ),
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` is fixed-width `{}` but holds text of varying length, so every value is padded with spaces to {n} characters.",
                column.name, t.raw
            ),
        )
        .key(&column.name)
        .severity(severity)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Use `{variable}` and trim the padding already stored."),
            format!("{}{trim}", fixes::alter_type_sql(ctx, column, &variable)),
        ));
    }
}
