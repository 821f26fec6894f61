//! Tokens with byte offsets, comments set aside, `GO` batches and bracket pairs.
//!
//! sqlparser's tokenizer reports character-based line/column locations only. The grammar
//! layer needs byte offsets so it can slice expression text verbatim out of the source,
//! so this module walks the source once, in step with the tokens, to attach them.

use std::any::TypeId;
use std::iter::Peekable;
use std::str::Chars;

use sqlparser::dialect::{Dialect as SqlDialect, MsSqlDialect, MySqlDialect, PostgreSqlDialect};
use sqlparser::tokenizer::{Location, Token, Tokenizer, Whitespace};

use crate::model::{codes, Diagnostic, DiagnosticSeverity, Dialect, Span};

/// One of sqlparser's dialects as its tokenizer sees it, and nothing more.
///
/// A `&dyn Dialect` carries every method of the trait, and the real dialects' own
/// `parse_statement` hooks reach most of sqlparser's parser. Handing one of them to the
/// tokenizer therefore linked the whole parser (about 300 KB of the gzipped playground) into
/// builds that never parse with it. This wrapper forwards exactly what the tokenizer asks (the
/// methods it calls, and `dialect()` for its `dialect_of!` checks) and leaves the parser hooks
/// at the trait's defaults. `tests/lexical.rs` checks that it tokenizes as the dialect does.
#[derive(Debug)]
struct Lexical<D>(D);

impl<D: SqlDialect> SqlDialect for Lexical<D> {
    fn dialect(&self) -> TypeId {
        TypeId::of::<D>()
    }
    fn is_identifier_start(&self, ch: char) -> bool {
        self.0.is_identifier_start(ch)
    }
    fn is_identifier_part(&self, ch: char) -> bool {
        self.0.is_identifier_part(ch)
    }
    fn is_delimited_identifier_start(&self, ch: char) -> bool {
        self.0.is_delimited_identifier_start(ch)
    }
    fn is_nested_delimited_identifier_start(&self, ch: char) -> bool {
        self.0.is_nested_delimited_identifier_start(ch)
    }
    fn peek_nested_delimited_identifier_quotes(
        &self,
        chars: Peekable<Chars<'_>>,
    ) -> Option<(char, Option<char>)> {
        self.0.peek_nested_delimited_identifier_quotes(chars)
    }
    fn is_custom_operator_part(&self, ch: char) -> bool {
        self.0.is_custom_operator_part(ch)
    }
    fn ignores_wildcard_escapes(&self) -> bool {
        self.0.ignores_wildcard_escapes()
    }
    fn requires_single_line_comment_whitespace(&self) -> bool {
        self.0.requires_single_line_comment_whitespace()
    }
    fn supports_dollar_as_money_prefix(&self) -> bool {
        self.0.supports_dollar_as_money_prefix()
    }
    fn supports_dollar_placeholder(&self) -> bool {
        self.0.supports_dollar_placeholder()
    }
    fn supports_geometric_types(&self) -> bool {
        self.0.supports_geometric_types()
    }
    fn supports_multiline_comment_hints(&self) -> bool {
        self.0.supports_multiline_comment_hints()
    }
    fn supports_nested_comments(&self) -> bool {
        self.0.supports_nested_comments()
    }
    fn supports_numeric_literal_underscores(&self) -> bool {
        self.0.supports_numeric_literal_underscores()
    }
    fn supports_numeric_prefix(&self) -> bool {
        self.0.supports_numeric_prefix()
    }
    fn supports_pipe_operator(&self) -> bool {
        self.0.supports_pipe_operator()
    }
    fn supports_quote_delimited_string(&self) -> bool {
        self.0.supports_quote_delimited_string()
    }
    fn supports_string_escape_constant(&self) -> bool {
        self.0.supports_string_escape_constant()
    }
    fn supports_string_literal_backslash_escape(&self) -> bool {
        self.0.supports_string_literal_backslash_escape()
    }
    fn supports_triple_quoted_string(&self) -> bool {
        self.0.supports_triple_quoted_string()
    }
    fn supports_unicode_string_literal(&self) -> bool {
        self.0.supports_unicode_string_literal()
    }
}

/// The tokenizer's view of `dialect` (see [`Lexical`]). The playground's highlighter uses it
/// too, so that it splits text exactly as the front end does.
pub fn tokenizer_dialect(dialect: Dialect) -> &'static dyn SqlDialect {
    match dialect {
        Dialect::MsSql => &Lexical(MsSqlDialect {}),
        Dialect::Postgres => &Lexical(PostgreSqlDialect {}),
        Dialect::MySql => &Lexical(MySqlDialect {}),
    }
}

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
pub fn lex(text: &str, dialect: Dialect) -> Lexed {
    let mut raw = Vec::new();
    let error = Tokenizer::new(tokenizer_dialect(dialect), text)
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

    /// The tokens of `text` from the wrapper and from the dialect itself.
    fn both(text: &str, dialect: Dialect) -> (String, String) {
        let real: &dyn SqlDialect = match dialect {
            Dialect::MsSql => &MsSqlDialect {},
            Dialect::Postgres => &PostgreSqlDialect {},
            Dialect::MySql => &MySqlDialect {},
        };
        let tokens =
            |d: &dyn SqlDialect| format!("{:?}", Tokenizer::new(d, text).tokenize_with_location());
        (tokens(tokenizer_dialect(dialect)), tokens(real))
    }

    #[test]
    fn the_tokenizer_dialect_tokenizes_as_the_dialect_does() {
        // Each line leans on one dialect-specific tokenizer rule, several on `dialect_of!`.
        let samples = [
            (
                Dialect::MySql,
                "SELECT 1 # a hash comment\n, b'0101', 'it\\'s', `q`",
            ),
            (Dialect::MySql, "SELECT 0x1F, 1e3, @v, x'AB' -- c\n"),
            (
                Dialect::Postgres,
                "SELECT B'0101', E'a\\nb', $$ body $$, $tag$ x $tag$, U&'d'",
            ),
            (
                Dialect::Postgres,
                "SELECT 1 -- comment\r\nFROM \"T\" WHERE a ~ 'x' AND p @> q",
            ),
            (
                Dialect::MsSql,
                "SELECT [a b], N'x', @v, #tmp, $1, 0x1F -- c\nGO",
            ),
        ];
        for (dialect, text) in samples {
            let (wrapped, real) = both(text, dialect);
            assert_eq!(wrapped, real, "{dialect:?}: {text}");
        }
        // And on every corpus file of the repository, in its dialect.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
        for (dir, dialect) in [
            ("tsql", Dialect::MsSql),
            ("postgres", Dialect::Postgres),
            ("mysql", Dialect::MySql),
        ] {
            let entries = std::fs::read_dir(root.join(dir)).expect("the corpus directory");
            let mut files = 0;
            for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
                if path.extension().is_some_and(|x| x == "sql") {
                    let text = std::fs::read_to_string(&path).expect("a corpus file");
                    let (wrapped, real) = both(&text, dialect);
                    assert!(wrapped == real, "{} tokenizes differently", path.display());
                    files += 1;
                }
            }
            assert!(files > 0, "no corpus files in {dir}");
        }
    }

    #[test]
    fn byte_offsets_follow_multibyte_text_and_crlf() {
        let text = "-- é\r\nCREATE TABLE [Ü] (x INT)";
        let lexed = lex(text, Dialect::MsSql);
        let name = &lexed.toks[2];
        assert_eq!(&text[name.start..name.end], "[Ü]");
        assert_eq!(name.span.line, 2);
        assert_eq!(lexed.comments.len(), 1);
        assert_eq!(lexed.comments[0].next_tok, 0);
    }

    #[test]
    fn go_splits_only_at_line_start() {
        let text = "SELECT 1\nGO\nSELECT go\nGO 2\nSELECT 'GO'\n";
        let lexed = lex(text, Dialect::MsSql);
        assert_eq!(lexed.batches.len(), 3);
    }
}
