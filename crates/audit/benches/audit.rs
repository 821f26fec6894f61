//! The audit's cost next to the front end's, over the T-SQL corpus repeated to about 5 MB.
//!
//! Duplicate tables in one script would collapse into one model table, so each copy of the
//! corpus is parsed and audited as its own script: the front end reads every byte, and the
//! audit judges every table of every copy. Issue 4's budget: the audit adds at most 50% on top
//! of the front end's time. Run `cargo bench -p schema-audit --bench audit`; the ratio is
//! printed at the end.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use schema_audit::{audit_parsed, AuditOptions, Dialect};

const TARGET_BYTES: usize = 5 * 1024 * 1024;

fn corpus() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/tsql");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "sql"));
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut scripts = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES && !texts.is_empty() {
        for text in &texts {
            total += text.len();
            scripts.push(text.clone());
        }
    }
    scripts
}

fn parse_all(scripts: &[String]) -> Vec<schema_audit::ParseOutput> {
    scripts
        .iter()
        .map(|s| schema_audit_ddl::parse(s, Dialect::MsSql))
        .collect()
}

fn bench(c: &mut Criterion) {
    let scripts = corpus();
    let parsed = parse_all(&scripts);
    let options = AuditOptions::default();
    let mut group = c.benchmark_group("corpus-5MB");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("front-end", |b| b.iter(|| parse_all(&scripts)));
    group.bench_function("audit", |b| {
        b.iter(|| {
            scripts
                .iter()
                .zip(&parsed)
                .map(|(s, p)| audit_parsed(s, p, &options))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

/// One timed pass of each, for the ratio criterion's separate reports do not print.
fn ratio() {
    let scripts = corpus();
    let options = AuditOptions::default();
    let start = Instant::now();
    let parsed = parse_all(&scripts);
    let front_end = start.elapsed();
    let start = Instant::now();
    // Kept until after timing, like `parsed` above: dropping the reports inside the timed
    // region charged the audit for deallocation the front end was never charged for.
    let reports = scripts
        .iter()
        .zip(&parsed)
        .map(|(s, p)| audit_parsed(s, p, &options))
        .collect::<Vec<_>>();
    let audit = start.elapsed();
    // The migration inside each report compares the input's model with its revised model;
    // timed here on its own, on the same pairs.
    let revised: Vec<_> = reports
        .iter()
        .map(|r| schema_audit_ddl::parse(&r.revised_schema, Dialect::MsSql))
        .collect();
    let migrate_options = schema_audit::migrate::MigrateOptions::default();
    let start = Instant::now();
    let migrations = parsed
        .iter()
        .zip(&revised)
        .map(|(p, r)| schema_audit::migrate::diff(p, r, &migrate_options))
        .collect::<Vec<_>>();
    let migration = start.elapsed();
    println!(
        "migrations: {} in {migration:?}, migration/audit = {:.3}",
        migrations.len(),
        migration.as_secs_f64() / audit.as_secs_f64().max(f64::EPSILON)
    );
    let reports = reports.len();
    let bytes: usize = scripts.iter().map(String::len).sum();
    println!(
        "corpus: {bytes} bytes in {} scripts ({reports} reports); front end {front_end:?}, audit {audit:?}, audit/front-end = {:.2}",
        scripts.len(),
        audit.as_secs_f64() / front_end.as_secs_f64().max(f64::EPSILON)
    );
}

criterion_group!(benches, bench);

fn main() {
    // `AUDIT_BENCH_RATIO_ONLY=1` skips criterion's sampling and prints only the ratio.
    if std::env::var_os("AUDIT_BENCH_RATIO_ONLY").is_none() {
        benches();
    }
    ratio();
    Criterion::default().configure_from_args().final_summary();
}
