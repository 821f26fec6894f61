use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for a tenant column with a constant DEFAULT such as `0`.
    ///
    /// It is a warning when the schema declares its tenancy (foreign keys from the tenant
    /// column to a tenant table, or the `tenancy` option), else informational: the constant may
    /// be the schema's own "no tenant" value.
    ///
    /// ## Why is this bad?
    /// An insert that forgets the tenant silently lands in a shared "tenant 0" instead of failing,
    /// and those rows are then visible to whoever owns that id.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, TenantId INT NOT NULL DEFAULT 0);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, TenantId INT NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Dropping the default makes inserts that omit the tenant fail, which is the point; callers
    /// that relied on the default must pass the tenant explicitly.
    pub META, id = "tenant-default-constant", category = Security, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let Some(tenant) = ctx.tenant_column() else {
        return;
    };
    let Some(default) = &tenant.default else {
        return;
    };
    if !is_constant(&default.expression) {
        return;
    }
    let sql = crate::print::advice::set_default(
        &fixes::sql_table(ctx),
        &tenant.name,
        None,
        default.constraint_name.as_deref(),
        ctx.dialect(),
    );
    out.report(
        &[&tenant.name],
        format!(
            "`{}` defaults to the constant `{}`, so rows that omit it land in a shared tenant.",
            tenant.name,
            default.expression.trim()
        ),
    )
    .line(Some(default.span.line as usize))
    // Where the schema declares its tenancy (foreign keys to a tenant table, or the option),
    // a misfiled row crosses a boundary the design enforces; where tenancy is only seen in
    // names, the constant may well be the schema's own "no tenant" value.
    .severity(if ctx.schema.tenancy_is_declared() {
        Severity::Warning
    } else {
        Severity::Info
    })
    .fix(fixes::safe(
        format!(
            "Drop the default on `{}` so every insert names its tenant.",
            tenant.name
        ),
        sql,
        Edit::SetDefault {
            column: tenant.name.clone(),
            expression: None,
        },
    ));
}

/// Whether a default expression is a literal (number or string), ignoring parentheses.
pub(crate) fn is_constant(expression: &str) -> bool {
    let inner = expression
        .trim()
        .trim_matches(|c| c == '(' || c == ')')
        .trim();
    let unquoted = inner.trim_start_matches('N');
    !inner.is_empty()
        && (inner.parse::<f64>().is_ok()
            || unquoted.starts_with('\'') && unquoted.ends_with('\'')
            || inner.eq_ignore_ascii_case("null"))
}
