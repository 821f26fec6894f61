//! What T-SQL migration scripts do through procedures and dynamic SQL rather than DDL:
//! `sp_rename`, and the drop of a constraint whose name the server generated, found by a
//! catalog lookup:
//!
//! ```sql
//! DECLARE @default sysname = (SELECT d.name FROM sys.default_constraints AS d ...
//!     WHERE d.parent_object_id = OBJECT_ID(N'dbo.T') AND c.name = N'Col');
//! IF @default IS NOT NULL EXEC (N'ALTER TABLE dbo.T DROP CONSTRAINT ' + QUOTENAME(@default));
//! ```
//!
//! Both are read from tokens, narrowly: a shape that differs in any part is left to the
//! ordinary statement handling (skipped, as before).

use sqlparser::tokenizer::Token;

use super::alter_table::{AlterAction, Lookup};
use super::{Effect, Statement};
use crate::cursor::Cursor;
use crate::lexer::is_kw;
use crate::model::{QualifiedName, StatementKind};

/// `EXEC sp_rename N'dbo.T.Old', N'New', N'COLUMN'` (or `'INDEX'`, or no type or `'OBJECT'`
/// for a table or constraint),
/// positional or with `@objname =`, `@newname =`, `@objtype =`. The cursor is after the
/// procedure's name; `None` (cursor unmoved) when the arguments are not understood.
pub(crate) fn sp_rename(cur: &mut Cursor, end: usize) -> Option<Statement> {
    let args = arguments(cur, end)?;
    let named = |name: &str| {
        args.iter()
            .find(|(n, _)| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(name)))
            .map(|(_, v)| v.clone())
    };
    let positional = |i: usize| {
        args.get(i)
            .filter(|(name, _)| name.is_none())
            .map(|(_, v)| v.clone())
    };
    let object = named("@objname").or_else(|| positional(0))?;
    let new_name = named("@newname").or_else(|| positional(1))?;
    let kind = named("@objtype").or_else(|| positional(2));
    let mut parts = name_parts(&object)?;
    let (table, action) = match kind.as_deref().map(str::to_ascii_uppercase).as_deref() {
        None | Some("OBJECT") => {
            let object = qualified(parts)?;
            cur.pos = end;
            return Some(Statement::schema(
                StatementKind::AlterTable,
                Some(object.to_string()),
                Effect::RenameObject(object, new_name),
            ));
        }
        Some(kind @ ("COLUMN" | "INDEX")) => {
            let from = parts.pop()?;
            let table = qualified(parts)?;
            let action = if kind == "COLUMN" {
                AlterAction::RenameColumn { from, to: new_name }
            } else {
                AlterAction::RenameIndex { from, to: new_name }
            };
            (table, action)
        }
        Some(_) => return None,
    };
    cur.pos = end;
    Some(Statement::schema(
        StatementKind::AlterTable,
        Some(table.to_string()),
        Effect::Alter(table, vec![action]),
    ))
}

/// The arguments up to `end`: each a string or a word, optionally after `@name =`.
fn arguments(cur: &Cursor, end: usize) -> Option<Vec<(Option<String>, String)>> {
    let mut args = Vec::new();
    let mut i = cur.pos;
    while i < end {
        let mut name = None;
        if let (Some(Token::Word(w)), Some(Token::Eq)) = (token(cur, i), token(cur, i + 1)) {
            if w.value.starts_with('@') {
                name = Some(w.value.clone());
                i += 2;
            }
        }
        let value = match token(cur, i)? {
            Token::SingleQuotedString(s) | Token::NationalStringLiteral(s) => s.clone(),
            // A variable's value is not known here.
            Token::Word(w) if !w.value.starts_with('@') => w.value.clone(),
            _ => return None,
        };
        args.push((name, value));
        i += 1;
        match token(cur, i) {
            Some(Token::Comma) => i += 1,
            _ if i >= end => {}
            _ => return None,
        }
    }
    Some(args)
}

fn token<'a>(cur: &Cursor<'a>, i: usize) -> Option<&'a Token> {
    cur.tok(i).map(|t| &t.token)
}

/// The parts of a name written inside a string: `dbo.T.Col`, `[dbo].[Order Details].[Col]`,
/// `"dbo"."T"`. `None` when a bracket or quote is not closed or a part is empty.
pub(crate) fn name_parts(text: &str) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut chars = text.trim().chars().peekable();
    loop {
        let mut part = String::new();
        match chars.peek() {
            Some(&open @ ('[' | '"')) => {
                let close = if open == '[' { ']' } else { '"' };
                chars.next();
                loop {
                    match chars.next()? {
                        c if c == close && chars.peek() == Some(&close) => {
                            chars.next();
                            part.push(close);
                        }
                        c if c == close => break,
                        c => part.push(c),
                    }
                }
            }
            _ => {
                while let Some(&c) = chars.peek().filter(|&&c| c != '.') {
                    part.push(c);
                    chars.next();
                }
                part = part.trim().to_string();
            }
        }
        if part.is_empty() {
            return None;
        }
        parts.push(part);
        match chars.next() {
            Some('.') => continue,
            None => return Some(parts),
            Some(_) => return None,
        }
    }
}

/// `[[db.]schema.]name` from its parts.
fn qualified(mut parts: Vec<String>) -> Option<QualifiedName> {
    if parts.len() > 3 {
        return None;
    }
    let name = parts.pop()?;
    let schema = parts.pop();
    let database = parts.pop();
    Some(QualifiedName {
        database,
        schema,
        name,
    })
}

/// The catalog-lookup drop: `DECLARE @x sysname = (SELECT ... FROM sys.<catalog> ...);`
/// followed by `IF @x IS NOT NULL EXEC (N'ALTER TABLE <t> DROP CONSTRAINT ' +
/// QUOTENAME(@x));`, read as one statement. The cursor is at DECLARE; `None` (cursor
/// unmoved) unless both parts have exactly this shape and name the same table.
pub(crate) fn lookup_drop(cur: &mut Cursor) -> Option<Statement> {
    let at = |i: usize| token(cur, i);
    let kw = |i: usize, k: &str| at(i).is_some_and(|t| is_kw(t, k));
    let start = cur.pos;
    let variable = match at(start + 1)? {
        Token::Word(w) if w.value.starts_with('@') => w.value.clone(),
        _ => return None,
    };
    let is_variable =
        |i: usize| matches!(at(i), Some(Token::Word(w)) if w.value.eq_ignore_ascii_case(&variable));
    if !kw(start + 2, "sysname") || at(start + 3) != Some(&Token::Eq) {
        return None;
    }
    let open = start + 4;
    if at(open) != Some(&Token::LParen) || !kw(open + 1, "SELECT") {
        return None;
    }
    let close = cur.close_of(open);
    let query = query(cur, open + 1, close)?;
    let mut i = close + 1;
    if at(i) == Some(&Token::SemiColon) {
        i += 1;
    }
    // IF @x IS NOT NULL EXEC (N'ALTER TABLE t DROP CONSTRAINT ' + QUOTENAME(@x))
    let guard = kw(i, "IF")
        && is_variable(i + 1)
        && kw(i + 2, "IS")
        && kw(i + 3, "NOT")
        && kw(i + 4, "NULL")
        && (kw(i + 5, "EXEC") || kw(i + 5, "EXECUTE"))
        && at(i + 6) == Some(&Token::LParen);
    if !guard {
        return None;
    }
    let exec_open = i + 6;
    let exec_close = cur.close_of(exec_open);
    let j = exec_open + 1;
    let altered = match at(j)? {
        Token::SingleQuotedString(s) | Token::NationalStringLiteral(s) => dropped_from(s)?,
        _ => return None,
    };
    let call = at(j + 1) == Some(&Token::Plus)
        && kw(j + 2, "QUOTENAME")
        && at(j + 3) == Some(&Token::LParen)
        && is_variable(j + 4)
        && at(j + 5) == Some(&Token::RParen)
        && j + 6 == exec_close;
    if !call || !altered.same_object(&query.table) {
        return None;
    }
    cur.pos = exec_close + 1;
    Some(Statement::schema(
        StatementKind::AlterTable,
        Some(query.table.to_string()),
        Effect::Alter(query.table, vec![AlterAction::DropFound(query.lookup)]),
    ))
}

/// The table of `ALTER TABLE <t> DROP CONSTRAINT ` (the dynamic SQL before QUOTENAME).
fn dropped_from(sql: &str) -> Option<QualifiedName> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let n = words.len();
    let shape = n >= 5
        && words[0].eq_ignore_ascii_case("ALTER")
        && words[1].eq_ignore_ascii_case("TABLE")
        && words[n - 2].eq_ignore_ascii_case("DROP")
        && words[n - 1].eq_ignore_ascii_case("CONSTRAINT");
    if !shape || !sql.ends_with(char::is_whitespace) {
        return None;
    }
    qualified(name_parts(&words[2..n - 2].join(" "))?)
}

/// What the lookup's query selects.
struct Query {
    table: QualifiedName,
    lookup: Lookup,
}

/// Reads the lookup query between `lo` and `hi` (inside the DECLARE's brackets): the
/// catalog after the first `FROM sys.`, the table of `parent_object_id = OBJECT_ID(N'...')`,
/// and the optional `referenced_object_id = OBJECT_ID(...)`, `x.name = N'column'` and
/// `x.type = 'PK'|'UQ'`.
fn query(cur: &Cursor, lo: usize, hi: usize) -> Option<Query> {
    let at = |i: usize| token(cur, i).filter(|_| i < hi);
    let word = |i: usize| match at(i) {
        Some(Token::Word(w)) => Some(w.value.to_ascii_lowercase()),
        _ => None,
    };
    let string = |i: usize| match at(i) {
        Some(Token::SingleQuotedString(s) | Token::NationalStringLiteral(s)) => Some(s.clone()),
        _ => None,
    };
    let mut catalog = None;
    let (mut parent, mut referenced, mut column, mut kind) = (None, None, None, None);
    for i in lo..hi {
        if catalog.is_none()
            && word(i).as_deref() == Some("from")
            && word(i + 1).as_deref() == Some("sys")
            && at(i + 2) == Some(&Token::Period)
        {
            catalog = word(i + 3);
        }
        // `<key> = OBJECT_ID(N'...')`, `<key> = N'...'`
        if at(i + 1) != Some(&Token::Eq) {
            continue;
        }
        let Some(key) = word(i) else { continue };
        let object = (word(i + 2).as_deref() == Some("object_id")
            && at(i + 3) == Some(&Token::LParen)
            && at(i + 5) == Some(&Token::RParen))
        .then(|| string(i + 4))
        .flatten()
        .and_then(|s| qualified(name_parts(&s)?));
        match (key.as_str(), object) {
            ("parent_object_id" | "object_id", Some(table)) => {
                // The UQ lookup's subquery names the same table again.
                if parent
                    .as_ref()
                    .is_some_and(|p: &QualifiedName| !p.same_object(&table))
                {
                    return None;
                }
                parent = Some(table);
            }
            ("referenced_object_id", Some(table)) => referenced = Some(table),
            ("name", None) => column = string(i + 2),
            ("type", None) => kind = string(i + 2).map(|s| s.trim().to_ascii_uppercase()),
            _ => {}
        }
    }
    let table = parent?;
    let lookup = match (catalog?.as_str(), kind.as_deref(), column) {
        ("default_constraints", None, Some(column)) => Lookup::Default { column },
        ("key_constraints", Some("PK"), None) => Lookup::PrimaryKey,
        ("key_constraints", Some("UQ"), Some(column)) => Lookup::Unique { column },
        ("foreign_keys", None, Some(column)) => Lookup::ForeignKey { column, referenced },
        ("check_constraints", None, Some(column)) => Lookup::Check { column },
        _ => return None,
    };
    Some(Query { table, lookup })
}

#[cfg(test)]
mod tests {
    use super::name_parts;

    #[test]
    fn names_inside_strings() {
        let cases: [(&str, Option<&[&str]>); 7] = [
            ("dbo.T.Col", Some(&["dbo", "T", "Col"])),
            (
                "[dbo].[Order Details].[Old]",
                Some(&["dbo", "Order Details", "Old"]),
            ),
            ("[a]]b].c", Some(&["a]b", "c"])),
            ("\"dbo\".\"T\"", Some(&["dbo", "T"])),
            ("T", Some(&["T"])),
            ("[dbo.T", None),
            ("dbo..T", None),
        ];
        for (text, expected) in cases {
            let expected = expected.map(|e| e.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(name_parts(text), expected, "{text}");
        }
    }
}
