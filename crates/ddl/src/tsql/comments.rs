//! Attaching comments to the table, column or index they describe.
//!
//! The audit reads `-- DEPRECATED` markers and `-- schema-audit: ignore <rule>`
//! suppressions from these, so the rule is simple and predictable: a comment on the same
//! line as the end of an element belongs to it; a comment on its own line belongs to the
//! element that follows; comments just above a statement belong to its object.

use crate::cursor::Cursor;
use crate::lexer::LexComment;
use crate::model::Comment;

fn to_comment(c: &LexComment) -> Comment {
    Comment {
        text: c.text.clone(),
        span: c.span,
    }
}

/// The last line a comment occupies (a `--` comment's span ends on the next line).
fn last_line(c: &LexComment) -> u32 {
    if c.span.end_column == 1 && c.span.end_line > c.span.line {
        c.span.end_line - 1
    } else {
        c.span.end_line
    }
}

/// The comments whose following token lies in `lo..=hi`.
fn in_range(comments: &[LexComment], lo: usize, hi: usize) -> &[LexComment] {
    let a = comments.partition_point(|c| c.next_tok < lo);
    let b = comments.partition_point(|c| c.next_tok <= hi);
    &comments[a..b.max(a)]
}

/// Comments of one bracketed element list, distributed over its elements.
pub struct ElementComments {
    per_element: Vec<Vec<Comment>>,
    rest: Vec<Comment>,
}

impl ElementComments {
    pub fn new(cur: &Cursor, lo: usize, hi: usize, parts: &[(usize, usize)]) -> Self {
        let mut per_element = vec![Vec::new(); parts.len()];
        let mut rest = Vec::new();
        let toks = &cur.lexed.toks;
        for c in in_range(&cur.lexed.comments, lo, hi) {
            let n = c.next_tok;
            let owner = parts.iter().position(|&(a, b)| a <= n && n <= b);
            let owner = match owner {
                Some(k) if n == parts[k].0 && k > 0 => {
                    let separator_line = toks[n - 1].span.line;
                    if c.span.line == separator_line {
                        Some(k - 1)
                    } else {
                        Some(k)
                    }
                }
                Some(k) if n == parts[k].1 && k + 1 == parts.len() && parts[k].1 > parts[k].0 => {
                    let end_line = toks[parts[k].1 - 1].span.end_line;
                    (c.span.line == end_line).then_some(k)
                }
                other => other,
            };
            match owner {
                Some(k) => per_element[k].push(to_comment(c)),
                None => rest.push(to_comment(c)),
            }
        }
        ElementComments { per_element, rest }
    }

    pub fn take(&mut self, k: usize) -> Vec<Comment> {
        self.per_element
            .get_mut(k)
            .map(std::mem::take)
            .unwrap_or_default()
    }

    pub fn rest(self) -> Vec<Comment> {
        self.rest
    }
}

/// The block of comments directly above token `start` (no blank line in between). Those on
/// the previous token's line trail the previous statement instead.
pub fn leading(cur: &Cursor, start: usize) -> Vec<Comment> {
    let toks = &cur.lexed.toks;
    let Some(first) = toks.get(start) else {
        return Vec::new();
    };
    let prev_line = start.checked_sub(1).map(|p| toks[p].span.end_line);
    let before = in_range(&cur.lexed.comments, start, start);
    let mut out = Vec::new();
    let mut expected = first.span.line;
    for c in before.iter().rev() {
        if Some(c.span.line) == prev_line {
            break;
        }
        if last_line(c) + 1 >= expected {
            out.push(to_comment(c));
            expected = c.span.line;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Comments after token `last` on the same line (e.g. `); -- DEPRECATED`).
pub fn trailing(cur: &Cursor, last: usize) -> Vec<Comment> {
    let Some(tok) = cur.lexed.toks.get(last) else {
        return Vec::new();
    };
    in_range(&cur.lexed.comments, last + 1, last + 1)
        .iter()
        .filter(|c| c.span.line == tok.span.end_line)
        .map(to_comment)
        .collect()
}

/// Comments of one PostgreSQL or MySQL statement (tokens `lo..hi`), for the same rule as
/// T-SQL's: the block just above it and the comment trailing it describe its object; inside a
/// CREATE TABLE, a comment on a column's line or on its own line before a column belongs to
/// that column, and any other to the table.
#[cfg_attr(not(feature = "postgres-mysql"), allow(dead_code))] // some only `generic` builds
pub fn attach_statement(cur: &Cursor, lo: usize, hi: usize, effect: &mut crate::tsql::Effect) {
    use crate::tsql::Effect;
    let attached = match effect {
        Effect::Table(table) => {
            for c in in_range(&cur.lexed.comments, lo + 1, hi.saturating_sub(1)) {
                let Some(next) = cur.lexed.toks.get(c.next_tok) else {
                    continue;
                };
                let owner = table
                    .columns
                    .iter()
                    .position(|col| col.span.line == c.span.line && col.span.line > 0)
                    .or_else(|| {
                        table.columns.iter().position(|col| {
                            col.span.line == next.span.line && col.span.column == next.span.column
                        })
                    });
                match owner {
                    Some(k) => table.columns[k].comments.push(to_comment(c)),
                    None => table.comments.push(to_comment(c)),
                }
            }
            Some(&mut table.comments)
        }
        Effect::Index(_, index) => Some(&mut index.comments),
        Effect::Sequence(sequence) => Some(&mut sequence.comments),
        _ => None,
    };
    if let Some(existing) = attached {
        let mut notes = leading(cur, lo);
        notes.append(existing);
        // The statement's range may stop before its `;`: a comment after the `;` on the
        // same line trails it too.
        let semicolon = matches!(
            cur.lexed.toks.get(hi).map(|t| &t.token),
            Some(sqlparser::tokenizer::Token::SemiColon)
        );
        let last = if semicolon { hi } else { hi.saturating_sub(1) };
        notes.extend(trailing(cur, last));
        *existing = notes;
    }
}
