use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for a tenant column that no index leads with.
    ///
    /// ## Why is this bad?
    /// Every tenant-scoped query filters on the tenant first; without an index leading with it,
    /// each such query scans the whole table, and row-level security predicates do the same.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, TenantId INT NOT NULL, ModelName NVARCHAR(200));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, TenantId INT NOT NULL, ModelName NVARCHAR(200));
    /// CREATE INDEX IX_Model_TenantId ON dbo.Model (TenantId);
    /// ```
    ///
    /// ## Fix safety
    /// Adding an index changes no data; it costs write time and space.
    pub META, id = "tenant-not-indexed", category = Indexing, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let Some(tenant) = ctx.tenant_column() else {
        return;
    };
    if ctx.roles.history
        || ctx.roles.columnstore
        || ctx.roles.temporary
        || !ctx.schema.is_multi_tenant()
        || ctx.schema.is_tenant_table(ctx.table)
    {
        return;
    }
    if ctx.has_index_leading_with(&[&tenant.name]) {
        return;
    }
    let fix = fixes::add_index_fix(
        ctx,
        format!("Index `{}` so tenant-scoped queries can seek.", tenant.name),
        &[(&tenant.name, false)],
        false,
        None,
    );
    out.report(
        &[&tenant.name],
        format!("No index of `{}` leads with `{}`.", ctx.name, tenant.name),
    )
    .line(Some(tenant.span.line as usize))
    .fix(fix);
}
