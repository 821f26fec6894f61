//! Writes the seed corpus of every fuzz target into `corpus/<target>/`.
//!
//! The SQL targets get each construct, corpus and seed script prefixed with the selector
//! byte 0 (T-SQL, default options; see `schema_audit_fuzz`). `share_link` gets real links
//! made by the encoder from the same scripts, in each view and with non-default options,
//! so the fuzzer starts from valid base64url of valid deflate of valid JSON.
//!
//! Run from anywhere: `cargo run --example seed` (paths are relative to this crate).

use std::fs;
use std::path::{Path, PathBuf};

use schema_audit::{Dialect, Severity};
use schema_audit_web::options::Options;
use schema_audit_web::share::{encode, SharedState, View};

const SQL_TARGETS: &[&str] = &[
    "parse",
    "audit",
    "revise",
    "render_text",
    "render_markdown",
    "render_json",
    "render_sarif",
];
const SOURCES: &[&str] = &["tests/constructs", "tests/corpus/tsql", "tests/seeds"];
/// The runs use `-max_len=16384` and libFuzzer truncates longer seeds, so a longer script is
/// cut into pieces at `GO` lines that fit (with the selector byte) instead.
const MAX_SEED_BYTES: usize = 16384 - 1;

fn main() -> std::io::Result<()> {
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scripts = scripts(&fuzz.join(".."))?;
    for target in SQL_TARGETS {
        let dir = fuzz.join("corpus").join(target);
        fs::create_dir_all(&dir)?;
        for (name, text) in &scripts {
            let mut seed = vec![0u8];
            seed.extend_from_slice(text.as_bytes());
            fs::write(dir.join(name), seed)?;
        }
    }
    let dir = fuzz.join("corpus/share_link");
    fs::create_dir_all(&dir)?;
    for (i, (name, text)) in scripts.iter().enumerate() {
        fs::write(dir.join(format!("{name}.link")), encode(&state(text, i)))?;
    }
    fs::write(dir.join("default.link"), encode(&SharedState::default()))?;
    println!(
        "{} scripts into {} SQL corpora, {} links",
        scripts.len(),
        SQL_TARGETS.len(),
        scripts.len() + 1
    );
    Ok(())
}

/// Every `.sql` file of the source directories, as (file name, text), in name order; a
/// script longer than [`MAX_SEED_BYTES`] becomes `name.1`, `name.2`, ...
fn scripts(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut scripts = Vec::new();
    for source in SOURCES {
        for entry in fs::read_dir(root.join(source))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "sql") {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let text = fs::read_to_string(&path)?;
                if text.len() <= MAX_SEED_BYTES {
                    scripts.push((name.into_owned(), text));
                } else {
                    for (i, piece) in batches(&text).into_iter().enumerate() {
                        scripts.push((format!("{name}.{}", i + 1), piece));
                    }
                }
            }
        }
    }
    scripts.sort();
    Ok(scripts)
}

/// Packs whole `GO` batches into pieces of at most [`MAX_SEED_BYTES`]; a single batch that
/// is longer still is kept whole (libFuzzer then reads its beginning).
fn batches(text: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut batch = String::new();
    for line in text.split_inclusive('\n') {
        batch.push_str(line);
        if line.trim().eq_ignore_ascii_case("GO") {
            add_batch(&mut pieces, std::mem::take(&mut batch));
        }
    }
    add_batch(&mut pieces, batch);
    pieces.retain(|p| !p.trim().is_empty());
    pieces
}

fn add_batch(pieces: &mut Vec<String>, batch: String) {
    let last = pieces.last_mut().expect("pieces starts non-empty");
    if last.len() + batch.len() <= MAX_SEED_BYTES || last.is_empty() {
        last.push_str(&batch);
    } else {
        pieces.push(batch);
    }
}

/// A state for the `i`th script: every third one keeps the default options, the others
/// vary the dialect, tenant settings, rule options, view and selection.
fn state(ddl: &str, i: usize) -> SharedState {
    let mut options = Options::default();
    if !i.is_multiple_of(3) {
        options.dialect = [Dialect::Postgres, Dialect::MySql][i % 2];
        options.tenant_column = "OrgId".into();
        options.multi_tenant = Some(i.is_multiple_of(2));
        options.disabled_rules.insert("compression-missing".into());
        options
            .severity_overrides
            .insert("tenant-column-missing".into(), Severity::Info);
    }
    SharedState {
        ddl: ddl.into(),
        options,
        view: View::ALL[i % View::ALL.len()],
        table: (i % 2 == 1).then(|| "dbo.Model".into()),
        finding: (i % 4 == 1).then(|| "dbo.Model:tenant-column-missing".into()),
    }
}
