//! Two parsed schemas compared for what a migration must reproduce, with a readable list of
//! every difference.
//!
//! Both sides are first normalised into [`Normal`]: what a database holds, without how the
//! script happened to say it.
//!
//! | kept (compared)                                        | ignored                          |
//! |--------------------------------------------------------|----------------------------------|
//! | table names (a missing schema is the dialect's default) | spans, comments, descriptions    |
//! | column names, type family, length, precision, scale, unsigned, enum values | column order |
//! | nullability, identity (seed, increment, style)          | `nullable_explicit`              |
//! | defaults (expression and constraint name), computed expressions | raw type spelling        |
//! | primary key, unique keys (names, columns, DESC, clustering) | index origin (inline or CREATE INDEX) |
//! | foreign keys (name, columns, referenced table and columns, actions) | the order of keys, checks, indexes |
//! | checks (name, predicate)                                | table options                    |
//! | indexes (name, kind, unique, columns, include, filter, method) |                           |
//!
//! In PostgreSQL an unnamed key, constraint or index has the name the server gives it
//! (`t_pkey`), so pg_dump's named elements equal a script's unnamed ones; MySQL's unnamed
//! foreign keys and checks are `t_ibfk_N` and `t_chk_N`. PostgreSQL and
//! MySQL keep no `DEFAULT NULL`, and MySQL's plain index on exactly a foreign key's columns
//! is left out (InnoDB makes it when a script does not).
//!
//! Expressions (defaults, checks, filters, computed columns) are compared after
//! [`normalize_expression`]: whitespace collapsed, case folded outside quotes, and
//! redundant outer parentheses removed, so `((0))` and `0` are one default.
//!
//! Use it from a test file with `#[path = "support/model_eq.rs"] mod model_eq;`.

// Each test binary compiles its own copy and uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Debug;

use schema_audit_ddl::model::{
    Column, ForeignKey, Index, IndexColumn, KeyConstraint, QualifiedName, ReferentialAction,
    Schema, Table,
};
use schema_audit_ddl::{Dialect, Length};

/// A schema as a database holds it: tables by normalised name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normal {
    pub tables: BTreeMap<String, NormalTable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalTable {
    /// Columns by name: their order is not compared.
    pub columns: BTreeMap<String, NormalColumn>,
    pub primary_key: Option<String>,
    /// Each element printed in one line, sorted: compared as sets.
    pub unique_keys: Vec<String>,
    pub foreign_keys: Vec<String>,
    pub checks: Vec<String>,
    pub indexes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NormalColumn {
    pub data_type: String,
    pub nullable: bool,
    pub default: Option<String>,
    pub identity: Option<String>,
    pub computed: Option<String>,
}

/// The dialect's default schema, which an unqualified name means.
fn default_schema(dialect: Dialect) -> Option<&'static str> {
    match dialect {
        Dialect::MsSql => Some("dbo"),
        Dialect::Postgres => Some("public"),
        Dialect::MySql => None,
    }
}

/// `schema.table`, with the default schema filled in. T-SQL and MySQL names are compared
/// without case (as the servers' default collations do), PostgreSQL names exactly (the
/// front end already folded unquoted ones).
pub fn table_key(name: &QualifiedName, dialect: Dialect) -> String {
    let schema = name
        .schema
        .as_deref()
        .or(default_schema(dialect))
        .unwrap_or("");
    let key = if schema.is_empty() {
        name.name.clone()
    } else {
        format!("{schema}.{}", name.name)
    };
    match dialect {
        Dialect::Postgres => key,
        _ => key.to_lowercase(),
    }
}

/// The schema's tables in normal form. Placeholder (`external`) tables are kept: a migration
/// that alters a table its own script never created is as wrong as one that leaves it out.
pub fn normalize(schema: &Schema, dialect: Dialect) -> Normal {
    let primary_keys: BTreeMap<String, Vec<String>> = schema
        .tables
        .iter()
        .filter_map(|t| {
            let pk = t.primary_key.as_ref()?;
            Some((
                table_key(&t.name, dialect),
                pk.columns.iter().map(|c| c.name.clone()).collect(),
            ))
        })
        .collect();
    let tables = schema
        .tables
        .iter()
        .map(|t| {
            (
                table_key(&t.name, dialect),
                normalize_table(t, dialect, &primary_keys),
            )
        })
        .collect();
    Normal { tables }
}

fn normalize_table(
    table: &Table,
    dialect: Dialect,
    primary_keys: &BTreeMap<String, Vec<String>>,
) -> NormalTable {
    let named;
    let table = match dialect {
        Dialect::Postgres => {
            named = with_postgres_names(table);
            &named
        }
        Dialect::MySql => {
            named = with_mysql_names(table);
            &named
        }
        Dialect::MsSql => table,
    };
    let mut out = NormalTable {
        columns: table
            .columns
            .iter()
            .map(|c| (c.name.clone(), normalize_column(c, dialect)))
            .collect(),
        primary_key: table.primary_key.as_ref().map(key_text),
        unique_keys: table.unique_constraints.iter().map(key_text).collect(),
        foreign_keys: table
            .foreign_keys
            .iter()
            .map(|fk| foreign_key_text(fk, dialect, primary_keys))
            .collect(),
        checks: table
            .checks
            .iter()
            .map(|c| {
                format!(
                    "check {} {}",
                    name_text(c.name.as_deref()),
                    normalize_expression(&c.expression)
                )
            })
            .collect(),
        indexes: table
            .indexes
            .iter()
            .filter(|i| dialect != Dialect::MySql || !foreign_key_index(table, i))
            .map(index_text)
            .collect(),
    };
    out.unique_keys.sort();
    out.foreign_keys.sort();
    out.checks.sort();
    out.indexes.sort();
    out
}

/// MySQL's names for unnamed foreign keys and checks, `t_ibfk_N` and `t_chk_N`, counting
/// the unnamed ones in order (as the server does when each was added unnamed).
fn with_mysql_names(table: &Table) -> Table {
    let mut out = table.clone();
    let t = &table.name.name;
    let unnamed = out.foreign_keys.iter_mut().filter(|f| f.name.is_none());
    for (n, fk) in unnamed.enumerate() {
        fk.name = Some(format!("{t}_ibfk_{}", n + 1));
    }
    let unnamed = out.checks.iter_mut().filter(|c| c.name.is_none());
    for (n, check) in unnamed.enumerate() {
        check.name = Some(format!("{t}_chk_{}", n + 1));
    }
    out
}

/// MySQL: a plain index on exactly a foreign key's columns, which InnoDB makes by itself
/// when a script leaves it out, so written or not it is the same table.
fn foreign_key_index(table: &Table, index: &Index) -> bool {
    !index.unique
        && table.foreign_keys.iter().any(|fk| {
            fk.columns.len() == index.columns.len()
                && fk
                    .columns
                    .iter()
                    .zip(&index.columns)
                    .all(|(f, c)| !c.expression && f.eq_ignore_ascii_case(&c.name))
        })
}

/// `NULL`, or pg_dump's `NULL::text`: PostgreSQL and MySQL keep no such default.
fn is_null(expression: &str) -> bool {
    let e = normalize_expression(expression);
    e == "null" || e.starts_with("null::")
}

/// The table with each unnamed key, constraint and index called what PostgreSQL calls it,
/// as its catalog does: `t_pkey` written and left unnamed are the same element.
fn with_postgres_names(table: &Table) -> Table {
    use schema_audit_ddl::generated_names::{postgres, Member};
    let mut out = table.clone();
    for (name, member) in postgres(table) {
        let name = Some(name);
        match member {
            Member::PrimaryKey => {
                if let Some(k) = out.primary_key.as_mut() {
                    k.name = name;
                }
            }
            Member::Unique(i) => out.unique_constraints[i].name = name,
            Member::ForeignKey(i) => out.foreign_keys[i].name = name,
            Member::Check(i) => out.checks[i].name = name,
            Member::Index(i) => out.indexes[i].name = name,
        }
    }
    out
}

fn normalize_column(column: &Column, dialect: Dialect) -> NormalColumn {
    let t = &column.data_type;
    let mut data_type = format!("{:?}", t.family).to_lowercase();
    let length = match t.length {
        Some(Length::Max) => Some("max".to_string()),
        Some(Length::Chars(n)) => Some(n.to_string()),
        None => None,
    };
    let parts: Vec<String> = [length, t.precision.map(|p| p.to_string())]
        .into_iter()
        .flatten()
        .chain(t.scale.map(|s| s.to_string()))
        .collect();
    if !parts.is_empty() {
        data_type.push_str(&format!("({})", parts.join(",")));
    }
    if !t.args.is_empty() {
        data_type.push_str(&format!(" [{}]", t.args.join(",")));
    }
    if column.unsigned {
        data_type.push_str(" unsigned");
    }
    NormalColumn {
        data_type,
        nullable: column.nullable,
        default: column
            .default
            .as_ref()
            .filter(|d| dialect == Dialect::MsSql || !is_null(&d.expression))
            .map(|d| match &d.constraint_name {
                Some(name) => format!(
                    "{} (constraint {name})",
                    normalize_expression(&d.expression)
                ),
                None => normalize_expression(&d.expression),
            }),
        identity: column.identity.as_ref().map(|i| {
            format!(
                "{:?}({}, {}){}",
                i.style,
                i.seed,
                i.increment,
                i.options
                    .as_deref()
                    .map(|o| format!(" {}", normalize_expression(o)))
                    .unwrap_or_default()
            )
        }),
        computed: column.computed.as_ref().map(|c| {
            format!(
                "{}{}",
                normalize_expression(&c.expression),
                if c.persisted { " persisted" } else { "" }
            )
        }),
    }
}

fn name_text(name: Option<&str>) -> String {
    match name {
        Some(name) => format!("`{name}`"),
        None => "(unnamed)".to_string(),
    }
}

fn column_list(columns: &[IndexColumn]) -> String {
    columns
        .iter()
        .map(|c| {
            let mut text = if c.expression {
                normalize_expression(&c.name)
            } else {
                c.name.clone()
            };
            if let Some(n) = c.prefix_length {
                text.push_str(&format!("({n})"));
            }
            if let Some(opclass) = &c.opclass {
                text.push_str(&format!(" {}", opclass.to_lowercase()));
            }
            if c.descending {
                text.push_str(" DESC");
            }
            match c.nulls_first {
                Some(true) => text.push_str(" NULLS FIRST"),
                Some(false) => text.push_str(" NULLS LAST"),
                None => {}
            }
            text
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn key_text(key: &KeyConstraint) -> String {
    format!(
        "{} ({}) {:?}",
        name_text(key.name.as_deref()),
        column_list(&key.columns),
        key.clustering
    )
}

/// Not written means NO ACTION. On MySQL and MariaDB, RESTRICT is NO ACTION too: InnoDB
/// checks both at once and reports both as RESTRICT. PostgreSQL tells them apart (NO ACTION
/// can be deferred), and T-SQL has no RESTRICT.
fn action(a: Option<ReferentialAction>, dialect: Dialect) -> ReferentialAction {
    match a {
        None => ReferentialAction::NoAction,
        Some(ReferentialAction::Restrict) if dialect == Dialect::MySql => {
            ReferentialAction::NoAction
        }
        Some(a) => a,
    }
}

fn foreign_key_text(
    fk: &ForeignKey,
    dialect: Dialect,
    primary_keys: &BTreeMap<String, Vec<String>>,
) -> String {
    let referenced = table_key(&fk.referenced_table, dialect);
    // `REFERENCES t` without columns means t's primary key.
    let referenced_columns = if fk.referenced_columns.is_empty() {
        primary_keys.get(&referenced).cloned().unwrap_or_default()
    } else {
        fk.referenced_columns.clone()
    };
    format!(
        "{} ({}) -> {referenced} ({}) on delete {:?} on update {:?}{}",
        name_text(fk.name.as_deref()),
        fk.columns.join(", "),
        referenced_columns.join(", "),
        action(fk.on_delete, dialect),
        action(fk.on_update, dialect),
        fk.deferrable
            .as_deref()
            .map(|d| format!(" {d}"))
            .unwrap_or_default()
    )
}

fn index_text(index: &Index) -> String {
    let mut text = format!(
        "{} {:?}{} ({})",
        name_text(index.name.as_deref()),
        index.kind,
        if index.unique { " unique" } else { "" },
        column_list(&index.columns)
    );
    if !index.include.is_empty() {
        text.push_str(&format!(" include ({})", index.include.join(", ")));
    }
    if let Some(filter) = &index.filter {
        text.push_str(&format!(" where {}", normalize_expression(filter)));
    }
    // Not written means the server's default, btree.
    let method = index.method.as_deref().unwrap_or("btree").to_lowercase();
    if method != "btree" {
        text.push_str(&format!(" using {method}"));
    }
    text
}

/// An expression in one spelling: whitespace kept only between two words (as one space),
/// lower case outside string literals and double-quoted names, T-SQL brackets and
/// MySQL backticks removed (those names ignore case), and redundant outer parentheses removed.
pub fn normalize_expression(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The closing character of the quoted part we are in, and whether it keeps case.
    let mut quote: Option<(char, bool)> = None;
    let mut pending_space = false;
    for c in text.trim().chars() {
        if let Some((close, keeps_case)) = quote {
            if c == close {
                quote = None;
                if keeps_case {
                    out.push(c);
                }
            } else if keeps_case {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        // A space matters only between two words: `is null`, but `a>=0` and `in('a')`.
        let word = |x: char| x.is_alphanumeric() || x == '_';
        if pending_space && word(c) && out.ends_with(word) {
            out.push(' ');
        }
        pending_space = false;
        match c {
            '\'' | '"' => {
                quote = Some((c, true));
                out.push(c);
            }
            '`' => quote = Some(('`', false)),
            '[' => quote = Some((']', false)),
            _ => out.extend(c.to_lowercase()),
        }
    }
    while let Some(inner) = strip_outer_parentheses(&out) {
        out = inner.to_string();
    }
    out
}

/// `(x)` -> `x` when the first parenthesis closes at the very end (quotes respected).
fn strip_outer_parentheses(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"' | '`') => quote = Some(c),
            (None, '[') => quote = Some(']'),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            _ => {}
        }
    }
    (depth == 0).then_some(inner)
}

/// Every difference between two normal forms, one line each, table by table in name order:
/// `orders.total: type: migrated decimal(10,2) vs new decimal(12,2)`. Empty when equal.
pub fn differences(
    left_label: &str,
    left: &Normal,
    right_label: &str,
    right: &Normal,
) -> Vec<String> {
    let mut out = Vec::new();
    let both = |a: &str, b: &str| format!("{left_label} {a} vs {right_label} {b}");
    for (name, l) in &left.tables {
        let Some(r) = right.tables.get(name) else {
            out.push(format!("{name}: table: {}", both("has it", "does not")));
            continue;
        };
        for (column, lc) in &l.columns {
            let Some(rc) = r.columns.get(column) else {
                out.push(format!(
                    "{name}.{column}: column: {}",
                    both(&format!("has it ({})", lc.data_type), "does not")
                ));
                continue;
            };
            let mut field = |what: &str, a: String, b: String| {
                if a != b {
                    out.push(format!("{name}.{column}: {what}: {}", both(&a, &b)));
                }
            };
            field("type", lc.data_type.clone(), rc.data_type.clone());
            field(
                "nullability",
                null_text(lc.nullable).into(),
                null_text(rc.nullable).into(),
            );
            field(
                "default",
                option_text(&lc.default),
                option_text(&rc.default),
            );
            field(
                "identity",
                option_text(&lc.identity),
                option_text(&rc.identity),
            );
            field(
                "computed",
                option_text(&lc.computed),
                option_text(&rc.computed),
            );
        }
        for (column, rc) in &r.columns {
            if !l.columns.contains_key(column) {
                out.push(format!(
                    "{name}.{column}: column: {}",
                    both("does not have it", &format!("has it ({})", rc.data_type))
                ));
            }
        }
        if l.primary_key != r.primary_key {
            out.push(format!(
                "{name}: primary key: {}",
                both(&option_text(&l.primary_key), &option_text(&r.primary_key))
            ));
        }
        set_differences(
            name,
            "unique key",
            &l.unique_keys,
            &r.unique_keys,
            &both,
            &mut out,
        );
        set_differences(
            name,
            "foreign key",
            &l.foreign_keys,
            &r.foreign_keys,
            &both,
            &mut out,
        );
        set_differences(name, "check", &l.checks, &r.checks, &both, &mut out);
        set_differences(name, "index", &l.indexes, &r.indexes, &both, &mut out);
    }
    for name in right.tables.keys() {
        if !left.tables.contains_key(name) {
            out.push(format!(
                "{name}: table: {}",
                both("does not have it", "has it")
            ));
        }
    }
    out
}

/// Elements only one side has. Elements with the same leading name (the text up to the
/// first space) are shown as one changed element.
fn set_differences(
    table: &str,
    what: &str,
    left: &[String],
    right: &[String],
    both: &impl Fn(&str, &str) -> String,
    out: &mut Vec<String>,
) {
    let mut right_left: Vec<&String> = right.iter().collect();
    let mut left_only = Vec::new();
    for item in left {
        match right_left.iter().position(|r| *r == item) {
            Some(p) => {
                right_left.remove(p);
            }
            None => left_only.push(item),
        }
    }
    let leading_name = |s: &str| -> Option<String> {
        let first = s.split(' ').find(|w| *w != "check")?;
        (first != "(unnamed)").then(|| first.to_string())
    };
    for item in left_only {
        let partner = leading_name(item).and_then(|n| {
            right_left
                .iter()
                .position(|r| leading_name(r).as_deref() == Some(n.as_str()))
        });
        match partner {
            Some(p) => {
                let r = right_left.remove(p);
                out.push(format!("{table}: {what}: {}", both(item, r)));
            }
            None => out.push(format!("{table}: {what}: {}", both(item, "nothing"))),
        }
    }
    for r in right_left {
        out.push(format!("{table}: {what}: {}", both("nothing", r)));
    }
}

fn null_text(nullable: bool) -> &'static str {
    if nullable {
        "NULL"
    } else {
        "NOT NULL"
    }
}

fn option_text<T: AsRef<str> + Debug>(value: &Option<T>) -> String {
    match value {
        Some(v) => v.as_ref().to_string(),
        None => "none".to_string(),
    }
}

/// Parses both texts and lists their differences (`left_label`'s against `right_label`'s).
pub fn compare_sources(
    dialect: Dialect,
    left_label: &str,
    left: &str,
    right_label: &str,
    right: &str,
) -> Vec<String> {
    let l = schema_audit_ddl::parse(left, dialect);
    let r = schema_audit_ddl::parse(right, dialect);
    differences(
        left_label,
        &normalize(&l.schema, dialect),
        right_label,
        &normalize(&r.schema, dialect),
    )
}
