//! Schema model -> audit report: rules, scores, capabilities, atomization, revised DDL, renderers.
//!
//! The entry points are [`audit`] (text in) and [`audit_parsed`] (a front-end result in), then
//! [`render`] (or [`render_named`], which tells SARIF the file's name) for one of the four output formats and [`exit_code`] for the CLI.
//! Rules read only the `schema_audit_ddl` model, never sqlparser types.

pub mod atomization;
pub mod capabilities;
mod check;
mod context;
pub mod docs;
mod engine;
pub mod finding;
mod fixes;
pub mod migrate;
pub mod naming;
pub mod options;
pub mod print;
pub mod render;
pub mod report;
pub mod revise;
pub mod roles;
pub mod rules;
pub mod score;
pub mod strengths;
pub mod summary;
mod suppress;
mod table_report;

pub use finding::{Applicability, Category, Finding, Fix, Severity};
pub use options::AuditOptions;
pub use render::{render, render_named, Format, DEFAULT_SOURCE_NAME};
pub use report::{Report, TableReport, FORMAT_VERSION};
pub use rules::RuleMeta;
pub use schema_audit_ddl::{Dialect, ParseOutput};

/// Parses `source` in the options' dialect and audits it. Never fails, never panics:
/// what the front end cannot read becomes a diagnostic in the report.
pub fn audit(source: &str, options: &AuditOptions) -> Report {
    let parsed = schema_audit_ddl::parse(source, options.dialect);
    audit_parsed(source, &parsed, options)
}

/// Audits a script the front end has already parsed from `source` (the revised schema is
/// `source` with the fixes spliced in).
pub fn audit_parsed(source: &str, parsed: &ParseOutput, options: &AuditOptions) -> Report {
    engine::report(source, parsed, options)
}

/// Every rule's metadata, in catalog order.
pub fn rules() -> &'static [&'static RuleMeta] {
    rules::metas()
}

/// The severity threshold at which the CLI fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Critical,
    Warning,
    Never,
}

impl FailOn {
    pub fn from_name(name: &str) -> Option<FailOn> {
        match name.to_ascii_lowercase().as_str() {
            "critical" => Some(FailOn::Critical),
            "warning" => Some(FailOn::Warning),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }
}

/// 1 when some finding reaches the threshold, else 0. (2, for usage errors, is the CLI's.)
pub fn exit_code(report: &Report, fail_on: FailOn) -> u8 {
    let threshold = match fail_on {
        FailOn::Critical => Severity::Critical,
        FailOn::Warning => Severity::Warning,
        FailOn::Never => return 0,
    };
    u8::from(report.findings().any(|f| f.severity >= threshold))
}
