use super::prelude::*;
use schema_audit_ddl::{Clustering, IndexColumn, KeyConstraint, Span};

declare_rule! {
    /// ## What it does
    /// Checks for tables without a primary key, including heaps (disk-based tables with no
    /// clustered index). History tables of temporal tables are skipped: they must not have one.
    ///
    /// It is informational when a unique key already identifies the rows, and on logs, queues,
    /// caches and fact tables, which are read by range or scanned.
    ///
    /// ## Why is this bad?
    /// Without a key, duplicate rows cannot be prevented or told apart, foreign keys cannot point
    /// at the table, and replication, change tracking and most ORMs refuse it. A heap also
    /// fragments with forwarded records on every widening update.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Event (EventId BIGINT IDENTITY NOT NULL, Payload NVARCHAR(400));
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Event (EventId BIGINT IDENTITY NOT NULL PRIMARY KEY, Payload NVARCHAR(400));
    /// ```
    ///
    /// ## Fix safety
    /// The revised schema makes an IDENTITY column the primary key. Without one, choosing the key
    /// is a decision, so the fix is only shown.
    pub META, id = "primary-key-missing", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.history || r.temporary || r.columnstore || r.graph || r.filetable {
        return;
    }
    if ctx.table.primary_key.is_some() {
        return;
    }
    let heap = ctx.is_heap();
    let message = if heap {
        format!(
            "`{}` has no primary key and no clustered index: it is a heap.",
            ctx.name
        )
    } else {
        format!("`{}` has no primary key.", ctx.name)
    };
    let identity = ctx.table.columns.iter().find(|c| c.identity.is_some());
    let fix = match identity {
        Some(column) => {
            let name = format!("PK_{}", ctx.table.name.name.trim_start_matches('#'));
            let clustered = !r.memory_optimized && ctx.clustered_key().is_none();
            let clustering = if clustered {
                Clustering::Clustered
            } else {
                Clustering::NonClustered
            };
            let keyword = if clustered { "CLUSTERED" } else { "NONCLUSTERED" };
            let key = KeyConstraint {
                name: Some(name.clone()),
                span: Span::default(),
                columns: vec![IndexColumn {
                    name: column.name.clone(),
                    descending: false,
                    ..IndexColumn::default()
                }],
                clustering,
                options: Vec::new(),
                storage: None,
            };
            fixes::safe(
                format!("Make the IDENTITY column `{}` the primary key.", column.name),
                format!(
                    "ALTER TABLE {} ADD CONSTRAINT {name} PRIMARY KEY {keyword} ({});",
                    ctx.name, column.name
                ),
                Edit::AddPrimaryKey(key),
            )
        }
        None => fixes::manual(
            "Add a primary key on the columns that identify a row, or a BIGINT IDENTITY surrogate.",
            format!(
                "ALTER TABLE {} ADD {}Id BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT PK_{} PRIMARY KEY;",
                ctx.name, ctx.table.name.name, ctx.table.name.name
            ),
        ),
    };
    let finding = out.report(&[], message);
    finding.fix(fix);
    // Logs, queues and facts are read by range or scanned; a missing key there costs little.
    // A unique key already identifies the rows (it may hold a NULL a primary key cannot).
    let has_unique = !ctx.unique_keys().is_empty();
    if has_unique
        || matches!(
            ctx.kind(),
            TableRole::Log | TableRole::Queue | TableRole::Fact | TableRole::Cache
        )
    {
        finding.severity(Severity::Info);
    }
}
