use super::prelude::*;
use crate::print::advice;
use schema_audit_ddl::{Clustering, KeyConstraint};

declare_rule! {
    /// ## What it does
    /// Checks SQL Server tables that have a primary key but no clustered index of any kind,
    /// e.g. `PRIMARY KEY NONCLUSTERED` and no `CREATE CLUSTERED INDEX`: the rows are a heap.
    /// Tables without a primary key are left to `primary-key-missing`; memory-optimized,
    /// columnstore and temporary tables have no heap to speak of; staging, log and queue tables
    /// are often heaps on purpose, for bulk loads and appends.
    ///
    /// ## Why is this bad?
    /// An update that widens a row moves it and leaves a forwarding pointer behind, so scans
    /// read pages twice; every lookup through the primary key ends in a RID lookup; and the
    /// space of deleted rows is not reclaimed until the heap is rebuilt.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT NOT NULL
    ///     CONSTRAINT PK_Customer PRIMARY KEY NONCLUSTERED, Name NVARCHAR(100) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Customer (CustomerId INT NOT NULL
    ///     CONSTRAINT PK_Customer PRIMARY KEY CLUSTERED, Name NVARCHAR(100) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Rebuilding the primary key as CLUSTERED means dropping it, and with it the foreign keys
    /// that reference it, and rewriting the table; a key of random GUIDs should not be the
    /// clustered key at all. So the fix is only shown.
    pub META, id = "heap-table", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.is_sql_server() || ctx.table.external {
        return;
    }
    let r = ctx.roles;
    if r.memory_optimized || r.columnstore || r.temporary || r.filetable {
        return;
    }
    if matches!(
        ctx.kind(),
        TableRole::Staging | TableRole::Log | TableRole::Queue | TableRole::Scratch
    ) {
        return;
    }
    let Some(pk) = &ctx.table.primary_key else {
        return;
    };
    let clustered_unique = ctx
        .table
        .unique_constraints
        .iter()
        .any(|u| u.clustering == Clustering::Clustered);
    if !ctx.is_heap() || clustered_unique {
        return;
    }
    let severity = match ctx.kind() {
        TableRole::Entity
        | TableRole::Lookup
        | TableRole::Junction
        | TableRole::Extension
        | TableRole::Dimension => Severity::Warning,
        _ => Severity::Info,
    };
    out.report(
        &[],
        format!(
            "`{}` has a nonclustered primary key and no clustered index, so it is a heap: updates leave forwarded records and key lookups end in RID lookups.",
            ctx.name
        ),
    )
    .line(Some(pk.span.line as usize))
    .severity(severity)
    .fix(cluster_fix(ctx, pk));
}

/// Cluster the primary key, unless it leads with a random GUID: then cluster an
/// ever-increasing column instead, when the table has one.
fn cluster_fix(ctx: &TableContext<'_>, pk: &KeyConstraint) -> crate::finding::Fix {
    let table = &ctx.table.name.name;
    let key: Vec<&str> = pk.columns.iter().map(|c| c.name.as_str()).collect();
    let random_guid = key.first().and_then(|c| ctx.column(c)).is_some_and(|c| {
        c.data_type.family == TypeFamily::UniqueIdentifier
            && !c.default.as_ref().is_some_and(|d| {
                d.expression
                    .to_ascii_lowercase()
                    .contains("newsequentialid")
            })
    });
    if random_guid {
        let increasing = ctx
            .stored_columns()
            .find(|c| c.identity.is_some())
            .map(|c| c.name.as_str());
        let index = match increasing {
            Some(column) => format!("CIX_{table}_{column}"),
            None => format!("CIX_{table}"),
        };
        let sql = advice::clustered_index(&fixes::sql_table(ctx), &index, increasing);
        return fixes::manual(
            format!(
                "Add a clustered index on an ever-increasing column; clustering on the random GUID `{}` would split pages on every insert.",
                key[0]
            ),
            sql,
        );
    }
    let name = pk.name.clone().unwrap_or_else(|| format!("PK_{table}"));
    let key: Vec<String> = key.iter().map(|c| c.to_string()).collect();
    fixes::manual(
        "Rebuild the primary key as CLUSTERED.",
        advice::recluster_primary_key(
            &fixes::sql_table(ctx),
            pk.name.as_deref(),
            &name,
            &key,
            ctx.schema.referencing_count(ctx.table) > 0,
        ),
    )
}
