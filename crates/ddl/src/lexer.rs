//! Tokens with byte offsets, comments set aside, `GO` batches and bracket pairs.
//!
//! sqlparser's tokenizer reports character-based line/column locations only. The grammar
//! layer needs byte offsets so it can slice expression text verbatim out of the source,
//! so this module walks the source once, in step with the tokens, to attach them.

use sqlparser::dialect::Dialect as SqlDialect;
use sqlparser::tokenizer::{Location, Token, Tokenizer, Whitespace};

use crate::model::{codes, Diagnostic, DiagnosticSeverity, Span};

/// A significant (non-whitespace, non-comment) token.
#[derive(Debug, Clone)]
pub struct Tok {
    pub token: Token,
    pub span: Span,
    /// Byte range in the source.
    pub start: usize,
    pub end: usize,
}

/// A comment, with the index of the significant token that follows it.
#[derive(Debug, Clone)]
pub struct LexComment {
    pub text: String,
    pub span: Span,
    pub next_tok: usize,
}

/// A lexed script.
#[derive(Debug, Default)]
pub struct Lexed {
    pub toks: Vec<Tok>,
    pub comments: Vec<LexComment>,
    /// For each `(` the index of its matching `)` within the same batch, else `NO_PAIR`.
    pub pair: Vec<usize>,
    /// Token ranges between `GO` separators.
    pub batches: Vec<(usize, usize)>,
    /// Set when the tokenizer stopped early; the tokens before the error are kept.
    pub error: Option<Diagnostic>,
}

/// Marks a token without a matching bracket.
pub const NO_PAIR: usize = usize::MAX;

/// Removes a UTF-8 byte order mark, which SSMS-saved scripts often start with.
pub fn strip_bom(source: &str) -> &str {
    source.strip_prefix('\u{feff}').unwrap_or(source)
}

/// Converts a tokenizer location to a model span endpoint pair.
pub fn span_of(start: Location, end: Location) -> Span {
    let clamp = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    Span {
        line: clamp(start.line),
        column: clamp(start.column),
        end_line: clamp(end.line),
        end_column: clamp(end.column),
    }
}

/// Tokenizes `text` and prepares it for the grammar layer.
pub fn lex(text: &str, dialect: &dyn SqlDialect) -> Lexed {
    let mut raw = Vec::new();
    let error = Tokenizer::new(dialect, text)
        .tokenize_with_location_into_buf(&mut raw)
        .err()
        .map(|e| {
            let at = span_of(e.location, e.location);
            Diagnostic {
                severity: DiagnosticSeverity::Error,
                code: codes::TOKENIZE.to_string(),
                message: format!(
                    "the text could not be tokenized from line {} on ({}); everything after that point is not in the model",
                    at.line, e.message
                ),
                span: at,
            }
        });

    let mut walker = Walker::new(text);
    let mut comments = Vec::new();
    let mut kept = 0usize;
    // `into_iter().filter_map().collect()` reuses `raw`'s allocation in place: the token
    // buffer is the largest allocation of a parse, and a second one costs page faults.
    let toks: Vec<Tok> = raw
        .into_iter()
        .filter_map(|t| {
            let start = walker.advance_to(t.span.start);
            let end = walker.advance_to(t.span.end);
            let span = span_of(t.span.start, t.span.end);
            let comment = match t.token {
                Token::Whitespace(Whitespace::SingleLineComment { comment, .. }) => comment,
                Token::Whitespace(Whitespace::MultiLineComment(comment)) => comment,
                Token::Whitespace(_) | Token::EOF => return None,
                token => {
                    kept += 1;
                    return Some(Tok {
                        token,
                        span,
                        start,
                        end,
                    });
                }
            };
            comments.push(LexComment {
                text: comment.trim().to_string(),
                span,
                next_tok: kept,
            });
            None
        })
        .collect();
    let batches = split_batches(&toks);
    let pair = pair_brackets(&toks, &batches);
    Lexed {
        toks,
        comments,
        pair,
        batches,
        error,
    }
}

/// Follows the tokenizer's line/column counting (a `\n` starts a new line, every other
/// character is one column) to turn locations into byte offsets in a single pass.
struct Walker<'a> {
    text: &'a str,
    byte: usize,
    line: u64,
    column: u64,
}

impl<'a> Walker<'a> {
    fn new(text: &'a str) -> Self {
        Walker {
            text,
            byte: 0,
            line: 1,
            column: 1,
        }
    }

    fn advance_to(&mut self, target: Location) -> usize {
        while (self.line, self.column) < (target.line, target.column) {
            let Some(ch) = self.text[self.byte..].chars().next() else {
                break;
            };
            self.byte += ch.len_utf8();
            if ch == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.byte
    }
}

/// Whether the token is the unquoted word `kw` (ASCII case-insensitive).
pub fn is_kw(token: &Token, kw: &str) -> bool {
    matches!(token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(kw))
}

/// Splits on `GO` lines. `GO` is a client batch separator, valid only as the first token
/// on its line, optionally followed by a repeat count; it is never inside a string or
/// comment because those are single tokens already.
fn split_batches(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        let first_on_line = i == 0 || toks[i - 1].span.end_line < toks[i].span.line;
        if first_on_line && is_kw(&toks[i].token, "GO") {
            let go_line = toks[i].span.line;
            let ends_line = toks
                .get(i + 1)
                .is_none_or(|n| n.span.line > go_line || matches!(n.token, Token::Number(..)));
            if ends_line {
                if start < i {
                    batches.push((start, i));
                }
                i += 1;
                if toks
                    .get(i)
                    .is_some_and(|n| n.span.line == go_line && matches!(n.token, Token::Number(..)))
                {
                    i += 1;
                }
                start = i;
                continue;
            }
        }
        i += 1;
    }
    if start < toks.len() {
        batches.push((start, toks.len()));
    }
    batches
}

/// Pairs brackets within each batch with an explicit stack, so no nesting depth can
/// exhaust the call stack.
fn pair_brackets(toks: &[Tok], batches: &[(usize, usize)]) -> Vec<usize> {
    let mut pair = vec![NO_PAIR; toks.len()];
    let mut stack = Vec::new();
    for &(lo, hi) in batches {
        stack.clear();
        for (i, t) in toks.iter().enumerate().take(hi).skip(lo) {
            match t.token {
                Token::LParen => stack.push(i),
                Token::RParen => {
                    if let Some(open) = stack.pop() {
                        pair[open] = i;
                    }
                }
                _ => {}
            }
        }
    }
    pair
}

/// The deepest bracket nesting in a token range, and where it first got too deep.
pub fn too_deep(toks: &[Tok], lo: usize, hi: usize, limit: usize) -> Option<Span> {
    let mut depth = 0usize;
    for t in toks.iter().take(hi).skip(lo) {
        match t.token {
            Token::LParen => {
                depth += 1;
                if depth > limit {
                    return Some(t.span);
                }
            }
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The first `(` in `toks[lo..hi]` that is still open at `hi`: a statement cut off mid-clause
/// (a truncated paste, a `GO` typed too early). Its pieces would be unbalanced text.
pub fn unclosed(toks: &[Tok], lo: usize, hi: usize) -> Option<Span> {
    let mut open: Vec<Span> = Vec::new();
    for t in toks.iter().take(hi).skip(lo) {
        match t.token {
            Token::LParen => open.push(t.span),
            Token::RParen => {
                open.pop();
            }
            _ => {}
        }
    }
    open.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MsSqlDialect;

    #[test]
    fn byte_offsets_follow_multibyte_text_and_crlf() {
        let text = "-- é\r\nCREATE TABLE [Ü] (x INT)";
        let lexed = lex(text, &MsSqlDialect {});
        let name = &lexed.toks[2];
        assert_eq!(&text[name.start..name.end], "[Ü]");
        assert_eq!(name.span.line, 2);
        assert_eq!(lexed.comments.len(), 1);
        assert_eq!(lexed.comments[0].next_tok, 0);
    }

    #[test]
    fn go_splits_only_at_line_start() {
        let text = "SELECT 1\nGO\nSELECT go\nGO 2\nSELECT 'GO'\n";
        let lexed = lex(text, &MsSqlDialect {});
        assert_eq!(lexed.batches.len(), 3);
    }
}
