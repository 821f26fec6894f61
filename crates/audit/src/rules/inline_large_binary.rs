use super::prelude::*;
use crate::print::advice;

declare_rule! {
    /// ## What it does
    /// Checks for `VARBINARY(MAX)` (PostgreSQL `bytea`, MySQL `LONGBLOB`) columns that store
    /// large objects such as files, models or images inside the table. Cache tables, whose
    /// whole point is to keep a blob next to its key, and small hashes and signatures are skipped.
    ///
    /// ## Why is this bad?
    /// Large values bloat the buffer pool, backups and every scan of the table, and log every
    /// rewrite in full. SQL Server's FILESTREAM keeps them on the file system under transactional
    /// control; elsewhere a side table (or object storage with a reference) keeps the main table lean.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, SerializedModel VARBINARY(MAX) NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Model (ModelId INT PRIMARY KEY, ModelGuid UNIQUEIDENTIFIER ROWGUIDCOL NOT NULL UNIQUE,
    ///     SerializedModel VARBINARY(MAX) FILESTREAM NULL);
    /// ```
    ///
    /// ## Fix safety
    /// Moving the data needs a FILESTREAM filegroup or a new table and a copy, so the fix is only shown.
    pub META, id = "inline-large-binary", category = Storage, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    // PostgreSQL (TOAST) and InnoDB (off-page DYNAMIC rows) already move large values out
    // of the row; SQL Server keeps up to 8,000 bytes in it.
    if ctx.roles.cache
        || ctx.roles.history
        || ctx.roles.temporary
        || ctx.roles.filetable
        || !ctx.is_sql_server()
    {
        return;
    }
    for column in ctx.stored_columns() {
        if column.filestream || !is_large_binary(ctx, column) || is_small_by_name(&column.name) {
            continue;
        }
        let (advice, sql) = advice(ctx, &column.name);
        out.report(
            &[&column.name],
            format!(
                "`{}` stores large binary objects in the row; {advice}.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(advice_sentence(&advice), sql));
    }
}

fn is_large_binary(ctx: &TableContext<'_>, column: &schema_audit_ddl::Column) -> bool {
    let t = &column.data_type;
    match &t.family {
        TypeFamily::VarBinary => t.length == Some(Length::Max),
        TypeFamily::Image => ctx.dialect() == Dialect::MsSql,
        TypeFamily::Other(name) => {
            let n = name.to_ascii_lowercase();
            n == "bytea" || n == "longblob" || n == "blob" || n == "mediumblob"
        }
        _ => false,
    }
}

fn is_small_by_name(column: &str) -> bool {
    naming::is_small_binary_by_name(column)
}

fn advice(ctx: &TableContext<'_>, column: &str) -> (String, String) {
    let table = fixes::sql_table(ctx);
    if ctx.is_sql_server() && !ctx.roles.memory_optimized {
        (
            "use FILESTREAM or move it to a side table".to_string(),
            advice::filestream_column(&table, column),
        )
    } else {
        let side = schema_audit_ddl::QualifiedName {
            name: format!("{}{}", ctx.table.name.name, column),
            ..table.clone()
        };
        let column_type = ctx
            .column(column)
            .map(|c| c.data_type.raw.as_str())
            .unwrap_or("VARBINARY(MAX)");
        (
            "move it to a side table keyed by the primary key".to_string(),
            advice::side_table(&table, &side, column, column_type, ctx.dialect()),
        )
    }
}

fn advice_sentence(advice: &str) -> String {
    let mut chars = advice.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}
