use super::prelude::*;
use schema_audit_ddl::IndexKind;

declare_rule! {
    /// ## What it does
    /// Checks spatial indexes that leave `CELLS_PER_OBJECT` at its default (16), and GEOMETRY
    /// indexes whose hard-coded `BOUNDING_BOX` no comment explains. SQL Server only: MySQL's
    /// SPATIAL indexes (R-trees) and PostGIS GiST indexes have no tessellation grid to tune.
    ///
    /// ## Why is this bad?
    /// With 16 cells per object, large or detailed shapes are approximated coarsely and the
    /// primary filter passes many false positives to the expensive secondary filter. Objects
    /// outside the bounding box all land in one cell, so a box that the data outgrew silently
    /// turns the index into a scan.
    ///
    /// ## Example
    /// ```sql
    /// CREATE SPATIAL INDEX SIX_T_Shape ON dbo.T (Shape) WITH (BOUNDING_BOX = (0, 0, 10000, 10000));
    /// ```
    /// Use instead:
    /// ```sql
    /// -- Tensor coordinates never exceed 10000 x 10000 (see ingestion limits).
    /// CREATE SPATIAL INDEX SIX_T_Shape ON dbo.T (Shape)
    ///     WITH (BOUNDING_BOX = (0, 0, 10000, 10000), CELLS_PER_OBJECT = 64);
    /// ```
    ///
    /// ## Fix safety
    /// Setting `CELLS_PER_OBJECT = 64` rebuilds the index and changes no data. The bounding box
    /// is the data owner's call and is only reported.
    pub META, id = "spatial-index-untuned", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    // The tessellation grid is SQL Server's; a MySQL SPATIAL index (an R-tree) has none.
    if !ctx.is_sql_server() {
        return;
    }
    for index in ctx
        .table
        .indexes
        .iter()
        .filter(|i| i.kind == IndexKind::Spatial)
    {
        let name = index.name.clone().unwrap_or_default();
        let columns: Vec<&str> = index.columns.iter().map(|c| c.name.as_str()).collect();
        if index.option("CELLS_PER_OBJECT").is_none() {
            let option = fixes::option("CELLS_PER_OBJECT", "64");
            out.report(
                &columns,
                format!("Spatial index `{name}` uses the default `CELLS_PER_OBJECT` of 16."),
            )
            .key(&format!("{name}:cells"))
            .line(Some(index.span.line as usize))
            .fix(fixes::safe(
                format!("Rebuild `{name}` with `CELLS_PER_OBJECT = 64`."),
                crate::print::advice::spatial_index_cells(&fixes::sql_table(ctx), &name, 64),
                Edit::SetIndexOption {
                    index: name.clone(),
                    option,
                },
            ));
        }
        if let Some(bbox) = index.option("BOUNDING_BOX") {
            if !is_documented(ctx, index) {
                out.report(
                    &columns,
                    format!(
                        "Spatial index `{name}` hard-codes `BOUNDING_BOX = {bbox}` without a comment stating the assumption."
                    ),
                )
                .key(&format!("{name}:bounding-box"))
                .severity(Severity::Info)
                .line(Some(index.span.line as usize));
            }
        }
    }
}

/// Whether a comment on the index (or, since a comment before `CREATE SPATIAL INDEX` may be
/// attached to the table, on the table) explains the box.
fn is_documented(ctx: &TableContext<'_>, index: &schema_audit_ddl::Index) -> bool {
    let explains = |text: &str| {
        let t = text.to_ascii_lowercase();
        t.contains("bound") || t.contains("box") || t.contains("extent") || t.contains("assum")
    };
    index.comments.iter().any(|c| explains(&c.text))
        || index.description.as_deref().is_some_and(explains)
        || ctx.table.comments.iter().any(|c| explains(&c.text))
}
