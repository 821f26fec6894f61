use super::prelude::*;
use naming::LookupKind;

declare_rule! {
    /// ## What it does
    /// Checks for columns that queries filter or sort on by their nature, with no index at all:
    /// the table's name column (`Name`, `ModelName` in `Model`), last-used timestamps and active
    /// flags. Suggests filtered indexes where an active flag exists. (Z-order codes have their own
    /// rule, `morton-code-unindexed`.)
    ///
    /// ## Why is this bad?
    /// "Find by name", "recently used" and "active only" are the commonest queries an application
    /// runs; without an index each one scans the table.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, ModelName NVARCHAR(200) NOT NULL,
    ///     LastUsed DATETIME2 NULL, IsActive BIT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, ModelName NVARCHAR(200) NOT NULL,
    ///     LastUsed DATETIME2 NULL, IsActive BIT NOT NULL);
    /// CREATE INDEX IX_Model_ModelName ON dbo.Model (ModelName) WHERE IsActive = 1;
    /// CREATE INDEX IX_Model_LastUsed ON dbo.Model (LastUsed DESC) WHERE IsActive = 1;
    /// ```
    ///
    /// ## Fix safety
    /// Adding an index changes no data.
    pub META, id = "lookup-column-unindexed", category = Indexing, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.history
        || r.columnstore
        || r.temporary
        || r.cache
        || r.log_like
        || ctx.kind().is_warehouse()
    {
        return;
    }
    // Each column's name is classified once, for the active-flag search and the loop alike.
    let kinds: Vec<(&schema_audit_ddl::Column, Option<LookupKind>)> = ctx
        .stored_columns()
        .map(|c| (c, ctx.lookup_kind(c)))
        .collect();
    let active = kinds
        .iter()
        .find(|(_, kind)| matches!(kind, Some(LookupKind::ActiveFlag)))
        .map(|(c, _)| *c);
    for (column, kind) in kinds {
        let Some(kind) = own_lookup_kind(ctx, &column.name, kind) else {
            continue;
        };
        if ctx.column_is_indexed_anywhere(&column.name) || column.data_type.is_lob() {
            continue;
        }
        let active_filter = active
            .filter(|a| !a.name.eq_ignore_ascii_case(&column.name))
            .map(|a| fixes::flag_set_filter(ctx, a));
        let (keys, filter, what): (Vec<(&str, bool)>, Option<String>, &str) = match kind {
            LookupKind::Name => (
                vec![(&column.name, false)],
                active_filter,
                "looked up by name",
            ),
            LookupKind::LastUsed => (
                vec![(&column.name, true)],
                active_filter,
                "sorted by recency",
            ),
            LookupKind::SpatialKey => continue,
            LookupKind::ActiveFlag => match ctx.tenant_column() {
                Some(tenant) => (
                    vec![(&tenant.name, false), (&column.name, false)],
                    None,
                    "filtered on",
                ),
                None => continue,
            },
        };
        let filter = if ctx.roles.memory_optimized {
            None
        } else {
            filter
        };
        let fix = fixes::add_index_fix(
            ctx,
            format!("Index `{}`.", column.name),
            &keys,
            false,
            filter,
        );
        out.report(
            &[&column.name],
            format!(
                "`{}` is typically {what} but no index covers it.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}

/// Name columns count only when they name the table's own rows (`Name`, `ModelName` in `Model`).
fn own_lookup_kind(
    ctx: &TableContext<'_>,
    column: &str,
    kind: Option<LookupKind>,
) -> Option<LookupKind> {
    match kind? {
        LookupKind::Name => {
            naming::is_own_name_column(column, &ctx.table.name.name).then_some(LookupKind::Name)
        }
        other => Some(other),
    }
}
