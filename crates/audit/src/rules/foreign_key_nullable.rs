use super::prelude::*;
use schema_audit_ddl::ReferentialAction;

declare_rule! {
    /// ## What it does
    /// Checks for nullable foreign key columns whose rows are meaningless without the parent.
    /// Keys declared `ON DELETE SET NULL`, and columns named as optional links (`Parent...`,
    /// `Previous...`, `Replaced...`), are taken to be optional on purpose.
    ///
    /// ## Why is this bad?
    /// A NULL parent makes an orphan the constraint cannot catch: the row belongs to nothing, and
    /// joins silently drop it.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT PRIMARY KEY,
    ///     ModelId INT NULL REFERENCES dbo.Model (ModelId));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT PRIMARY KEY,
    ///     ModelId INT NOT NULL REFERENCES dbo.Model (ModelId));
    /// ```
    ///
    /// ## Fix safety
    /// Making the column NOT NULL fails while NULLs exist; they need a parent or deleting first,
    /// so the fix is only shown.
    pub META, id = "foreign-key-nullable", category = Integrity, severity = Warning
}

const OPTIONAL_PREFIXES: [&str; 10] = [
    "parent",
    "previous",
    "next",
    "replaced",
    "superseded",
    "optional",
    "manager",
    "default",
    "last",
    "alternate",
];

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for fk in &ctx.table.foreign_keys {
        if fk.on_delete == Some(ReferentialAction::SetNull) {
            continue;
        }
        for name in &fk.columns {
            let Some(column) = ctx.column(name) else {
                continue;
            };
            if !column.nullable || is_optional_by_name(&column.name) {
                continue;
            }
            let parent = crate::context::display_name(&fk.referenced_table, ctx.dialect());
            out.report(
                &[&column.name],
                format!(
                    "Foreign key column `{}` allows NULL, so rows can exist without their `{parent}`.",
                    column.name
                ),
            )
            .key(&column.name)
            .line(Some(column.span.line as usize))
            .fix(fixes::manual(
                format!("Make `{}` NOT NULL once no NULLs remain.", column.name),
                format!(
                    "ALTER TABLE {} ALTER COLUMN {} {} NOT NULL;",
                    ctx.name, column.name, column.data_type.raw
                ),
            ));
        }
    }
}

fn is_optional_by_name(column: &str) -> bool {
    naming::words(column)
        .first()
        .is_some_and(|w| OPTIONAL_PREFIXES.contains(&w.as_str()))
}
