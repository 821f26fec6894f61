//! Every report renders as text, without panicking.
//!
//! Input as in `audit`. The text renderer has no machine-checkable grammar, so the check
//! is that rendering is total and the output has its fixed frame: one
//! summary line `N tables, N findings (...)` with the summary's own counts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit::{render, Format};
use schema_audit_fuzz::audit_then;

fuzz_target!(|data: &[u8]| {
    audit_then(data, |_, report| {
        let out = render(report, Format::Text);
        let summary = format!(
            "{} tables, {} findings (",
            report.summary.tables, report.summary.findings.total
        );
        assert!(
            out.contains(&summary),
            "the summary line is present:\n{out}"
        );
    });
});
