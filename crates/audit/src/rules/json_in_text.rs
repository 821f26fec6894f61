use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for `NVARCHAR(MAX)` and `VARCHAR(MAX)` columns that hold JSON, judged by name
    /// (`MetadataJson`, `Config`, `Payload`, ...) or by an `ISJSON` CHECK constraint.
    ///
    /// It is a warning when a CHECK (`ISJSON`) already proves the column holds JSON, or when
    /// a SQL Server column's name says `Json` (it is then unvalidated or should be native), and
    /// informational when only a document noun suggests it, or in PostgreSQL and MySQL, where an
    /// opaque payload only the application reads may fairly stay text.
    ///
    /// ## Why is this bad?
    /// Text is parsed again by every `JSON_VALUE` call, is not validated unless a CHECK says so,
    /// and takes more space than the native type. SQL Server 2025 has a native `JSON` type,
    /// PostgreSQL has `jsonb` and MySQL has `JSON`.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.CdcCheckpoint (CheckpointId BIGINT PRIMARY KEY, MetadataJson NVARCHAR(MAX) NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.CdcCheckpoint (CheckpointId BIGINT PRIMARY KEY, MetadataJson JSON NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Converting fails on rows that are not valid JSON. The revised schema converts columns that
    /// are named JSON or checked with `ISJSON`; for columns guessed by name alone the fix is shown only.
    pub META, id = "json-in-text", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let family = &column.data_type.family;
        let max_text = matches!(family, TypeFamily::NVarChar | TypeFamily::VarChar)
            && column.data_type.length == Some(Length::Max)
            || matches!(family, TypeFamily::Text) && ctx.dialect() != Dialect::MsSql;
        if !max_text {
            continue;
        }
        let checked = has_isjson_check(ctx, &column.name);
        let named_json = naming::says_json(&column.name);
        if !(checked || naming::is_json_name(&column.name)) {
            continue;
        }
        let json = fixes::json_type(ctx.dialect());
        let sql = fixes::alter_type_sql(ctx, column, &json.raw);
        let description = format!("Store `{}` as native `{}`.", column.name, json.raw);
        // A default written for text (`''`, `'{}'`) may not convert, so a column with one
        // needs a look first.
        let fix = if (checked || named_json) && column.default.is_none() {
            fixes::safe(
                description,
                sql,
                Edit::ChangeType {
                    column: column.name.clone(),
                    data_type: json.clone(),
                },
            )
        } else {
            fixes::manual(description, sql)
        };
        let why = if checked {
            "is checked with `ISJSON`"
        } else {
            "holds JSON by its name"
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` {why} but is `{}` instead of the native `{}` type.",
                column.name, column.data_type.raw, json.raw
            ),
        )
        .key(&column.name)
        // A document the database already validates as JSON is queried as JSON: the native
        // type is the fix. In SQL Server, where the native type is new (2025), a column that
        // calls itself JSON is either checked with ISJSON or unvalidated: either way it is
        // worth fixing. One that is only named so may be an opaque payload the
        // application alone reads, where text is a fair choice.
        .severity(if checked || named_json && ctx.is_sql_server() {
            Severity::Warning
        } else {
            Severity::Info
        })
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}

fn has_isjson_check(ctx: &TableContext<'_>, column: &str) -> bool {
    ctx.table.checks.iter().any(|c| {
        c.expression.to_ascii_lowercase().contains("isjson")
            && crate::context::contains_word(&c.expression, column)
    })
}
