//! The names a server gives the constraints and indexes a script leaves unnamed, so that a
//! later `DROP CONSTRAINT t_pkey` or `DROP FOREIGN KEY t_ibfk_1` finds the element it
//! means. Only the servers whose names can be predicted from the definition are here:
//! SQL Server appends a random suffix (`PK__T__3214EC07...`), so T-SQL scripts drop such
//! constraints by a catalog lookup instead (`tsql::procedures`).
//!
//! | server     | element        | name                                                   |
//! |------------|----------------|--------------------------------------------------------|
//! | PostgreSQL | primary key    | `{table}_pkey`                                         |
//! | PostgreSQL | unique         | `{table}_{columns joined by _}_key`                    |
//! | PostgreSQL | foreign key    | `{table}_{columns}_fkey`                               |
//! | PostgreSQL | check          | `{table}_{column}_check` when it mentions one column, else `{table}_check` |
//! | PostgreSQL | index          | `{table}_{columns}_idx` (`expr` for an expression)     |
//! | MySQL      | primary key    | `PRIMARY`                                              |
//! | MySQL      | foreign key    | `{table}_ibfk_{n}`                                     |
//! | MySQL      | check          | `{table}_chk_{n}`                                      |
//! | MySQL      | unique, index  | its first column, then `{column}_2`, `{column}_3`, ... |
//!
//! PostgreSQL appends 1, 2, ... to the label when the name is taken, and shortens the table
//! and column parts (the longer first) to fit its 63 bytes. MySQL's `n` is read first as the
//! element's 1-based position among the table's foreign keys (or checks) in creation order,
//! as the migration generator counts, then as its position among the unnamed ones only, as
//! the server counts when every earlier one was unnamed.

use crate::model::{Dialect, IndexColumn, Table};

/// One element of a table, by kind and position in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    PrimaryKey,
    Unique(usize),
    ForeignKey(usize),
    Check(usize),
    Index(usize),
}

/// The unnamed element of `table` the server would have called `name`, if any.
pub fn find(dialect: Dialect, table: &Table, name: &str) -> Option<Member> {
    match dialect {
        Dialect::Postgres => postgres(table)
            .into_iter()
            .find(|(generated, _)| generated == name)
            .map(|(_, element)| element),
        Dialect::MySql => mysql(table, name),
        Dialect::MsSql => None,
    }
}

/// Every unnamed element of the table with the name PostgreSQL gives it.
pub fn postgres(table: &Table) -> Vec<(String, Member)> {
    let t = &table.name.name;
    let mut taken: Vec<String> = named(table).map(str::to_string).collect();
    let mut out = Vec::new();
    let mut give = |columns: Option<String>, label: &str, element: Member| {
        let mut candidate = postgres_name(t, columns.as_deref(), label);
        let mut n = 0;
        while taken.contains(&candidate) {
            n += 1;
            candidate = postgres_name(t, columns.as_deref(), &format!("{label}{n}"));
        }
        taken.push(candidate.clone());
        out.push((candidate, element));
    };
    if table.primary_key.as_ref().is_some_and(|k| k.name.is_none()) {
        give(None, "pkey", Member::PrimaryKey);
    }
    for (i, key) in table.unique_constraints.iter().enumerate() {
        if key.name.is_none() {
            give(Some(key_columns(&key.columns)), "key", Member::Unique(i));
        }
    }
    for (i, fk) in table.foreign_keys.iter().enumerate() {
        if fk.name.is_none() {
            give(Some(fk.columns.join("_")), "fkey", Member::ForeignKey(i));
        }
    }
    for (i, check) in table.checks.iter().enumerate() {
        if check.name.is_none() {
            let column = match check.columns.as_slice() {
                [column] => Some(column.clone()),
                _ => None,
            };
            give(column, "check", Member::Check(i));
        }
    }
    for (i, index) in table.indexes.iter().enumerate() {
        if index.name.is_none() {
            give(Some(key_columns(&index.columns)), "idx", Member::Index(i));
        }
    }
    out
}

/// PostgreSQL's longest name, in bytes (NAMEDATALEN - 1).
const POSTGRES_NAME_BYTES: usize = 63;

/// `{table}_{columns}_{label}` as PostgreSQL's `makeObjectName` builds it: when too long,
/// the longer of the table and column parts loses its last character until it fits.
pub fn postgres_name(table: &str, columns: Option<&str>, label: &str) -> String {
    let overhead = label.len() + 1 + usize::from(columns.is_some());
    let available = POSTGRES_NAME_BYTES.saturating_sub(overhead);
    let (mut a, mut b) = (table.len(), columns.map_or(0, str::len));
    while a + b > available {
        if a > b {
            a -= 1;
        } else {
            b -= 1;
        }
    }
    let clip = |text: &str, mut n: usize| {
        while !text.is_char_boundary(n) {
            n -= 1;
        }
        text[..n].to_string()
    };
    match columns {
        Some(columns) => format!("{}_{}_{label}", clip(table, a), clip(columns, b)),
        None => format!("{}_{label}", clip(table, a)),
    }
}

/// PostgreSQL joins the key's column names with `_`; an expression counts as `expr`.
fn key_columns(columns: &[IndexColumn]) -> String {
    columns
        .iter()
        .map(|c| {
            if c.expression {
                "expr"
            } else {
                c.name.as_str()
            }
        })
        .collect::<Vec<_>>()
        .join("_")
}

fn mysql(table: &Table, name: &str) -> Option<Member> {
    if name.eq_ignore_ascii_case("PRIMARY") && table.primary_key.is_some() {
        return Some(Member::PrimaryKey);
    }
    let t = &table.name.name;
    let numbered = |infix: &str| {
        let prefix = format!("{t}_{infix}_");
        name.get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(&prefix))
            .and_then(|_| name[prefix.len()..].parse::<usize>().ok())
            .filter(|&n| n > 0)
    };
    if let Some(n) = numbered("ibfk") {
        let unnamed = |i: usize| table.foreign_keys[i].name.is_none();
        return nth_unnamed(table.foreign_keys.len(), n, unnamed).map(Member::ForeignKey);
    }
    if let Some(n) = numbered("chk") {
        let unnamed = |i: usize| table.checks[i].name.is_none();
        return nth_unnamed(table.checks.len(), n, unnamed).map(Member::Check);
    }
    mysql_keys(table)
        .into_iter()
        .find(|(generated, _)| generated.eq_ignore_ascii_case(name))
        .map(|(_, element)| element)
}

/// The unnamed element numbered `n`: the `n`th of all when that one is unnamed, else the
/// `n`th unnamed one.
fn nth_unnamed(len: usize, n: usize, unnamed: impl Fn(usize) -> bool) -> Option<usize> {
    if n <= len && unnamed(n - 1) {
        return Some(n - 1);
    }
    (0..len).filter(|&i| unnamed(i)).nth(n - 1)
}

/// Unnamed unique keys and indexes with the names MySQL gives them: the first column, made
/// unique among the table's index names with `_2`, `_3`, ...
fn mysql_keys(table: &Table) -> Vec<(String, Member)> {
    let mut taken: Vec<String> = named(table).map(str::to_ascii_lowercase).collect();
    let keys = table
        .unique_constraints
        .iter()
        .enumerate()
        .map(|(i, k)| (k.name.is_none(), k.columns.first(), Member::Unique(i)));
    let indexes = table
        .indexes
        .iter()
        .enumerate()
        .map(|(i, ix)| (ix.name.is_none(), ix.columns.first(), Member::Index(i)));
    let mut out = Vec::new();
    for (unnamed, first, element) in keys.chain(indexes) {
        let Some(first) = first.filter(|c| unnamed && !c.expression) else {
            continue;
        };
        let mut candidate = first.name.clone();
        let mut n = 1;
        while taken.contains(&candidate.to_ascii_lowercase()) {
            n += 1;
            candidate = format!("{}_{n}", first.name);
        }
        taken.push(candidate.to_ascii_lowercase());
        out.push((candidate, element));
    }
    out
}

/// The names the script gave the table's constraints and indexes.
fn named(table: &Table) -> impl Iterator<Item = &str> {
    let keys = table
        .primary_key
        .iter()
        .chain(&table.unique_constraints)
        .filter_map(|k| k.name.as_deref());
    let fks = table.foreign_keys.iter().filter_map(|f| f.name.as_deref());
    let checks = table.checks.iter().filter_map(|c| c.name.as_deref());
    let indexes = table.indexes.iter().filter_map(|i| i.name.as_deref());
    keys.chain(fks).chain(checks).chain(indexes)
}

// The tests read PostgreSQL and MySQL scripts.
#[cfg(all(test, feature = "postgres-mysql"))]
mod tests {
    use super::*;
    use crate::parse;

    fn table(dialect: Dialect, sql: &str) -> Table {
        parse(sql, dialect).schema.tables.remove(0)
    }

    #[test]
    fn postgres_names_from_a_table() {
        let t = table(
            Dialect::Postgres,
            "CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE, c int CHECK (c > 0),
             CHECK (a < b), UNIQUE (a, b), FOREIGN KEY (b) REFERENCES p (id));
             CREATE INDEX ON t (c); CREATE INDEX ON t (c);",
        );
        let cases = [
            ("t_pkey", Some(Member::PrimaryKey)),
            ("t_b_key", Some(Member::Unique(0))),
            ("t_a_b_key", Some(Member::Unique(1))),
            ("t_b_fkey", Some(Member::ForeignKey(0))),
            ("t_c_check", Some(Member::Check(0))),
            ("t_check", Some(Member::Check(1))),
            ("t_c_idx", Some(Member::Index(0))),
            ("t_c_idx1", Some(Member::Index(1))),
            ("t_a_key", None),
        ];
        for (name, expected) in cases {
            assert_eq!(find(Dialect::Postgres, &t, name), expected, "{name}");
        }
    }

    #[test]
    fn postgres_shortens_long_names_to_63_bytes() {
        let table = "a".repeat(40);
        let columns = "b".repeat(40);
        let name = postgres_name(&table, Some(&columns), "fkey");
        assert_eq!(name.len(), 63);
        assert_eq!(name, format!("{}_{}_fkey", "a".repeat(29), "b".repeat(28)));
        assert_eq!(postgres_name("t", Some("c"), "key1"), "t_c_key1");
        assert_eq!(
            postgres_name(&"t".repeat(70), None, "pkey"),
            format!("{}_pkey", "t".repeat(58))
        );
    }

    #[test]
    fn mysql_names_from_a_table() {
        let t = table(
            Dialect::MySql,
            "CREATE TABLE t (a int, b int, PRIMARY KEY (a), UNIQUE KEY (b), KEY (b), KEY a (a, b),
             KEY (a), CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES p (id),
             FOREIGN KEY (b) REFERENCES p (id), CHECK (a > 0));",
        );
        let cases = [
            ("PRIMARY", Some(Member::PrimaryKey)),
            ("b", Some(Member::Unique(0))),
            ("b_2", Some(Member::Index(0))),
            ("a_2", Some(Member::Index(2))),
            // The first foreign key is named, so number 1 is read as the first unnamed one.
            ("t_ibfk_1", Some(Member::ForeignKey(1))),
            ("t_ibfk_2", Some(Member::ForeignKey(1))),
            ("t_chk_1", Some(Member::Check(0))),
            ("t_ibfk_3", None),
        ];
        for (name, expected) in cases {
            assert_eq!(find(Dialect::MySql, &t, name), expected, "{name}");
        }
    }
}
