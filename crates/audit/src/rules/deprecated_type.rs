use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for SQL Server's deprecated `TEXT`, `NTEXT` and `IMAGE` types, also behind an alias
    /// type the script declares on one (`CREATE TYPE dbo.Notes FROM ntext`). Other dialects are
    /// skipped: `TEXT` is the recommended string type in PostgreSQL.
    ///
    /// In MySQL it checks, for information, tables whose text is stored as `utf8` (an alias
    /// of the deprecated `utf8mb3`), `utf8mb3` or `latin1`, and suggests `utf8mb4`.
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
    /// The replacement types hold the same values; the conversion is in place. A column of an
    /// alias type is only shown the fix: the alias may carry NOT NULL, and parameters and other
    /// columns use it too.
    pub META, id = "deprecated-type", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    match ctx.dialect() {
        Dialect::MsSql => {}
        Dialect::MySql => return check_mysql_charset(ctx, out),
        Dialect::Postgres => return,
    }
    for column in ctx.stored_columns() {
        if let TypeFamily::UserDefined(alias) = &column.data_type.family {
            report_alias(ctx, column, alias, out);
            continue;
        }
        let Some((family, raw)) = replacement(&column.data_type.family) else {
            continue;
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

/// The supported type for a deprecated one.
fn replacement(family: &TypeFamily) -> Option<(TypeFamily, &'static str)> {
    match family {
        TypeFamily::Text => Some((TypeFamily::VarChar, "VARCHAR(MAX)")),
        TypeFamily::NText => Some((TypeFamily::NVarChar, "NVARCHAR(MAX)")),
        TypeFamily::Image => Some((TypeFamily::VarBinary, "VARBINARY(MAX)")),
        _ => None,
    }
}

/// A column of an alias type (`CREATE TYPE dbo.Notes FROM ntext`) declared in the script on a
/// deprecated base type. The alias may carry NOT NULL and other columns and parameters use it,
/// so replacing it is a decision: the fix is only shown.
fn report_alias(
    ctx: &TableContext<'_>,
    column: &schema_audit_ddl::Column,
    alias: &str,
    out: &mut Emitter,
) {
    let name = match alias.rsplit_once('.') {
        Some((schema, bare)) => schema_audit_ddl::QualifiedName {
            schema: Some(schema.to_string()),
            ..schema_audit_ddl::QualifiedName::bare(bare)
        },
        None => schema_audit_ddl::QualifiedName::bare(alias),
    };
    let Some(user_type) = ctx
        .schema
        .schema
        .user_types
        .iter()
        .find(|t| t.name.same_object(&name))
    else {
        return;
    };
    let Some(base) = &user_type.base_type else {
        return;
    };
    let Some((_, raw)) = replacement(&base.family) else {
        return;
    };
    out.report(
        &[&column.name],
        format!(
            "`{}` uses alias type `{}`, declared on the deprecated `{}` type.",
            column.name, column.data_type.raw, base.raw
        ),
    )
    .key(&column.name)
    .line(Some(column.span.line as usize))
    .fix(fixes::manual(
        format!(
            "Use `{raw}`, or an alias declared FROM `{raw}`, instead of `{}`.",
            column.data_type.raw
        ),
        fixes::alter_type_sql(ctx, &as_declared(column, user_type), raw),
    ));
}

/// The column with the alias's NULL or NOT NULL when the column itself says neither.
fn as_declared(
    column: &schema_audit_ddl::Column,
    user_type: &schema_audit_ddl::UserType,
) -> schema_audit_ddl::Column {
    let mut column = column.clone();
    if let (false, Some(nullable)) = (column.nullable_explicit, user_type.nullable) {
        column.nullable = nullable;
    }
    column
}

/// MySQL character sets that cannot hold all of Unicode, with what each lacks.
fn legacy_charset(charset: &str) -> Option<&'static str> {
    match charset
        .trim_matches(|c| c == '\'' || c == '"' || c == '`')
        .to_ascii_lowercase()
        .as_str()
    {
        "utf8" | "utf8mb3" => Some("is deprecated and cannot hold 4-byte characters such as emoji"),
        "latin1" => Some("holds only Western European characters"),
        _ => None,
    }
}

/// The character sets a MySQL table declares: its default and any column's own.
fn declared_charsets(ctx: &TableContext<'_>) -> Vec<String> {
    let mut found: Vec<String> = ctx
        .table
        .options
        .other
        .iter()
        .filter(|o| {
            let option = o.name.to_ascii_uppercase();
            let words: Vec<&str> = option.split_whitespace().collect();
            words.contains(&"CHARSET") || words.windows(2).any(|w| w == ["CHARACTER", "SET"])
        })
        .map(|o| o.value.clone())
        .collect();
    for column in ctx.stored_columns() {
        let raw = column.data_type.raw.to_ascii_lowercase();
        let words: Vec<&str> = raw.split_whitespace().collect();
        for (i, word) in words.iter().enumerate() {
            let charset = match *word {
                "charset" => words.get(i + 1),
                "character" if words.get(i + 1) == Some(&"set") => words.get(i + 2),
                _ => None,
            };
            found.extend(charset.map(|c| c.to_string()));
        }
    }
    found
}

/// MySQL text stored in a character set short of Unicode. One finding per table: the fix
/// converts the whole table.
fn check_mysql_charset(ctx: &TableContext<'_>, out: &mut Emitter) {
    let has_text = ctx.stored_columns().any(|c| c.data_type.is_character());
    if !has_text {
        return;
    }
    let mut legacy: Vec<(String, &str)> = Vec::new();
    for charset in declared_charsets(ctx) {
        let name = charset
            .trim_matches(|c| c == '\'' || c == '"' || c == '`')
            .to_string();
        if let Some(why) = legacy_charset(&name) {
            if !legacy.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
                legacy.push((name, why));
            }
        }
    }
    let Some((_, why)) = legacy.first() else {
        return;
    };
    let charsets = legacy
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(" and ");
    let why = if legacy.len() == 1 {
        why
    } else {
        "cannot hold all of Unicode"
    };
    out.report(
        &[],
        format!(
            "`{}` stores text as {charsets}, which {why}; use `utf8mb4`.",
            ctx.name
        ),
    )
    .key("charset")
    .severity(Severity::Info)
    .fix(fixes::manual(
        "Convert the table to `utf8mb4`.",
        crate::print::advice::convert_to_utf8mb4(&fixes::sql_table(ctx)),
    ));
}
