//! A table's shape as both the server's catalog and the front end's model can state it,
//! and the comparison of the two.
//!
//! A shape holds what both sides know exactly: column names, types (canonical spelling, see
//! `types.rs`) and nullability, the primary key, unique keys, foreign keys and indexes with
//! their columns in order. Everything is compared by value: names of tables and columns
//! exactly (case included), keys and indexes by their column lists.

use std::collections::BTreeMap;
use std::fmt;

/// Which server's rules the shape follows. On MariaDB a unique key and a unique index are
/// the same object, so both sides list them under `unique_keys`; PostgreSQL keeps a UNIQUE
/// constraint apart from a unique index, and so does the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Postgres,
    MariaDb,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnShape {
    pub name: String,
    pub data_type: String,
    pub nullable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKeyShape {
    pub columns: Vec<String>,
    pub referenced_table: String,
    pub referenced_columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct IndexShape {
    /// Key columns in order, each `name` or `name DESC`; expressions as their text.
    pub columns: Vec<String>,
    pub unique: bool,
    /// The access method in lower case: `btree`, `gin`, `hash`, `fulltext`, `spatial`...
    pub method: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableShape {
    pub columns: Vec<ColumnShape>,
    pub primary_key: Option<Vec<String>>,
    /// PostgreSQL: UNIQUE constraints. MariaDB: every unique key or unique index.
    pub unique_keys: Vec<Vec<String>>,
    pub foreign_keys: Vec<ForeignKeyShape>,
    /// PostgreSQL: indexes that back no constraint. MariaDB: non-unique indexes.
    pub indexes: Vec<IndexShape>,
}

/// Tables by name: bare for the default schema (`public`, or the MariaDB database),
/// `schema.table` otherwise.
pub type Shapes = BTreeMap<String, TableShape>;

/// What a mismatch is about; the final report counts by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Aspect {
    Table,
    TableName,
    ColumnName,
    Column,
    ColumnOrder,
    Type,
    Nullability,
    PrimaryKey,
    UniqueKey,
    ForeignKey,
    Index,
    IndexMethod,
}

impl fmt::Display for Aspect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Aspect::Table => "table",
            Aspect::TableName => "table name",
            Aspect::ColumnName => "column name",
            Aspect::Column => "column",
            Aspect::ColumnOrder => "column order",
            Aspect::Type => "type",
            Aspect::Nullability => "nullability",
            Aspect::PrimaryKey => "primary key",
            Aspect::UniqueKey => "unique key",
            Aspect::ForeignKey => "foreign key",
            Aspect::Index => "index",
            Aspect::IndexMethod => "index method",
        })
    }
}

/// One difference between the server and the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub table: String,
    pub aspect: Aspect,
    pub server: String,
    pub model: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: server has {}; model has {}",
            self.table, self.aspect, self.server, self.model
        )
    }
}

const NOTHING: &str = "nothing";

/// Every difference between the two sets of tables, table by table in name order.
///
/// Names are compared exactly. When the model spells a table's name in another case only
/// (`ofUser` where the server folded it to `ofuser`), that is one mismatch, and the two are
/// still compared member by member so that nothing else hides behind the name.
pub fn compare(server: &Shapes, model: &Shapes, model_placeholders: &[String]) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut paired: Vec<&String> = Vec::new();
    for (name, server_table) in server {
        if let Some(model_table) = model.get(name) {
            paired.push(name);
            compare_table(name, server_table, model_table, &mut out);
            continue;
        }
        let other_case = model
            .keys()
            .find(|m| m.eq_ignore_ascii_case(name) && !server.contains_key(*m));
        if let Some(other) = other_case {
            paired.push(other);
            out.push(Mismatch {
                table: name.clone(),
                aspect: Aspect::TableName,
                server: format!("`{name}`"),
                model: format!("`{other}`"),
            });
            compare_table(name, server_table, &model[other], &mut out);
            continue;
        }
        out.push(Mismatch {
            table: name.clone(),
            aspect: Aspect::Table,
            server: format!("the table ({} columns)", server_table.columns.len()),
            model: if model_placeholders.contains(name) {
                "only a placeholder for it (its CREATE TABLE was not read)".to_string()
            } else {
                NOTHING.to_string()
            },
        });
    }
    for name in model.keys() {
        if !paired.contains(&name) {
            out.push(Mismatch {
                table: name.clone(),
                aspect: Aspect::Table,
                server: NOTHING.to_string(),
                model: "a table".to_string(),
            });
        }
    }
    out
}

fn compare_table(name: &str, server: &TableShape, model: &TableShape, out: &mut Vec<Mismatch>) {
    let mut push = |aspect, server: String, model: String| {
        out.push(Mismatch {
            table: name.to_string(),
            aspect,
            server,
            model,
        })
    };
    compare_columns(server, model, &mut push);
    if server.primary_key != model.primary_key {
        push(
            Aspect::PrimaryKey,
            key_text(server.primary_key.as_deref()),
            key_text(model.primary_key.as_deref()),
        );
    }
    for (server_only, model_only) in differences(&server.unique_keys, &model.unique_keys, |k| {
        loose_columns(k)
    }) {
        push(
            Aspect::UniqueKey,
            server_only.map_or(NOTHING.to_string(), |k| key_text(Some(k))),
            model_only.map_or(NOTHING.to_string(), |k| key_text(Some(k))),
        );
    }
    let fk_key = |fk: &ForeignKeyShape| {
        format!(
            "{} {} {}",
            loose_columns(&fk.columns),
            fk.referenced_table.to_lowercase(),
            loose_columns(&fk.referenced_columns)
        )
    };
    for (server_only, model_only) in differences(&server.foreign_keys, &model.foreign_keys, fk_key)
    {
        push(
            Aspect::ForeignKey,
            server_only.map_or(NOTHING.to_string(), foreign_key_text),
            model_only.map_or(NOTHING.to_string(), foreign_key_text),
        );
    }
    let index_key = |i: &IndexShape| format!("{} {}", loose_columns(&i.columns), i.unique);
    for (server_only, model_only) in differences(&server.indexes, &model.indexes, index_key) {
        let aspect = match (server_only, model_only) {
            (Some(s), Some(m)) if s.columns == m.columns && s.unique == m.unique => {
                Aspect::IndexMethod
            }
            _ => Aspect::Index,
        };
        push(
            aspect,
            server_only.map_or(NOTHING.to_string(), index_text),
            model_only.map_or(NOTHING.to_string(), index_text),
        );
    }
}

fn compare_columns(
    server: &TableShape,
    model: &TableShape,
    push: &mut impl FnMut(Aspect, String, String),
) {
    let mut paired: Vec<&str> = Vec::new();
    for column in &server.columns {
        let exact = model.columns.iter().find(|c| c.name == column.name);
        let other_case = || {
            model.columns.iter().find(|c| {
                c.name.eq_ignore_ascii_case(&column.name)
                    && !server.columns.iter().any(|s| s.name == c.name)
            })
        };
        let Some(other) = exact.or_else(other_case) else {
            push(
                Aspect::Column,
                format!("`{}` {}", column.name, column.data_type),
                NOTHING.to_string(),
            );
            continue;
        };
        paired.push(&other.name);
        if other.name != column.name {
            push(
                Aspect::ColumnName,
                format!("`{}`", column.name),
                format!("`{}`", other.name),
            );
        }
        if column.data_type != other.data_type {
            push(
                Aspect::Type,
                format!("`{}` {}", column.name, column.data_type),
                format!("`{}` {}", other.name, other.data_type),
            );
        }
        if column.nullable != other.nullable {
            push(
                Aspect::Nullability,
                format!("`{}` {}", column.name, null_text(column.nullable)),
                format!("`{}` {}", other.name, null_text(other.nullable)),
            );
        }
    }
    for column in &model.columns {
        if !paired.contains(&column.name.as_str()) {
            push(
                Aspect::Column,
                NOTHING.to_string(),
                format!("`{}` {}", column.name, column.data_type),
            );
        }
    }
    // Order is compared over the columns both sides have, whatever their case.
    let order = |t: &TableShape, other: &TableShape| -> Vec<String> {
        t.columns
            .iter()
            .filter(|c| {
                other
                    .columns
                    .iter()
                    .any(|o| o.name.eq_ignore_ascii_case(&c.name))
            })
            .map(|c| c.name.to_lowercase())
            .collect()
    };
    let (server_order, model_order) = (order(server, model), order(model, server));
    if server_order != model_order {
        push(
            Aspect::ColumnOrder,
            server_order.join(", "),
            model_order.join(", "),
        );
    }
}

/// The elements only one side has. Exact matches cancel out first; what is left pairs up by
/// `loose` (names without quotes, case or prefix lengths, an index without its method) so
/// that a changed element reads as one line, `server has X; model has Y`. Elements with no
/// loose partner stand alone.
fn differences<'a, T: PartialEq>(
    server: &'a [T],
    model: &'a [T],
    loose: impl Fn(&T) -> String,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut model_left: Vec<&T> = model.iter().collect();
    let mut server_left = Vec::new();
    for item in server {
        match model_left.iter().position(|m| *m == item) {
            Some(p) => {
                model_left.remove(p);
            }
            None => server_left.push(item),
        }
    }
    let mut out = Vec::new();
    for item in server_left {
        let key = loose(item);
        match model_left.iter().position(|m| loose(m) == key) {
            Some(p) => out.push((Some(item), Some(model_left.remove(p)))),
            None => out.push((Some(item), None)),
        }
    }
    out.extend(model_left.into_iter().map(|m| (None, Some(m))));
    out
}

/// A column list with quotes, case, spaces and prefix lengths removed, for pairing only.
pub fn loose_columns(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| {
            let mut c: String = c
                .chars()
                .filter(|ch| !matches!(ch, '"' | '`' | '[' | ']') && !ch.is_whitespace())
                .collect::<String>()
                .to_lowercase();
            if c.ends_with(')') {
                if let Some(open) = c.rfind('(') {
                    if c[open + 1..c.len() - 1].chars().all(|d| d.is_ascii_digit()) {
                        c.truncate(open);
                    }
                }
            }
            c
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A PostgreSQL index key entry in one spelling: a plain column name is kept exactly; an
/// expression loses whitespace and case outside quotes and the parentheses around a bare
/// name, so `lower((name)::TEXT)` as written and `lower(name::text)` as the server prints
/// it are the same entry. A trailing ` DESC` is kept.
pub fn postgres_index_entry(entry: &str) -> String {
    let (body, desc) = match entry.strip_suffix(" DESC") {
        Some(body) => (body, " DESC"),
        None => (entry, ""),
    };
    if !body.contains('(') && !body.contains("::") {
        return entry.to_string();
    }
    let mut text = String::with_capacity(body.len());
    let mut quote: Option<char> = None;
    for c in body.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                text.push(c);
            }
            (Some(_), c) => text.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                text.push(c);
            }
            (None, c) if c.is_whitespace() => {}
            (None, c) => text.extend(c.to_lowercase()),
        }
    }
    while let Some(simplified) = drop_parentheses_around_a_name(&text) {
        text = simplified;
    }
    format!("{text}{desc}")
}

/// `((name)::text)` -> `(name::text)`: removes one pair of parentheses that holds only a
/// name and is not a function call's argument list.
fn drop_parentheses_around_a_name(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (open, _) in text.match_indices('(') {
        let is_call = open > 0 && {
            let before = bytes[open - 1];
            before.is_ascii_alphanumeric() || before == b'_'
        };
        if is_call {
            continue;
        }
        let rest = &text[open + 1..];
        let name_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        if name_len > 0 && rest.as_bytes().get(name_len) == Some(&b')') {
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..open]);
            out.push_str(&rest[..name_len]);
            out.push_str(&rest[name_len + 1..]);
            return Some(out);
        }
    }
    None
}

fn null_text(nullable: bool) -> &'static str {
    if nullable {
        "NULL"
    } else {
        "NOT NULL"
    }
}

fn key_text(columns: Option<&[String]>) -> String {
    match columns {
        Some(columns) => format!("({})", columns.join(", ")),
        None => "none".to_string(),
    }
}

fn foreign_key_text(fk: &ForeignKeyShape) -> String {
    format!(
        "({}) -> {}({})",
        fk.columns.join(", "),
        fk.referenced_table,
        fk.referenced_columns.join(", ")
    )
}

fn index_text(index: &IndexShape) -> String {
    format!(
        "{}index ({}) using {}",
        if index.unique { "unique " } else { "" },
        index.columns.join(", "),
        index.method
    )
}
