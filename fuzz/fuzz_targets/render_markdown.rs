//! Every report renders as Markdown, without panicking.
//!
//! Input as in `audit`. The Markdown renderer has no machine-checkable grammar, so the check
//! is that rendering is total and the output has its fixed frame: the
//! title, one `## n. ` heading per table in order, then the summary section.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit::{render, Format};
use schema_audit_fuzz::audit_then;

fuzz_target!(|data: &[u8]| {
    audit_then(data, |_, report| {
        let out = render(report, Format::Markdown);
        assert!(out.starts_with("# Schema audit\n\n"));
        let mut rest = out.as_str();
        for (i, table) in report.tables.iter().enumerate() {
            let heading = format!("## {}. {}\n", i + 1, table.name);
            let at = rest
                .find(&heading)
                .expect("every table has its heading, in order");
            rest = &rest[at + heading.len()..];
        }
        assert!(rest.contains("## Summary Statistics\n"));
    });
});
