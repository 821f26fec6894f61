//! Clauses shared by CREATE TABLE, CREATE INDEX, ALTER TABLE and CREATE TYPE: data types,
//! WITH option lists, storage (`ON ...`), key column lists and free-standing expressions.

use sqlparser::tokenizer::Token;

use crate::cursor::{is_clause_keyword, Cursor};
use crate::lexer::is_kw;
use crate::model::{
    codes, Clustering, DataType, Diagnostic, DiagnosticSeverity, IndexColumn, OptionValue,
    ReferentialAction, Span, Storage,
};
use crate::types;

/// Diagnostics for one statement, and whether any clause was not understood.
#[derive(Default)]
pub struct Diags {
    pub list: Vec<Diagnostic>,
}

impl Diags {
    /// A clause the model does not hold: the statement becomes partial.
    pub fn clause(&mut self, span: Span, message: String) {
        self.list.push(Diagnostic {
            severity: DiagnosticSeverity::Warning,
            code: codes::CLAUSE_NOT_UNDERSTOOD.to_string(),
            message: format!("line {}: {message}", span.line),
            span,
        });
    }

    pub fn push(&mut self, severity: DiagnosticSeverity, code: &str, span: Span, message: String) {
        self.list.push(Diagnostic {
            severity,
            code: code.to_string(),
            message: format!("line {}: {message}", span.line),
            span,
        });
    }

    /// Whether any warning or error (not info) was recorded.
    pub fn has_problems(&self) -> bool {
        self.list
            .iter()
            .any(|d| d.severity != DiagnosticSeverity::Info)
    }
}

/// Splits `lo..hi` at top-level commas, skipping bracketed groups.
pub fn split_commas(cur: &Cursor, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = lo;
    let mut i = lo;
    while i < hi {
        match cur.lexed.toks[i].token {
            Token::LParen => i = cur.close_of(i).min(hi),
            Token::Comma => {
                parts.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < hi {
        parts.push((start, hi));
    }
    parts
}

/// Reads a data type: `[schema.]name [(args)]`, with the multi-word spellings
/// (`DOUBLE PRECISION`, `NATIONAL CHARACTER VARYING`, ...).
pub fn data_type(cur: &mut Cursor) -> Option<DataType> {
    let start = cur.pos;
    let first = match cur.peek() {
        Some(Token::Word(w)) => w.clone(),
        _ => return None,
    };
    cur.pos += 1;
    let (schema, mut name) = if cur.is(&Token::Period) {
        cur.pos += 1;
        let name = cur.ident()?;
        (Some(first.value), name)
    } else {
        (None, first.value)
    };
    if schema.is_none() && first.quote_style.is_none() {
        for follower in ["PRECISION", "CHARACTER", "CHAR", "VARYING"] {
            if cur.is_kw(follower) {
                name = format!("{name} {}", follower.to_ascii_lowercase());
                cur.pos += 1;
            }
        }
    }
    let mut args = Vec::new();
    if let Some((lo, hi)) = cur.group() {
        args = split_commas(cur, lo, hi)
            .into_iter()
            .map(|(a, b)| cur.text(a, b))
            .collect();
    }
    let raw = cur.text(start, cur.pos);
    Some(types::data_type(schema.as_deref(), &name, &args, raw, true))
}

/// Index options that say how SQL Server builds or changes an index, not what the index
/// is: they are not kept in the model, so an index made with `ONLINE = ON` equals one made
/// without it.
const HOW_TO_RUN_OPTIONS: [&str; 7] = [
    "ONLINE",
    "SORT_IN_TEMPDB",
    "MAXDOP",
    "DROP_EXISTING",
    "RESUMABLE",
    "MAX_DURATION",
    "WAIT_AT_LOW_PRIORITY",
];

/// Whether an index option only says how the statement runs (see [`HOW_TO_RUN_OPTIONS`]).
pub fn is_how_to_run(option: &OptionValue) -> bool {
    HOW_TO_RUN_OPTIONS
        .iter()
        .any(|o| option.name.eq_ignore_ascii_case(o))
}

/// One `name = value` item of a WITH list, with the value's token range.
pub struct OptionItem {
    pub option: OptionValue,
    pub value: (usize, usize),
    pub span: Span,
}

/// Reads `WITH (a = b, ...)`, or the legacy `WITH FILLFACTOR = n`. The cursor must be at
/// WITH; returns `None` (cursor unmoved) when WITH is not followed by an option list.
pub fn with_options(cur: &mut Cursor, diags: &mut Diags) -> Option<Vec<OptionItem>> {
    if !cur.is_kw("WITH") {
        return None;
    }
    if matches!(cur.peek_at(1), Some(Token::LParen)) {
        cur.pos += 1;
        let (lo, hi) = cur.group()?;
        return Some(option_list(cur, lo, hi, diags));
    }
    if cur.is_kw_at(1, "FILLFACTOR") {
        let lo = cur.pos + 1;
        let mut hi = lo + 1;
        if matches!(cur.tok(hi).map(|t| &t.token), Some(Token::Eq)) {
            hi += 2;
        }
        let hi = hi.min(cur.end);
        cur.pos = hi;
        return Some(option_list(cur, lo, hi, diags));
    }
    None
}

/// Parses the inside of an option list.
pub fn option_list(cur: &Cursor, lo: usize, hi: usize, diags: &mut Diags) -> Vec<OptionItem> {
    let mut items = Vec::new();
    for (a, b) in split_commas(cur, lo, hi) {
        let name = match cur.tok(a).map(|t| &t.token) {
            Some(Token::Word(w)) => w.value.to_ascii_uppercase(),
            _ => {
                diags.clause(
                    cur.span(a, b),
                    format!("option `{}` not understood", cur.quote(a, b)),
                );
                continue;
            }
        };
        let mut v = a + 1;
        if matches!(cur.tok(v).map(|t| &t.token), Some(Token::Eq)) {
            v += 1;
        }
        items.push(OptionItem {
            option: OptionValue {
                name,
                value: cur.text(v, b).to_string(),
            },
            value: (v, b),
            span: cur.span(a, b),
        });
    }
    items
}

/// Reads `ON filegroup` or `ON scheme(column)`; the cursor must be just after ON.
pub fn storage(cur: &mut Cursor) -> Option<Storage> {
    let name = cur.ident_or_string()?;
    if let Some((lo, hi)) = cur.group() {
        let column = cur.text(lo, hi);
        let column = column.trim_matches(|c| c == '[' || c == ']' || c == '"');
        return Some(Storage::PartitionScheme {
            scheme: name,
            column: column.to_string(),
        });
    }
    Some(Storage::Filegroup(name))
}

/// Reads `(a [ASC|DESC], ...)` at the cursor.
pub fn index_columns(cur: &mut Cursor, diags: &mut Diags) -> Option<Vec<IndexColumn>> {
    let (lo, hi) = cur.group()?;
    let mut columns = Vec::new();
    for (a, b) in split_commas(cur, lo, hi) {
        let mut item = Cursor::new(cur.src, cur.lexed, a, b);
        let Some(name) = item.ident() else {
            diags.clause(
                cur.span(a, b),
                format!("index column `{}` not understood", cur.quote(a, b)),
            );
            continue;
        };
        let descending = item.eat_kw("DESC");
        if !descending {
            item.eat_kw("ASC");
        }
        if !item.at_end() {
            diags.clause(
                item.here(),
                format!(
                    "`{}` after index column `{name}` not understood",
                    item.quote(item.pos, b)
                ),
            );
        }
        columns.push(IndexColumn {
            descending,
            ..IndexColumn::named(name)
        });
    }
    Some(columns)
}

/// Reads `(a, b)` as plain names.
pub fn name_list(cur: &mut Cursor, diags: &mut Diags) -> Option<Vec<String>> {
    index_columns(cur, diags).map(|cols| cols.into_iter().map(|c| c.name).collect())
}

/// Reads CLUSTERED / NONCLUSTERED [HASH] / HASH.
pub fn clustering(cur: &mut Cursor) -> Clustering {
    if cur.eat_kw("CLUSTERED") {
        return Clustering::Clustered;
    }
    let nonclustered = cur.eat_kw("NONCLUSTERED");
    if cur.eat_kw("HASH") {
        return Clustering::Hash { bucket_count: None };
    }
    if nonclustered {
        Clustering::NonClustered
    } else {
        Clustering::Unspecified
    }
}

/// Reads an ON DELETE / ON UPDATE action.
pub fn referential_action(cur: &mut Cursor) -> Option<ReferentialAction> {
    if cur.eat_kws(&["NO", "ACTION"]) {
        Some(ReferentialAction::NoAction)
    } else if cur.eat_kw("CASCADE") {
        Some(ReferentialAction::Cascade)
    } else if cur.eat_kws(&["SET", "NULL"]) {
        Some(ReferentialAction::SetNull)
    } else if cur.eat_kws(&["SET", "DEFAULT"]) {
        Some(ReferentialAction::SetDefault)
    } else if cur.eat_kw("RESTRICT") {
        Some(ReferentialAction::Restrict)
    } else {
        None
    }
}

/// Finds the end of an unparenthesized expression (a DEFAULT value or computed column):
/// the first top-level column clause keyword, `NOT NULL`, `NOT FOR`, a `NULL` that is not
/// part of `IS [NOT] NULL`, or `FOR` that is not part of `NEXT VALUE FOR`. CASE ... END
/// counts as a bracket so keywords inside it do not end the expression.
pub fn expression_end(cur: &Cursor, lo: usize, hi: usize) -> usize {
    let mut case_depth = 0usize;
    let mut i = lo;
    while i < hi {
        let token = &cur.lexed.toks[i].token;
        if matches!(token, Token::LParen) {
            i = cur.close_of(i).min(hi) + 1;
            continue;
        }
        if is_kw(token, "CASE") {
            case_depth += 1;
        } else if is_kw(token, "END") && case_depth > 0 {
            case_depth -= 1;
        } else if case_depth == 0 && i > lo && ends_expression(cur, i) {
            return i;
        }
        i += 1;
    }
    hi.min(i)
}

fn ends_expression(cur: &Cursor, i: usize) -> bool {
    let toks = &cur.lexed.toks;
    let token = &toks[i].token;
    let prev = &toks[i - 1].token;
    let next = toks.get(i + 1).map(|t| &t.token);
    if is_clause_keyword(token) {
        return true;
    }
    if is_kw(token, "NOT") {
        return next.is_some_and(|n| is_kw(n, "NULL") || is_kw(n, "FOR")) && !is_kw(prev, "IS");
    }
    if is_kw(token, "NULL") {
        return !is_kw(prev, "IS") && !is_kw(prev, "NOT");
    }
    if is_kw(token, "FOR") {
        return !is_kw(prev, "VALUE");
    }
    is_kw(token, "WITH") && next.is_some_and(|n| is_kw(n, "VALUES"))
}

/// Identifiers mentioned in an expression (not function names, not after `.`), for
/// finding which columns a CHECK constraint reads.
pub fn identifiers(cur: &Cursor, lo: usize, hi: usize) -> Vec<String> {
    let toks = &cur.lexed.toks;
    let mut out: Vec<String> = Vec::new();
    for i in lo..hi.min(toks.len()) {
        if let Token::Word(w) = &toks[i].token {
            let called = matches!(toks.get(i + 1).map(|t| &t.token), Some(Token::LParen));
            let member = i > 0 && matches!(toks[i - 1].token, Token::Period);
            if !called && !member && !out.iter().any(|o| o.eq_ignore_ascii_case(&w.value)) {
                out.push(w.value.clone());
            }
        }
    }
    out
}

/// Whether the value text is `ON` (for `MEMORY_OPTIMIZED = ON` and the like).
pub fn is_on(text: &str) -> bool {
    text.trim().eq_ignore_ascii_case("ON")
}
