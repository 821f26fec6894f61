//! A CREATE TABLE that sqlparser rejects is read again element by element, so one clause
//! it does not know (PostgreSQL 18 `VIRTUAL`, MySQL `VARCHAR(40) BINARY`, a new table
//! option) costs that clause, not the table.
//!
//! The body is split at top-level commas and each column or constraint is parsed as a
//! one-element table under the same head. An element that still fails loses the token
//! sqlparser stopped at (a bracket group as a whole), one at a time, a few times at most;
//! each token given up is a DDL003 naming it and its line. Table options after the body
//! that fail are given up as a whole, with one DDL003.

use sqlparser::ast;
use sqlparser::dialect::Dialect as SqlDialect;
use sqlparser::tokenizer::Token;

use super::Ctx;
use crate::lexer::is_kw;
use crate::model::StatementKind;
use crate::tsql::clauses::Diags;
use crate::tsql::Statement;

/// Tokens one element may lose before it is given up.
const MAX_REPAIRS: usize = 6;

/// What a token given up meant, when the model has a place for it anyway.
enum Understood {
    /// PostgreSQL 18 `GENERATED ALWAYS AS (expr) VIRTUAL`: sqlparser knows only STORED.
    Virtual,
    /// MySQL `ZEROFILL`.
    Zerofill,
    /// `AS IDENTITY (...)` options sqlparser does not read, verbatim.
    IdentityOptions(String),
}

/// One body element as sqlparser read it, with the tokens it was given.
struct Element {
    body: Vec<usize>,
    understood: Vec<Understood>,
    /// Tokens read as another token.
    overrides: Vec<(usize, Token)>,
}

impl Element {
    fn with(self, ct: ast::CreateTable) -> (ast::CreateTable, Element) {
        (ct, self)
    }
}

impl Ctx<'_> {
    /// The table, from the elements sqlparser can read, or `None` when it reads none.
    pub(super) fn create_table_by_parts(
        &self,
        d: &dyn SqlDialect,
        keep: &[usize],
        diags: &mut Diags,
    ) -> Option<Statement> {
        let toks = &self.lexed.toks;
        let open_at = keep
            .iter()
            .position(|&i| toks.get(i).is_some_and(|t| t.token == Token::LParen))?;
        let open = keep[open_at];
        let close = self.skip_group(open).checked_sub(1)?;
        let close_at = keep.iter().position(|&i| i == close)?;
        let head = &keep[..=open_at];
        let tail = &keep[close_at + 1..];
        let mut base: Option<ast::CreateTable> = None;
        let mut columns = Vec::new();
        let mut constraints = Vec::new();
        let mut fixes: Vec<(String, Understood)> = Vec::new();
        for (a, b) in self.elements(open + 1, close, diags) {
            let Some((mut ct, element)) = self.element(d, head, (a, b), close, diags) else {
                continue;
            };
            if let Some(column) = ct.columns.first() {
                let name = self.ident(&column.name);
                fixes.extend(element.understood.into_iter().map(|u| (name.clone(), u)));
            }
            // Moved, not cloned: a clone here gave the wasm its own copy of sqlparser's
            // whole Clone tree (about 9 KB gzipped).
            columns.append(&mut ct.columns);
            constraints.append(&mut ct.constraints);
            if base.is_none() {
                let element = (element.body.as_slice(), element.overrides.as_slice());
                base = Some(self.table_head(d, head, element, close, tail, diags, ct));
            }
        }
        let mut ct = base?;
        ct.columns = columns;
        ct.constraints = constraints;
        let mut stmt = self.map(ast::Statement::CreateTable(ct), diags);
        if let crate::tsql::Effect::Table(table) = &mut stmt.effect {
            for (name, understood) in fixes {
                let Some(column) = table.column_mut(&name) else {
                    continue;
                };
                match understood {
                    Understood::Virtual => {
                        if let Some(computed) = column.computed.as_mut() {
                            computed.persisted = false;
                        }
                    }
                    Understood::Zerofill => column.zerofill = true,
                    Understood::IdentityOptions(text) => {
                        if let Some(identity) = column.identity.as_mut() {
                            identity_options(identity, text);
                        }
                    }
                }
            }
        }
        (stmt.kind == StatementKind::CreateTable).then_some(stmt)
    }

    /// The table's head and options: parsed with the first readable element and what
    /// follows the body; without the latter if it cannot be read.
    #[allow(clippy::too_many_arguments)]
    fn table_head(
        &self,
        d: &dyn SqlDialect,
        head: &[usize],
        (element, overrides): (&[usize], &[(usize, Token)]),
        close: usize,
        tail: &[usize],
        diags: &mut Diags,
        without_tail: ast::CreateTable,
    ) -> ast::CreateTable {
        if tail.is_empty() {
            return without_tail;
        }
        let mut tokens: Vec<usize> = head.to_vec();
        tokens.extend_from_slice(element);
        tokens.push(close);
        tokens.extend_from_slice(tail);
        if let Ok((ast::Statement::CreateTable(ct), None)) =
            self.parse_tokens_with(d, &tokens, overrides)
        {
            return ct;
        }
        let (first, last) = (tail[0], tail[tail.len() - 1]);
        diags.clause(
            self.lexed.toks[first].span,
            format!(
                "table options `{}` were not understood",
                self.text(first, last + 1)
            ),
        );
        without_tail
    }

    /// Ranges of the body's top-level comma-separated elements.
    fn elements(&self, lo: usize, hi: usize, diags: &mut Diags) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = lo;
        let mut i = lo;
        while i < hi {
            if self.tok_is(i, &Token::Comma) {
                if start < i {
                    out.push((start, i));
                } else {
                    diags.clause(
                        self.lexed.toks[i].span,
                        "an empty element (two commas in a row) was not understood".into(),
                    );
                }
                start = i + 1;
                i += 1;
            } else {
                i = self.skip_group(i);
            }
        }
        if start < hi {
            out.push((start, hi));
        }
        out
    }

    fn tok_is(&self, i: usize, token: &Token) -> bool {
        self.lexed.toks.get(i).is_some_and(|t| &t.token == token)
    }

    /// One element as a one-element table, repaired by giving up tokens if need be.
    fn element(
        &self,
        d: &dyn SqlDialect,
        head: &[usize],
        (a, b): (usize, usize),
        close: usize,
        diags: &mut Diags,
    ) -> Option<(ast::CreateTable, Element)> {
        let mut element = Element {
            body: (a..b).collect(),
            understood: Vec::new(),
            overrides: Vec::new(),
        };
        let mut given_up: Vec<(usize, usize)> = Vec::new();
        for _ in 0..=MAX_REPAIRS {
            let mut tokens = head.to_vec();
            tokens.extend_from_slice(&element.body);
            tokens.push(close);
            let error = match self.parse_tokens_with(d, &tokens, &element.overrides) {
                Ok((ast::Statement::CreateTable(ct), None)) => {
                    let what = match ct.columns.first() {
                        Some(column) => format!("column `{}`", self.ident(&column.name)),
                        None => format!("`{}`", self.text(a, b)),
                    };
                    for (lo, hi) in given_up {
                        diags.clause(
                            self.lexed.toks[lo].span,
                            format!(
                                "`{}` in {what} was not understood; the rest of it is kept",
                                self.text(lo, hi),
                            ),
                        );
                    }
                    return Some(element.with(ct));
                }
                Ok(_) => return None,
                Err(e) => e.to_string(),
            };
            let body = &element.body;
            let failed = self.error_token(&error, body)?;
            // Give up the top-level token or bracket group holding the failing token, but
            // never the element's first token: that would make it a different element.
            let mut at = 0;
            while at < body.len() && self.skip_group(body[at]) <= body[failed] {
                let end = self.skip_group(body[at]);
                at = body.iter().position(|&k| k >= end).unwrap_or(body.len());
            }
            if at == 0 || at >= body.len() {
                return None;
            }
            let (lo, hi) = (body[at], self.skip_group(body[at]));
            let word = &self.lexed.toks[lo].token;
            let previous = &self.lexed.toks[body[at - 1]].token;
            if is_kw(word, "VIRTUAL") && *previous == Token::RParen {
                // sqlparser's PostgreSQL grammar knows only STORED: read it as that, and
                // record that the column is virtual.
                element.understood.push(Understood::Virtual);
                element.overrides.push((lo, Token::make_keyword("STORED")));
                continue;
            }
            if is_kw(word, "ZEROFILL") {
                element.understood.push(Understood::Zerofill);
            } else if is_kw(previous, "IDENTITY") && *word == Token::LParen {
                // Sequence options in an order sqlparser does not accept, or pg_dump's
                // `SEQUENCE NAME s`: kept verbatim.
                element
                    .understood
                    .push(Understood::IdentityOptions(self.text(lo + 1, hi - 1)));
            } else {
                given_up.push((lo, hi));
            }
            element.body.retain(|&k| k < lo || k >= hi);
        }
        None
    }

    /// The position in `body` of the token a sqlparser error points at. An error at the
    /// closing bracket or the end points at the element's last token.
    fn error_token(&self, error: &str, body: &[usize]) -> Option<usize> {
        let number_after = |label: &str| -> Option<u32> {
            let at = error.rfind(label)? + label.len();
            let digits: String = error[at..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        };
        let line = number_after("Line: ")?;
        let column = number_after("Column: ")?;
        let toks = &self.lexed.toks;
        match body
            .iter()
            .position(|&k| (toks[k].span.line, toks[k].span.column) == (line, column))
        {
            Some(at) => Some(at),
            None => {
                let last = *body.last()?;
                let past_end = (line, column) > (toks[last].span.line, toks[last].span.column);
                past_end.then(|| {
                    // The last token, or the opening bracket of a group that ends there.
                    body.iter()
                        .position(|&k| self.skip_group(k) == last + 1)
                        .unwrap_or(body.len() - 1)
                })
            }
        }
    }
}

/// Seed and increment from identity options sqlparser could not read
/// (`SEQUENCE NAME s START WITH 1 INCREMENT BY 1 ...`), and the options verbatim.
pub(super) fn identity_options(identity: &mut crate::model::Identity, text: String) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let value_after = |keyword: &str, filler: &str| {
        let at = words.iter().position(|w| w.eq_ignore_ascii_case(keyword))?;
        let mut value = words.get(at + 1)?;
        if value.eq_ignore_ascii_case(filler) {
            value = words.get(at + 2)?;
        }
        Some(value.to_string())
    };
    if let Some(seed) = value_after("START", "WITH") {
        identity.seed = seed;
    }
    if let Some(increment) = value_after("INCREMENT", "BY") {
        identity.increment = increment;
    }
    identity.options = Some(text);
}
