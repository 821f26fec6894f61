//! A forward cursor over one batch's tokens: the primitives the T-SQL grammar is built on.
//!
//! Every method is bounded by the batch end, and skipping a bracketed group jumps to its
//! precomputed partner, so the grammar never recurses and never reads past its batch.

use sqlparser::tokenizer::Token;

use crate::lexer::{is_kw, Lexed, Tok, NO_PAIR};
use crate::model::{QualifiedName, Span};

pub struct Cursor<'a> {
    pub src: &'a str,
    pub lexed: &'a Lexed,
    pub pos: usize,
    pub end: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(src: &'a str, lexed: &'a Lexed, pos: usize, end: usize) -> Self {
        Cursor {
            src,
            lexed,
            pos,
            end,
        }
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    pub fn tok(&self, i: usize) -> Option<&'a Tok> {
        if i < self.end {
            self.lexed.toks.get(i)
        } else {
            None
        }
    }

    pub fn peek(&self) -> Option<&'a Token> {
        self.tok(self.pos).map(|t| &t.token)
    }

    pub fn peek_at(&self, offset: usize) -> Option<&'a Token> {
        self.tok(self.pos + offset).map(|t| &t.token)
    }

    /// Whether the token `offset` ahead is the unquoted keyword `kw`.
    pub fn is_kw_at(&self, offset: usize, kw: &str) -> bool {
        self.peek_at(offset).is_some_and(|t| is_kw(t, kw))
    }

    pub fn is_kw(&self, kw: &str) -> bool {
        self.is_kw_at(0, kw)
    }

    /// Whether the next tokens are exactly these keywords.
    pub fn is_kws(&self, kws: &[&str]) -> bool {
        kws.iter().enumerate().all(|(i, kw)| self.is_kw_at(i, kw))
    }

    pub fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub fn eat_kws(&mut self, kws: &[&str]) -> bool {
        if self.is_kws(kws) {
            self.pos += kws.len();
            true
        } else {
            false
        }
    }

    pub fn is(&self, token: &Token) -> bool {
        self.peek() == Some(token)
    }

    pub fn eat(&mut self, token: &Token) -> bool {
        if self.is(token) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// The upper-cased text of an unquoted word at the cursor.
    pub fn keyword(&self) -> Option<String> {
        match self.peek() {
            Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
            _ => None,
        }
    }

    /// Reads one identifier (quoted or not).
    pub fn ident(&mut self) -> Option<String> {
        match self.peek() {
            Some(Token::Word(w)) => {
                self.pos += 1;
                Some(w.value.clone())
            }
            _ => None,
        }
    }

    /// Reads an identifier or a string literal (for options such as `ON "default"` or
    /// N'...' values).
    pub fn ident_or_string(&mut self) -> Option<String> {
        match self.peek() {
            Some(Token::SingleQuotedString(s)) | Some(Token::NationalStringLiteral(s)) => {
                let s = s.clone();
                self.pos += 1;
                Some(s)
            }
            _ => self.ident(),
        }
    }

    /// Reads `[db.][schema.]name`, also `db..name`.
    pub fn object_name(&mut self) -> Option<QualifiedName> {
        let mut parts: Vec<Option<String>> = vec![Some(self.ident()?)];
        while self.is(&Token::Period) && parts.len() < 4 {
            self.pos += 1;
            if self.is(&Token::Period) {
                // `db..table`: the schema part is empty.
                parts.push(None);
                continue;
            }
            match self.ident() {
                Some(part) => parts.push(Some(part)),
                None => return None,
            }
        }
        let name = parts.pop().flatten()?;
        let schema = parts.pop().flatten();
        let database = parts.pop().flatten();
        Some(QualifiedName {
            database,
            schema,
            name,
        })
    }

    /// Index of the matching `)` of the `(` at `i`, or the batch end when unbalanced.
    pub fn close_of(&self, i: usize) -> usize {
        match self.lexed.pair.get(i) {
            Some(&p) if p != NO_PAIR && p < self.end => p,
            _ => self.end,
        }
    }

    /// If the cursor is at `(`, returns the inner token range and moves past `)`.
    pub fn group(&mut self) -> Option<(usize, usize)> {
        if !self.is(&Token::LParen) {
            return None;
        }
        let open = self.pos;
        let close = self.close_of(open);
        self.pos = (close + 1).min(self.end);
        Some((open + 1, close))
    }

    /// Moves past one token, or a whole bracketed group.
    pub fn skip_one(&mut self) {
        if self.is(&Token::LParen) {
            let close = self.close_of(self.pos);
            self.pos = (close + 1).min(self.end);
        } else {
            self.pos += 1;
        }
    }

    /// The source text from token `lo` to the end of token `hi - 1`, verbatim.
    pub fn text(&self, lo: usize, hi: usize) -> &'a str {
        let toks = &self.lexed.toks;
        if lo >= hi || hi > toks.len() {
            return "";
        }
        self.src.get(toks[lo].start..toks[hi - 1].end).unwrap_or("")
    }

    /// Span covering tokens `lo..hi`.
    pub fn span(&self, lo: usize, hi: usize) -> Span {
        let toks = &self.lexed.toks;
        match (toks.get(lo), toks.get(hi.saturating_sub(1))) {
            (Some(a), Some(b)) if lo < hi => a.span.to(b.span),
            (Some(a), _) => a.span,
            _ => toks.last().map(|t| t.span).unwrap_or_default(),
        }
    }

    /// Span of the token at the cursor (or the last token when at the end).
    pub fn here(&self) -> Span {
        self.span(self.pos.min(self.end.saturating_sub(1)), self.pos + 1)
    }

    /// A short quote of the tokens at `i` for messages.
    pub fn quote(&self, lo: usize, hi: usize) -> String {
        let text = self.text(lo, hi.min(lo + 6));
        let mut line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.chars().count() > 60 {
            line = line.chars().take(60).collect::<String>() + "...";
        }
        line
    }
}

/// Whether a token is a word that can start a column-level or table-level clause, used to
/// find where a free-standing expression (DEFAULT, computed column) ends.
pub fn is_clause_keyword(token: &Token) -> bool {
    const CLAUSES: &[&str] = &[
        "CONSTRAINT",
        "PRIMARY",
        "UNIQUE",
        "REFERENCES",
        "FOREIGN",
        "CHECK",
        "IDENTITY",
        "ROWGUIDCOL",
        "SPARSE",
        "FILESTREAM",
        "MASKED",
        "ENCRYPTED",
        "GENERATED",
        "HIDDEN",
        "PERSISTED",
        "INDEX",
        "DEFAULT",
        "COLLATE",
    ];
    matches!(token, Token::Word(w) if w.quote_style.is_none()
        && CLAUSES.iter().any(|k| w.value.eq_ignore_ascii_case(k)))
}

/// Words that begin a new T-SQL statement, used to end statements written without `;`.
/// Grouped by first letter: this runs on every token of skipped statements.
pub fn is_statement_start(token: &Token) -> bool {
    let Token::Word(w) = token else { return false };
    if w.quote_style.is_some() || w.value.len() < 2 || w.value.len() > 11 {
        return false;
    }
    let candidates: &[&str] = match w.value.as_bytes()[0].to_ascii_uppercase() {
        b'A' => &["ALTER"],
        b'B' => &["BEGIN", "BACKUP", "BULK"],
        b'C' => &["CREATE", "COMMIT", "CHECKPOINT", "CLOSE"],
        b'D' => &[
            "DROP",
            "DELETE",
            "DECLARE",
            "DENY",
            "DBCC",
            "DEALLOCATE",
            "DISABLE",
        ],
        b'E' => &["EXEC", "EXECUTE", "END", "ELSE", "ENABLE"],
        b'F' => &["FETCH"],
        b'G' => &["GRANT", "GOTO"],
        b'I' => &["INSERT", "IF"],
        b'M' => &["MERGE"],
        b'O' => &["OPEN"],
        b'P' => &["PRINT"],
        b'R' => &[
            "REVOKE",
            "RAISERROR",
            "RETURN",
            "ROLLBACK",
            "RESTORE",
            "RECONFIGURE",
        ],
        b'S' => &["SET", "SELECT", "SAVE"],
        b'T' => &["TRUNCATE", "THROW"],
        b'U' => &["USE", "UPDATE"],
        b'W' => &["WHILE", "WAITFOR"],
        _ => return false,
    };
    candidates.iter().any(|k| w.value.eq_ignore_ascii_case(k))
}
