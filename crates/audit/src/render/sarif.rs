//! SARIF 2.1.0 for code scanning: one run, one reporting descriptor per rule, one result per finding.

use serde_json::{json, Value};

use crate::finding::Severity;
use crate::report::Report;

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference: `\` separators become `/`, and every byte other than
/// an unreserved character (RFC 3986) or `/` is percent-encoded, so spaces, `#`, `?`, `%`,
/// non-ASCII names and a drive-like `C:` cannot be misread as URI syntax.
pub fn path_to_uri(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'\\' => uri.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte))
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

pub fn render(report: &Report, source_name: &str) -> String {
    let uri = path_to_uri(source_name);
    let rules: Vec<Value> = crate::rules()
        .iter()
        .map(|meta| {
            json!({
                "id": meta.id,
                "name": meta.id,
                "shortDescription": { "text": meta.summary() },
                "fullDescription": { "text": meta.summary() },
                "help": { "text": meta.summary(), "markdown": meta.markdown() },
                // Not `helpUri`: SARIF requires an absolute URI there, and the docs live in the
                // repository, not at a URL. The full text is in `help.markdown` anyway.
                "defaultConfiguration": { "level": level(meta.severity) },
                "properties": {
                    "category": meta.category.as_str(),
                    "docs": format!("docs/rules/{}.md", meta.id)
                }
            })
        })
        .collect();
    let index_of = |rule: &str| {
        crate::rules()
            .iter()
            .position(|m| m.id == rule)
            .unwrap_or(0)
    };
    let results: Vec<Value> = report
        .findings()
        .map(|f| {
            let line = f.span.line.max(1);
            let mut result = json!({
                "ruleId": f.rule,
                "ruleIndex": index_of(f.rule),
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": {
                            "startLine": line,
                            "startColumn": f.span.column.max(1),
                        }
                    },
                    "logicalLocations": [{ "fullyQualifiedName": f.table, "kind": "table" }]
                }],
                "partialFingerprints": { "findingId": f.id },
                "properties": { "severity": f.severity.as_str(), "category": f.category.as_str(), "columns": f.columns }
            });
            if let Some(fix) = &f.fix {
                result["properties"]["fix"] = json!({ "description": fix.description, "sql": fix.sql });
            }
            result
        })
        .collect();
    let sarif = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "schema-audit",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }
            },
            "results": results,
            "columnKind": "unicodeCodePoints"
        }]
    });
    let mut text = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::path_to_uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_to_uri("db/schema.sql"), "db/schema.sql");
        assert_eq!(path_to_uri("db\\my schema#1.sql"), "db/my%20schema%231.sql");
        assert_eq!(path_to_uri("C:x.sql"), "C%3Ax.sql");
        assert_eq!(path_to_uri("50%.sql"), "50%25.sql");
        assert_eq!(
            path_to_uri("Tabellen/Größe.sql"),
            "Tabellen/Gr%C3%B6%C3%9Fe.sql"
        );
    }
}
