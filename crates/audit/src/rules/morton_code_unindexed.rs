use super::prelude::*;
use naming::LookupKind;

declare_rule! {
    /// ## What it does
    /// Checks for Morton, Hilbert and other space-filling-curve (Z-order) key columns with no
    /// index.
    ///
    /// ## Why is this bad?
    /// A Z-order code exists to turn multi-dimensional range queries into 1-D range scans; without
    /// an index on it, every such query scans the table and the column is dead weight.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, MortonCode BIGINT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, MortonCode BIGINT NULL);
    /// CREATE INDEX IX_ModelLayer_MortonCode ON dbo.ModelLayer (MortonCode) WHERE MortonCode IS NOT NULL;
    /// ```
    ///
    /// ## Fix safety
    /// Adding an index changes no data.
    pub META, id = "morton-code-unindexed", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.columnstore {
        return;
    }
    for column in ctx.stored_columns() {
        if !matches!(ctx.lookup_kind(column), Some(LookupKind::SpatialKey)) {
            continue;
        }
        if ctx.column_is_indexed_anywhere(&column.name) {
            continue;
        }
        let filter = (column.nullable && !ctx.roles.memory_optimized)
            .then(|| format!("{} IS NOT NULL", column.name));
        let fix = fixes::add_index_fix(
            ctx,
            format!("Index `{}` for Z-order range scans.", column.name),
            &[(&column.name, false)],
            false,
            filter,
        );
        out.report(
            &[&column.name],
            format!(
                "Z-order key `{}` has no index, so range queries over it scan the table.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}
