//! The page's read-only copy of the engine's report.
//!
//! The worker owns the engine and sends its JSON rendering; `schema_audit::Report` is
//! `Serialize` only (and `Finding::rule` is `&'static str`), so these types mirror the parts
//! of that JSON the views show. Unknown fields are ignored, and a native test reads the
//! engine's real output so that a renamed field fails CI instead of the page.

use std::collections::BTreeMap;

use schema_audit::{Category, Dialect, Severity};
use schema_audit_ddl::{Diagnostic, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReportData {
    pub dialect: Dialect,
    pub summary: SummaryData,
    pub tables: Vec<TableData>,
    pub revised_schema: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Tables the worker left out of this copy (see [`page_json`]); 0 when it has them all.
    #[serde(default)]
    pub omitted_tables: usize,
    /// Diagnostics left out likewise.
    #[serde(default)]
    pub omitted_diagnostics: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SummaryData {
    pub statements: StatementData,
    pub tables: usize,
    pub columns: usize,
    #[serde(default)]
    pub indexes: usize,
    #[serde(default)]
    pub foreign_keys: usize,
    pub average_score: f64,
    /// Grade name -> number of tables.
    pub distribution: BTreeMap<String, usize>,
    pub findings: FindingCounts,
    pub rankings: Rankings,
    pub migration_priority: MigrationPriority,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StatementData {
    pub total: usize,
    #[serde(default)]
    pub understood: usize,
    #[serde(default)]
    pub partial: usize,
    #[serde(default)]
    pub failed: usize,
    #[serde(default)]
    pub skipped: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FindingCounts {
    pub total: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_category: BTreeMap<Category, usize>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Rankings {
    pub memory_optimized: Vec<Ranked>,
    pub columnstore: Vec<Ranked>,
    pub partitioning: Vec<Ranked>,
    pub compression: Vec<Ranked>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Ranked {
    pub table: String,
    pub score: u8,
    pub recommendation: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MigrationPriority {
    pub critical: Vec<String>,
    pub high: Vec<String>,
    pub medium: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TableData {
    pub name: String,
    pub span: Span,
    pub score: u8,
    pub grade: String,
    pub findings: Vec<FindingData>,
    pub strengths: Vec<StrengthData>,
    pub capabilities: CapabilitiesData,
    pub atomization: AtomizationData,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FindingData {
    pub id: String,
    pub rule: String,
    pub severity: Severity,
    pub category: Category,
    pub table: String,
    #[serde(default)]
    pub columns: Vec<String>,
    pub message: String,
    pub fix: Option<FixData>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FixData {
    pub applicability: String,
    pub description: String,
    pub sql: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StrengthData {
    pub kind: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CapabilitiesData {
    pub memory_optimized: CapabilityData,
    pub columnstore: CapabilityData,
    pub partitioning: CapabilityData,
    pub compression: CapabilityData,
}

impl CapabilitiesData {
    pub fn named(&self) -> [(&'static str, &CapabilityData); 4] {
        [
            ("In-memory OLTP", &self.memory_optimized),
            ("Columnstore", &self.columnstore),
            ("Partitioning", &self.partitioning),
            ("Compression", &self.compression),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CapabilityData {
    pub score: u8,
    pub status: String,
    pub recommendation: String,
    #[serde(default)]
    pub reasons: Vec<String>,
    #[serde(default)]
    pub blockers: Vec<String>,
    pub suggested_key: Option<String>,
    pub suggested_setting: Option<String>,
    pub estimated_saving: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AtomizationData {
    pub verdict: String,
    pub columns: Vec<ColumnVerdictData>,
    pub revised_table: Option<String>,
    pub composition_example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ColumnVerdictData {
    pub column: String,
    pub verdict: String,
    pub reason: String,
}

/// The grades in the order the chart shows them, best first.
pub const GRADES: [&str; 4] = ["excellent", "good", "fair", "poor"];

impl ReportData {
    pub fn from_json(json: &str) -> Result<Self, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    pub fn findings(&self) -> impl Iterator<Item = &FindingData> {
        self.tables.iter().flat_map(|t| t.findings.iter())
    }

    pub fn finding(&self, id: &str) -> Option<&FindingData> {
        self.findings().find(|f| f.id == id)
    }

    pub fn table(&self, name: &str) -> Option<&TableData> {
        self.tables.iter().find(|t| t.name == name)
    }
}

/// Tables whose details the page receives at most. Past several hundred, reading and drawing
/// the report would cost the page's main thread seconds (a 2 MB script has about 7,000
/// tables and a 60 MB JSON report), so the page gets the lowest-scoring tables, which are the
/// ones worth reading; the summary still counts every table, and the exports, rendered by the
/// worker from the whole report, cover them all.
pub const PAGE_TABLE_LIMIT: usize = 500;
/// Entries kept per ranking and per migration-priority list.
pub const PAGE_LIST_LIMIT: usize = 100;
/// Parse diagnostics the page receives at most.
pub const PAGE_DIAGNOSTIC_LIMIT: usize = 1_000;

/// The engine's JSON contract, restricted to what the page can show (see [`PAGE_TABLE_LIMIT`]),
/// with the counts of what was left out.
#[derive(Serialize)]
struct PageReport<'a> {
    dialect: Dialect,
    summary: schema_audit::summary::Summary,
    tables: Vec<&'a schema_audit::TableReport>,
    revised_schema: &'a str,
    diagnostics: &'a [Diagnostic],
    omitted_tables: usize,
    omitted_diagnostics: usize,
}

/// The report as the worker sends it to the page: compact JSON of at most
/// [`PAGE_TABLE_LIMIT`] tables (the lowest-scoring, in schema order), shortened summary lists
/// and at most [`PAGE_DIAGNOSTIC_LIMIT`] diagnostics.
pub fn page_json(report: &schema_audit::Report) -> String {
    let all = &report.tables;
    let tables: Vec<&schema_audit::TableReport> = if all.len() <= PAGE_TABLE_LIMIT {
        all.iter().collect()
    } else {
        let mut worst: Vec<usize> = (0..all.len()).collect();
        worst.sort_by_key(|&i| (all[i].score, i));
        worst.truncate(PAGE_TABLE_LIMIT);
        worst.sort_unstable();
        worst.into_iter().map(|i| &all[i]).collect()
    };
    let mut summary = report.summary.clone();
    let rankings = &mut summary.rankings;
    for list in [
        &mut rankings.memory_optimized,
        &mut rankings.columnstore,
        &mut rankings.partitioning,
        &mut rankings.compression,
    ] {
        list.truncate(PAGE_LIST_LIMIT);
    }
    let priority = &mut summary.migration_priority;
    for list in [
        &mut priority.critical,
        &mut priority.high,
        &mut priority.medium,
    ] {
        list.truncate(PAGE_LIST_LIMIT);
    }
    let diagnostics = &report.diagnostics[..report.diagnostics.len().min(PAGE_DIAGNOSTIC_LIMIT)];
    let page = PageReport {
        dialect: report.dialect,
        summary,
        omitted_tables: all.len() - tables.len(),
        tables,
        revised_schema: &report.revised_schema,
        omitted_diagnostics: report.diagnostics.len() - diagnostics.len(),
        diagnostics,
    };
    // Plain data with string keys always serializes; the fallback keeps this total.
    serde_json::to_string(&page).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Audits on the current thread and returns what the worker would send. The page never does
/// this (the worker does); tests use it.
pub fn audit_to_json(ddl: &str, options: &schema_audit::AuditOptions) -> String {
    page_json(&schema_audit::audit(ddl, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_json_reads_back_for_every_sample() {
        for sample in crate::samples::SAMPLES {
            let json = audit_to_json(sample.ddl, &schema_audit::AuditOptions::default());
            let report = ReportData::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
            assert!(!report.tables.is_empty(), "{}", sample.name);
        }
    }

    #[test]
    fn counts_agree_with_the_tables() {
        let json = audit_to_json(crate::SAMPLE_SCHEMA, &schema_audit::AuditOptions::default());
        let report = ReportData::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.findings().count(), report.summary.findings.total);
        let first = report.findings().next().map(|f| f.id.clone());
        assert!(first.is_some_and(|id| report.finding(&id).is_some()));
    }
}

/// What the editor's gutter shows on one line.
#[derive(Debug, Clone, PartialEq)]
pub struct GutterMark {
    pub line: u32,
    /// The most severe finding's severity; `None` for a parse diagnostic only.
    pub severity: Option<Severity>,
    pub has_diagnostic: bool,
    /// Every message on the line, one per line, for the hover text.
    pub messages: String,
}

impl ReportData {
    /// One mark per line with findings or diagnostics, in line order.
    pub fn gutter_marks(&self) -> Vec<GutterMark> {
        let mut marks: BTreeMap<u32, GutterMark> = BTreeMap::new();
        fn mark(marks: &mut BTreeMap<u32, GutterMark>, line: u32) -> &mut GutterMark {
            let line = line.max(1);
            marks.entry(line).or_insert_with(|| GutterMark {
                line,
                severity: None,
                has_diagnostic: false,
                messages: String::new(),
            })
        }
        for finding in self.findings() {
            let m = mark(&mut marks, finding.span.line);
            m.severity = m.severity.max(Some(finding.severity));
            push_line(
                &mut m.messages,
                &format!("{}: {}", finding.severity.as_str(), finding.message),
            );
        }
        for diagnostic in &self.diagnostics {
            let m = mark(&mut marks, diagnostic.span.line);
            m.has_diagnostic = true;
            push_line(
                &mut m.messages,
                &format!("{}: {}", diagnostic.code, diagnostic.message),
            );
        }
        marks.into_values().collect()
    }
}

fn push_line(text: &mut String, line: &str) {
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

#[cfg(test)]
mod gutter_tests {
    use super::*;

    #[test]
    fn marks_carry_the_worst_severity_per_line() {
        let json = audit_to_json(crate::SAMPLE_SCHEMA, &schema_audit::AuditOptions::default());
        let report = ReportData::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
        let marks = report.gutter_marks();
        assert!(!marks.is_empty());
        for mark in &marks {
            let worst = report
                .findings()
                .filter(|f| f.span.line.max(1) == mark.line)
                .map(|f| f.severity)
                .max();
            assert_eq!(mark.severity, worst);
        }
    }
}

#[cfg(test)]
mod page_tests {
    use super::*;
    use std::fmt::Write;

    #[test]
    fn a_small_report_reaches_the_page_whole() {
        let report = schema_audit::audit(crate::SAMPLE_SCHEMA, &Default::default());
        let page = ReportData::from_json(&page_json(&report)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.tables.len(), report.tables.len());
        assert_eq!(page.omitted_tables, 0);
        assert_eq!(page.revised_schema, report.revised_schema);
        assert_eq!(page.findings().count(), report.summary.findings.total);
    }

    #[test]
    fn a_huge_report_keeps_the_lowest_scoring_tables_in_schema_order() {
        // Every other table lacks a primary key, so scores differ; 200 more tables than the limit.
        let mut ddl = String::new();
        for i in 0..PAGE_TABLE_LIMIT + 200 {
            let key = if i % 2 == 0 {
                " NOT NULL PRIMARY KEY"
            } else {
                ""
            };
            let _ = writeln!(
                ddl,
                "CREATE TABLE dbo.T{i} (Id INT{key}, TenantId INT NOT NULL);"
            );
        }
        let report = schema_audit::audit(&ddl, &Default::default());
        assert_eq!(report.tables.len(), PAGE_TABLE_LIMIT + 200);
        let page = ReportData::from_json(&page_json(&report)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.tables.len(), PAGE_TABLE_LIMIT);
        assert_eq!(page.omitted_tables, 200);
        // The summary still counts every table.
        assert_eq!(page.summary.tables, PAGE_TABLE_LIMIT + 200);
        // Kept: no table left out scores lower than one kept.
        let kept_worst = page.tables.iter().map(|t| t.score).max().unwrap_or(0);
        let kept: std::collections::BTreeSet<&str> =
            page.tables.iter().map(|t| t.name.as_str()).collect();
        for table in report
            .tables
            .iter()
            .filter(|t| !kept.contains(t.name.as_str()))
        {
            assert!(table.score >= kept_worst, "{} left out", table.name);
        }
        // In schema order.
        let positions: Vec<usize> = page
            .tables
            .iter()
            .filter_map(|t| report.tables.iter().position(|r| r.name == t.name))
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        for list in [
            &page.summary.migration_priority.critical,
            &page.summary.migration_priority.high,
            &page.summary.migration_priority.medium,
        ] {
            assert!(list.len() <= PAGE_LIST_LIMIT);
        }
    }
}
