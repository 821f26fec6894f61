use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks, in a multi-tenant schema, for tables holding tenant-owned rows that have no tenant
    /// column (by default `TenantId`, matched in any style: `tenant_id`, `[Tenant ID]`).
    ///
    /// A schema is multi-tenant when the `tenancy` option says so, or when the DDL shows it: a
    /// tenant table (`Tenant`, `tenants`, or the table tenant-column foreign keys point at), or
    /// the tenant column on at least two tables. A single-tenant schema gets no tenant findings.
    ///
    /// The finding is critical when tenancy is declared (the option, or foreign keys from the
    /// tenant column to a tenant table). It is informational when tenancy is only seen in
    /// column names (which tables are shared across tenants is then the designers' call), and
    /// when every row belongs to a parent row that carries the tenant column (a NOT NULL
    /// foreign key), so tenancy is inherited. The tenant table itself, tables shared
    /// across tenants through a junction with it (users with memberships), lookups, vendor,
    /// staging, infrastructure, history and temp tables are skipped.
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
    if ctx.schema.is_tenant_table(ctx.table)
        || matches!(ctx.kind(), TableRole::Lookup | TableRole::Dimension)
        || ctx.schema.shared_with_tenants(ctx.table)
    {
        return;
    }
    let tenant = &new_tenant_column(ctx);
    let tenant_type = fixes::referencing_type(&ctx.schema.tenant_type());
    let column = fixes::column(tenant, tenant_type.clone(), false, None);
    let sql = crate::print::advice::add_tenant_column(
        &fixes::sql_table(ctx),
        tenant,
        &tenant_type.raw,
        ctx.dialect(),
    );
    let fix = fixes::safe(
        format!("Add a NOT NULL `{tenant}` column."),
        sql,
        Edit::AddColumn(Box::new(column)),
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
            .severity(Severity::Info)
            .fix(fix);
        }
        None => {
            let finding = out
                .report(
                    &[],
                    format!(
                        "`{}` holds tenant data but has no `{tenant}` column.",
                        ctx.name
                    ),
                )
                .fix(fix);
            // Only declared tenancy says every table must carry the column; where it is
            // only seen in names, which tables are shared is the designers' call.
            if !ctx.schema.tenancy_is_declared() {
                finding.severity(Severity::Info);
            }
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
        let parent_has_tenant = parent.columns.iter().any(|c| ctx.is_tenant_column(&c.name));
        (required && parent_has_tenant)
            .then(|| crate::context::display_name(&parent.name, ctx.dialect()))
    })
}

/// The tenant column to add: the schema's own spelling when some table has one, else the
/// configured name's words in the schema's style (`tenant_id` in a snake_case schema).
fn new_tenant_column(ctx: &TableContext<'_>) -> String {
    match ctx.schema.tenant_table() {
        Some(existing) => existing.name.clone(),
        None => {
            let words = naming::words_of(&ctx.schema.tenant_column_name);
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            ctx.new_column_name(&refs)
        }
    }
}
