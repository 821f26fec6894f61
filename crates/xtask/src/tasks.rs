//! The tasks themselves. Each one is a sequence of commands that stops at the first failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root, whatever directory cargo was started from.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Runs a command in the foreground and turns a non-zero exit into an error naming it.
pub fn run(command: &mut Command) -> Result {
    eprintln!("$ {}", describe(command));
    let status = command
        .status()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.args(args).current_dir(repo_root());
    command
}

/// Trunk with tool downloads switched off and npm's wasm-opt first on PATH.
fn trunk(args: &[&str]) -> Command {
    let mut command = Command::new("trunk");
    command
        .args(args)
        .args(["--offline", "--skip-version-check"])
        .env("PATH", install::path_with_node_bin())
        .current_dir(repo_root());
    command
}

pub fn serve() -> Result {
    install::web_tools()?;
    run(&mut cargo(&["fetch", "--locked"]))?;
    eprintln!("xtask: building the playground; it will be served on http://127.0.0.1:8080");
    run(&mut trunk(&[
        "serve",
        "--release",
        "--locked",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
        "--no-autoreload",
    ]))
}

pub fn test() -> Result {
    install::web_tools()?;
    install::browser()?;
    run(&mut cargo(&["fetch", "--locked"]))?;
    run(&mut cargo(&["fmt", "--all", "--check"]))?;
    run(&mut cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(&mut cargo(&["test", "--workspace", "--locked"]))?;
    docs(true)?;
    wasm_tests()?;
    end_to_end()
}

/// The wasm-bindgen tests, in headless Chromium driven by Debian's chromedriver.
fn wasm_tests() -> Result {
    let config = write_webdriver_config()?;
    let mut command = cargo(&[
        "test",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "schema-audit-web",
        "--lib",
        "--bins",
        "--tests",
    ]);
    command
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &config)
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    run(&mut command)
}

/// Chromium flags for a closed network and a root user, with a fresh profile each run.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

fn write_webdriver_config() -> Result<PathBuf> {
    let dir = repo_root().join("target/xtask");
    let profile = dir.join(format!("chromium-profile-{}", std::process::id()));
    std::fs::create_dir_all(&profile)
        .map_err(|e| format!("cannot create {}: {e}", profile.display()))?;
    let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| format!("\"{a}\"")).collect();
    args.push(format!("\"--user-data-dir={}\"", profile.display()));
    let json = format!(
        "{{\"goog:chromeOptions\": {{\"binary\": \"/usr/bin/chromium\", \"args\": [{}]}}}}\n",
        args.join(", ")
    );
    let path = dir.join("webdriver.json");
    std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Builds the release app into dist/ and drives it with playwright-core in Chromium.
fn end_to_end() -> Result {
    run(&mut trunk(&["build", "--release", "--locked"]))?;
    let mut command = Command::new("node");
    command
        .args(["--test", "--test-concurrency=1"])
        .args(end_to_end_files()?)
        .env("SCHEMA_AUDIT_DIST", repo_root().join("dist"))
        .env("SCHEMA_AUDIT_ARTIFACTS", repo_root().join("target/e2e"))
        .current_dir(repo_root());
    run(&mut command)
}

/// The end-to-end test files, listed explicitly because `node --test DIR` differs between
/// Node versions.
fn end_to_end_files() -> Result<Vec<PathBuf>> {
    let dir = repo_root().join("tests/e2e");
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    Ok(files)
}

/// Writes docs/rules from the rule definitions, or with `check`, fails if any page is stale
/// or missing, or if a page exists for a rule that no longer does.
pub fn docs(check: bool) -> Result {
    let dir = repo_root().join("docs/rules");
    let generated = schema_audit::docs::generate();
    let stale = stale_doc_files(&dir, &generated);
    if check {
        return if stale.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "rule docs are out of date ({}); run `cargo xtask docs`",
                stale.join(", ")
            ))
        };
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for name in &stale {
        let path = dir.join(name);
        match generated.iter().find(|(file, _)| file == name) {
            Some((_, text)) => std::fs::write(&path, text),
            None => std::fs::remove_file(&path),
        }
        .map_err(|e| format!("cannot update {}: {e}", path.display()))?;
    }
    eprintln!(
        "xtask: {} rule doc files updated in {}",
        stale.len(),
        dir.display()
    );
    Ok(())
}

/// Names of files in `dir` that differ from `generated`, are missing, or are orphaned.
fn stale_doc_files(dir: &Path, generated: &[(String, String)]) -> Vec<String> {
    let mut stale: Vec<String> = generated
        .iter()
        .filter(|(name, text)| {
            std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text)
        })
        .map(|(name, _)| name.clone())
        .collect();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && !generated.iter().any(|(file, _)| *file == name) {
                stale.push(name);
            }
        }
    }
    stale.sort();
    stale
}

pub fn bench() -> Result {
    run(&mut cargo(&["bench", "--workspace", "--locked"]))
}
