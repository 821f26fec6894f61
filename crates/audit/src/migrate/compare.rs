//! When two model elements are the same for a migration: what the server stores, not how the
//! script wrote it (positions, comments, case of keywords, redundant parentheses).

use schema_audit_ddl::{
    Check, Clustering, Column, DataType, Dialect, ForeignKey, Index, IndexColumn, KeyConstraint,
    OptionValue, ReferentialAction, TypeFamily,
};

/// Options that say how a statement runs, not what it builds.
const HOW_TO_RUN: &[&str] = &[
    "online",
    "sort_in_tempdb",
    "maxdop",
    "drop_existing",
    "resumable",
    "wait_at_low_priority",
    "max_duration",
];

fn eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn names_eq(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| eq(x, y))
}

fn opt_names_eq(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// An expression without redundant outer parentheses and with whitespace collapsed, so
/// `((0))`, `(0)` and `0` compare equal.
pub fn expression(text: &str) -> String {
    let mut e = text.trim();
    while e.starts_with('(') && e.ends_with(')') && wraps(e) {
        e = e[1..e.len() - 1].trim();
    }
    let mut out = String::with_capacity(e.len());
    let mut quote: Option<char> = None;
    let mut space = false;
    for c in e.chars() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => space = true,
            None => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                if c == '\'' || c == '"' {
                    quote = Some(c);
                }
                out.push(c.to_ascii_lowercase());
            }
        }
    }
    out
}

/// Whether the parenthesis opening `e` closes at its end.
fn wraps(e: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for (i, c) in e.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1 == e.len();
                }
            }
            _ => {}
        }
    }
    false
}

fn expressions_eq(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => expression(a) == expression(b),
        (None, None) => true,
        _ => false,
    }
}

pub fn types_eq(a: &DataType, b: &DataType) -> bool {
    let plain = |f: &TypeFamily| {
        matches!(
            f,
            TypeFamily::Other(_) | TypeFamily::UserDefined(_) | TypeFamily::Unknown
        )
    };
    if plain(&a.family) || plain(&b.family) {
        let squash = |t: &DataType| {
            t.raw
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase()
        };
        return squash(a) == squash(b);
    }
    a.family == b.family
        && a.length == b.length
        && a.precision == b.precision
        && a.scale == b.scale
        && names_eq(&a.args, &b.args)
}

/// Whether changing `old` to `new` keeps every value: a longer string, a wider integer or
/// decimal, a longer time scale. Anything else may truncate or fail to convert.
pub fn widens(old: &DataType, new: &DataType) -> bool {
    use schema_audit_ddl::Length;
    use TypeFamily as F;
    let rank = |f: &TypeFamily| match f {
        F::TinyInt => Some(1),
        F::SmallInt => Some(2),
        F::Int => Some(3),
        F::BigInt => Some(4),
        _ => None,
    };
    let longer = |a: Option<Length>, b: Option<Length>| match (a, b) {
        (_, Some(Length::Max)) => true,
        (Some(Length::Chars(x)), Some(Length::Chars(y))) => y >= x,
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(_), None) | (Some(Length::Max), Some(Length::Chars(_))) => false,
    };
    let chars = |f: &TypeFamily| match f {
        F::Char | F::VarChar => Some(1),
        F::NChar | F::NVarChar => Some(2),
        _ => None,
    };
    if let (Some(a), Some(b)) = (rank(&old.family), rank(&new.family)) {
        return b >= a;
    }
    if let (Some(a), Some(b)) = (chars(&old.family), chars(&new.family)) {
        let fixed_to_var = matches!(
            (&old.family, &new.family),
            (F::Char | F::NChar, _) | (_, F::VarChar | F::NVarChar)
        );
        return b >= a && fixed_to_var && longer(old.length, new.length);
    }
    if old.family == new.family {
        return match old.family {
            F::Decimal | F::Numeric => {
                let (p0, s0) = (old.precision.unwrap_or(18), old.scale.unwrap_or(0));
                let (p1, s1) = (new.precision.unwrap_or(18), new.scale.unwrap_or(0));
                s1 >= s0 && p1 - s1.min(p1) >= p0 - s0.min(p0)
            }
            F::DateTime2 | F::Time | F::DateTimeOffset => {
                new.scale.unwrap_or(7) >= old.scale.unwrap_or(7)
            }
            F::Binary | F::VarBinary => longer(old.length, new.length),
            _ => types_eq(old, new),
        };
    }
    matches!(
        (&old.family, &new.family),
        (F::VarChar | F::Char, F::Text)
            | (F::NVarChar | F::NChar, F::NText)
            | (F::Real, F::Float)
            | (F::Date | F::SmallDateTime | F::DateTime, F::DateTime2)
            | (F::Binary, F::VarBinary)
    )
}

/// Whether two columns are the same apart from their names and positions.
pub fn column_definition_eq(a: &Column, b: &Column, dialect: Dialect) -> bool {
    types_eq(&a.data_type, &b.data_type)
        && a.nullable == b.nullable
        && defaults_eq(a, b, dialect)
        && a.identity.is_some() == b.identity.is_some()
        && computed_eq(a, b)
        && storage_eq(a, b)
}

pub fn computed_eq(a: &Column, b: &Column) -> bool {
    match (&a.computed, &b.computed) {
        (Some(x), Some(y)) => {
            x.persisted == y.persisted && expression(&x.expression) == expression(&y.expression)
        }
        (None, None) => true,
        _ => false,
    }
}

/// Collation, character set, sign and MySQL's ON UPDATE: what an ALTER COLUMN restates.
pub fn storage_eq(a: &Column, b: &Column) -> bool {
    opt_names_eq(&a.collation, &b.collation)
        && opt_names_eq(&a.charset, &b.charset)
        && a.unsigned == b.unsigned
        && expressions_eq(a.on_update.as_deref(), b.on_update.as_deref())
}

pub fn defaults_eq(a: &Column, b: &Column, dialect: Dialect) -> bool {
    expressions_eq(kept_default(a, dialect), kept_default(b, dialect))
}

/// A column's default as the server keeps it. PostgreSQL and MySQL keep no default for
/// `DEFAULT NULL` (which mysqldump writes on every nullable column, and pg_dump as
/// `NULL::text`); SQL Server makes a default constraint of it, so it stays.
pub fn kept_default(column: &Column, dialect: Dialect) -> Option<&str> {
    let text = column.default.as_ref()?.expression.as_str();
    let e = expression(text).to_ascii_lowercase();
    let null = e == "null" || e.strip_prefix("null::").is_some();
    (dialect == Dialect::MsSql || !null).then_some(text)
}

pub fn identity_eq(a: &Column, b: &Column) -> bool {
    match (&a.identity, &b.identity) {
        (Some(x), Some(y)) => x.style == y.style,
        (None, None) => true,
        _ => false,
    }
}

fn index_columns_eq(a: &[IndexColumn], b: &[IndexColumn]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            let name = if x.expression {
                expression(&x.name) == expression(&y.name)
            } else {
                eq(&x.name, &y.name)
            };
            name && x.descending == y.descending
                && x.expression == y.expression
                && x.prefix_length == y.prefix_length
                && opt_names_eq(&x.opclass, &y.opclass)
                && x.nulls_first == y.nulls_first
        })
}

fn options_eq(a: &[OptionValue], b: &[OptionValue]) -> bool {
    let kept = |o: &&OptionValue| !HOW_TO_RUN.iter().any(|h| eq(h, &o.name));
    let mut x: Vec<(String, String)> = a
        .iter()
        .filter(kept)
        .map(|o| (o.name.to_ascii_lowercase(), expression(&o.value)))
        .collect();
    let mut y: Vec<(String, String)> = b
        .iter()
        .filter(kept)
        .map(|o| (o.name.to_ascii_lowercase(), expression(&o.value)))
        .collect();
    x.sort();
    y.sort();
    x == y
}

fn clustering(c: Clustering, primary: bool) -> Clustering {
    match c {
        Clustering::Unspecified if primary => Clustering::Clustered,
        Clustering::Unspecified => Clustering::NonClustered,
        other => other,
    }
}

/// Keys compare by columns, clustering (T-SQL) and options; `names` also by name.
pub fn keys_eq(
    a: &KeyConstraint,
    b: &KeyConstraint,
    primary: bool,
    names: bool,
    dialect: Dialect,
) -> bool {
    (!names || opt_names_eq(&a.name, &b.name) || (primary && dialect == Dialect::MySql))
        && index_columns_eq(&a.columns, &b.columns)
        && (dialect != Dialect::MsSql
            || clustering(a.clustering, primary) == clustering(b.clustering, primary))
        && options_eq(&a.options, &b.options)
}

/// A referential action as the server keeps it: none written is NO ACTION, and MySQL checks
/// RESTRICT and NO ACTION alike (PostgreSQL does not: only NO ACTION can be deferred).
fn action(a: Option<ReferentialAction>, dialect: Dialect) -> ReferentialAction {
    match a {
        None => ReferentialAction::NoAction,
        Some(ReferentialAction::Restrict) if dialect == Dialect::MySql => {
            ReferentialAction::NoAction
        }
        Some(other) => other,
    }
}

pub fn foreign_keys_eq(a: &ForeignKey, b: &ForeignKey, names: bool, dialect: Dialect) -> bool {
    (!names || opt_names_eq(&a.name, &b.name))
        && names_eq(&a.columns, &b.columns)
        && a.referenced_table.same_object(&b.referenced_table)
        && (names_eq(&a.referenced_columns, &b.referenced_columns)
            || a.referenced_columns.is_empty()
            || b.referenced_columns.is_empty())
        && action(a.on_delete, dialect) == action(b.on_delete, dialect)
        && action(a.on_update, dialect) == action(b.on_update, dialect)
        && opt_names_eq(&a.deferrable, &b.deferrable)
}

pub fn checks_eq(a: &Check, b: &Check, names: bool) -> bool {
    (!names || opt_names_eq(&a.name, &b.name))
        && expression(&a.expression) == expression(&b.expression)
}

pub fn indexes_eq(a: &Index, b: &Index, names: bool) -> bool {
    let method = |i: &Index| {
        i.method
            .as_deref()
            .map(str::to_ascii_lowercase)
            .filter(|m| m != "btree")
    };
    (!names || opt_names_eq(&a.name, &b.name))
        && a.kind == b.kind
        && a.unique == b.unique
        && index_columns_eq(&a.columns, &b.columns)
        && names_eq(&a.include, &b.include)
        && expressions_eq(a.filter.as_deref(), b.filter.as_deref())
        && method(a) == method(b)
        && options_eq(&a.options, &b.options)
        && a.storage == b.storage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_lose_redundant_parentheses_and_spacing() {
        assert_eq!(expression("((0))"), "0");
        assert_eq!(expression("(a) + (b)"), "(a) + (b)");
        assert_eq!(expression("  GETDATE( )"), "getdate( )");
        assert_eq!(expression("('A  B')"), "'A  B'");
        assert_ne!(expression("'a'"), expression("'b'"));
    }

    #[test]
    fn widening_keeps_values_and_narrowing_does_not() {
        let t = |family, length| DataType {
            family,
            length,
            precision: None,
            scale: None,
            raw: String::new(),
            args: vec![],
        };
        use schema_audit_ddl::Length::*;
        use TypeFamily as F;
        assert!(widens(&t(F::Int, None), &t(F::BigInt, None)));
        assert!(!widens(&t(F::BigInt, None), &t(F::Int, None)));
        assert!(widens(
            &t(F::VarChar, Some(Chars(20))),
            &t(F::VarChar, Some(Chars(50)))
        ));
        assert!(!widens(
            &t(F::VarChar, Some(Chars(50))),
            &t(F::VarChar, Some(Chars(20)))
        ));
        assert!(widens(
            &t(F::VarChar, Some(Chars(50))),
            &t(F::NVarChar, Some(Max))
        ));
        assert!(!widens(
            &t(F::NVarChar, Some(Chars(50))),
            &t(F::VarChar, Some(Chars(50)))
        ));
        assert!(!widens(&t(F::VarChar, Some(Chars(50))), &t(F::Int, None)));
    }
}
