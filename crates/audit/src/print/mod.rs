//! The one DDL printer: every statement the audit prints (the revised schema, fix SQL and
//! atomized tables) is written here, in the script's dialect.

use schema_audit_ddl::{
    Clustering, Column, Comment, Dialect, Durability, GeneratedAlways, Index, IndexKind,
    IndexOrigin, KeyConstraint, ReferentialAction, Storage, Table,
};

use std::borrow::Cow;

pub mod advice;
mod edit;
mod generic;
pub mod migration;
mod reserved;
pub mod script;

pub use edit::edit_sql;
pub use generic::literal;

/// The keyword of `CREATE PRIMARY XML INDEX`, kept among an index's extra options.
pub const PRIMARY_XML: &str = "PRIMARY";

/// A name as it must be written in `dialect`: bare when the server reads it back unchanged,
/// else quoted (`[...]` in T-SQL, `"..."` in PostgreSQL, `` `...` `` in MySQL).
///
/// PostgreSQL folds bare names to lower case, so a name with a capital letter is quoted
/// there (the front end keeps a bare name folded and a quoted one as written). Borrows the
/// name when it needs no quoting, as nearly every name does.
pub fn ident(name: &str, dialect: Dialect) -> Cow<'_, str> {
    let first_ok = |c: u8| match dialect {
        Dialect::MsSql => c.is_ascii_alphabetic() || matches!(c, b'_' | b'#' | b'@'),
        Dialect::Postgres => c.is_ascii_lowercase() || c == b'_',
        Dialect::MySql => c.is_ascii_alphabetic() || c == b'_',
    };
    let rest_ok = |c: u8| match dialect {
        Dialect::MsSql => c.is_ascii_alphanumeric() || matches!(c, b'_' | b'#' | b'@' | b'$'),
        Dialect::Postgres => {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'_' | b'$')
        }
        Dialect::MySql => c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$'),
    };
    // Non-ASCII bytes fail both tests.
    let plain = name.bytes().next().is_some_and(first_ok)
        && name.bytes().all(rest_ok)
        && !reserved::is_reserved(name, dialect);
    if plain {
        return Cow::Borrowed(name);
    }
    Cow::Owned(match dialect {
        Dialect::MsSql => format!("[{}]", name.replace(']', "]]")),
        Dialect::Postgres => format!("\"{}\"", name.replace('"', "\"\"")),
        Dialect::MySql => format!("`{}`", name.replace('`', "``")),
    })
}

pub fn idents(names: &[String], dialect: Dialect) -> String {
    names
        .iter()
        .map(|n| ident(n, dialect))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sequence PostgreSQL creates for a `serial` column, named as the server names it
/// (`{table}_{column}_seq`, shortened to 63 bytes), in the table's schema.
pub fn serial_sequence(
    table: &schema_audit_ddl::QualifiedName,
    column: &str,
) -> schema_audit_ddl::QualifiedName {
    schema_audit_ddl::QualifiedName {
        name: schema_audit_ddl::postgres_name(&table.name, Some(column), "seq"),
        ..table.clone()
    }
}

pub fn qualified(name: &schema_audit_ddl::QualifiedName, dialect: Dialect) -> String {
    let mut parts = Vec::new();
    if let Some(db) = &name.database {
        parts.push(ident(db, dialect));
    }
    if let Some(schema) = &name.schema {
        parts.push(ident(schema, dialect));
    }
    parts.push(ident(&name.name, dialect));
    parts.join(".")
}

fn push_comment(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        out.push_str(indent);
        out.push_str("-- ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if text.is_empty() {
        out.push_str(indent);
        out.push_str("--\n");
    }
}

fn is_inline(table: &Table, index: &Index, dialect: Dialect) -> bool {
    if dialect != Dialect::MsSql {
        return generic::is_inline(index, dialect);
    }
    let rowstore = matches!(
        index.kind,
        IndexKind::Clustered | IndexKind::NonClustered | IndexKind::Hash
    );
    (index.origin == IndexOrigin::Inline || table.options.memory_optimized)
        && (rowstore || index.kind == IndexKind::ClusteredColumnstore)
}

/// The CREATE TABLE statement alone, with inline indexes.
pub fn print_create_table(table: &Table, dialect: Dialect) -> String {
    let mut items: Vec<(String, &[Comment])> = Vec::new();
    for column in &table.columns {
        items.push((print_column_of(column, dialect), &column.comments));
    }
    if let Some(pk) = &table.primary_key {
        items.push((print_key(pk, "PRIMARY KEY", dialect), &[]));
    }
    for unique in &table.unique_constraints {
        items.push((print_key(unique, "UNIQUE", dialect), &[]));
    }
    for fk in &table.foreign_keys {
        items.push((print_foreign_key(fk, dialect), &[]));
    }
    for check in &table.checks {
        items.push((print_check(check, dialect), &[]));
    }
    if let Some(period) = &table.options.period_for_system_time {
        items.push((
            format!(
                "PERIOD FOR SYSTEM_TIME ({}, {})",
                ident(&period.start_column, dialect),
                ident(&period.end_column, dialect)
            ),
            &[],
        ));
    }
    for index in table
        .indexes
        .iter()
        .filter(|i| is_inline(table, i, dialect))
    {
        items.push((print_inline_index(index, dialect), &index.comments));
    }
    let mut out = format!("CREATE TABLE {} (\n", qualified(&table.name, dialect));
    let last = items.len().saturating_sub(1);
    for (i, (text, comments)) in items.iter().enumerate() {
        for c in comments.iter() {
            push_comment(&mut out, "    ", &c.text);
        }
        out.push_str("    ");
        out.push_str(text);
        if i != last {
            out.push(',');
        }
        out.push('\n');
    }
    out.push(')');
    out.push_str(&print_table_options(table, dialect));
    out.push_str(";\n");
    out
}

/// `[CONSTRAINT n] CHECK (...)`.
pub(crate) fn print_check(check: &schema_audit_ddl::Check, dialect: Dialect) -> String {
    let name = check
        .name
        .as_ref()
        .map(|n| format!("CONSTRAINT {} ", ident(n, dialect)))
        .unwrap_or_default();
    format!("{name}CHECK {}", parenthesized(&check.expression))
}

/// An index expression as PostgreSQL and MySQL need it: a function call stands alone
/// (`lower(email)`), anything else goes in parentheses (`(a + b)`).
fn parenthesized_unless_call(expression: &str) -> String {
    let e = expression.trim();
    let call = e.find('(').is_some_and(|open| {
        open > 0
            && e[..open]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            && closes_at_end(&e[open..])
    });
    if call {
        e.to_string()
    } else {
        parenthesized(e)
    }
}

/// Whether the parenthesis that opens `text` is closed by its last character (quotes are
/// skipped, so `f(')')` counts).
fn closes_at_end(text: &str) -> bool {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}

fn parenthesized(expression: &str) -> String {
    let e = expression.trim();
    if e.starts_with('(') && e.ends_with(')') {
        e.to_string()
    } else {
        format!("({e})")
    }
}

/// One column definition in `dialect`.
pub fn print_column_of(column: &Column, dialect: Dialect) -> String {
    if dialect == Dialect::MsSql {
        print_column(column, dialect)
    } else {
        generic::column(column, dialect)
    }
}

fn print_column(column: &Column, dialect: Dialect) -> String {
    let name = ident(&column.name, dialect);
    // Built with pushes rather than format!: this runs for every column of every printed table.
    if let Some(computed) = &column.computed {
        let persisted = if computed.persisted { " PERSISTED" } else { "" };
        let not_null = if computed.persisted && !column.nullable && column.nullable_explicit {
            " NOT NULL"
        } else {
            ""
        };
        return format!(
            "{name} AS {}{persisted}{not_null}",
            computed.expression.trim()
        );
    }
    let mut text = String::with_capacity(name.len() + column.data_type.raw.len() + 40);
    text.push_str(&name);
    text.push(' ');
    text.push_str(&column.data_type.raw);
    if column.filestream {
        text.push_str(" FILESTREAM");
    }
    if let Some(collation) = &column.collation {
        text.push_str(&format!(" COLLATE {collation}"));
    }
    if column.sparse {
        text.push_str(" SPARSE");
    }
    if let Some(identity) = &column.identity {
        text.push_str(&format!(
            " IDENTITY({}, {})",
            identity.seed, identity.increment
        ));
        if identity.not_for_replication {
            text.push_str(" NOT FOR REPLICATION");
        }
    }
    if let Some(generated) = &column.generated_always {
        let what = match generated {
            GeneratedAlways::RowStart => "ROW START".to_string(),
            GeneratedAlways::RowEnd => "ROW END".to_string(),
            GeneratedAlways::Other(other) => other.clone(),
        };
        text.push_str(&format!(" GENERATED ALWAYS AS {what}"));
        if column.hidden {
            text.push_str(" HIDDEN");
        }
    }
    if let Some(function) = &column.masked {
        text.push_str(&format!(" MASKED WITH (FUNCTION = '{function}')"));
    }
    if column.rowguidcol {
        text.push_str(" ROWGUIDCOL");
    }
    text.push_str(if column.nullable {
        " NULL"
    } else {
        " NOT NULL"
    });
    if let Some(default) = &column.default {
        if let Some(name) = &default.constraint_name {
            text.push_str(" CONSTRAINT ");
            text.push_str(&ident(name, dialect));
        }
        text.push_str(" DEFAULT ");
        text.push_str(default.expression.trim());
    }
    text
}

fn clustering_text(clustering: Clustering) -> (String, String) {
    match clustering {
        Clustering::Clustered => (" CLUSTERED".to_string(), String::new()),
        Clustering::NonClustered => (" NONCLUSTERED".to_string(), String::new()),
        Clustering::Hash { bucket_count } => (
            " NONCLUSTERED HASH".to_string(),
            bucket_count
                .map(|b| format!(" WITH (BUCKET_COUNT = {b})"))
                .unwrap_or_default(),
        ),
        Clustering::Unspecified => (String::new(), String::new()),
    }
}

pub(crate) fn print_key(key: &KeyConstraint, kind: &str, dialect: Dialect) -> String {
    if dialect != Dialect::MsSql {
        return generic::key(key, kind, dialect);
    }
    let name = key
        .name
        .as_ref()
        .map(|n| format!("CONSTRAINT {} ", ident(n, dialect)))
        .unwrap_or_default();
    let (clustering, with_buckets) = clustering_text(key.clustering);
    let columns = key_columns(&key.columns, dialect);
    let mut text = format!("{name}{kind}{clustering} ({columns}){with_buckets}");
    if !key.options.is_empty() && with_buckets.is_empty() {
        text.push_str(&format!(" WITH ({})", options_text(&key.options)));
    }
    if let Some(storage) = &key.storage {
        text.push_str(&storage_text(storage));
    }
    text
}

fn options_text(options: &[schema_audit_ddl::OptionValue]) -> String {
    options
        .iter()
        .map(|o| format!("{} = {}", o.name, o.value))
        .collect::<Vec<_>>()
        .join(", ")
}

fn storage_text(storage: &Storage) -> String {
    match storage {
        // Filegroups and partition schemes exist only in T-SQL.
        Storage::Filegroup(fg) => format!(" ON {}", ident(fg, Dialect::MsSql)),
        Storage::PartitionScheme { scheme, column } => format!(
            " ON {}({})",
            ident(scheme, Dialect::MsSql),
            ident(column, Dialect::MsSql)
        ),
    }
}

fn action_text(action: ReferentialAction) -> &'static str {
    match action {
        ReferentialAction::NoAction => "NO ACTION",
        ReferentialAction::Cascade => "CASCADE",
        ReferentialAction::SetNull => "SET NULL",
        ReferentialAction::SetDefault => "SET DEFAULT",
        ReferentialAction::Restrict => "RESTRICT",
    }
}

pub(crate) fn print_foreign_key(fk: &schema_audit_ddl::ForeignKey, dialect: Dialect) -> String {
    let name = fk
        .name
        .as_ref()
        .map(|n| format!("CONSTRAINT {} ", ident(n, dialect)))
        .unwrap_or_default();
    let mut text = format!(
        "{name}FOREIGN KEY ({}) REFERENCES {}",
        idents(&fk.columns, dialect),
        qualified(&fk.referenced_table, dialect)
    );
    if !fk.referenced_columns.is_empty() {
        text.push_str(&format!(" ({})", idents(&fk.referenced_columns, dialect)));
    }
    if let Some(action) = fk.on_delete {
        text.push_str(&format!(" ON DELETE {}", action_text(action)));
    }
    if let Some(action) = fk.on_update {
        text.push_str(&format!(" ON UPDATE {}", action_text(action)));
    }
    if fk.not_for_replication && dialect == Dialect::MsSql {
        text.push_str(" NOT FOR REPLICATION");
    }
    text
}

/// The key columns of an index or key, quoted, with `DESC`, and elsewhere than T-SQL with
/// prefix lengths, operator classes and expressions.
pub(crate) fn key_columns(columns: &[schema_audit_ddl::IndexColumn], dialect: Dialect) -> String {
    if dialect != Dialect::MsSql {
        return generic::key_columns(columns, dialect);
    }
    columns
        .iter()
        .map(|c| {
            let name = ident(&c.name, dialect);
            if c.descending {
                format!("{name} DESC")
            } else {
                name.into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn print_inline_index(index: &Index, dialect: Dialect) -> String {
    if dialect != Dialect::MsSql {
        return generic::inline_index(index, dialect);
    }
    let name = ident(index.name.as_deref().unwrap_or_default(), dialect);
    if index.kind == IndexKind::ClusteredColumnstore {
        return format!("INDEX {name} CLUSTERED COLUMNSTORE");
    }
    let unique = if index.unique { " UNIQUE" } else { "" };
    let kind = match index.kind {
        IndexKind::Clustered => " CLUSTERED",
        IndexKind::Hash => " NONCLUSTERED HASH",
        _ => " NONCLUSTERED",
    };
    let mut text = format!(
        "INDEX {name}{unique}{kind} ({})",
        key_columns(&index.columns, dialect)
    );
    if !index.include.is_empty() {
        text.push_str(&format!(" INCLUDE ({})", idents(&index.include, dialect)));
    }
    if let Some(filter) = &index.filter {
        text.push_str(&format!(" WHERE {}", filter.trim()));
    }
    if !index.options.is_empty() {
        text.push_str(&format!(" WITH ({})", options_text(&index.options)));
    }
    text
}

/// `CREATE FULLTEXT INDEX ON t (col [TYPE COLUMN x] ...) KEY INDEX k [ON catalog]`; the front end
/// keeps per-column clauses as `COLUMN <name>` extras.
fn print_fulltext_index(table: &Table, index: &Index, dialect: Dialect) -> String {
    let extra = |name: &str| {
        index
            .extra
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.value.clone())
    };
    let columns: Vec<String> = index
        .columns
        .iter()
        .map(|c| match extra(&format!("COLUMN {}", c.name)) {
            Some(clause) => format!("{} {clause}", ident(&c.name, dialect)),
            None => ident(&c.name, dialect).into_owned(),
        })
        .collect();
    let mut text = format!(
        "CREATE FULLTEXT INDEX ON {} ({})",
        qualified(&table.name, dialect),
        columns.join(", ")
    );
    if let Some(key) = extra("KEY INDEX") {
        text.push_str(&format!(" KEY INDEX {key}"));
    }
    if let Some(catalog) = extra("ON") {
        text.push_str(&format!(" ON {catalog}"));
    }
    if !index.options.is_empty() {
        text.push_str(&format!(" WITH ({})", options_text(&index.options)));
    }
    text.push_str(";\n");
    text
}

pub fn print_create_index(table: &Table, index: &Index, dialect: Dialect) -> String {
    if dialect != Dialect::MsSql {
        return generic::create_index(table, index, dialect);
    }
    if index.kind == IndexKind::FullText {
        return print_fulltext_index(table, index, dialect);
    }
    let name = ident(index.name.as_deref().unwrap_or_default(), dialect);
    let table_name = qualified(&table.name, dialect);
    let unique = if index.unique { "UNIQUE " } else { "" };
    let kind = match index.kind {
        IndexKind::Clustered => "CLUSTERED ",
        IndexKind::NonClustered | IndexKind::Hash => "NONCLUSTERED ",
        IndexKind::ClusteredColumnstore => "CLUSTERED COLUMNSTORE ",
        IndexKind::NonClusteredColumnstore => "NONCLUSTERED COLUMNSTORE ",
        IndexKind::Spatial => "SPATIAL ",
        IndexKind::Xml => {
            if index
                .extra
                .iter()
                .any(|e| e.name.eq_ignore_ascii_case(PRIMARY_XML))
            {
                "PRIMARY XML "
            } else {
                "XML "
            }
        }
        IndexKind::FullText => "FULLTEXT ",
        IndexKind::Vector => "VECTOR ",
        IndexKind::Json => "JSON ",
    };
    let mut text = if index.kind == IndexKind::FullText {
        format!("CREATE FULLTEXT INDEX ON {table_name}")
    } else {
        format!("CREATE {unique}{kind}INDEX {name} ON {table_name}")
    };
    if !index.columns.is_empty() {
        text.push_str(&format!(" ({})", key_columns(&index.columns, dialect)));
    }
    for extra in index
        .extra
        .iter()
        .filter(|e| !e.name.eq_ignore_ascii_case(PRIMARY_XML))
    {
        text.push_str(&format!(" {} {}", extra.name, extra.value));
    }
    if !index.include.is_empty() {
        text.push_str(&format!(" INCLUDE ({})", idents(&index.include, dialect)));
    }
    if let Some(filter) = &index.filter {
        text.push_str(&format!(" WHERE {}", filter.trim()));
    }
    if !index.options.is_empty() {
        text.push_str(&format!(" WITH ({})", options_text(&index.options)));
    }
    if let Some(storage) = &index.storage {
        text.push_str(&storage_text(storage));
    }
    text.push_str(";\n");
    text
}

/// `SYSTEM_VERSIONING = ON (...)` when the table is system-versioned.
fn system_versioning_text(table: &Table) -> Option<String> {
    let v = table.options.enabled_system_versioning()?;
    let mut inner: Vec<String> = Vec::new();
    if let Some(h) = &v.history_table {
        inner.push(format!("HISTORY_TABLE = {h}"));
    }
    if let Some(r) = &v.retention {
        inner.push(format!("HISTORY_RETENTION_PERIOD = {r}"));
    }
    if let Some(c) = v.data_consistency_check {
        inner.push(format!(
            "DATA_CONSISTENCY_CHECK = {}",
            if c { "ON" } else { "OFF" }
        ));
    }
    Some(if inner.is_empty() {
        "SYSTEM_VERSIONING = ON".to_string()
    } else {
        format!("SYSTEM_VERSIONING = ON ({})", inner.join(", "))
    })
}

fn print_table_options(table: &Table, dialect: Dialect) -> String {
    let o = &table.options;
    let mut text = String::new();
    if dialect != Dialect::MsSql {
        return generic::table_options(table, dialect);
    }
    if let Some(storage) = &o.storage {
        text.push_str(&storage_text(storage));
    }
    if let Some(fg) = &o.textimage_on {
        text.push_str(&format!(" TEXTIMAGE_ON {fg}"));
    }
    if let Some(fg) = &o.filestream_on {
        text.push_str(&format!(" FILESTREAM_ON {fg}"));
    }
    let mut with: Vec<String> = Vec::new();
    if o.memory_optimized {
        with.push("MEMORY_OPTIMIZED = ON".to_string());
        if let Some(d) = o.durability {
            with.push(format!(
                "DURABILITY = {}",
                match d {
                    Durability::SchemaAndData => "SCHEMA_AND_DATA",
                    Durability::SchemaOnly => "SCHEMA_ONLY",
                }
            ));
        }
    }
    with.extend(system_versioning_text(table));
    if let Some(c) = &o.data_compression {
        with.push(format!("DATA_COMPRESSION = {c}"));
    }
    if let Some(ledger) = &o.ledger {
        if ledger.enabled {
            with.push(if ledger.append_only {
                "LEDGER = ON (APPEND_ONLY = ON)".to_string()
            } else {
                "LEDGER = ON".to_string()
            });
        }
    }
    for other in &o.other {
        with.push(format!("{} = {}", other.name, other.value));
    }
    if !with.is_empty() {
        text.push_str(&format!(" WITH ({})", with.join(", ")));
    }
    if let Some(graph) = o.graph {
        text.push_str(match graph {
            schema_audit_ddl::GraphKind::Node => " AS NODE",
            schema_audit_ddl::GraphKind::Edge => " AS EDGE",
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_reserved_words_in_any_case() {
        assert_eq!(ident("Order", Dialect::MsSql), "[Order]");
        assert_eq!(ident("SESSION_USER", Dialect::MsSql), "[SESSION_USER]");
        assert_eq!(ident("Orders", Dialect::MsSql), "Orders");
        assert_eq!(ident("limit", Dialect::Postgres), "\"limit\"");
        assert_eq!(ident("UserId", Dialect::Postgres), "\"UserId\"");
        assert_eq!(ident("user_id", Dialect::Postgres), "user_id");
        assert_eq!(ident("key", Dialect::MySql), "`key`");
        assert_eq!(ident("Order Details", Dialect::MySql), "`Order Details`");
        assert_eq!(ident("UserId", Dialect::MySql), "UserId");
        assert_eq!(ident("Model", Dialect::MsSql), "Model");
    }
}
