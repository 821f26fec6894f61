use super::prelude::*;
use schema_audit_ddl::DataType;

declare_rule! {
    /// ## What it does
    /// Checks for foreign key columns whose type differs from the column they reference, e.g.
    /// `INT` pointing at a `BIGINT` key. Checked across the whole pasted schema, both for declared
    /// foreign keys and for `...Id` columns that name a table in the script.
    ///
    /// ## Why is this bad?
    /// Joins need an implicit conversion that can defeat index seeks, and once the parent key
    /// passes the smaller type's range, new children cannot reference it at all.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY);
    /// CREATE TABLE dbo.CachedActivation (CacheId BIGINT PRIMARY KEY,
    ///     LayerId INT NOT NULL REFERENCES dbo.ModelLayer (LayerId));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.CachedActivation (CacheId BIGINT PRIMARY KEY,
    ///     LayerId BIGINT NOT NULL REFERENCES dbo.ModelLayer (LayerId));
    /// ```
    ///
    /// ## Fix safety
    /// Widening the referencing column (e.g. INT to BIGINT) keeps every value and is applied in the
    /// revised schema. Narrowing is never proposed automatically.
    pub META, id = "foreign-key-type-mismatch", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for (column, parent, key) in references(ctx) {
        let Some(own) = ctx.column(&column) else {
            continue;
        };
        let Some(target) = parent.column(&key) else {
            continue;
        };
        if same_type(&own.data_type, &target.data_type) || target.computed.is_some() {
            continue;
        }
        let parent_name = crate::context::display_name(&parent.name, ctx.dialect());
        let wanted = fixes::referencing_type(&target.data_type);
        let sql = fixes::alter_type_sql(ctx, own, &wanted.raw);
        let description = format!("Declare `{}` as `{}`.", own.name, wanted.raw);
        let fix = if widens(&own.data_type, &target.data_type) {
            fixes::safe(
                description,
                sql,
                Edit::ChangeType {
                    column: own.name.clone(),
                    data_type: wanted,
                },
            )
        } else {
            fixes::manual(description, sql)
        };
        out.report(
            &[&own.name],
            format!(
                "`{}` is `{}` but references `{parent_name}.{}`, which is `{}`.",
                own.name, own.data_type.raw, target.name, target.data_type.raw
            ),
        )
        .key(&own.name)
        .line(Some(own.span.line as usize))
        .fix(fix);
    }
}

/// Every (column, parent, parent column) pair: declared single-column keys and name matches.
fn references<'a>(ctx: &TableContext<'a>) -> Vec<(String, &'a schema_audit_ddl::Table, String)> {
    let mut out = Vec::new();
    for fk in &ctx.table.foreign_keys {
        let Some(parent) = ctx.schema.table(&fk.referenced_table) else {
            continue;
        };
        let targets = if fk.referenced_columns.is_empty() {
            parent
                .primary_key
                .as_ref()
                .map(|pk| pk.columns.iter().map(|c| c.name.clone()).collect())
                .unwrap_or_default()
        } else {
            fk.referenced_columns.clone()
        };
        for (column, target) in fk.columns.iter().zip(targets) {
            out.push((column.clone(), parent, target));
        }
    }
    for column in ctx.stored_columns() {
        if ctx.foreign_key_of(&column.name).is_some() || ctx.is_surrogate_key(column) {
            continue;
        }
        // Resolving first: most columns name no table, and that test is cheaper than the
        // non-reference substring scan (both are pure, so the order changes nothing else).
        let Some((parent, key)) = ctx.schema.resolve_reference(&column.name, ctx.table) else {
            continue;
        };
        // A reference guessed from a name is only trusted between integer keys: a
        // `VARCHAR(36) account_id` beside a `serial record_id` means some other key of
        // `accounts` (its UUID), not a mismatch.
        let integers = |t: &TypeFamily| {
            matches!(
                t,
                TypeFamily::TinyInt | TypeFamily::SmallInt | TypeFamily::Int | TypeFamily::BigInt
            )
        };
        let target_family = parent.column(&key).map(|c| c.data_type.family.clone());
        if !(integers(&column.data_type.family) && target_family.as_ref().is_some_and(integers)) {
            continue;
        }
        if !naming::is_non_reference_id(&column.name) {
            out.push((column.name.clone(), parent, key));
        }
    }
    out
}

fn same_type(a: &DataType, b: &DataType) -> bool {
    a.family == b.family && a.length == b.length && a.precision == b.precision && a.scale == b.scale
}

/// Whether changing `from` to `to` keeps every value: a wider integer or a longer string.
fn widens(from: &DataType, to: &DataType) -> bool {
    let rank = |t: &DataType| match t.family {
        TypeFamily::TinyInt => Some(1),
        TypeFamily::SmallInt => Some(2),
        TypeFamily::Int => Some(3),
        TypeFamily::BigInt => Some(4),
        _ => None,
    };
    match (rank(from), rank(to)) {
        (Some(a), Some(b)) => a < b,
        _ => {
            from.family == to.family
                && match (from.length, to.length) {
                    (Some(Length::Chars(a)), Some(Length::Chars(b))) => a < b,
                    (Some(Length::Chars(_)), Some(Length::Max)) => true,
                    _ => false,
                }
        }
    }
}
