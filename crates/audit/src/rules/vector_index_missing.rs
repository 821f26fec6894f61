use super::prelude::*;
use crate::print::advice;
use schema_audit_ddl::IndexKind;

declare_rule! {
    /// ## What it does
    /// Checks for `VECTOR` columns (SQL Server 2025, pgvector) with no vector index, and
    /// suggests DiskANN in SQL Server and HNSW in PostgreSQL. MySQL, which has a VECTOR type
    /// but no index over it, is skipped.
    ///
    /// ## Why is this bad?
    /// Similarity search without an approximate-nearest-neighbour index computes the distance
    /// to every row; at a million 1536-dimension embeddings that is seconds per query.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.CodeAtom (CodeAtomId BIGINT PRIMARY KEY, EmbeddingVector VECTOR(1536) NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.CodeAtom (CodeAtomId BIGINT PRIMARY KEY, EmbeddingVector VECTOR(1536) NULL);
    /// CREATE VECTOR INDEX VIX_CodeAtom_EmbeddingVector ON dbo.CodeAtom (EmbeddingVector)
    ///     WITH (METRIC = 'cosine', TYPE = 'diskann');
    /// ```
    ///
    /// ## Fix safety
    /// In SQL Server 2025 a DiskANN index makes the table read-only while it exists, and the
    /// metric must match how the embeddings were trained, so the fix is only shown.
    pub META, id = "vector-index-missing", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history {
        return;
    }
    for column in ctx.stored_columns() {
        let is_vector = column.data_type.family == TypeFamily::Vector
            || matches!(&column.data_type.family, TypeFamily::Other(type_name) if type_name.eq_ignore_ascii_case("vector"));
        if !is_vector || has_vector_index(ctx, &column.name) {
            continue;
        }
        let name = format!("VIX_{}_{}", ctx.table.name.name, column.name);
        // MySQL has a VECTOR type but no index over it yet: nothing to suggest.
        let Some(sql) =
            advice::vector_index(&fixes::sql_table(ctx), &name, &column.name, ctx.dialect())
        else {
            continue;
        };
        out.report(
            &[&column.name],
            format!("`{}` is a vector column with no vector index.", column.name),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Add a vector index on `{}`.", column.name),
            sql,
        ));
    }
}

fn has_vector_index(ctx: &TableContext<'_>, column: &str) -> bool {
    ctx.table.indexes.iter().any(|i| {
        i.columns
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(column))
            && (i.kind == IndexKind::Vector
                || i.extra.iter().any(|e| {
                    let v = e.value.to_ascii_lowercase();
                    v.contains("hnsw") || v.contains("ivfflat") || v.contains("diskann")
                }))
    })
}
