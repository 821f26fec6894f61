use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for clustered keys wider than 16 bytes, estimating the width from the column types
    /// (e.g. a 6-column composite key of BIGINT and INT columns is 28 bytes).
    ///
    /// It is a warning only on entity, fact and log tables with two or more nonclustered
    /// indexes or unique constraints (each carries the clustered key); elsewhere it is
    /// informational. PostgreSQL has no clustered index, and a junction's composite key is its
    /// identity, so neither is reported. In MySQL the primary key is InnoDB's clustered key,
    /// and the suggested surrogate is `AUTO_INCREMENT`.
    ///
    /// ## Why is this bad?
    /// Every nonclustered index stores the clustered key in each row, so a wide key multiplies
    /// into every index, and wide keys fill fewer rows per page at every level of the tree.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Coefficient (AtomId BIGINT NOT NULL, ModelId INT NOT NULL, LayerIdx INT NOT NULL,
    ///     X INT NOT NULL, Y INT NOT NULL, Z INT NOT NULL,
    ///     CONSTRAINT PK_Coefficient PRIMARY KEY CLUSTERED (AtomId, ModelId, LayerIdx, X, Y, Z));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Coefficient (CoefficientId BIGINT IDENTITY NOT NULL, AtomId BIGINT NOT NULL,
    ///     ModelId INT NOT NULL, LayerIdx INT NOT NULL, X INT NOT NULL, Y INT NOT NULL, Z INT NOT NULL,
    ///     CONSTRAINT PK_Coefficient PRIMARY KEY CLUSTERED (CoefficientId),
    ///     CONSTRAINT UQ_Coefficient UNIQUE NONCLUSTERED (AtomId, ModelId, LayerIdx, X, Y, Z));
    /// ```
    ///
    /// ## Fix safety
    /// Re-keying a table rebuilds it and every index, and changes what foreign keys point at, so
    /// the fix is only shown.
    pub META, id = "wide-clustered-key", category = Indexing, severity = Warning
}

pub(crate) const MAX_KEY_BYTES: u32 = 16;

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    // PostgreSQL has no clustered index; a junction's key is its identity, and its width is
    // the price of the lookup both ways.
    if ctx.dialect() == Dialect::Postgres
        || matches!(ctx.kind(), TableRole::Junction | TableRole::History)
    {
        return;
    }
    let Some(key) = ctx.clustered_key() else {
        return;
    };
    let Some(width) = key_width(ctx, &key) else {
        return;
    };
    if width <= MAX_KEY_BYTES {
        return;
    }
    let table = &ctx.table.name.name;
    // Every nonclustered index carries the clustered key; with few of them, or on a small
    // reference table, the width costs little.
    let nonclustered = ctx
        .table
        .indexes
        .iter()
        .filter(|i| i.kind == schema_audit_ddl::IndexKind::NonClustered)
        .count()
        + ctx.table.unique_constraints.len();
    let costly = nonclustered >= 2
        && matches!(
            ctx.kind(),
            TableRole::Entity | TableRole::Fact | TableRole::Log
        );
    // InnoDB allows one AUTO_INCREMENT column: a table that has one keeps it as the key.
    let existing = ctx
        .table
        .columns
        .iter()
        .find(|c| c.identity.is_some())
        .filter(|_| ctx.dialect() == Dialect::MySql);
    let (surrogate, description) = match ctx.dialect() {
        Dialect::MySql if existing.is_some() => (
            existing.map(|c| c.name.clone()).unwrap_or_default(),
            "Key the table on its AUTO_INCREMENT column and keep the composite as a UNIQUE key.",
        ),
        Dialect::MySql => (
            ctx.new_column_name(&["id"]),
            "Key the table on a narrow BIGINT AUTO_INCREMENT surrogate and keep the composite as a UNIQUE key.",
        ),
        _ => (
            format!("{table}Key"),
            "Cluster on a narrow BIGINT surrogate and keep the composite as a UNIQUE NONCLUSTERED key.",
        ),
    };
    let key: Vec<String> = key.iter().map(|c| c.to_string()).collect();
    out.report(
        &key.iter().map(String::as_str).collect::<Vec<_>>(),
        format!(
            "The clustered key of `{}` ({} column{}) is about {width} bytes, wider than {MAX_KEY_BYTES}.",
            ctx.name,
            key.len(),
            if key.len() == 1 { "" } else { "s" }
        ),
    )
    .severity(if costly { Severity::Warning } else { Severity::Info })
    .fix(fixes::manual(
        description,
        crate::print::advice::recluster_on_surrogate(
            &fixes::sql_table(ctx),
            &surrogate,
            &key,
            existing.is_some(),
            ctx.dialect(),
        ),
    ));
}

/// The estimated key width in bytes; unknown widths count as 8.
pub(crate) fn key_width(ctx: &TableContext<'_>, key: &[&str]) -> Option<u32> {
    let mut total = 0u32;
    for name in key {
        let column = ctx.column(name)?;
        total = total.saturating_add(column.data_type.byte_width_estimate().unwrap_or(8));
    }
    Some(total)
}
