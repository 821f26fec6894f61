//! The migration oracles' inputs: the diff pairs in `tests/migrations/<dialect>/<case>` and
//! the scripts each dialect's corpus migrates to its revision.

use std::path::{Path, PathBuf};

use schema_audit::Dialect;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// One old/new pair.
pub struct Pair {
    /// `tests/migrations/postgres/add_columns`
    pub name: String,
    pub old: String,
    pub new: String,
}

/// The pairs of one dialect, by case name.
pub fn pairs(dialect: Dialect) -> Vec<Pair> {
    let dir = root().join("migrations").join(dialect.as_str());
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
        .into_iter()
        .map(|dir| {
            let case = dir
                .file_name()
                .expect("a case directory has a name")
                .to_string_lossy()
                .into_owned();
            Pair {
                name: format!("tests/migrations/{}/{case}", dialect.as_str()),
                old: read(&dir.join("old.sql")),
                new: read(&dir.join("new.sql")),
            }
        })
        .collect()
}

/// The dialect's corpus, its clean schemas and its sloppy twin (and, for T-SQL, the seeds),
/// sorted.
pub fn scripts(dialect: Dialect) -> Vec<PathBuf> {
    let name = dialect.as_str();
    let mut dirs = vec![
        root().join("corpus").join(match dialect {
            Dialect::MsSql => "tsql",
            _ => name,
        }),
        root().join("clean").join(name),
        root().join("clean").join("sloppy"),
    ];
    if dialect == Dialect::MsSql {
        dirs.push(root().join("seeds"));
    }
    let mut files = Vec::new();
    for dir in dirs {
        let sloppy = dir.ends_with("sloppy");
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ours = !sloppy || file_name.starts_with(name);
            if path.extension().is_some_and(|e| e == "sql") && ours {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

impl Pair {
    /// The case's own name: `add_columns`.
    #[allow(dead_code)] // Only the servers' test names databases after cases.
    pub fn case(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }
}
