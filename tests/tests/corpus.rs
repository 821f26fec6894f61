//! Every corpus file goes through the whole pipeline without a panic, and the result is a
//! report that names its tables and renders to valid JSON.

use std::path::Path;

fn corpus_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/tsql");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus directory exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

#[test]
fn corpus_is_present() {
    assert_eq!(corpus_files().len(), 6);
}

#[test]
fn every_corpus_file_audits_to_tables_and_valid_json() {
    let options = schema_audit::AuditOptions::default();
    for file in corpus_files() {
        let text = std::fs::read_to_string(&file).expect("corpus file is UTF-8");
        let report = schema_audit::audit(&text, &options);
        assert!(
            !report.tables.is_empty(),
            "{} yields no tables",
            file.display()
        );
        let json = schema_audit::render(&report, schema_audit::Format::Json);
        let value: serde_json::Value = serde_json::from_str(&json).expect("the JSON report parses");
        assert_eq!(
            value["tables"].as_array().map(Vec::len),
            Some(report.tables.len()),
            "{}",
            file.display()
        );
    }
}
