use super::prelude::*;
use crate::print::advice;
use schema_audit_ddl::{Clustering, IndexKind};

declare_rule! {
    /// ## What it does
    /// Checks memory-optimized HASH indexes whose `BUCKET_COUNT` is implausible for the key and
    /// the table's role: under 1,024 on a unique key, over 1,073,741,824 (SQL Server's ceiling),
    /// far above the handful of values a flag or status column can hold, or over 1,048,576 on a
    /// reference (lookup) table of codes and names. SQL Server only: a PostgreSQL hash index
    /// has no bucket count to size.
    ///
    /// ## Why is this bad?
    /// Too few buckets make long chains that every lookup walks; too many waste 8 bytes of memory
    /// per bucket whether used or not, and slow full scans. A hash index on a low-cardinality
    /// column puts every row in a few chains; a NONCLUSTERED (range) index suits it.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Session (SessionId BIGINT NOT NULL
    ///     PRIMARY KEY NONCLUSTERED HASH WITH (BUCKET_COUNT = 64)) WITH (MEMORY_OPTIMIZED = ON);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Session (SessionId BIGINT NOT NULL
    ///     PRIMARY KEY NONCLUSTERED HASH WITH (BUCKET_COUNT = 1048576)) WITH (MEMORY_OPTIMIZED = ON);
    /// ```
    ///
    /// ## Fix safety
    /// The right count is one to two times the expected distinct keys, which only the owner
    /// knows, so the fix is only shown.
    pub META, id = "hash-bucket-count", category = Indexing, severity = Warning
}

const MIN_UNIQUE_BUCKETS: u64 = 1024;
const MAX_BUCKETS: u64 = 1 << 30;
const MAX_LOW_CARDINALITY_BUCKETS: u64 = 1024;
/// A reference table holds codes and names: thousands of rows, rarely more. Over a million
/// buckets (8 MB) is sized for another table.
const MAX_REFERENCE_BUCKETS: u64 = 1 << 20;

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    // Hash indexes are SQL Server's (memory-optimized tables); a PostgreSQL `USING hash`
    // index has no bucket count to size.
    if !ctx.is_sql_server() {
        return;
    }
    let reference_table = ctx.kind() == TableRole::Lookup;
    for (name, columns, buckets, unique) in hash_indexes(ctx) {
        let low_cardinality = columns.iter().all(|c| is_low_cardinality(ctx, c));
        let problem = if buckets > MAX_BUCKETS {
            Some(format!("exceeds SQL Server's ceiling of {MAX_BUCKETS}"))
        } else if unique && buckets < MIN_UNIQUE_BUCKETS && !ctx.roles.temporary {
            Some("is far too small for a unique key: every lookup walks long chains".to_string())
        } else if !low_cardinality && buckets < MIN_UNIQUE_BUCKETS && !ctx.roles.temporary {
            // A non-unique key that is not a flag or status (a hash, a name, an id) still has
            // many distinct values, so a tiny table of buckets chains just as badly.
            Some(
                "is far too small for a key with many distinct values: lookups walk long chains"
                    .to_string(),
            )
        } else if low_cardinality && buckets > MAX_LOW_CARDINALITY_BUCKETS {
            Some("is far larger than the few values a flag or status can take".to_string())
        } else if reference_table && buckets > MAX_REFERENCE_BUCKETS {
            Some(format!(
                "is far larger than a reference table needs: {} MB of buckets at 8 bytes each, used or not",
                buckets * 8 / (1 << 20)
            ))
        } else {
            None
        };
        let Some(problem) = problem else { continue };
        let table = fixes::sql_table(ctx);
        let advice = if low_cardinality && !unique {
            advice::hash_index_resize(&table, &name, &columns, None)
        } else {
            let suggested = if reference_table && buckets > MAX_REFERENCE_BUCKETS {
                MIN_UNIQUE_BUCKETS
            } else {
                1 << 20
            };
            advice::hash_index_resize(&table, &name, &columns, Some(suggested))
        };
        let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
        out.report(
            &refs,
            format!("Hash index `{name}` has BUCKET_COUNT {buckets}, which {problem}."),
        )
        .key(&name)
        .fix(fixes::manual(
            "Size the bucket count to 1-2x the distinct keys.",
            advice,
        ));
    }
}

/// (name, key columns, bucket count, unique) of every hash index and hash key.
fn hash_indexes(ctx: &TableContext<'_>) -> Vec<(String, Vec<String>, u64, bool)> {
    let mut out = Vec::new();
    let keys = ctx
        .table
        .primary_key
        .iter()
        .chain(ctx.table.unique_constraints.iter());
    for key in keys {
        if let Clustering::Hash {
            bucket_count: Some(b),
        } = key.clustering
        {
            let name = key.name.clone().unwrap_or_else(|| "PK".to_string());
            out.push((
                name,
                key.columns.iter().map(|c| c.name.clone()).collect(),
                b,
                true,
            ));
        }
    }
    for index in ctx
        .table
        .indexes
        .iter()
        .filter(|i| i.kind == IndexKind::Hash)
    {
        let Some(b) = index.option("BUCKET_COUNT").and_then(parse_count) else {
            continue;
        };
        out.push((
            index.name.clone().unwrap_or_default(),
            index.columns.iter().map(|c| c.name.clone()).collect(),
            b,
            index.unique,
        ));
    }
    out
}

fn parse_count(text: &str) -> Option<u64> {
    text.trim().replace(['_', ','], "").parse().ok()
}

fn is_low_cardinality(ctx: &TableContext<'_>, column: &str) -> bool {
    ctx.column(column).is_some_and(|c| {
        c.data_type.family == TypeFamily::Bit
            || c.data_type.family == TypeFamily::Boolean
            || naming::is_enum_like(&c.name)
            || matches!(ctx.lookup_kind(c), Some(naming::LookupKind::ActiveFlag))
    })
}
