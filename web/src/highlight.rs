//! SQL highlighting from the tokenizer the audit's front end uses (sqlparser's).
//!
//! The editor draws highlighted text under a transparent textarea, so the pieces must
//! cover the source exactly: each piece is a byte range of the input, and a piece runs
//! from its token's start to the next token's start. Text the tokenizer rejects (e.g. an
//! unterminated string while typing) stays plain from that point on.

use std::ops::Range;

use schema_audit::Dialect;
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
    let tokens = Tokenizer::new(schema_audit_ddl::tokenizer_dialect(dialect), source)
        .tokenize_with_location();
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

/// Lines per [`Chunk`]: small enough that re-rendering the chunk under the cursor is cheap,
/// large enough that a long script is a few hundred components, not thousands.
pub const CHUNK_LINES: usize = 50;

/// A run of whole lines with its highlighted pieces, ranges relative to `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub text: String,
    pub pieces: Vec<Piece>,
}

/// [`highlight`], cut into chunks of [`CHUNK_LINES`] lines. A piece that spans a cut (a
/// multi-line comment or string) is split in two with the same class, so the chunks'
/// texts joined are the source.
pub fn chunks(source: &str, dialect: Dialect) -> Vec<std::rc::Rc<Chunk>> {
    let pieces = highlight(source, dialect);
    let mut cuts: Vec<usize> = source
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .skip(CHUNK_LINES - 1)
        .step_by(CHUNK_LINES)
        .collect();
    cuts.push(source.len());
    let mut out = Vec::with_capacity(cuts.len());
    let mut start = 0;
    let mut next_piece = 0;
    for end in cuts {
        if end <= start && !out.is_empty() {
            continue;
        }
        let mut chunk = Chunk {
            text: source[start..end].to_string(),
            pieces: Vec::new(),
        };
        while let Some(piece) = pieces.get(next_piece) {
            let from = piece.range.start.max(start);
            let to = piece.range.end.min(end);
            if from < to {
                chunk.pieces.push(Piece {
                    class: piece.class,
                    range: from - start..to - start,
                });
            }
            if piece.range.end > end {
                break;
            }
            next_piece += 1;
        }
        out.push(std::rc::Rc::new(chunk));
        start = end;
    }
    out
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
    fn chunks_cover_the_source_and_keep_classes() {
        let long_comment = format!("/* {} */\nCREATE TABLE t (x INT);\n", "line\n".repeat(120));
        for source in [
            "",
            "CREATE TABLE t (x INT);",
            crate::SAMPLE_SCHEMA,
            long_comment.as_str(),
        ] {
            let chunks = chunks(source, Dialect::MsSql);
            let joined: String = chunks.iter().map(|c| c.text.as_str()).collect();
            assert_eq!(joined, source);
            for chunk in &chunks {
                assert!(chunk.text.matches('\n').count() <= CHUNK_LINES);
                let covered: String = chunk
                    .pieces
                    .iter()
                    .map(|p| &chunk.text[p.range.clone()])
                    .collect();
                assert_eq!(covered, chunk.text);
            }
            // The same text in the same class, cut or not.
            let flat: Vec<(Option<&str>, String)> = chunks
                .iter()
                .flat_map(|c| {
                    c.pieces
                        .iter()
                        .map(|p| (p.class, c.text[p.range.clone()].to_string()))
                })
                .collect();
            let classes_of = |class: Option<&str>| -> String {
                flat.iter()
                    .filter(|(c, _)| *c == class)
                    .map(|(_, t)| t.as_str())
                    .collect()
            };
            let whole = highlight(source, Dialect::MsSql);
            let expected = |class: Option<&str>| -> String {
                whole
                    .iter()
                    .filter(|p| p.class == class)
                    .map(|p| &source[p.range.clone()])
                    .collect()
            };
            assert_eq!(
                classes_of(Some("tok-comment")),
                expected(Some("tok-comment"))
            );
            assert_eq!(classes_of(Some("tok-kw")), expected(Some("tok-kw")));
        }
        // A long comment crosses a cut and stays a comment on both sides.
        let chunks = chunks(&long_comment, Dialect::MsSql);
        assert!(chunks.len() >= 3);
        assert_eq!(
            chunks[1].pieces.first().and_then(|p| p.class),
            Some("tok-comment")
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_edit_changes_only_its_chunk() {
        let before: String = (0..200)
            .map(|i| format!("CREATE TABLE t{i} (x INT);\n"))
            .collect();
        let after = before.replacen("t120 (x INT)", "t120 (x BIGINT)", 1);
        let (a, b) = (
            chunks(&before, Dialect::MsSql),
            chunks(&after, Dialect::MsSql),
        );
        assert_eq!(a.len(), b.len());
        let changed: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        assert_eq!(changed, vec![120 / CHUNK_LINES]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn counts_lines() {
        assert_eq!(line_count(""), 1);
        assert_eq!(line_count("a\nb\n"), 3);
    }
}
