//! DDL text -> dialect-neutral schema model, with diagnostics and spans.
//!
//! [`parse`] never fails as a whole: whatever it cannot read becomes a [`Diagnostic`]
//! naming the clause and its line, and every statement is counted in [`StatementStats`].
//!
//! T-SQL goes through this crate's own grammar layer over sqlparser's tokens
//! (`lexer` -> `tsql`); PostgreSQL and MySQL go through sqlparser's parser and are mapped
//! from its AST (`generic`).

mod cursor;
mod generic;
mod lexer;
pub mod model;
mod tsql;
pub mod types;

pub use model::*;

/// Brackets may nest at most this deep in one statement; deeper statements fail with
/// [`codes::NESTING_TOO_DEEP`] instead of risking the stack.
pub const MAX_NESTING: usize = tsql::MAX_NESTING;

/// Parses a script in the given dialect. Never panics, never fails as a whole.
pub fn parse(source: &str, dialect: Dialect) -> ParseOutput {
    let source = lexer::strip_bom(source);
    let mut output = ParseOutput {
        dialect,
        ..ParseOutput::default()
    };
    match dialect {
        Dialect::MsSql => {
            let lexed = lexer::lex(source, &sqlparser::dialect::MsSqlDialect {});
            tsql::parse(source, &lexed, &mut output);
            if let Some(error) = lexed.error {
                output.diagnostics.push(error);
            }
        }
        Dialect::Postgres | Dialect::MySql => generic::parse(source, dialect, &mut output),
    }
    output
        .diagnostics
        .sort_by_key(|d| (d.span.line, d.span.column));
    for record in &output.statement_log {
        output.statements.record(&record.kind, record.state);
    }
    output
}
