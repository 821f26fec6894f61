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

pub fn render(report: &Report) -> String {
    let rules: Vec<Value> = crate::rules()
        .iter()
        .map(|meta| {
            json!({
                "id": meta.id,
                "name": meta.id,
                "shortDescription": { "text": meta.summary() },
                "fullDescription": { "text": meta.summary() },
                "help": { "text": meta.summary(), "markdown": meta.markdown() },
                "helpUri": format!("docs/rules/{}.md", meta.id),
                "defaultConfiguration": { "level": level(meta.severity) },
                "properties": { "category": meta.category.as_str() }
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
                        "artifactLocation": { "uri": "input.sql" },
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
