//! Every corpus file goes through the whole pipeline without a panic.

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
fn every_corpus_file_audits_with_statements() {
    for file in corpus_files() {
        let text = std::fs::read_to_string(&file).expect("corpus file is UTF-8");
        let report = schema_audit::audit(&text);
        assert!(
            report.statement_count > 0,
            "{} has no statements",
            file.display()
        );
    }
}
