//! The page's read-only copy of the engine's report, and how it crosses from the worker.
//!
//! The worker owns the engine and sends its JSON rendering; `schema_audit::Report` is
//! `Serialize` only (and `Finding::rule` is `&'static str`), so these types mirror the parts
//! of that JSON the views show. Unknown fields are ignored, and a native test reads the
//! engine's real output so that a renamed field fails CI instead of the page.
//!
//! A keystroke usually changes one table. The worker therefore sends each report as a
//! [`PageUpdate`] against the previous one ([`PageEncoder`]): the JSON of the parts that
//! changed and references to those that did not. The page ([`PageDecoder`]) reads only the
//! changed parts and keeps the unchanged ones, the same `Rc`s, so their views skip rendering.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use schema_audit::{Category, Dialect, Severity};
use schema_audit_ddl::{Diagnostic, Span};
use serde::{Deserialize, Serialize};

/// The page's copy of one report. Its parts are shared: a report decoded from a
/// [`PageUpdate`] holds the very `Rc`s of the previous report's unchanged parts.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportData {
    pub dialect: Dialect,
    /// Tenancy and whether the schema is judged as a warehouse.
    pub context: Rc<ContextData>,
    pub summary: Rc<SummaryData>,
    pub tables: Vec<Rc<TableData>>,
    pub revised_schema: Rc<str>,
    /// The migration from the input to its revised schema.
    pub migration: Rc<MigrationData>,
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Tables the worker left out of this copy (see [`PAGE_TABLE_LIMIT`]); 0 when it has
    /// them all.
    pub omitted_tables: usize,
    /// Diagnostics left out likewise.
    pub omitted_diagnostics: usize,
}

/// What the page shows of a migration (the engine's `migrate::Migration`). The steps are
/// only counted: they are neither sent (a keystroke on a 50-table schema would carry
/// hundreds) nor parsed, which would link a parser for every step kind into the page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MigrationData {
    pub allow_data_loss: bool,
    /// One line per step that can lose data.
    pub data_loss: Vec<String>,
    /// How many steps the migration has.
    pub steps: usize,
    /// The whole script.
    pub sql: String,
}

/// [`MigrationData`] as the worker writes it.
#[derive(Serialize)]
pub struct MigrationOut<'a> {
    allow_data_loss: bool,
    data_loss: &'a [String],
    steps: usize,
    sql: &'a str,
}

impl<'a> MigrationOut<'a> {
    pub fn of(migration: &'a schema_audit::migrate::Migration) -> Self {
        MigrationOut {
            allow_data_loss: migration.allow_data_loss,
            data_loss: &migration.data_loss,
            steps: migration.steps.len(),
            sql: &migration.sql,
        }
    }
}

impl MigrationData {
    /// Whether the two schemas are the same.
    pub fn is_empty(&self) -> bool {
        self.steps == 0
    }

    /// Reads the engine's JSON of a migration.
    pub fn from_json(json: &str) -> Result<MigrationData, String> {
        from_json(json, "migration")
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContextData {
    pub tenancy: TenancyData,
    pub warehouse: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TenancyData {
    pub multi_tenant: bool,
    pub evidence: String,
}

/// What a table is and why, as the engine judged it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RoleData {
    pub role: String,
    pub source: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ScoreMoveData {
    pub points: i32,
    pub source: String,
    pub reason: String,
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
    pub role: RoleData,
    #[serde(default)]
    pub score_breakdown: Vec<ScoreMoveData>,
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
    pub fn findings(&self) -> impl Iterator<Item = &FindingData> {
        self.tables.iter().flat_map(|t| t.findings.iter())
    }

    pub fn finding(&self, id: &str) -> Option<&FindingData> {
        self.findings().find(|f| f.id == id)
    }

    pub fn table(&self, name: &str) -> Option<&TableData> {
        self.tables.iter().find(|t| t.name == name).map(|t| &**t)
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

/// A report's parts other than its tables and summary, as the worker sends them.
#[derive(Serialize)]
struct HeadOut<'a> {
    dialect: Dialect,
    context: &'a schema_audit::report::SchemaProfile,
    revised_schema: &'a str,
    migration: MigrationOut<'a>,
    diagnostics: &'a [Diagnostic],
    omitted_tables: usize,
    omitted_diagnostics: usize,
}

/// [`HeadOut`] as the page reads it.
#[derive(Deserialize)]
struct HeadIn {
    dialect: Dialect,
    context: Rc<ContextData>,
    revised_schema: Rc<str>,
    migration: Rc<MigrationData>,
    diagnostics: Rc<Vec<Diagnostic>>,
    omitted_tables: usize,
    omitted_diagnostics: usize,
}

/// One report on its way to the page: the JSON of every part that changed since report
/// `base`, which the page already holds, and the position in `base` of every table that
/// did not. The summary and the other parts are `None` when unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageUpdate {
    /// This report's number; the page names it as the base of its next request.
    pub id: u64,
    /// The report that `None` parts and [`TablePart::Same`] refer to; 0 for none.
    pub base: u64,
    /// The JSON of the parts other than tables and summary.
    pub head: Option<String>,
    /// The JSON of the engine's summary, with its lists shortened to [`PAGE_LIST_LIMIT`].
    pub summary: Option<String>,
    pub tables: Vec<TablePart>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TablePart {
    /// The table at this position of the base report, unchanged.
    Same(u32),
    /// The engine's JSON of a new or changed table.
    Changed(String),
}

/// What the worker remembers of the last report it sent (number [`PageEncoder::sent`]).
struct Sent {
    report: Rc<schema_audit::Report>,
    /// Positions in `report.tables` of the tables the page received, in page order.
    page_tables: Vec<usize>,
    head: String,
    summary: String,
}

/// The worker's side: turns each report into a [`PageUpdate`] against the last one sent.
#[derive(Default)]
pub struct PageEncoder {
    last: Option<Sent>,
    /// How many reports were sent; the last one's number.
    sent: u64,
}

impl PageEncoder {
    /// The update for `report`, for a page that holds report `page_base` (0 for none).
    /// When that is not the last report sent (a new worker, or an export audited in
    /// between), everything is sent.
    pub fn encode(&mut self, report: Rc<schema_audit::Report>, page_base: u64) -> PageUpdate {
        let page_tables = page_tables(&report.tables);
        let diagnostics =
            &report.diagnostics[..report.diagnostics.len().min(PAGE_DIAGNOSTIC_LIMIT)];
        let head = to_json(&HeadOut {
            dialect: report.dialect,
            context: &report.context,
            revised_schema: &report.revised_schema,
            migration: MigrationOut::of(&report.migration),
            diagnostics,
            omitted_tables: report.tables.len() - page_tables.len(),
            omitted_diagnostics: report.diagnostics.len() - diagnostics.len(),
        });
        let summary = to_json(&page_summary(&report.summary));
        let base = self
            .last
            .as_ref()
            .filter(|_| page_base != 0 && page_base == self.sent);
        // Unchanged tables, found by name so that adding or removing a table moves the
        // others without resending them.
        let previous: HashMap<&str, (u32, &schema_audit::TableReport)> = base
            .map(|last| {
                last.page_tables
                    .iter()
                    .enumerate()
                    .map(|(position, &i)| {
                        let table = &last.report.tables[i];
                        (table.name.as_str(), (position as u32, table))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let tables = page_tables
            .iter()
            .map(|&i| {
                let table = &report.tables[i];
                match previous.get(table.name.as_str()) {
                    Some((position, old)) if *old == table => TablePart::Same(*position),
                    _ => TablePart::Changed(to_json(table)),
                }
            })
            .collect();
        let update = PageUpdate {
            id: self.sent + 1,
            base: base.map_or(0, |_| self.sent),
            head: (base.map(|last| &last.head) != Some(&head)).then(|| head.clone()),
            summary: (base.map(|last| &last.summary) != Some(&summary)).then(|| summary.clone()),
            tables,
        };
        self.sent += 1;
        self.last = Some(Sent {
            report,
            page_tables,
            head,
            summary,
        });
        update
    }
}

/// The page's side: rebuilds each report from a [`PageUpdate`] and the last one read.
#[derive(Default)]
pub struct PageDecoder {
    last: Option<(u64, Rc<ReportData>)>,
}

impl PageDecoder {
    /// The report the page holds, for the worker to send the next one against; 0 for none.
    pub fn base(&self) -> u64 {
        self.last.as_ref().map_or(0, |(id, _)| *id)
    }

    /// The report `update` describes. On an error the page forgets its base, so the next
    /// report comes whole.
    pub fn decode(&mut self, update: PageUpdate) -> Result<Rc<ReportData>, String> {
        let result = self.rebuild(update);
        if result.is_err() {
            self.last = None;
        }
        result
    }

    fn rebuild(&mut self, update: PageUpdate) -> Result<Rc<ReportData>, String> {
        let base = match (&self.last, update.base) {
            (_, 0) => None,
            (Some((id, report)), base) if *id == base => Some(report.clone()),
            (_, base) => {
                return Err(format!(
                    "the report refers to report {base}, but the page holds report {}",
                    self.base()
                ))
            }
        };
        let missing = |part: &str| format!("the report leaves out its {part}, and has no base");
        let head: HeadIn = match (&update.head, &base) {
            (Some(json), _) => from_json(json, "report")?,
            (None, Some(base)) => HeadIn {
                dialect: base.dialect,
                context: base.context.clone(),
                revised_schema: base.revised_schema.clone(),
                migration: base.migration.clone(),
                diagnostics: base.diagnostics.clone(),
                omitted_tables: base.omitted_tables,
                omitted_diagnostics: base.omitted_diagnostics,
            },
            (None, None) => return Err(missing("head")),
        };
        let summary = match (&update.summary, &base) {
            (Some(json), _) => Rc::new(from_json(json, "summary")?),
            (None, Some(base)) => base.summary.clone(),
            (None, None) => return Err(missing("summary")),
        };
        let tables = update
            .tables
            .iter()
            .map(|part| match part {
                TablePart::Changed(json) => from_json(json, "table").map(Rc::new),
                TablePart::Same(position) => base
                    .as_ref()
                    .and_then(|base| base.tables.get(*position as usize))
                    .cloned()
                    .ok_or_else(|| {
                        format!("the report refers to table {position} of its base, which has none")
                    }),
            })
            .collect::<Result<Vec<_>, String>>()?;
        let report = Rc::new(ReportData {
            dialect: head.dialect,
            context: head.context,
            summary,
            tables,
            revised_schema: head.revised_schema,
            migration: head.migration,
            diagnostics: head.diagnostics,
            omitted_tables: head.omitted_tables,
            omitted_diagnostics: head.omitted_diagnostics,
        });
        self.last = Some((update.id, report.clone()));
        Ok(report)
    }
}

/// The positions of the tables the page receives: all of them, or past
/// [`PAGE_TABLE_LIMIT`] the lowest-scoring, in schema order.
fn page_tables(all: &[schema_audit::TableReport]) -> Vec<usize> {
    let mut page: Vec<usize> = (0..all.len()).collect();
    if all.len() > PAGE_TABLE_LIMIT {
        page.sort_by_key(|&i| (all[i].score, i));
        page.truncate(PAGE_TABLE_LIMIT);
        page.sort_unstable();
    }
    page
}

/// The summary with its rankings and migration priorities cut to [`PAGE_LIST_LIMIT`].
fn page_summary(summary: &schema_audit::summary::Summary) -> schema_audit::summary::Summary {
    let mut summary = summary.clone();
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
    summary
}

fn to_json(value: &impl Serialize) -> String {
    // Plain data with string keys always serializes; the fallback keeps this total (and
    // the page then says the report is unreadable).
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str, part: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("unreadable {part}: {e}"))
}

/// `report` as the page receives it whole (for tests).
pub fn page_copy(report: schema_audit::Report) -> Rc<ReportData> {
    let update = PageEncoder::default().encode(Rc::new(report), 0);
    PageDecoder::default()
        .decode(update)
        .unwrap_or_else(|e| panic!("the page cannot read the report: {e}"))
}

#[cfg(test)]
mod tests {
    use crate::worker::audit_for_page;

    #[test]
    fn the_engine_json_reads_back_for_every_sample() {
        for sample in crate::samples::SAMPLES {
            let report = audit_for_page(sample.ddl, &Default::default());
            assert!(!report.tables.is_empty(), "{}", sample.name);
        }
    }

    #[test]
    fn counts_agree_with_the_tables() {
        let report = audit_for_page(crate::SAMPLE_SCHEMA, &Default::default());
        assert_eq!(report.findings().count(), report.summary.findings.total);
        let first = report.findings().next().map(|f| f.id.clone());
        assert!(first.is_some_and(|id| report.finding(&id).is_some()));
    }
}

/// What the editor's gutter shows on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        for diagnostic in self.diagnostics.iter() {
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
    use crate::worker::audit_for_page;

    #[test]
    fn marks_carry_the_worst_severity_per_line() {
        let report = audit_for_page(crate::SAMPLE_SCHEMA, &Default::default());
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
        let page = page_copy(report.clone());
        assert_eq!(page.tables.len(), report.tables.len());
        assert_eq!(page.omitted_tables, 0);
        assert_eq!(&*page.revised_schema, report.revised_schema);
        assert_eq!(page.migration.sql, report.migration.sql);
        assert_eq!(page.migration.steps, report.migration.steps.len());
        assert_eq!(page.migration.data_loss, report.migration.data_loss);
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
        let page = page_copy(report.clone());
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

#[cfg(test)]
mod update_tests {
    use super::*;

    const TWO_TABLES: &str =
        "CREATE TABLE dbo.A (Id INT NOT NULL PRIMARY KEY, Name NVARCHAR(50) NULL);
CREATE TABLE dbo.B (Id INT NOT NULL PRIMARY KEY, AId INT NOT NULL REFERENCES dbo.A (Id));
";

    fn audit(ddl: &str) -> Rc<schema_audit::Report> {
        Rc::new(schema_audit::audit(ddl, &Default::default()))
    }

    fn changed(update: &PageUpdate) -> usize {
        let parts = update.tables.iter();
        parts.filter(|p| matches!(p, TablePart::Changed(_))).count()
    }

    /// Sends `ddl` after whatever the two sides exchanged before, as the worker would.
    fn send(
        encoder: &mut PageEncoder,
        decoder: &mut PageDecoder,
        ddl: &str,
    ) -> (PageUpdate, Rc<ReportData>) {
        let update = encoder.encode(audit(ddl), decoder.base());
        let report = decoder
            .decode(update.clone())
            .unwrap_or_else(|e| panic!("{e}"));
        // Whatever was left out, the page ends up with the whole report.
        assert_eq!(*report, *page_copy((*audit(ddl)).clone()));
        (update, report)
    }

    #[test]
    fn an_edit_resends_only_the_table_it_changed() {
        let (mut encoder, mut decoder) = (PageEncoder::default(), PageDecoder::default());
        let (first, before) = send(&mut encoder, &mut decoder, TWO_TABLES);
        assert_eq!((first.base, changed(&first)), (0, 2));
        let edited = TWO_TABLES.replace("Name NVARCHAR(50)", "Title NVARCHAR(50)");
        let (update, after) = send(&mut encoder, &mut decoder, &edited);
        assert_eq!(update.base, first.id);
        assert_eq!(changed(&update), 1);
        assert_eq!(update.tables[1], TablePart::Same(1));
        assert!(!Rc::ptr_eq(&before.tables[0], &after.tables[0]));
        assert!(Rc::ptr_eq(&before.tables[1], &after.tables[1]));
        assert!(update.head.is_some(), "the revised schema changed");
    }

    #[test]
    fn an_unchanged_report_sends_references_only() {
        let (mut encoder, mut decoder) = (PageEncoder::default(), PageDecoder::default());
        let (_, before) = send(&mut encoder, &mut decoder, TWO_TABLES);
        let (update, after) = send(&mut encoder, &mut decoder, TWO_TABLES);
        assert_eq!(changed(&update), 0);
        assert!(update.head.is_none() && update.summary.is_none());
        assert!(Rc::ptr_eq(&before.summary, &after.summary));
        assert!(Rc::ptr_eq(&before.revised_schema, &after.revised_schema));
        // A new comment is kept in the revised schema, which goes again; the tables do not.
        let (update, again) = send(
            &mut encoder,
            &mut decoder,
            &format!("{TWO_TABLES}-- note\n"),
        );
        assert_eq!(changed(&update), 0);
        assert!(update.head.is_some() && update.summary.is_none());
        assert!(again.revised_schema.contains("-- note"));
        assert!(Rc::ptr_eq(&after.tables[0], &again.tables[0]));
    }

    #[test]
    fn tables_are_matched_by_name_when_one_is_added_or_removed() {
        let (mut encoder, mut decoder) = (PageEncoder::default(), PageDecoder::default());
        let (_, before) = send(&mut encoder, &mut decoder, TWO_TABLES);
        let three = format!("{TWO_TABLES}CREATE TABLE dbo.C (Id INT NOT NULL PRIMARY KEY);\n");
        let (update, after) = send(&mut encoder, &mut decoder, &three);
        assert_eq!(changed(&update), 1);
        assert!(Rc::ptr_eq(&before.tables[1], &after.tables[1]));
        // Dropping A (which B references) changes B; C, on the same line, stays and moves
        // to position 1.
        let without_a = three.replacen(TWO_TABLES.lines().next().unwrap_or_default(), "-- no A", 1);
        let (update, _) = send(&mut encoder, &mut decoder, &without_a);
        assert_eq!(update.tables.len(), 2);
        assert_eq!(update.tables[1], TablePart::Same(2));
    }

    #[test]
    fn a_page_without_the_base_gets_the_whole_report() {
        let mut encoder = PageEncoder::default();
        let (first, _) = send(&mut encoder, &mut PageDecoder::default(), TWO_TABLES);
        // A page that holds nothing (say, its decoder was reset) names base 0.
        let whole = encoder.encode(audit(TWO_TABLES), 0);
        assert_eq!((whole.base, changed(&whole)), (0, 2));
        assert!(whole.head.is_some() && whole.summary.is_some());
        // A page naming a report the worker no longer has gets everything too.
        let whole = encoder.encode(audit(TWO_TABLES), first.id);
        assert_eq!((whole.base, changed(&whole)), (0, 2));
    }

    #[test]
    fn an_update_against_a_report_the_page_lacks_is_an_error_and_resets_the_base() {
        let mut encoder = PageEncoder::default();
        let mut decoder = PageDecoder::default();
        send(&mut encoder, &mut decoder, TWO_TABLES);
        let mut update = encoder.encode(audit(TWO_TABLES), decoder.base());
        update.base += 7;
        let error = decoder.decode(update).err().unwrap_or_default();
        assert!(error.contains("refers to report"), "{error}");
        assert_eq!(decoder.base(), 0, "the next report must come whole");
        // A reference past the base's tables, or unreadable JSON, is an error as well.
        send(&mut encoder, &mut decoder, TWO_TABLES);
        let mut update = encoder.encode(audit(TWO_TABLES), decoder.base());
        update.tables[0] = TablePart::Same(99);
        assert!(decoder.decode(update).is_err());
        let mut update = encoder.encode(audit(TWO_TABLES), 0);
        update.summary = Some("{".into());
        let error = decoder.decode(update).err().unwrap_or_default();
        assert!(error.starts_with("unreadable summary"), "{error}");
    }
}
