//! Every report renders as valid JSON that says what the report says.
//!
//! Input as in `audit`. The JSON renderer must produce a document serde_json parses, with
//! the contract's `format_version`, one entry per table and the summary's finding total
//! (docs/report-format.md).
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit::{render, Format, FORMAT_VERSION};
use schema_audit_fuzz::audit_then;

fuzz_target!(|data: &[u8]| {
    audit_then(data, |_, report| {
        let out = render(report, Format::Json);
        let json: serde_json::Value = serde_json::from_str(&out).expect("the JSON parses");
        assert_eq!(json["format_version"], FORMAT_VERSION);
        assert_eq!(
            json["tables"].as_array().map(Vec::len),
            Some(report.tables.len())
        );
        assert_eq!(
            json["summary"]["findings"]["total"].as_u64(),
            Some(report.summary.findings.total as u64)
        );
        assert_eq!(
            json["revised_schema"].as_str(),
            Some(report.revised_schema.as_str())
        );
    });
});
