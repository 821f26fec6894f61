use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for shapes, lists and arrays stored in a short string, e.g.
    /// `TensorShape NVARCHAR(200)` holding `'[768, 768]'`.
    ///
    /// ## Why is this bad?
    /// Every reader re-parses the string by hand, nothing validates its format, and no query can
    /// filter on one element. A JSON array (or a child table) keeps the structure.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, TensorShape NVARCHAR(200) NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, TensorShape JSON NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Existing strings must be valid JSON before conversion, so the fix is only shown; a
    /// persisted computed column (`AS CONVERT(JSON, TensorShape)`) is a gentler first step.
    pub META, id = "structured-string", category = Types, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let t = &column.data_type;
        let short = t.is_character() && matches!(t.length, Some(Length::Chars(_)));
        if !short || !naming::is_structured_string(&column.name) {
            continue;
        }
        let json = fixes::json_type(ctx.dialect());
        out.report(
            &[&column.name],
            format!(
                "`{}` stores a structured value in `{}`; use `{}`.",
                column.name, t.raw, json.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Store `{}` as a JSON array.", column.name),
            crate::print::advice::structured_string_as_json(
                &fixes::sql_table(ctx),
                &column.name,
                &json.raw,
                ctx.dialect(),
            ),
        ));
    }
}
