use super::prelude::*;
use schema_audit_ddl::IndexKind;

declare_rule! {
    /// ## What it does
    /// Checks for native JSON columns with no computed column extracting a path (and no JSON
    /// index), so no query on a JSON property can seek. The suggested index is the dialect's:
    /// a persisted computed column in SQL Server, a GIN index (`jsonb_path_ops`) in
    /// PostgreSQL, a functional index on the extracted value in MySQL.
    ///
    /// ## Why is this bad?
    /// Filtering on `JSON_VALUE(Config, '$.family')` parses every document. A persisted
    /// computed column on the common path, with an index, turns it into a seek.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, Config JSON NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, Config JSON NULL,
    ///     ModelFamily AS JSON_VALUE(Config, '$.family') PERSISTED);
    /// CREATE INDEX IX_Model_ModelFamily ON dbo.Model (ModelFamily) WHERE ModelFamily IS NOT NULL;
    /// ```
    ///
    /// ## Fix safety
    /// Which paths are common is known only from the queries, so the fix is only shown.
    pub META, id = "json-path-unindexed", category = Indexing, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.columnstore || ctx.roles.temporary {
        return;
    }
    for column in ctx.stored_columns() {
        if column.data_type.family != TypeFamily::Json || is_path_indexed(ctx, &column.name) {
            continue;
        }
        let index = format!("IX_{}_{}", ctx.table.name.name, column.name);
        let sql = crate::print::advice::json_path_index(
            &fixes::sql_table(ctx),
            &column.name,
            &index,
            ctx.dialect(),
        );
        out.report(
            &[&column.name],
            format!(
                "JSON column `{}` has no computed column or index on a common path.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Index the most-queried path of `{}`.", column.name),
            sql,
        ));
    }
}

fn is_path_indexed(ctx: &TableContext<'_>, column: &str) -> bool {
    let computed = ctx.table.columns.iter().any(|c| {
        c.computed.as_ref().is_some_and(|e| {
            let x = e.expression.to_ascii_lowercase();
            (x.contains("json_value") || x.contains("->>") || x.contains("json_query"))
                && crate::context::contains_word(&e.expression, column)
        })
    });
    computed
        || ctx.table.indexes.iter().any(|i| {
            i.kind == IndexKind::Json
                && i.columns
                    .iter()
                    .any(|c| c.name.eq_ignore_ascii_case(column))
                || i.extra
                    .iter()
                    .any(|e| e.value.to_ascii_lowercase().contains("gin"))
                    && i.columns
                        .iter()
                        .any(|c| c.name.eq_ignore_ascii_case(column))
        })
}
