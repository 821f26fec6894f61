//! The four output formats. Each renderer reads only the [`Report`].

mod json;
mod markdown;
mod sarif;
mod text;

use crate::report::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Sarif,
}

impl Format {
    /// Parses a `--format` value.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            _ => None,
        }
    }
}

/// The source name [`render`] assumes when the caller does not know the file's.
pub const DEFAULT_SOURCE_NAME: &str = "input.sql";

/// Renders the report of a script whose name is not known (pasted text, stdin): SARIF names
/// the artifact [`DEFAULT_SOURCE_NAME`]. Same as `render_named(report, format, "input.sql")`.
pub fn render(report: &Report, format: Format) -> String {
    render_named(report, format, DEFAULT_SOURCE_NAME)
}

/// Renders the report of the script read from `source_name`, a path relative to where code
/// scanning runs (typically the repository root), e.g. `db/schema.sql`. SARIF uses it as each
/// result's `artifactLocation.uri`, percent-encoded as a URI reference with `\` read as `/`;
/// the other formats do not name the file, so their output does not depend on it.
pub fn render_named(report: &Report, format: Format, source_name: &str) -> String {
    match format {
        Format::Text => text::render(report),
        Format::Markdown => markdown::render(report),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report, source_name),
    }
}
