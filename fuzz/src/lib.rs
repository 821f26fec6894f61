//! What every fuzz target shares: how bytes become a script and its options, the small
//! stack the pipeline runs on, and the invariants every report must satisfy.
//!
//! Input layout (the same as the `parse` target's, so one seed corpus serves every SQL
//! target): the first byte is the selector, the rest is the script, lossily decoded so that
//! invalid UTF-8 still reaches the tokenizer as replacement characters.
//!
//! | selector | meaning |
//! |---|---|
//! | `selector % 3` | dialect: 0 T-SQL, 1 PostgreSQL, 2 MySQL |
//! | `selector / 3 % 3` | multi-tenant: 0 guess (the default), 1 yes, 2 no |
//!
//! A seed written as `\0` + file is therefore T-SQL with default options.

use std::collections::BTreeSet;

use schema_audit::capabilities::CapabilityStatus;
use schema_audit::score::{Grade, CRITICAL_CAP};
use schema_audit::{AuditOptions, Dialect, Report, Severity, FORMAT_VERSION};

/// The stack the pipeline runs on: well under a browser worker's (about 1 MiB), so that
/// recursion deep enough to overflow there shows up here as a crash first.
pub const STACK_BYTES: usize = 512 * 1024;

/// A fuzz input read as a script and the options to audit it with.
pub struct Input {
    pub source: String,
    pub options: AuditOptions,
}

impl Input {
    /// `None` for the empty input, which has no selector byte.
    pub fn from_bytes(data: &[u8]) -> Option<Input> {
        let (&selector, rest) = data.split_first()?;
        let dialect = match selector % 3 {
            0 => Dialect::MsSql,
            1 => Dialect::Postgres,
            _ => Dialect::MySql,
        };
        let multi_tenant = match selector / 3 % 3 {
            0 => None,
            1 => Some(true),
            _ => Some(false),
        };
        Some(Input {
            source: String::from_utf8_lossy(rest).into_owned(),
            options: AuditOptions {
                dialect,
                multi_tenant,
                ..AuditOptions::default()
            },
        })
    }
}

/// Runs `work` on a thread with a [`STACK_BYTES`] stack. A panic there aborts the process
/// through libFuzzer's hook; the `join` check covers a build without that hook.
pub fn on_small_stack(work: impl FnOnce() + Send + 'static) {
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(work)
        .expect("spawn the fuzz worker thread");
    if worker.join().is_err() {
        panic!("the pipeline panicked");
    }
}

/// The body of every target that checks a report: reads `data` as an [`Input`] (the empty
/// input is skipped), audits it on the small stack and hands `check` the input and report.
pub fn audit_then(data: &[u8], check: impl FnOnce(&Input, &Report) + Send + 'static) {
    let Some(input) = Input::from_bytes(data) else {
        return;
    };
    on_small_stack(move || {
        let report = schema_audit::audit(&input.source, &input.options);
        check(&input, &report);
    });
}

/// Invariants of every report, each from the report's documented contract
/// (docs/report-format.md and the `score` module's formula). All are cheap: linear in the
/// report's size, no re-parsing.
pub fn check_report(report: &Report, options: &AuditOptions) {
    assert_eq!(report.format_version, FORMAT_VERSION);
    assert_eq!(report.dialect, options.dialect);
    let summary = &report.summary;
    let s = summary.statements;
    assert_eq!(s.total, s.understood + s.partial + s.failed + s.skipped);
    assert_eq!(
        summary.tables,
        report.tables.len(),
        "one table report per table"
    );

    let mut ids = BTreeSet::new();
    for table in &report.tables {
        check_table(table, options);
        for finding in &table.findings {
            assert!(
                ids.insert(finding.id.as_str()),
                "finding id `{}` is not unique in the report",
                finding.id
            );
        }
    }

    let findings = &summary.findings;
    assert_eq!(findings.total, report.findings().count());
    assert_eq!(findings.by_severity.values().sum::<usize>(), findings.total);
    assert_eq!(findings.by_category.values().sum::<usize>(), findings.total);
    assert_eq!(
        summary.distribution.len(),
        4,
        "all four grades are always present"
    );
    assert_eq!(
        summary.distribution.values().sum::<usize>(),
        report.tables.len()
    );
    assert!((0.0..=100.0).contains(&summary.average_score));
    let rankings = &summary.rankings;
    for ranked in [
        &rankings.memory_optimized,
        &rankings.columnstore,
        &rankings.partitioning,
        &rankings.compression,
    ] {
        assert!(
            ranked.windows(2).all(|w| w[0].score >= w[1].score),
            "rankings are best first"
        );
    }
    if report.tables.is_empty() {
        assert_eq!(summary.average_score, 0.0);
    }
}

fn check_table(table: &schema_audit::TableReport, options: &AuditOptions) {
    assert!(!table.name.is_empty(), "every table is named");
    assert!(
        table.score <= 100,
        "`{}` scored {}",
        table.name,
        table.score
    );
    assert_eq!(table.grade, Grade::of(table.score));
    assert_eq!(
        table.score,
        schema_audit::score::score(&table.findings, table.strengths.len()),
        "`{}`'s score follows the formula",
        table.name
    );
    let critical = table
        .findings
        .iter()
        .any(|f| f.severity == Severity::Critical);
    if critical {
        assert!(u32::from(table.score) <= CRITICAL_CAP);
    }
    for capability in [
        &table.capabilities.memory_optimized,
        &table.capabilities.columnstore,
        &table.capabilities.partitioning,
        &table.capabilities.compression,
    ] {
        assert!(capability.score <= 100);
        if capability.status == CapabilityStatus::Candidate {
            assert!(capability.score >= 50, "a candidate scores at least 50");
        }
    }
    for finding in &table.findings {
        assert_eq!(
            finding.table, table.name,
            "a finding is filed under its own table"
        );
        assert!(
            finding
                .id
                .starts_with(&format!("{}:{}", table.name, finding.rule)),
            "id `{}` names its table and rule",
            finding.id
        );
        assert!(
            schema_audit::rules().iter().any(|r| r.id == finding.rule),
            "rule `{}` is in the registry",
            finding.rule
        );
        assert!(options.is_enabled(finding.rule));
    }
}
