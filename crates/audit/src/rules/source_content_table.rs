use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Reports tables whose every column (apart from keys) is source content: text, JSON or
    /// small scalar metadata that the atom store should hold, as with a `ModelMetadata` extension
    /// table. See the report's atomization section for the column-by-column verdicts.
    ///
    /// ## Why is this bad?
    /// Content kept in bespoke tables is not deduplicated, not content-addressable and not
    /// reachable through the atom graph; each such table is a second, weaker copy of the model.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelMetadata (MetadataId INT IDENTITY PRIMARY KEY, ModelId INT NOT NULL,
    ///     License NVARCHAR(100) NULL, SourceUrl NVARCHAR(500) NULL, SupportedTasks JSON NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// -- Store License, SourceUrl and SupportedTasks as atoms, composed under the model's atom:
    /// -- AtomComposition(ParentAtomId = <model metadata atom>, ComponentAtomId = <each atom>)
    /// ```
    ///
    /// ## Fix safety
    /// Eliminating a table is a migration, so the fix is only shown.
    pub META, id = "source-content-table", category = Architecture, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let (verdict, columns) = crate::atomization::judge(ctx);
    if verdict != crate::atomization::TableVerdict::AtomizeAll {
        return;
    }
    let atoms: Vec<&str> = columns
        .iter()
        .filter(|c| c.verdict == crate::atomization::ColumnVerdictKind::Atom)
        .map(|c| c.column.as_str())
        .collect();
    out.report(
        &atoms,
        format!(
            "`{}` stores only source content; it should be atoms composed under its parent, not a table.",
            ctx.name
        ),
    )
    .fix(fixes::manual(
        "Move the content into atoms and drop the table.",
        format!("-- Atomize {} into dbo.Atom + dbo.AtomComposition, then DROP TABLE {};", atoms.join(", "), ctx.name),
    ));
}
