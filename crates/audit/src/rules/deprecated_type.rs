use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for SQL Server's deprecated `TEXT`, `NTEXT` and `IMAGE` types, also behind an alias
    /// type the script declares on one (`CREATE TYPE dbo.Notes FROM ntext`). Other dialects are
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
    /// The replacement types hold the same values; the conversion is in place. A column of an
    /// alias type is only shown the fix: the alias may carry NOT NULL, and parameters and other
    /// columns use it too.
    pub META, id = "deprecated-type", category = Types, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.is_sql_server() {
        return;
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
