//! The revised schema goes through the front end again, and keeps every table.
//!
//! Input as in `audit`. The revised DDL printed for the script must parse without panicking
//! in the same dialect. When the script itself parsed with no failed statement, every table
//! with content must come back under the same name: a table the script only names in an
//! ALTER that changes nothing (`ALTER TABLE x` cut short) has no DDL to print, as in
//! tests/tests/pipeline_properties.rs. Only the front end runs on the revision (no second
//! audit), to keep each execution cheap; crates/audit/tests/revise.rs checks the stronger
//! properties (no critical finding after revision, idempotence) on the corpus.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit_ddl::Table;
use schema_audit_fuzz::{on_small_stack, Input};

fuzz_target!(|data: &[u8]| {
    let Some(input) = Input::from_bytes(data) else {
        return;
    };
    on_small_stack(move || {
        let dialect = input.options.dialect;
        let parsed = schema_audit_ddl::parse(&input.source, dialect);
        let report = schema_audit::audit_parsed(&input.source, &parsed, &input.options);
        let again = schema_audit_ddl::parse(&report.revised_schema, dialect);
        if parsed.statements.failed > 0 {
            return;
        }
        for table in parsed.schema.tables.iter().filter(|t| has_content(t)) {
            assert!(
                again.schema.table(&table.name).is_some(),
                "`{}` is missing from the revised schema:\n{}",
                table.name,
                report.revised_schema
            );
        }
    });
});

fn has_content(table: &Table) -> bool {
    !table.external || !table.columns.is_empty() || !table.indexes.is_empty()
}
