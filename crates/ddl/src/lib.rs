//! DDL text -> schema model.
//!
//! Placeholder front end: it only counts the statements the tokenizer sees, so that the
//! rest of the workspace has something real to call while the full grammar layer lands.

use serde::Serialize;
use sqlparser::dialect::MsSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// What the front end returns for one script.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Parsed {
    /// Statements found, split on `;` and `GO`.
    pub statement_count: usize,
    /// Human-readable problems, each naming its line.
    pub diagnostics: Vec<String>,
}

/// Parses a T-SQL script. Never fails as a whole.
pub fn parse(source: &str) -> Parsed {
    match Tokenizer::new(&MsSqlDialect {}, source).tokenize_with_location() {
        Ok(tokens) => {
            let mut count = 0;
            let mut in_statement = false;
            for token in tokens.iter().map(|t| &t.token) {
                match token {
                    Token::SemiColon => {
                        if in_statement {
                            count += 1;
                        }
                        in_statement = false;
                    }
                    Token::Word(w)
                        if w.value.eq_ignore_ascii_case("GO") && w.quote_style.is_none() =>
                    {
                        if in_statement {
                            count += 1;
                        }
                        in_statement = false;
                    }
                    Token::Whitespace(_) => {}
                    _ => in_statement = true,
                }
            }
            if in_statement {
                count += 1;
            }
            Parsed {
                statement_count: count,
                diagnostics: Vec::new(),
            }
        }
        Err(e) => Parsed {
            statement_count: 0,
            diagnostics: vec![e.to_string()],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_statements_split_by_semicolons_and_go() {
        let parsed = parse("CREATE TABLE a (x INT);\nGO\nCREATE TABLE b (y INT)\nGO\n");
        assert_eq!(parsed.statement_count, 2);
        assert!(parsed.diagnostics.is_empty());
    }

    #[test]
    fn unterminated_string_is_a_diagnostic_not_a_panic() {
        let parsed = parse("CREATE TABLE a (x NVARCHAR(10) DEFAULT 'oops");
        assert_eq!(parsed.diagnostics.len(), 1);
    }
}
