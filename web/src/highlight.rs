//! SQL highlighting from the tokenizer the audit's front end uses (sqlparser's).
//!
//! The editor draws highlighted text under a transparent textarea, so the pieces must
//! cover the source exactly: each piece is a byte range of the input, and a piece runs
//! from its token's start to the next token's start. Text the tokenizer rejects (e.g. an
//! unterminated string while typing) stays plain from that point on.

use std::ops::Range;

use schema_audit::Dialect;
use sqlparser::dialect::{MsSqlDialect, MySqlDialect, PostgreSqlDialect};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};

/// Above this size the editor shows plain text: highlighting a huge script on every
/// keystroke would cost the main thread more than it is worth.
pub const HIGHLIGHT_LIMIT: usize = 200_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// CSS class, or `None` for plain text.
    pub class: Option<&'static str>,
    pub range: Range<usize>,
}

pub fn highlight(source: &str, dialect: Dialect) -> Vec<Piece> {
    let tokens = match dialect {
        Dialect::MsSql => Tokenizer::new(&MsSqlDialect {}, source).tokenize_with_location(),
        Dialect::Postgres => Tokenizer::new(&PostgreSqlDialect {}, source).tokenize_with_location(),
        Dialect::MySql => Tokenizer::new(&MySqlDialect {}, source).tokenize_with_location(),
    };
    let Ok(tokens) = tokens else {
        return vec![Piece {
            class: None,
            range: 0..source.len(),
        }];
    };
    let mut locator = Locator::new(source);
    let mut starts: Vec<(usize, Option<&'static str>)> = Vec::with_capacity(tokens.len());
    for token in &tokens {
        let start = token.span.start;
        let Some(offset) = locator.offset(start.line, start.column) else {
            break;
        };
        starts.push((offset, class_of(&token.token)));
    }
    let mut pieces: Vec<Piece> = Vec::with_capacity(starts.len() + 1);
    if starts.first().is_none_or(|(offset, _)| *offset > 0) {
        pieces.push(Piece {
            class: None,
            range: 0..starts.first().map_or(source.len(), |s| s.0),
        });
    }
    for (i, (start, class)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(source.len(), |s| s.0);
        if end <= *start {
            continue;
        }
        // Merge neighbours of the same class to keep the DOM small.
        match pieces.last_mut() {
            Some(last) if last.class == *class && last.range.end == *start => last.range.end = end,
            _ => pieces.push(Piece {
                class: *class,
                range: *start..end,
            }),
        }
    }
    pieces
}

fn class_of(token: &Token) -> Option<&'static str> {
    match token {
        Token::Word(word) if word.quote_style.is_some() => Some("tok-ident"),
        Token::Word(word) if word.keyword != Keyword::NoKeyword => Some("tok-kw"),
        Token::Word(_) => None,
        Token::Number(..) => Some("tok-num"),
        Token::SingleQuotedString(_)
        | Token::DoubleQuotedString(_)
        | Token::NationalStringLiteral(_)
        | Token::EscapedStringLiteral(_)
        | Token::HexStringLiteral(_) => Some("tok-str"),
        Token::Whitespace(Whitespace::SingleLineComment { .. })
        | Token::Whitespace(Whitespace::MultiLineComment(_)) => Some("tok-comment"),
        Token::Whitespace(_) => None,
        _ => Some("tok-punct"),
    }
}

/// Turns the tokenizer's 1-based (line, character column) positions into byte offsets.
/// Tokens arrive in order, so one forward pass over the text serves them all.
struct Locator<'a> {
    source: &'a str,
    offset: usize,
    line: u64,
    column: u64,
}

impl<'a> Locator<'a> {
    fn new(source: &'a str) -> Self {
        Locator {
            source,
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    fn offset(&mut self, line: u64, column: u64) -> Option<usize> {
        while (self.line, self.column) < (line, column) {
            let c = self.source[self.offset..].chars().next()?;
            self.offset += c.len_utf8();
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        Some(self.offset)
    }
}

/// The 1-based line number of every line start, for the gutter.
pub fn line_count(source: &str) -> usize {
    source.bytes().filter(|b| *b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn classes(source: &str) -> Vec<(Option<&'static str>, &str)> {
        highlight(source, Dialect::MsSql)
            .into_iter()
            .map(|p| (p.class, &source[p.range]))
            .collect()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn pieces_cover_the_source_exactly() {
        for source in [
            "",
            "CREATE TABLE [dbo].[Ünïcode] (Id INT NOT NULL, Név NVARCHAR(10) DEFAULT N'日本'); -- ok\n",
            "  /* lead */ SELECT 1",
            "CREATE TABLE t (x INT DEFAULT 'unterminated",
            crate::SAMPLE_SCHEMA,
        ] {
            let joined: String = highlight(source, Dialect::MsSql)
                .iter()
                .map(|p| &source[p.range.clone()])
                .collect();
            assert_eq!(joined, source);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn classifies_tokens() {
        let got = classes("CREATE TABLE [t] (x INT DEFAULT 'a'); -- c");
        assert!(got.contains(&(Some("tok-kw"), "CREATE")));
        assert!(got.contains(&(None, " ")));
        assert!(got.contains(&(Some("tok-ident"), "[t]")));
        assert!(got.contains(&(Some("tok-str"), "'a'")));
        assert!(got.contains(&(Some("tok-comment"), "-- c")));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn counts_lines() {
        assert_eq!(line_count(""), 1);
        assert_eq!(line_count("a\nb\n"), 3);
    }
}
