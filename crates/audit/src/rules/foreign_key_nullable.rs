use super::prelude::*;
use schema_audit_ddl::ReferentialAction;

declare_rule! {
    /// ## What it does
    /// Checks for nullable foreign key columns whose rows are meaningless without the parent:
    /// a child table named after its parent (`OrderLine` -> `Order`, `order_items` ->
    /// `orders`), either side of a junction, and a fact's keys to its dimensions.
    ///
    /// Any other nullable foreign key may well be optional on purpose (an unassigned issue, a
    /// product without a model), so it is only informational. Keys declared
    /// `ON DELETE SET NULL`, self-references (the root of a hierarchy has no parent) and columns
    /// named as optional links (`Parent...`, `Previous...`, `Replaced...`) are not reported.
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

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.temporary {
        return;
    }
    for fk in &ctx.table.foreign_keys {
        let self_reference = crate::context::same_table(&fk.referenced_table, &ctx.table.name);
        if fk.on_delete == Some(ReferentialAction::SetNull) || self_reference {
            continue;
        }
        let mandatory = is_mandatory(ctx, fk);
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
            .severity(if mandatory { Severity::Warning } else { Severity::Info })
            .line(Some(column.span.line as usize))
            .fix(fixes::manual(
                format!("Make `{}` NOT NULL once no NULLs remain.", column.name),
                fixes::set_not_null_sql(ctx, column),
            ));
        }
    }
}

/// Whether the relationship is one the row cannot exist without, judged from the table's role
/// and name rather than assumed for every key.
fn is_mandatory(ctx: &TableContext<'_>, fk: &schema_audit_ddl::ForeignKey) -> bool {
    use crate::roles::TableRole;
    match ctx.kind() {
        TableRole::Junction | TableRole::Fact | TableRole::Extension => true,
        TableRole::Entity => naming::is_child_of(&ctx.table.name.name, &fk.referenced_table.name),
        _ => false,
    }
}

fn is_optional_by_name(column: &str) -> bool {
    naming::is_optional_reference(column)
}
