//! docs/rules is generated from the rules' doc comments and must never go stale.
//!
//! With `SCHEMA_AUDIT_UPDATE_DOCS=1` (what `cargo xtask docs` sets) the test rewrites the
//! directory instead of failing.

use std::path::{Path, PathBuf};

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules")
}

/// Files that differ from the generated text, are missing, or belong to no rule.
fn stale_files(dir: &Path, generated: &[(String, String)]) -> Vec<String> {
    let mut stale: Vec<String> = generated
        .iter()
        .filter(|(name, text)| {
            std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(name, _)| name.clone())
        .collect();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && !generated.iter().any(|(file, _)| *file == name) {
            stale.push(name);
        }
    }
    stale.sort();
    stale
}

fn update(dir: &Path, generated: &[(String, String)], stale: &[String]) {
    std::fs::create_dir_all(dir).expect("can create docs/rules");
    for name in stale {
        let path = dir.join(name);
        match generated.iter().find(|(file, _)| file == name) {
            Some((_, text)) => std::fs::write(&path, text).expect("can write a rule page"),
            None => std::fs::remove_file(&path).expect("can remove an orphaned rule page"),
        }
    }
}

#[test]
fn rule_docs_are_current() {
    let dir = docs_dir();
    let generated = schema_audit::docs::generate();
    assert!(
        generated.len() > 30,
        "every rule has a page, plus the index"
    );
    let stale = stale_files(&dir, &generated);
    if std::env::var_os("SCHEMA_AUDIT_UPDATE_DOCS").is_some() {
        update(&dir, &generated, &stale);
        eprintln!("updated {} rule doc files", stale.len());
    } else {
        assert!(
            stale.is_empty(),
            "docs/rules is out of date ({stale:?}); run `cargo xtask docs`"
        );
    }
}
