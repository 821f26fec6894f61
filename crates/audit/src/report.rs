//! The report: plain data, serialized as the versioned JSON contract (docs/report-format.md).

use schema_audit_ddl::{Diagnostic, Dialect};
use serde::Serialize;

use crate::context::TenancyVerdict;
use crate::finding::Finding;
use crate::summary::Summary;
pub use crate::table_report::TableReport;

/// Bumped on any breaking change to the JSON shape; additions keep the version.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub format_version: u32,
    pub dialect: Dialect,
    pub summary: Summary,
    /// What the schema is as a whole: tenancy and its evidence.
    pub context: SchemaProfile,
    pub tables: Vec<TableReport>,
    /// The full DDL with every safe fix applied, each change commented with its rule id.
    pub revised_schema: String,
    /// The ordered script that takes a live database from the input to the revised schema.
    pub migration: crate::migrate::Migration,
    /// Problems the front end met while reading the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// What the whole schema is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SchemaProfile {
    pub tenancy: TenancyVerdict,
    /// Whether the schema has warehouse dimensions (and is judged as a warehouse).
    pub warehouse: bool,
}

impl Report {
    /// All findings of all tables, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.tables.iter().flat_map(|t| t.findings.iter())
    }

    pub fn table(&self, name: &str) -> Option<&TableReport> {
        self.tables
            .iter()
            .find(|t| t.name.eq_ignore_ascii_case(name))
    }
}
