//! DDL text -> dialect-neutral schema model, with diagnostics and spans.
//!
//! [`parse`] never fails as a whole: whatever it cannot read becomes a [`Diagnostic`]
//! naming the clause and its line, and every statement is counted in [`StatementStats`].
//!
//! T-SQL goes through this crate's own grammar layer over sqlparser's tokens
//! (`lexer` -> `tsql`); PostgreSQL and MySQL go through sqlparser's parser and are mapped
//! from its AST (`generic`). `generic` is the `postgres-mysql` feature (on by default): it is
//! the only user of sqlparser's parser, and the playground's default build leaves it out.

mod cursor;
pub mod generated_names;
#[cfg(feature = "postgres-mysql")]
mod generic;
mod lexer;
pub mod model;
mod tsql;
pub mod types;

pub use generated_names::postgres_name;
/// The one sqlparser type in the API: the playground's highlighter tokenizes with it, so that
/// it splits text exactly as the front end does.
pub use lexer::tokenizer_dialect;
pub use model::*;

/// Brackets may nest at most this deep in one statement; deeper statements fail with
/// [`codes::NESTING_TOO_DEEP`] instead of risking the stack.
pub const MAX_NESTING: usize = tsql::MAX_NESTING;

/// The longest script [`parse`] reads, in bytes of UTF-8. A longer one gives a single
/// [`codes::INPUT_TOO_LARGE`] error and an empty model: the report of a script this size
/// already takes a few gigabytes (an audit keeps about 150 bytes per byte of DDL, most of it
/// findings, fixes and the revised schema), which is more than a browser tab or a CI runner
/// should be asked for. Split bigger dumps by schema or by file.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Parses a script in the given dialect. Never panics, never fails as a whole.
pub fn parse(source: &str, dialect: Dialect) -> ParseOutput {
    let source = lexer::strip_bom(source);
    let mut output = ParseOutput {
        dialect,
        ..ParseOutput::default()
    };
    if source.len() > MAX_INPUT_BYTES {
        output.diagnostics.push(Diagnostic::input_too_large(format!(
            "the script is {}, over the {} limit; nothing was read. Split it (by schema or by file) and audit the parts",
            megabytes(source.len()),
            megabytes(MAX_INPUT_BYTES)
        )));
        return output;
    }
    match dialect {
        Dialect::MsSql => {
            let lexed = lexer::lex(source, Dialect::MsSql);
            tsql::parse(source, &lexed, &mut output);
            if let Some(error) = lexed.error {
                output.diagnostics.push(error);
            }
        }
        #[cfg(feature = "postgres-mysql")]
        Dialect::Postgres | Dialect::MySql => generic::parse(source, dialect, &mut output),
        #[cfg(not(feature = "postgres-mysql"))]
        Dialect::Postgres | Dialect::MySql => output.diagnostics.push(Diagnostic::whole_script(
            codes::DIALECT_NOT_BUILT,
            format!(
                "this build reads T-SQL only, so nothing was read as {}: it was built without the `postgres-mysql` feature",
                dialect.as_str()
            ),
        )),
    }
    output
        .diagnostics
        .sort_by_key(|d| (d.span.line, d.span.column));
    for record in &output.statement_log {
        output.statements.record(&record.kind, record.state);
    }
    output
}

/// A size in MiB, as the limit diagnostics print it.
fn megabytes(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// The T-SQL-only build (the playground's page): other dialects get one clear error.
#[cfg(all(test, not(feature = "postgres-mysql")))]
mod tsql_only {
    use super::*;

    #[test]
    fn other_dialects_get_one_error_at_line_1_and_an_empty_model() {
        for dialect in [Dialect::Postgres, Dialect::MySql] {
            let out = parse("CREATE TABLE t (id int primary key);", dialect);
            assert!(out.schema.tables.is_empty());
            assert_eq!(out.diagnostics.len(), 1);
            let error = &out.diagnostics[0];
            assert_eq!(error.code, codes::DIALECT_NOT_BUILT);
            assert_eq!(error.span.line, 1);
            assert!(
                error.message.contains(dialect.as_str()),
                "{}",
                error.message
            );
        }
        let tsql = parse("CREATE TABLE dbo.t (id int PRIMARY KEY);", Dialect::MsSql);
        assert_eq!(tsql.schema.tables.len(), 1);
        assert!(tsql.diagnostics.is_empty());
    }
}
