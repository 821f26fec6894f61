//! The smaller schema statements: sequences, partition functions and schemes, CREATE TYPE,
//! CREATE SCHEMA, `sp_addextendedproperty`, and DROP TABLE / DROP INDEX.

use sqlparser::tokenizer::Token;

use super::clauses::{self, split_commas, with_options, Diags};
use super::create_table::{body, table_options, unquote};
use crate::cursor::Cursor;
use crate::model::{
    ExtendedProperty, PartitionFunction, PartitionScheme, QualifiedName, RangeDirection, Sequence,
    Table, UserType,
};

/// A possibly signed number, verbatim.
fn number(cur: &mut Cursor) -> Option<String> {
    let lo = cur.pos;
    if cur.is(&Token::Minus) || cur.is(&Token::Plus) {
        cur.pos += 1;
    }
    if matches!(cur.peek(), Some(Token::Number(..))) {
        cur.pos += 1;
        Some(cur.text(lo, cur.pos).to_string())
    } else {
        cur.pos = lo;
        None
    }
}

/// CREATE SEQUENCE after SEQUENCE.
pub fn sequence(cur: &mut Cursor, stmt_start: usize, diags: &mut Diags) -> Option<Sequence> {
    let name = cur.object_name()?;
    let mut seq = Sequence {
        name,
        span: Default::default(),
        data_type: None,
        start: None,
        increment: None,
        min_value: None,
        max_value: None,
        cycle: false,
        cache: None,
        no_cache: false,
        comments: Vec::new(),
        owned_by: None,
    };
    loop {
        if cur.eat_kw("AS") {
            seq.data_type = clauses::data_type(cur);
        } else if cur.eat_kws(&["START", "WITH"]) {
            seq.start = number(cur);
        } else if cur.eat_kws(&["INCREMENT", "BY"]) {
            seq.increment = number(cur);
        } else if cur.eat_kw("MINVALUE") {
            seq.min_value = number(cur);
        } else if cur.eat_kw("MAXVALUE") {
            seq.max_value = number(cur);
        } else if cur.eat_kws(&["NO", "MINVALUE"]) || cur.eat_kws(&["NO", "MAXVALUE"]) {
        } else if cur.eat_kws(&["NO", "CYCLE"]) {
            seq.cycle = false;
        } else if cur.eat_kw("CYCLE") {
            seq.cycle = true;
        } else if cur.eat_kws(&["NO", "CACHE"]) {
            seq.no_cache = true;
        } else if cur.eat_kw("CACHE") {
            seq.cache = Some(number(cur).unwrap_or_default());
        } else {
            break;
        }
    }
    let _ = diags;
    seq.span = cur.span(stmt_start, cur.pos);
    Some(seq)
}

/// CREATE PARTITION FUNCTION after FUNCTION.
pub fn partition_function(
    cur: &mut Cursor,
    stmt_start: usize,
    diags: &mut Diags,
) -> Option<PartitionFunction> {
    let name = cur.ident()?;
    let (lo, hi) = cur.group()?;
    let mut tc = Cursor::new(cur.src, cur.lexed, lo, hi);
    let input_type = clauses::data_type(&mut tc)?;
    if !cur.eat_kws(&["AS", "RANGE"]) {
        diags.clause(cur.here(), "partition function without AS RANGE".into());
        return None;
    }
    let range = if cur.eat_kw("RIGHT") {
        RangeDirection::Right
    } else {
        cur.eat_kw("LEFT");
        RangeDirection::Left
    };
    if !cur.eat_kws(&["FOR", "VALUES"]) {
        diags.clause(cur.here(), "partition function without FOR VALUES".into());
        return None;
    }
    let (a, b) = cur.group()?;
    let boundaries = split_commas(cur, a, b)
        .into_iter()
        .map(|(x, y)| cur.text(x, y).to_string())
        .collect();
    Some(PartitionFunction {
        name,
        span: cur.span(stmt_start, cur.pos),
        input_type,
        range,
        boundaries,
    })
}

/// CREATE PARTITION SCHEME after SCHEME.
pub fn partition_scheme(cur: &mut Cursor, stmt_start: usize) -> Option<PartitionScheme> {
    let name = cur.ident()?;
    if !cur.eat_kws(&["AS", "PARTITION"]) {
        return None;
    }
    let function = cur.ident()?;
    let all_to = cur.eat_kw("ALL");
    if !cur.eat_kw("TO") {
        return None;
    }
    let (a, b) = cur.group()?;
    let filegroups = split_commas(cur, a, b)
        .into_iter()
        .filter_map(|(x, y)| Cursor::new(cur.src, cur.lexed, x, y).ident_or_string())
        .collect();
    Some(PartitionScheme {
        name,
        span: cur.span(stmt_start, cur.pos),
        function,
        all_to,
        filegroups,
    })
}

/// CREATE TYPE after TYPE.
pub fn user_type(cur: &mut Cursor, stmt_start: usize, diags: &mut Diags) -> Option<UserType> {
    let name = cur.object_name()?;
    let mut ut = UserType {
        name,
        span: Default::default(),
        base_type: None,
        nullable: None,
        table: None,
        external_name: None,
        description: None,
    };
    if cur.eat_kw("FROM") {
        ut.base_type = Some(clauses::data_type(cur)?);
        if cur.eat_kws(&["NOT", "NULL"]) {
            ut.nullable = Some(false);
        } else if cur.eat_kw("NULL") {
            ut.nullable = Some(true);
        }
    } else if cur.eat_kws(&["AS", "TABLE"]) {
        let mut table = Table {
            name: ut.name.clone(),
            ..Table::default()
        };
        let (lo, hi) = cur.group()?;
        body(cur, lo, hi, &mut table, diags);
        if let Some(items) = with_options(cur, diags) {
            table_options(cur, &items, &mut table.options, diags);
        }
        table.span = cur.span(stmt_start, cur.pos);
        ut.table = Some(Box::new(table));
    } else if cur.eat_kws(&["EXTERNAL", "NAME"]) {
        let lo = cur.pos;
        cur.object_name()?;
        ut.external_name = Some(cur.text(lo, cur.pos).to_string());
    } else {
        return None;
    }
    ut.span = cur.span(stmt_start, cur.pos);
    Some(ut)
}

/// CREATE SCHEMA after SCHEMA.
pub fn schema(cur: &mut Cursor) -> Option<String> {
    let name = cur.ident()?;
    if cur.eat_kw("AUTHORIZATION") {
        cur.ident();
    }
    Some(name)
}

/// `EXEC [sys.]sp_addextendedproperty` arguments, named or positional.
pub fn extended_property(
    cur: &mut Cursor,
    end: usize,
    stmt_start: usize,
) -> Option<ExtendedProperty> {
    const PARAMS: [&str; 8] = [
        "@name",
        "@value",
        "@level0type",
        "@level0name",
        "@level1type",
        "@level1name",
        "@level2type",
        "@level2name",
    ];
    let mut values: [Option<String>; 8] = Default::default();
    for (position, (a, b)) in split_commas(cur, cur.pos, end).into_iter().enumerate() {
        let mut arg = Cursor::new(cur.src, cur.lexed, a, b);
        let mut slot = position;
        if let (Some(Token::Word(w)), Some(Token::Eq)) = (arg.peek(), arg.peek_at(1)) {
            slot = PARAMS
                .iter()
                .position(|p| p.eq_ignore_ascii_case(&w.value))
                .unwrap_or(usize::MAX);
            arg.pos += 2;
        }
        let text = arg.text(arg.pos, b);
        if slot < PARAMS.len() && !text.trim().eq_ignore_ascii_case("NULL") {
            // A single string or (bracketed) name is taken as the tokenizer read it.
            values[slot] = Some(match (arg.peek(), arg.pos + 1 == b) {
                (Some(Token::Word(w)), true) => w.value.clone(),
                (Some(Token::SingleQuotedString(v)), true)
                | (Some(Token::NationalStringLiteral(v)), true) => v.clone(),
                _ => unquote(text),
            });
        }
    }
    cur.pos = end;
    let [name, value, rest @ ..] = values;
    let levels = rest
        .chunks(2)
        .filter_map(|pair| match pair {
            [Some(t), Some(n)] => Some((t.to_ascii_uppercase(), n.clone())),
            _ => None,
        })
        .collect();
    Some(ExtendedProperty {
        name: name?,
        value: value.unwrap_or_default(),
        levels,
        span: cur.span(stmt_start, end),
    })
}

/// DROP TABLE [IF EXISTS] a, b after TABLE.
pub fn drop_tables(cur: &mut Cursor, end: usize) -> Vec<QualifiedName> {
    cur.eat_kws(&["IF", "EXISTS"]);
    let names = split_commas(cur, cur.pos, end)
        .into_iter()
        .filter_map(|(a, b)| Cursor::new(cur.src, cur.lexed, a, b).object_name())
        .collect();
    cur.pos = end;
    names
}

/// DROP INDEX [IF EXISTS] ix ON t [, ...] or DROP INDEX t.ix after INDEX.
pub fn drop_indexes(cur: &mut Cursor, end: usize) -> Vec<(QualifiedName, String)> {
    cur.eat_kws(&["IF", "EXISTS"]);
    let mut out = Vec::new();
    for (a, b) in split_commas(cur, cur.pos, end) {
        let mut item = Cursor::new(cur.src, cur.lexed, a, b);
        let Some(first) = item.object_name() else {
            continue;
        };
        if item.eat_kw("ON") {
            if let Some(table) = item.object_name() {
                out.push((table, first.name));
            }
        } else if let Some(schema) = first.schema.clone() {
            // `table.index` or `schema.table.index`.
            let table = QualifiedName {
                database: None,
                schema: first.database.clone(),
                name: schema,
            };
            out.push((table, first.name));
        }
    }
    cur.pos = end;
    out
}
