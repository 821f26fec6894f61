use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for tables holding tenant-owned rows that have no tenant column (by default `TenantId`).
    ///
    /// The finding is a warning instead when every row belongs to a parent row that does carry the
    /// tenant column (a NOT NULL foreign key), so tenancy is inherited but not explicit. Infrastructure
    /// tables (change-capture checkpoints, build records, migrations), history and temp tables are skipped.
    ///
    /// ## Why is this bad?
    /// Queries cannot be scoped to one tenant; one missed filter leaks data across tenants, and
    /// row-level security has nothing to key on.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Invoice (InvoiceId BIGINT PRIMARY KEY, Total DECIMAL(12,2));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Invoice (InvoiceId BIGINT PRIMARY KEY, TenantId INT NOT NULL, Total DECIMAL(12,2));
    /// ```
    ///
    /// ## Fix safety
    /// The revised schema adds the column as `NOT NULL` without a default. On a table with rows, add it
    /// as NULL, backfill it, then make it NOT NULL.
    pub META, id = "tenant-column-missing", category = Security, severity = Critical
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.infrastructure || r.history || r.temporary || r.graph || r.filetable {
        return;
    }
    if ctx.tenant_column().is_some() || !ctx.schema.is_multi_tenant() {
        return;
    }
    let tenant = &ctx.options.tenant_column;
    let tenant_type = ctx.schema.tenant_type();
    let column = fixes::column(tenant, tenant_type.clone(), false, None);
    let sql = format!(
        "ALTER TABLE {} ADD {tenant} {} NULL; -- backfill, then: ALTER TABLE {} ALTER COLUMN {tenant} {} NOT NULL;",
        ctx.name, tenant_type.raw, ctx.name, tenant_type.raw
    );
    let fix = fixes::safe(
        format!("Add a NOT NULL `{tenant}` column."),
        sql,
        Edit::AddColumn(column),
    );
    match inherited_through(ctx) {
        Some(parent) => {
            out.report(
                &[],
                format!(
                    "`{}` has no `{tenant}` column; tenancy is only inherited through its foreign key to `{parent}`.",
                    ctx.name
                ),
            )
            .severity(Severity::Warning)
            .fix(fix);
        }
        None => {
            out.report(
                &[],
                format!(
                    "`{}` holds tenant data but has no `{tenant}` column.",
                    ctx.name
                ),
            )
            .fix(fix);
        }
    }
}

/// The parent table whose tenant column every row inherits, through a NOT NULL foreign key.
fn inherited_through(ctx: &TableContext<'_>) -> Option<String> {
    ctx.table.foreign_keys.iter().find_map(|fk| {
        let required = fk
            .columns
            .iter()
            .all(|c| ctx.column(c).is_some_and(|col| !col.nullable));
        let parent = ctx.schema.table(&fk.referenced_table)?;
        let parent_has_tenant = parent
            .columns
            .iter()
            .any(|c| naming::is_tenant_column(&c.name, &ctx.options.tenant_column));
        (required && parent_has_tenant)
            .then(|| crate::context::display_name(&parent.name, ctx.dialect()))
    })
}
