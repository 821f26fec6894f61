use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for SQL Server's deprecated `TEXT`, `NTEXT` and `IMAGE` types. Other dialects are
    /// skipped: `TEXT` is the recommended string type in PostgreSQL.
    ///
    /// ## Why is this bad?
    /// They have been deprecated since SQL Server 2005: most string functions reject them, they
    /// cannot be compared or sorted, and they block online index operations.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Note (NoteId INT PRIMARY KEY, Body NTEXT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Note (NoteId INT PRIMARY KEY, Body NVARCHAR(MAX) NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The replacement types hold the same values; the conversion is in place.
    pub META, id = "deprecated-type", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.is_sql_server() {
        return;
    }
    for column in ctx.stored_columns() {
        let (family, raw) = match column.data_type.family {
            TypeFamily::Text => (TypeFamily::VarChar, "VARCHAR(MAX)"),
            TypeFamily::NText => (TypeFamily::NVarChar, "NVARCHAR(MAX)"),
            TypeFamily::Image => (TypeFamily::VarBinary, "VARBINARY(MAX)"),
            _ => continue,
        };
        let replacement = fixes::data_type(family, raw, Some(Length::Max));
        out.report(
            &[&column.name],
            format!(
                "`{}` uses the deprecated `{}` type.",
                column.name, column.data_type.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::change_type(
            ctx,
            column,
            format!("Use `{raw}`."),
            replacement,
        ));
    }
}
