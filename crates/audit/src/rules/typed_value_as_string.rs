use super::prelude::*;
use crate::naming::NamedValue;

declare_rule! {
    /// ## What it does
    /// Checks for character columns whose name says they hold a date, a timestamp or a number:
    /// `OrderDate VARCHAR(20)`, `created_at TEXT`, `Quantity NVARCHAR(10)`. SQL Server's
    /// large-object columns (`MAX`, `TEXT`) hold documents, not values, and are not reported;
    /// nor are deprecated columns or the history tables of system-versioned tables, which
    /// follow their current table.
    ///
    /// ## Why is this bad?
    /// Nothing stops `'2024-02-30'`, `'n/a'` or `'1,5'` from being stored; text sorts `'10'`
    /// before `'9'` and `'01/02/2024'` after `'2023-12-31'`; range queries and sums need a cast
    /// on every row, which also keeps indexes from being used; and the format depends on
    /// whoever wrote the row.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.OrderHeader (OrderId INT PRIMARY KEY, OrderDate VARCHAR(20) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.OrderHeader (OrderId INT PRIMARY KEY, OrderDate DATE NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The conversion fails on the first value that does not parse, and text in a
    /// locale-dependent format may parse wrongly, so the data needs cleaning first and the fix
    /// is only shown.
    pub META, id = "typed-value-as-string", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.kind() == TableRole::Vendor {
        return;
    }
    for column in ctx.stored_columns() {
        if !is_short_string(ctx, &column.data_type) || ctx.is_deprecated(column) {
            continue;
        }
        let Some(value) = naming::named_value(&column.name) else {
            continue;
        };
        let (what, harm) = match value {
            NamedValue::Date | NamedValue::Timestamp => (
                "a date",
                "nothing stops invalid dates and range queries compare text",
            ),
            NamedValue::WholeNumber | NamedValue::Decimal => (
                "a number",
                "nothing stops non-numbers and `'10'` sorts before `'9'`",
            ),
        };
        let target = target_type(ctx.dialect(), value);
        out.report(
            &[&column.name],
            format!(
                "`{}` holds {what} in `{}`, so {harm}.",
                column.name, column.data_type.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!(
                "Store `{}` as `{target}` once every value parses.",
                column.name
            ),
            fixes::alter_type_sql(ctx, column, target),
        ));
    }
}

/// A character type that holds values rather than documents. In SQL Server, `MAX` and the
/// deprecated `TEXT` types are large objects; PostgreSQL's `text` and unbounded `varchar` are
/// its ordinary string types.
fn is_short_string(ctx: &TableContext<'_>, t: &schema_audit_ddl::DataType) -> bool {
    if !ctx.is_sql_server() {
        return t.is_character();
    }
    matches!(
        t.family,
        TypeFamily::Char | TypeFamily::NChar | TypeFamily::VarChar | TypeFamily::NVarChar
    ) && t.length != Some(Length::Max)
}

/// The type the value should have, in the dialect.
fn target_type(dialect: Dialect, value: NamedValue) -> &'static str {
    match (dialect, value) {
        (Dialect::Postgres, NamedValue::Date) => "date",
        (_, NamedValue::Date) => "DATE",
        (Dialect::MsSql, NamedValue::Timestamp) => "DATETIME2(3)",
        (Dialect::Postgres, NamedValue::Timestamp) => "timestamptz",
        (Dialect::MySql, NamedValue::Timestamp) => "DATETIME(6)",
        (Dialect::Postgres, NamedValue::WholeNumber) => "integer",
        (_, NamedValue::WholeNumber) => "INT",
        (Dialect::MsSql, NamedValue::Decimal) => "DECIMAL(19, 4)",
        (Dialect::Postgres, NamedValue::Decimal) => "numeric(19,4)",
        (Dialect::MySql, NamedValue::Decimal) => "DECIMAL(19,4)",
    }
}
