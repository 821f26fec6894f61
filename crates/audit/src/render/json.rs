//! The versioned JSON contract (docs/report-format.md).

use crate::report::Report;

pub fn render(report: &Report) -> String {
    // Serializing plain data with string map keys cannot fail; the fallback keeps this total.
    let mut text =
        serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
