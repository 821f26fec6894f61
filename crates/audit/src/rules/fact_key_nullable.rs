use super::prelude::*;
use schema_audit_ddl::Column;

declare_rule! {
    /// ## What it does
    /// Checks warehouse fact tables for dimension keys that allow NULL: surrogate keys
    /// (`CustomerKey`) and columns named after a dimension of the schema (`CustomerId` beside
    /// a `Customer` dimension). Keys declared with a foreign key are left to
    /// `foreign-key-nullable`; lineage keys, load ids and source-system ids are not dimension
    /// keys. Nullable measures are reported separately, for information.
    ///
    /// ## Why is this bad?
    /// A fact row with a NULL key belongs to no member of the dimension: inner joins drop it,
    /// so totals by customer or by month quietly disagree with the grand total. Warehouses
    /// point such rows at an "unknown" member (key -1 or 0) instead. NULL measures are skipped
    /// by `SUM` and `AVG` without a word, and `COUNT(measure)` differs from `COUNT(*)`.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.FactSales (SalesKey BIGINT PRIMARY KEY, CustomerKey INT NULL,
    ///     DateKey INT NOT NULL, Amount DECIMAL(19, 4) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.FactSales (SalesKey BIGINT PRIMARY KEY, CustomerKey INT NOT NULL,
    ///     DateKey INT NOT NULL, Amount DECIMAL(19, 4) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The dimension needs its unknown member first, and the NULL keys must be pointed at it
    /// before the column can be NOT NULL, so the fix is only shown.
    pub META, id = "fact-key-nullable", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.kind() != TableRole::Fact {
        return;
    }
    for column in ctx.stored_columns().filter(|c| c.nullable) {
        if !is_dimension_key(ctx, column) {
            continue;
        }
        let unknown = unknown_member(column);
        out.report(
            &[&column.name],
            format!(
                "Fact key `{}` allows NULL, so rows without a dimension member drop out of every join to it.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!(
                "Point NULL keys at the dimension's unknown member, then make `{}` NOT NULL.",
                column.name
            ),
            format!(
                "UPDATE {} SET {} = {unknown} WHERE {} IS NULL; {}",
                ctx.name,
                column.name,
                column.name,
                fixes::set_not_null_sql(ctx, column)
            ),
        ));
    }
    let measures: Vec<&Column> = ctx
        .stored_columns()
        .filter(|c| c.nullable && crate::roles::is_measure(ctx.table, c))
        .collect();
    if measures.is_empty() {
        return;
    }
    let names: Vec<&str> = measures.iter().map(|c| c.name.as_str()).collect();
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let listed = match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    };
    let sql = measures
        .iter()
        .map(|c| fixes::set_not_null_sql(ctx, c))
        .collect::<Vec<_>>()
        .join(" ");
    out.report(
        &names,
        format!(
            "Measure{} {listed} allow{} NULL, which `SUM`, `AVG` and `COUNT` skip silently.",
            if names.len() == 1 { "" } else { "s" },
            if names.len() == 1 { "s" } else { "" },
        ),
    )
    .key("measures")
    .severity(Severity::Info)
    .fix(fixes::manual(
        "Make each measure NOT NULL if every row has a value for it (0 when nothing was measured); keep NULL only where it means \"not applicable\".",
        sql,
    ));
}

/// A column that points at a dimension and is not already a declared foreign key: named as a
/// surrogate key (`CustomerKey`), or named after a table of the schema that is a dimension.
/// An `..._ID` that leads nowhere (an upload or batch id) is not a dimension key.
fn is_dimension_key(ctx: &TableContext<'_>, column: &Column) -> bool {
    let name = &column.name;
    if ctx.foreign_key_of(name).is_some()
        || ctx.in_primary_key(name)
        || column.identity.is_some()
        || naming::is_lineage_column(name)
        || naming::is_non_reference_id(name)
    {
        return false;
    }
    naming::is_surrogate_key_name(name)
        || ctx
            .schema
            .resolve_reference(name, ctx.table)
            .is_some_and(|(table, _)| ctx.schema.role_kind_of(table) == TableRole::Dimension)
}

/// The key of the unknown member, by the key's type.
fn unknown_member(column: &Column) -> &'static str {
    match column.data_type.family {
        // TINYINT has no negative values.
        TypeFamily::TinyInt => "0",
        TypeFamily::Int
        | TypeFamily::BigInt
        | TypeFamily::SmallInt
        | TypeFamily::Decimal
        | TypeFamily::Numeric => "-1",
        _ => "/* the unknown member's key */",
    }
}
