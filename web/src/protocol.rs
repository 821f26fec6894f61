//! Messages between the page and the audit worker. Both sides are this crate, so the
//! types are shared; they cross the thread boundary through serde-wasm-bindgen.

use serde::{Deserialize, Serialize};

use crate::options::Options;

/// A report format the worker can render on request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Markdown,
    Json,
    Sarif,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Markdown,
        ExportFormat::Json,
        ExportFormat::Sarif,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Json => "JSON",
            ExportFormat::Sarif => "SARIF",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "schema-audit.md",
            ExportFormat::Json => "schema-audit.json",
            ExportFormat::Sarif => "schema-audit.sarif",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "text/markdown",
            ExportFormat::Json | ExportFormat::Sarif => "application/json",
        }
    }

    pub fn engine_format(self) -> schema_audit::Format {
        match self {
            ExportFormat::Markdown => schema_audit::Format::Markdown,
            ExportFormat::Json => schema_audit::Format::Json,
            ExportFormat::Sarif => schema_audit::Format::Sarif,
        }
    }
}

/// What an export is for once the worker has rendered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportAction {
    Copy,
    Download,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Audit `ddl`. `seq` grows with every edit so the page can drop stale answers.
    Audit {
        seq: u64,
        /// The report the page holds ([`crate::report::PageDecoder::base`]), against which
        /// the worker sends the new one; 0 for none. Filled in as the request is posted.
        base: u64,
        ddl: String,
        options: Options,
        /// Test-only fault injection: the worker panics when this is set and the DDL
        /// contains [`CRASH_MARKER`]. The page sets it only when its URL asks for it.
        fault_injection: bool,
    },
    /// The rule catalog. It comes from the worker so that the page's own wasm does not
    /// link the engine's rules (the catalog lives next to their check functions).
    Rules,
    /// Render the report for `ddl` in another format. The worker reuses its last report
    /// when the input matches, and audits again when it does not (e.g. after a restart).
    Render {
        seq: u64,
        ddl: String,
        options: Options,
        format: ExportFormat,
        action: ExportAction,
    },
    /// A migration other than the one every report carries: from `old` to `new` (the
    /// Compare view), or from `old` to its revised schema with the data-loss steps in.
    Migrate {
        /// The page's [`crate::state::State::migration_seq`], so stale answers drop.
        seq: u64,
        query: MigrationQuery,
        old: String,
        /// `None` for the revised schema of `old`.
        new: Option<String>,
        options: Options,
        allow_data_loss: bool,
    },
}

impl Request {
    /// Whether only the full worker can answer: the default build reads T-SQL only (see the
    /// `full` feature in web/Cargo.toml).
    pub fn needs_full_worker(&self) -> bool {
        match self {
            Request::Audit { options, .. }
            | Request::Render { options, .. }
            | Request::Migrate { options, .. } => options.dialect != schema_audit::Dialect::MsSql,
            Request::Rules => false,
        }
    }
}

/// Which migration the page asks the worker for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MigrationQuery {
    /// From the input to its revised schema, with the steps that can lose data emitted.
    Revision,
    /// From the input (OLD) to the Compare view's text (NEW).
    Compare,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker is listening; requests sent before this would be lost.
    Ready,
    /// The worker panicked; it is unusable from here on and the page replaces it.
    Crashed(String),
    /// The report, as the changes since the one the request named (see
    /// [`crate::report::PageUpdate`]).
    Audited {
        seq: u64,
        update: crate::report::PageUpdate,
        millis: f64,
    },
    Rules(Vec<RuleDoc>),
    Rendered {
        seq: u64,
        format: ExportFormat,
        action: ExportAction,
        text: String,
    },
    /// The engine's JSON of the migration asked for, or why there is none.
    Migrated {
        seq: u64,
        query: MigrationQuery,
        json: Result<String, String>,
    },
}

/// With fault injection on, DDL containing this makes the worker panic.
pub const CRASH_MARKER: &str = "SCHEMA_AUDIT_CRASH_WORKER";

/// One rule's documentation, as the Rules view and the options panel show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleDoc {
    pub id: String,
    pub category: schema_audit::Category,
    pub severity: schema_audit::Severity,
    pub summary: String,
    pub markdown: String,
}

impl RuleDoc {
    pub fn catalog() -> Vec<RuleDoc> {
        schema_audit::rules()
            .iter()
            .map(|meta| RuleDoc {
                id: meta.id.to_string(),
                category: meta.category,
                severity: meta.severity,
                summary: meta.summary(),
                markdown: meta.markdown(),
            })
            .collect()
    }
}
