//! DDL text -> dialect-neutral schema model, with diagnostics and spans.
//!
//! [`parse`] never fails as a whole: whatever it cannot read becomes a [`Diagnostic`]
//! naming the clause and its line, and every statement is counted in [`StatementStats`].

pub mod model;

pub use model::*;

/// Parses a script in the given dialect. Never panics, never fails as a whole.
pub fn parse(source: &str, dialect: Dialect) -> ParseOutput {
    let mut output = ParseOutput {
        dialect,
        ..ParseOutput::default()
    };
    // Placeholder until the grammar layer lands: count non-empty `GO`/`;` separated chunks.
    for chunk in source.split(';') {
        if !chunk.trim().is_empty() {
            output.statements.record(
                &StatementKind::Other("unparsed".into()),
                StatementState::Skipped,
            );
        }
    }
    output
}
