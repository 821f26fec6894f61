//! Throughput of the front end against sqlparser's tokenizer alone, on the T-SQL corpus
//! repeated to about 5 MB. The goal is `parse` <= 2x `tokenize`.
//!
//! Run: `cargo bench -p schema-audit-ddl --bench parse`

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sqlparser::dialect::MsSqlDialect;
use sqlparser::tokenizer::Tokenizer;

const TARGET_BYTES: usize = 5 * 1024 * 1024;

fn corpus_5mb() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/tsql");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "sql"));
    files.sort();
    let one_copy: String = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| text.trim_start_matches('\u{feff}').to_string() + "\nGO\n")
        .collect();
    let mut text = String::with_capacity(TARGET_BYTES + one_copy.len());
    while text.len() < TARGET_BYTES && !one_copy.is_empty() {
        text.push_str(&one_copy);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus_5mb();
    let mut group = c.benchmark_group("corpus_5mb");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("sqlparser_tokenize", |b| {
        b.iter(|| {
            Tokenizer::new(&MsSqlDialect {}, &text)
                .tokenize_with_location()
                .map(|t| t.len())
        })
    });
    group.bench_function("schema_audit_ddl_parse", |b| {
        b.iter(|| schema_audit_ddl::parse(&text, schema_audit_ddl::Dialect::MsSql))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
