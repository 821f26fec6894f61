//! How the cost grows with the number of tables in one script: 1,000 and 4,000 distinct
//! tables, each referencing the one before it. The audit bench (benches/audit.rs) parses each
//! copy of the corpus as its own script, so it cannot see a cost that grows with the
//! schema's size; this one can. Linear growth prints a ratio near 4. Measured 2026-11-23:
//! 4.9 (1,000 tables 106 ms, 4,000 tables 505 ms, criterion medians). Before the front end's
//! table index and the revision's changed-table lookup it was 5.4 (113 ms, 674 ms), and
//! 10,000 tables took twice as long as now (CLI, 3.2 s against 1.6 s).
//! Run `cargo bench -p schema-audit --bench scaling`.

use std::fmt::Write;
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion};
use schema_audit::{audit, AuditOptions};

fn script(tables: usize) -> String {
    let mut out = String::new();
    for i in 0..tables {
        let parent = i.saturating_sub(1);
        let _ = write!(
            out,
            "CREATE TABLE dbo.Entity{i} (\n    Entity{i}Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,\n    \
             TenantId INT NOT NULL,\n    Entity{parent}Id BIGINT NULL REFERENCES dbo.Entity{parent} (Entity{parent}Id),\n    \
             Name NVARCHAR(200) NOT NULL,\n    Payload NVARCHAR(MAX) NULL,\n    \
             CreatedAt DATETIME NOT NULL DEFAULT GETDATE()\n);\nGO\n"
        );
    }
    out
}

const SIZES: [usize; 2] = [1_000, 4_000];

fn bench(c: &mut Criterion) {
    let options = AuditOptions::default();
    let mut group = c.benchmark_group("one-script");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    for tables in SIZES {
        let text = script(tables);
        group.bench_with_input(BenchmarkId::new("parse+audit", tables), &text, |b, text| {
            b.iter(|| audit(text, &options))
        });
    }
    group.finish();
}

/// Best of three passes at each size, and the ratio criterion does not print.
fn ratio() {
    let options = AuditOptions::default();
    let best = |tables: usize| {
        let text = script(tables);
        (0..3)
            .map(|_| {
                let start = Instant::now();
                let report = audit(&text, &options);
                let elapsed = start.elapsed();
                assert_eq!(report.tables.len(), tables);
                elapsed
            })
            .min()
            .unwrap_or_default()
    };
    let (small, large) = (best(SIZES[0]), best(SIZES[1]));
    println!(
        "one script: {} tables {small:.2?}, {} tables {large:.2?}; ratio {:.2} (linear: {:.0})",
        SIZES[0],
        SIZES[1],
        large.as_secs_f64() / small.as_secs_f64(),
        SIZES[1] as f64 / SIZES[0] as f64
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    ratio();
}
