use super::prelude::*;
use schema_audit_ddl::{ForeignKey, Span};

declare_rule! {
    /// ## What it does
    /// Checks for columns that reference another table by name (`ModelId`, `SourceUsageId`,
    /// `TargetUsageId`, ...) but have no FOREIGN KEY constraint.
    ///
    /// Correlation, session, external and other ids that name no table are skipped, as are history
    /// tables (which cannot have foreign keys) and memory-optimized tables whose parent is not in the
    /// script (they may only reference other memory-optimized tables).
    ///
    /// ## Why is this bad?
    /// Nothing stops a row from pointing at a parent that never existed or was deleted, and the
    /// optimizer cannot use the relationship to simplify joins.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, ModelId INT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, ModelId INT NOT NULL,
    ///     CONSTRAINT FK_ModelLayer_Model FOREIGN KEY (ModelId) REFERENCES dbo.Model (ModelId));
    /// ```
    ///
    /// ## Fix safety
    /// When the referenced table is in the script, the revised schema adds the constraint. Existing
    /// orphan rows make `ALTER TABLE ... ADD CONSTRAINT` fail; find them first. When the parent is not
    /// in the script, its name is a guess and the fix is only shown.
    pub META, id = "foreign-key-missing", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.temporary || ctx.roles.columnstore {
        return;
    }
    for column in ctx.stored_columns() {
        if !is_reference_candidate(ctx, column) {
            continue;
        }
        let resolved = ctx.schema.resolve_reference(&column.name, ctx.table);
        if ctx.roles.memory_optimized
            && !resolved
                .as_ref()
                .is_some_and(|(t, _)| t.options.memory_optimized)
        {
            continue;
        }
        let fix = match &resolved {
            Some((parent, key)) => {
                let parent_name = crate::context::display_name(&parent.name, ctx.dialect());
                let name = format!("FK_{}_{}", ctx.table.name.name, column.name);
                let fk = ForeignKey {
                    name: Some(name.clone()),
                    span: Span::default(),
                    columns: vec![column.name.clone()],
                    referenced_table: parent.name.clone(),
                    referenced_columns: vec![key.clone()],
                    on_delete: None,
                    on_update: None,
                    not_for_replication: false,
                    nocheck: false,
                    disabled: false,
                };
                fixes::safe(
                    format!("Reference `{parent_name}` from `{}`.", column.name),
                    format!(
                        "ALTER TABLE {} ADD CONSTRAINT {name} FOREIGN KEY ({}) REFERENCES {parent_name} ({key});",
                        ctx.name, column.name
                    ),
                    Edit::AddForeignKey(fk),
                )
            }
            None => {
                let stems = naming::referenced_table_candidates(&column.name);
                let guess = stems.last().cloned().unwrap_or_default();
                fixes::manual(
                    format!("Reference the table `{}` points at.", column.name),
                    format!(
                        "ALTER TABLE {} ADD CONSTRAINT FK_{}_{} FOREIGN KEY ({}) REFERENCES dbo.{guess} ({});",
                        ctx.name, ctx.table.name.name, column.name, column.name, column.name
                    ),
                )
            }
        };
        let target = resolved
            .map(|(t, _)| crate::context::display_name(&t.name, ctx.dialect()))
            .unwrap_or_else(|| {
                naming::referenced_table_candidates(&column.name)
                    .last()
                    .cloned()
                    .unwrap_or_default()
            });
        out.report(
            &[&column.name],
            format!(
                "`{}` references `{target}` by name but has no FOREIGN KEY constraint.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}

/// Whether the column looks like a reference: an integer or GUID `...Id` that is not this
/// table's own key, not the tenant column and not a known non-reference id.
fn is_reference_candidate(ctx: &TableContext<'_>, column: &schema_audit_ddl::Column) -> bool {
    let integer_like = matches!(
        column.data_type.family,
        TypeFamily::Int
            | TypeFamily::BigInt
            | TypeFamily::SmallInt
            | TypeFamily::TinyInt
            | TypeFamily::UniqueIdentifier
    );
    // Cheapest tests first; the non-reference substring scan is the costly one.
    integer_like
        && !naming::referenced_table_candidates(&column.name).is_empty()
        && !naming::is_tenant_column(&column.name, &ctx.options.tenant_column)
        && !ctx.is_surrogate_key(column)
        && ctx.foreign_key_of(&column.name).is_none()
        && !naming::is_non_reference_id(&column.name)
        && !is_own_key_name(ctx, &column.name)
        && !super::deprecated_column::is_deprecated(ctx, column)
}

/// `ModelId` in `dbo.Model` names the table's own rows even when it is not the primary key.
fn is_own_key_name(ctx: &TableContext<'_>, column: &str) -> bool {
    naming::referenced_table_candidates(column)
        .first()
        .is_some_and(|stem| stem.eq_ignore_ascii_case(&ctx.table.name.name))
}
