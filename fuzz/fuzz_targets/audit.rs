//! Any bytes, any dialect: `audit` must return a report that keeps its own contract.
//!
//! The first byte picks the dialect and the multi-tenant option (see `schema_audit_fuzz`),
//! the rest is the script. The whole audit (front end, rules, revision, summary) runs on a
//! 512 KiB stack, and the report must pass `check_report`: scores in 0..=100 with the grade
//! and the documented formula, every finding filed under its own table with a unique id and
//! a registered, enabled rule, and summary counts that add up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit_fuzz::{audit_then, check_report};

fuzz_target!(|data: &[u8]| {
    audit_then(data, |input, report| {
        check_report(report, &input.options);
    });
});
