//! Whole-schema statistics, rankings and the migration priority list.

use std::collections::BTreeMap;

use schema_audit_ddl::{Schema, StatementStats};
use serde::Serialize;

use crate::capabilities::{Capability, CapabilityStatus};
use crate::finding::{Category, Severity};
use crate::score::Grade;
use crate::table_report::TableReport;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Statement counts as the front end's `parse` reports them.
    pub statements: StatementStats,
    pub tables: usize,
    pub columns: usize,
    pub indexes: usize,
    pub foreign_keys: usize,
    pub memory_optimized_tables: usize,
    /// Mean table score, rounded to one decimal; 0 when there are no tables.
    pub average_score: f64,
    /// Tables per grade, always with all four grades.
    pub distribution: BTreeMap<Grade, usize>,
    pub findings: FindingCounts,
    pub rankings: Rankings,
    pub migration_priority: MigrationPriority,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingCounts {
    pub total: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_category: BTreeMap<Category, usize>,
}

/// Tables ranked by candidacy, best first, candidates only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rankings {
    pub memory_optimized: Vec<Ranked>,
    pub columnstore: Vec<Ranked>,
    pub partitioning: Vec<Ranked>,
    pub compression: Vec<Ranked>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub table: String,
    pub score: u8,
    pub recommendation: String,
}

/// Findings grouped by urgency: critical (immediately), high (next sprint: warnings in
/// security, integrity and durability), medium (the other warnings).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MigrationPriority {
    pub critical: Vec<String>,
    pub high: Vec<String>,
    pub medium: Vec<String>,
}

pub fn summarize(schema: &Schema, statements: StatementStats, tables: &[TableReport]) -> Summary {
    let mut distribution: BTreeMap<Grade, usize> = Grade::ALL.iter().map(|g| (*g, 0)).collect();
    for table in tables {
        *distribution.entry(table.grade).or_default() += 1;
    }
    let total: u32 = tables.iter().map(|t| u32::from(t.score)).sum();
    let average_score = if tables.is_empty() {
        0.0
    } else {
        (f64::from(total) * 10.0 / tables.len() as f64).round() / 10.0
    };
    Summary {
        statements,
        tables: schema.tables.len(),
        columns: schema.tables.iter().map(|t| t.columns.len()).sum(),
        indexes: schema.tables.iter().map(|t| t.indexes.len()).sum(),
        foreign_keys: schema.tables.iter().map(|t| t.foreign_keys.len()).sum(),
        memory_optimized_tables: schema
            .tables
            .iter()
            .filter(|t| t.options.memory_optimized)
            .count(),
        average_score,
        distribution,
        findings: count_findings(tables),
        rankings: Rankings {
            memory_optimized: rank(tables, |t| &t.capabilities.memory_optimized),
            columnstore: rank(tables, |t| &t.capabilities.columnstore),
            partitioning: rank(tables, |t| &t.capabilities.partitioning),
            compression: rank(tables, |t| &t.capabilities.compression),
        },
        migration_priority: priorities(tables),
    }
}

fn count_findings(tables: &[TableReport]) -> FindingCounts {
    let mut by_severity: BTreeMap<Severity, usize> =
        Severity::ALL.iter().map(|s| (*s, 0)).collect();
    let mut by_category: BTreeMap<Category, usize> =
        Category::ALL.iter().map(|c| (*c, 0)).collect();
    let mut total = 0;
    for finding in tables.iter().flat_map(|t| t.findings.iter()) {
        total += 1;
        *by_severity.entry(finding.severity).or_default() += 1;
        *by_category.entry(finding.category).or_default() += 1;
    }
    FindingCounts {
        total,
        by_severity,
        by_category,
    }
}

fn rank(tables: &[TableReport], pick: impl Fn(&TableReport) -> &Capability) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = tables
        .iter()
        .filter(|t| pick(t).status == CapabilityStatus::Candidate)
        .map(|t| Ranked {
            table: t.name.clone(),
            score: pick(t).score,
            recommendation: pick(t).recommendation.clone(),
        })
        .collect();
    // Stable sort: equal scores keep script order, so output is deterministic.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.score));
    ranked
}

fn priorities(tables: &[TableReport]) -> MigrationPriority {
    let mut priority = MigrationPriority {
        critical: Vec::new(),
        high: Vec::new(),
        medium: Vec::new(),
    };
    for finding in tables.iter().flat_map(|t| t.findings.iter()) {
        let line = format!("{}: {}", finding.table, finding.message);
        match (finding.severity, finding.category) {
            (Severity::Critical, _) => priority.critical.push(line),
            (
                Severity::Warning,
                Category::Security | Category::Integrity | Category::Durability,
            ) => priority.high.push(line),
            (Severity::Warning, _) => priority.medium.push(line),
            (Severity::Info, _) => {}
        }
    }
    priority
}
