use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for URL, URI and path columns declared shorter than 2048 characters.
    ///
    /// ## Why is this bad?
    /// Real URLs (signed storage links, query strings) and deep paths routinely pass 500
    /// characters; inserts then fail or, with ANSI warnings off, silently truncate.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelMetadata (MetadataId INT PRIMARY KEY, SourceUrl NVARCHAR(500) NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelMetadata (MetadataId INT PRIMARY KEY, SourceUrl NVARCHAR(2048) NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Widening a variable-length string keeps every value. An index key on the column may then
    /// exceed 1700 bytes; keep such columns out of index keys.
    pub META, id = "short-url-column", category = Types, severity = Info
}

const MIN_LENGTH: u32 = 2048;

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let t = &column.data_type;
        let variable = matches!(t.family, TypeFamily::NVarChar | TypeFamily::VarChar);
        let Some(Length::Chars(length)) = t.length else {
            continue;
        };
        if !variable || length >= MIN_LENGTH || !naming::is_url_or_path(&column.name) {
            continue;
        }
        let raw = match ctx.dialect() {
            Dialect::MsSql if t.family == TypeFamily::NVarChar => "NVARCHAR(2048)",
            _ => "VARCHAR(2048)",
        };
        let wider = fixes::data_type(t.family.clone(), raw, Some(Length::Chars(MIN_LENGTH)));
        out.report(
            &[&column.name],
            format!(
                "`{}` holds URLs or paths but allows only {length} characters.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::change_type(
            ctx,
            column,
            format!("Widen `{}` to `{raw}`.", column.name),
            wider,
        ));
    }
}
