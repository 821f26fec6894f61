use super::prelude::*;
use schema_audit_ddl::{Index, IndexKind};

declare_rule! {
    /// ## What it does
    /// Checks for nonclustered indexes whose key is identical to, or a left prefix of, another
    /// index's or key's (same filter, no extra included columns). Unique indexes are kept: they
    /// enforce a constraint.
    ///
    /// ## Why is this bad?
    /// The wider index answers every query the narrower one does, so the narrower one only costs
    /// writes, memory and space.
    ///
    /// ## Example
    /// ```sql
    /// CREATE INDEX IX_Job_Status ON dbo.Job (Status);
    /// CREATE INDEX IX_Job_Status_Priority ON dbo.Job (Status, Priority);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE INDEX IX_Job_Status_Priority ON dbo.Job (Status, Priority);
    /// ```
    ///
    /// ## Fix safety
    /// Queries or hints naming the dropped index must be updated; plans otherwise switch to the
    /// wider index on their own.
    pub META, id = "duplicate-index", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let indexes: Vec<&Index> = ctx
        .table
        .indexes
        .iter()
        .filter(|i| is_candidate(i))
        .collect();
    for (i, narrow) in indexes.iter().enumerate() {
        let Some(name) = &narrow.name else { continue };
        let covering = covering_key(ctx, narrow, i, &indexes);
        let Some(wider) = covering else { continue };
        let columns: Vec<&str> = narrow.columns.iter().map(|c| c.name.as_str()).collect();
        let sql = crate::print::advice::drop_index(
            &fixes::sql_table(ctx),
            name,
            ctx.roles.memory_optimized,
            ctx.dialect(),
        );
        out.report(
            &columns,
            format!("Index `{name}` duplicates the leading columns of `{wider}`."),
        )
        .key(name)
        .line(Some(narrow.span.line as usize))
        .fix(fixes::safe(
            format!("Drop `{name}`; `{wider}` serves its queries."),
            sql,
            Edit::DropIndex { name: name.clone() },
        ));
    }
}

fn is_candidate(index: &Index) -> bool {
    matches!(index.kind, IndexKind::NonClustered | IndexKind::Clustered) && !index.unique
}

/// The name of an index or key that makes `narrow` redundant.
fn covering_key(
    ctx: &TableContext<'_>,
    narrow: &Index,
    position: usize,
    all: &[&Index],
) -> Option<String> {
    let narrow_key: Vec<(String, bool)> = narrow
        .columns
        .iter()
        .map(|c| (c.name.to_ascii_lowercase(), c.descending))
        .collect();
    let prefix_of = |key: &[(String, bool)]| {
        key.len() >= narrow_key.len() && key[..narrow_key.len()] == narrow_key[..]
    };
    for (j, other) in all.iter().enumerate() {
        if j == position || other.filter != narrow.filter || narrow.kind == IndexKind::Clustered {
            continue;
        }
        let key: Vec<(String, bool)> = other
            .columns
            .iter()
            .map(|c| (c.name.to_ascii_lowercase(), c.descending))
            .collect();
        let identical = key == narrow_key;
        // Of two identical indexes, only the later one is reported.
        if identical && j > position {
            continue;
        }
        let includes_covered = narrow.include.iter().all(|c| {
            other.include.iter().any(|o| o.eq_ignore_ascii_case(c))
                || key.iter().any(|(k, _)| k.eq_ignore_ascii_case(c))
        });
        if prefix_of(&key) && includes_covered {
            return other.name.clone();
        }
    }
    if narrow.filter.is_none() && narrow.include.is_empty() && narrow.kind != IndexKind::Clustered {
        let keys = ctx
            .table
            .primary_key
            .iter()
            .chain(ctx.table.unique_constraints.iter());
        for key in keys {
            let cols: Vec<(String, bool)> = key
                .columns
                .iter()
                .map(|c| (c.name.to_ascii_lowercase(), c.descending))
                .collect();
            if prefix_of(&cols) {
                return Some(
                    key.name
                        .clone()
                        .unwrap_or_else(|| "the primary key".to_string()),
                );
            }
        }
    }
    None
}
