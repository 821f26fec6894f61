//! The PostgreSQL and MySQL forms of what `print` writes: columns, keys, indexes and table
//! options. T-SQL's own forms (clustering, filegroups, WITH options) stay in `mod.rs`.

use schema_audit_ddl::{
    Column, Dialect, IdentityStyle, Index, IndexColumn, IndexKind, KeyConstraint, Table,
};

use super::{ident, qualified};

/// The pseudo-types that imply their own identity: PostgreSQL's serials (a sequence-backed
/// default) and MySQL's SERIAL (`BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE`).
fn is_serial(column: &Column) -> bool {
    let raw = column.data_type.raw.trim();
    [
        "serial",
        "serial2",
        "serial4",
        "serial8",
        "smallserial",
        "bigserial",
    ]
    .iter()
    .any(|s| raw.eq_ignore_ascii_case(s))
}

/// A string literal in either dialect (both double a single quote; MySQL also reads
/// backslash escapes, so they are doubled there).
pub fn literal(text: &str, dialect: Dialect) -> String {
    let mut escaped = text.replace('\'', "''");
    if dialect == Dialect::MySql {
        escaped = escaped.replace('\\', "\\\\");
    }
    format!("'{escaped}'")
}

/// One column definition.
pub fn column(column: &Column, dialect: Dialect) -> String {
    let mut text = String::with_capacity(column.name.len() + column.data_type.raw.len() + 40);
    text.push_str(&ident(&column.name, dialect));
    text.push(' ');
    text.push_str(column.data_type.raw.trim());
    let mysql = dialect == Dialect::MySql;
    if let (true, Some(charset)) = (mysql, &column.charset) {
        text.push_str(" CHARACTER SET ");
        text.push_str(charset);
    }
    if let Some(collation) = &column.collation {
        text.push_str(" COLLATE ");
        text.push_str(collation);
    }
    if let Some(computed) = &column.computed {
        text.push_str(" GENERATED ALWAYS AS ");
        text.push_str(&super::parenthesized(&computed.expression));
        text.push_str(if computed.persisted {
            " STORED"
        } else if mysql {
            " VIRTUAL"
        } else {
            // PostgreSQL before 18 has stored generated columns only.
            " STORED"
        });
    }
    if let (Some(identity), Dialect::Postgres) = (&column.identity, dialect) {
        let always = match identity.style {
            IdentityStyle::Serial => None,
            _ if is_serial(column) => None,
            IdentityStyle::GeneratedAlways => Some("ALWAYS"),
            _ => Some("BY DEFAULT"),
        };
        if let Some(always) = always {
            text.push_str(" GENERATED ");
            text.push_str(always);
            text.push_str(" AS IDENTITY");
            if let Some(options) = &identity.options {
                text.push_str(" (");
                text.push_str(options.trim());
                text.push(')');
            }
        }
    }
    if !column.nullable {
        text.push_str(" NOT NULL");
    } else if column.nullable_explicit {
        text.push_str(" NULL");
    }
    if column.identity.is_some() && mysql && !is_serial(column) {
        text.push_str(" AUTO_INCREMENT");
    }
    if let Some(default) = &column.default {
        text.push_str(" DEFAULT ");
        text.push_str(default.expression.trim());
    }
    if mysql {
        if let Some(on_update) = &column.on_update {
            text.push_str(" ON UPDATE ");
            text.push_str(on_update.trim());
        }
        if let Some(comment) = &column.description {
            text.push_str(" COMMENT ");
            text.push_str(&literal(comment, dialect));
        }
    }
    text
}

/// A key or index column: its name (or expression), MySQL prefix length, PostgreSQL operator
/// class, and direction.
fn key_column(column: &IndexColumn, dialect: Dialect) -> String {
    let mut text = if column.expression {
        super::parenthesized_unless_call(&column.name)
    } else {
        ident(&column.name, dialect).into_owned()
    };
    if let Some(prefix) = column.prefix_length {
        text.push_str(&format!("({prefix})"));
    }
    if let Some(opclass) = &column.opclass {
        text.push(' ');
        text.push_str(opclass);
    }
    if column.descending {
        text.push_str(" DESC");
    }
    match column.nulls_first {
        Some(true) => text.push_str(" NULLS FIRST"),
        Some(false) => text.push_str(" NULLS LAST"),
        None => {}
    }
    text
}

pub fn key_columns(columns: &[IndexColumn], dialect: Dialect) -> String {
    columns
        .iter()
        .map(|c| key_column(c, dialect))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `[CONSTRAINT n] PRIMARY KEY (...)` or `UNIQUE (...)`.
pub fn key(key: &KeyConstraint, kind: &str, dialect: Dialect) -> String {
    let name = key
        .name
        .as_ref()
        .map(|n| format!("CONSTRAINT {} ", ident(n, dialect)))
        .unwrap_or_default();
    format!("{name}{kind} ({})", key_columns(&key.columns, dialect))
}

/// Whether an index is written inside CREATE TABLE: MySQL's `KEY`s as the script had them;
/// PostgreSQL has no inline indexes.
pub fn is_inline(index: &Index, dialect: Dialect) -> bool {
    dialect == Dialect::MySql && index.origin == schema_audit_ddl::IndexOrigin::Inline
}

fn mysql_kind(index: &Index) -> &'static str {
    match index.kind {
        IndexKind::FullText => "FULLTEXT ",
        IndexKind::Spatial => "SPATIAL ",
        _ if index.unique => "UNIQUE ",
        _ => "",
    }
}

/// MySQL's inline `[UNIQUE|FULLTEXT|SPATIAL] KEY name (...)`.
pub fn inline_index(index: &Index, dialect: Dialect) -> String {
    let name = index
        .name
        .as_deref()
        .map(|n| format!(" {}", ident(n, dialect)))
        .unwrap_or_default();
    let mut text = format!(
        "{}KEY{name} ({})",
        mysql_kind(index),
        key_columns(&index.columns, dialect)
    );
    if let Some(method) = &index.method {
        text.push_str(" USING ");
        text.push_str(&method.to_ascii_uppercase());
    }
    text
}

/// `CREATE [UNIQUE] INDEX name ON table (...)` with PostgreSQL's INCLUDE and WHERE.
pub fn create_index(table: &Table, index: &Index, dialect: Dialect) -> String {
    let name = index
        .name
        .as_deref()
        .map(|n| format!("{} ", ident(n, dialect)))
        .unwrap_or_default();
    let kind = match dialect {
        Dialect::MySql => mysql_kind(index),
        _ if index.unique => "UNIQUE ",
        _ => "",
    };
    let method = index.method.as_deref().filter(|m| !m.is_empty());
    let using = match (dialect, method) {
        (Dialect::Postgres, Some(m)) => format!(" USING {m}"),
        _ => String::new(),
    };
    let mut text = format!(
        "CREATE {kind}INDEX {name}ON {}{using} ({})",
        qualified(&table.name, dialect),
        key_columns(&index.columns, dialect)
    );
    if let (Dialect::MySql, Some(m)) = (dialect, method) {
        text.push_str(" USING ");
        text.push_str(&m.to_ascii_uppercase());
    }
    if dialect == Dialect::Postgres {
        if !index.include.is_empty() {
            text.push_str(" INCLUDE (");
            text.push_str(&super::idents(&index.include, dialect));
            text.push(')');
        }
        if let Some(filter) = &index.filter {
            text.push_str(" WHERE ");
            text.push_str(filter.trim());
        }
    }
    text.push_str(";\n");
    text
}

/// What follows the closing parenthesis of CREATE TABLE: PostgreSQL's INHERITS, PARTITION
/// BY, storage parameters and tablespace; MySQL's ENGINE, character set, other options,
/// COMMENT and PARTITION BY.
pub fn table_options(table: &Table, dialect: Dialect) -> String {
    let o = &table.options;
    let mut text = String::new();
    if dialect == Dialect::Postgres {
        if !o.inherits.is_empty() {
            let parents: Vec<String> = o.inherits.iter().map(|p| qualified(p, dialect)).collect();
            text.push_str(&format!(" INHERITS ({})", parents.join(", ")));
        }
        if let Some(partition) = &o.partition_by {
            text.push_str(" PARTITION BY ");
            text.push_str(partition.trim());
        }
        if !o.storage_parameters.is_empty() {
            let parameters: Vec<String> = o
                .storage_parameters
                .iter()
                .map(|p| format!("{} = {}", p.name, p.value))
                .collect();
            text.push_str(&format!(" WITH ({})", parameters.join(", ")));
        }
        if let Some(space) = &o.tablespace {
            text.push_str(" TABLESPACE ");
            text.push_str(&ident(space, dialect));
        }
        return text;
    }
    if dialect != Dialect::MySql {
        return text;
    }
    let mut option = |name: &str, value: &str| {
        text.push(' ');
        text.push_str(name);
        text.push('=');
        text.push_str(value.trim());
    };
    if let Some(engine) = &o.engine {
        option("ENGINE", engine);
    }
    if let Some(value) = &o.auto_increment {
        option("AUTO_INCREMENT", value);
    }
    if let Some(charset) = &o.charset {
        option("DEFAULT CHARSET", charset);
    }
    if let Some(collation) = &o.collation {
        option("COLLATE", collation);
    }
    if let Some(value) = &o.row_format {
        option("ROW_FORMAT", value);
    }
    if let Some(value) = &o.key_block_size {
        option("KEY_BLOCK_SIZE", value);
    }
    for other in &o.other {
        option(&other.name, &other.value);
    }
    if let Some(comment) = &table.description {
        text.push_str(" COMMENT=");
        text.push_str(&literal(comment, dialect));
    }
    if let Some(partition) = &o.partition_by {
        text.push_str(" PARTITION BY ");
        text.push_str(partition.trim());
    }
    text
}
