//! Every report renders as SARIF 2.1.0 that code-scanning tools accept.
//!
//! Input as in `audit`. The SARIF must be JSON with `version` "2.1.0" and one run whose
//! driver is named, with one result per finding, each naming a rule the driver declares,
//! carrying a message and a SARIF level (the shape tests/tests/pipeline_properties.rs checks).
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit::{render, Format};
use schema_audit_fuzz::audit_then;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    audit_then(data, |_, report| {
        let out = render(report, Format::Sarif);
        let sarif: Value = serde_json::from_str(&out).expect("the SARIF is JSON");
        assert_eq!(sarif["version"], "2.1.0");
        let runs = sarif["runs"].as_array().expect("the SARIF has runs");
        assert_eq!(runs.len(), 1);
        let driver = &runs[0]["tool"]["driver"];
        assert!(driver["name"].is_string(), "the driver is named");
        let rules = driver["rules"]
            .as_array()
            .expect("the driver declares rules");
        let results = runs[0]["results"].as_array().expect("results is an array");
        assert_eq!(results.len(), report.findings().count());
        for result in results {
            check_result(result, rules);
        }
    });
});

fn check_result(result: &Value, rules: &[Value]) {
    let rule = result["ruleId"]
        .as_str()
        .expect("every result names its rule");
    assert!(
        rules.iter().any(|r| r["id"] == rule),
        "`{rule}` is declared by the driver"
    );
    assert!(
        result["message"]["text"].is_string(),
        "every result has a message"
    );
    let level = result["level"].as_str().unwrap_or("warning");
    assert!(
        ["error", "warning", "note", "none"].contains(&level),
        "level {level}"
    );
}
