use super::prelude::*;
use crate::print::advice;
use schema_audit_ddl::IndexKind;

declare_rule! {
    /// ## What it does
    /// Checks for `GEOMETRY` and `GEOGRAPHY` columns (PostGIS included) with no spatial index,
    /// and suggests the dialect's: a gridded SPATIAL index in SQL Server, GiST in PostgreSQL,
    /// a SPATIAL (R-tree) index in MySQL.
    ///
    /// ## Why is this bad?
    /// `STIntersects`, `STDistance` and friends evaluate every row without one; spatial
    /// predicates are the most expensive per row that SQL Server has.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, WeightsGeometry GEOMETRY NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, WeightsGeometry GEOMETRY NULL);
    /// CREATE SPATIAL INDEX SIX_ModelLayer_WeightsGeometry ON dbo.ModelLayer (WeightsGeometry)
    ///     WITH (BOUNDING_BOX = (-1000, -1000, 1000, 1000), CELLS_PER_OBJECT = 64);
    /// ```
    ///
    /// ## Fix safety
    /// A GEOMETRY index needs a bounding box that covers the data, which only its owner knows,
    /// so the fix is only shown. GEOGRAPHY needs no box.
    pub META, id = "spatial-index-missing", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.memory_optimized {
        return;
    }
    for column in &ctx.table.columns {
        let family = &column.data_type.family;
        let spatial = matches!(family, TypeFamily::Geometry | TypeFamily::Geography)
            || column.computed.as_ref().is_some_and(|c| {
                let e = c.expression.to_ascii_lowercase();
                e.contains("geometry::") || e.contains("geography::")
            });
        if !spatial || has_spatial_index(ctx, &column.name) {
            continue;
        }
        let name = format!("SIX_{}_{}", ctx.table.name.name, column.name);
        let sql = advice::spatial_index(
            &fixes::sql_table(ctx),
            &name,
            &column.name,
            *family == TypeFamily::Geography,
            ctx.dialect(),
        );
        out.report(
            &[&column.name],
            format!("Spatial column `{}` has no spatial index.", column.name),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Add a spatial index on `{}`.", column.name),
            sql,
        ));
    }
}

fn has_spatial_index(ctx: &TableContext<'_>, column: &str) -> bool {
    ctx.table.indexes.iter().any(|i| {
        i.columns
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(column))
            && (i.kind == IndexKind::Spatial
                || i.extra
                    .iter()
                    .any(|e| e.value.to_ascii_lowercase().contains("gist")))
    })
}
