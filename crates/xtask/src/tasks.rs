//! The tasks themselves. Each one is a sequence of commands that stops at the first failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install;
use crate::servers;

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
    // The catalog tests compare the front end with real servers' catalogs.
    servers::with_servers(&mut cargo(&["test", "--workspace", "--locked"]))?;
    // The front end as the playground's page builds it: T-SQL only.
    run(&mut cargo(&[
        "test",
        "--locked",
        "-p",
        "schema-audit-ddl",
        "--no-default-features",
        "--lib",
    ]))?;
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
        "-p",
        "schema-audit-js",
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
    check_size_budget()?;
    let mut command = Command::new("node");
    command
        .args(["--test", "--test-concurrency=1"])
        .args(end_to_end_files()?)
        .env("SCHEMA_AUDIT_DIST", repo_root().join("dist"))
        .env("SCHEMA_AUDIT_ARTIFACTS", repo_root().join("target/e2e"))
        .current_dir(repo_root());
    run(&mut command)
}

/// The most the playground may transfer, gzip -9 compressed, per directory of dist/ and kind
/// of file (`full` is the worker for PostgreSQL and MySQL, `embed` the embeddable module).
/// Raise a budget only deliberately, with the measurement in the commit message.
///
/// Measured: the page's module 701,552 B (568,047 with the engine at opt-level "z"; the
/// `playground` profile builds it at 3 for keystroke speed), the full worker 937,218, the
/// embed 885,432 (it reads every dialect, so sqlparser's parser, about 300 KB, stays in).
const SIZE_BUDGETS: &[(&str, &str, u64)] = &[
    ("", "wasm", 720_000),
    ("", "js", 11_000),
    ("", "css", 5_500),
    ("full", "wasm", 955_000),
    ("full", "js", 6_000),
    ("embed", "wasm", 890_000),
    ("embed", "js", 7_000),
];

/// Fails when the built playground outgrows its transfer-size budget.
fn check_size_budget() -> Result {
    for (dir, extension, budget) in SIZE_BUDGETS {
        let dir = repo_root().join("dist").join(dir);
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let mut total = 0;
        for entry in entries.filter_map(|e| e.ok()) {
            let file = entry.path();
            if file.extension().is_some_and(|x| x == *extension) {
                total += gzipped_size(&file)?;
            }
        }
        let what = format!("{}/*.{extension}", dir.display());
        eprintln!("xtask: {what}: {total} bytes gzipped (budget {budget})");
        if total > *budget {
            return Err(format!(
                "{what} is {total} bytes gzipped, over its budget of {budget}"
            ));
        }
    }
    Ok(())
}

fn gzipped_size(file: &Path) -> Result<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip failed on {}", file.display()));
    }
    Ok(out.stdout.len() as u64)
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

/// Regenerates docs/rules from the rule definitions, or with `check`, fails if any page is
/// stale. The comparison lives in the `rule_docs` test so that `cargo test` enforces it too,
/// and so that this binary does not depend on the audit crate: a broken rule must never stop
/// `cargo xtask serve` from installing tools.
pub fn docs(check: bool) -> Result {
    let mut command = cargo(&[
        "test",
        "--locked",
        "-p",
        "schema-audit-tests",
        "--test",
        "rule_docs",
    ]);
    if !check {
        command.env("SCHEMA_AUDIT_UPDATE_DOCS", "1");
    }
    run(&mut command)
}

/// The labelled precision suite (tests/tests/precision.rs), printing its report.
pub fn precision(bless: bool) -> Result {
    let mut command = cargo(&[
        "test",
        "--locked",
        "-p",
        "schema-audit-tests",
        "--test",
        "precision",
        "--",
        "--nocapture",
        "labelled_findings_keep_their_verdicts",
    ]);
    command.env("SCHEMA_AUDIT_PRECISION_REPORT", "1");
    if bless {
        command.env("SCHEMA_AUDIT_BLESS_PRECISION", "1");
    }
    run(&mut command)
}

pub fn bench() -> Result {
    run(&mut cargo(&["bench", "--workspace", "--locked"]))
}

/// wasm-opt may fold small constant offsets into loads and stores (about 0.6% of the gzipped
/// module) because rustc's wasm32 modules put the 1 MiB stack first and the data after it: the
/// lowest 1 KiB is reached only by a stack within 1 KiB of overflowing. index.html passes the
/// same flag to the playground's wasm-opt (`data-wasm-opt-params`).
const LOW_MEMORY_UNUSED: &str = "--low-memory-unused";

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative to the workspace, as
/// cargo reads it), else the workspace's `target/`.
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => repo_root().join(dir),
        None => repo_root().join("target"),
    }
}

/// What Trunk's post-build hook runs (Trunk.toml): the full worker, then the embeddable
/// module, into Trunk's staging directory, so that every playground build ships both.
pub fn post_build() -> Result {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("post-build runs as Trunk's post-build hook (TRUNK_STAGING_DIR is not set)")?;
    full_worker(&staging)?;
    embed(Some(staging.join("embed")))
}

/// Trunk says which profile it builds; a release playground gets size-optimized modules.
fn trunk_release() -> bool {
    std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release")
}

/// A wasm-bindgen module built from `package` (with `features`) into `out` as `name.js` and
/// `name_bg.wasm`, size-optimized for a release build.
/// `release_profile` is the cargo profile of a release build.
fn wasm_module(
    package: &str,
    target: &[&str],
    features: &[&str],
    release_profile: &str,
    out: &Path,
    name: &str,
) -> Result {
    let release = trunk_release();
    let (profile, profile_dir) = if release {
        (release_profile, release_profile)
    } else {
        ("dev", "debug")
    };
    let mut build = cargo(&["build", "--locked", "-p", package]);
    build
        .args(target)
        .args(["--target", "wasm32-unknown-unknown", "--profile", profile]);
    if !features.is_empty() {
        build.args(["--features", &features.join(",")]);
    }
    run(&mut build)?;
    let artifact = match target {
        ["--bin", bin] => format!("{bin}.wasm"),
        _ => format!("{}.wasm", package.replace('-', "_")),
    };
    let wasm = target_dir()
        .join("wasm32-unknown-unknown")
        .join(profile_dir)
        .join(artifact);
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--out-name", name, "--out-dir"])
        .arg(out)
        .arg(&wasm);
    run(&mut bindgen)?;
    // wasm-bindgen also types the raw module's exports, which only its own glue calls.
    let raw_types = out.join(format!("{name}_bg.wasm.d.ts"));
    if raw_types.exists() {
        std::fs::remove_file(&raw_types)
            .map_err(|e| format!("cannot remove {}: {e}", raw_types.display()))?;
    }
    if release {
        let module = out.join(format!("{name}_bg.wasm"));
        run(Command::new(install::node_bin("wasm-opt"))
            .arg("-Oz")
            .arg(LOW_MEMORY_UNUSED)
            .arg(&module)
            .arg("-o")
            .arg(&module))?;
    }
    Ok(())
}

/// The placeholder Trunk.toml's boot script carries where the full worker's file names go.
const FULL_WORKER_PLACEHOLDER: &str = "@full-worker@";

/// Builds the full audit worker (web's `full` feature: every dialect, no page) into
/// `staging/full/`, names its files by a hash of their contents so that a browser never
/// pairs a cached one with a newer page, and writes those names into the staging index.html
/// (the boot script's `data-full-js` and `data-full-wasm`).
pub fn full_worker(staging: &Path) -> Result {
    let out = staging.join("full");
    if out.exists() {
        std::fs::remove_dir_all(&out)
            .map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let name = "schema-audit-web-full";
    wasm_module(
        "schema-audit-web",
        &["--bin", "schema-audit-web"],
        &["full"],
        "playground",
        &out,
        name,
    )?;
    let read = |file: &Path| {
        std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))
    };
    // The worker needs no TypeScript declarations.
    let types = out.join(format!("{name}.d.ts"));
    if types.exists() {
        std::fs::remove_file(&types)
            .map_err(|e| format!("cannot remove {}: {e}", types.display()))?;
    }
    let (js, wasm) = (
        out.join(format!("{name}.js")),
        out.join(format!("{name}_bg.wasm")),
    );
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&read(&js)?, &mut hasher);
    std::hash::Hash::hash(&read(&wasm)?, &mut hasher);
    let hash = format!("{:016x}", std::hash::Hasher::finish(&hasher));
    let mut names = Vec::new();
    for (file, suffix) in [(&js, ".js"), (&wasm, "_bg.wasm")] {
        let hashed = format!("{name}-{hash}{suffix}");
        std::fs::rename(file, out.join(&hashed))
            .map_err(|e| format!("cannot rename {}: {e}", file.display()))?;
        names.push(format!("full/{hashed}"));
    }
    let index = staging.join("index.html");
    let html = String::from_utf8(read(&index)?).map_err(|e| format!("index.html: {e}"))?;
    let (js_slot, wasm_slot) = (
        format!("{FULL_WORKER_PLACEHOLDER}.js"),
        format!("{FULL_WORKER_PLACEHOLDER}.wasm"),
    );
    if !html.contains(&js_slot) || !html.contains(&wasm_slot) {
        return Err(format!(
            "{} has no {js_slot} and {wasm_slot} to fill in (see Trunk.toml's pattern_script)",
            index.display()
        ));
    }
    let html = html
        .replace(&js_slot, &names[0])
        .replace(&wasm_slot, &names[1]);
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// Builds the embeddable module (crates/js) and its example page into `out`.
pub fn embed(out: Option<PathBuf>) -> Result {
    let out = match out {
        Some(dir) => dir,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(|dir| PathBuf::from(dir).join("embed"))
            .ok_or("embed needs --out DIR outside a Trunk build")?,
    };
    wasm_module(
        "schema-audit-js",
        &["--lib"],
        &[],
        "web-release",
        &out,
        "schema_audit",
    )?;
    let example = repo_root().join("crates/js/example");
    for name in ["index.html", "example.js", "example.css"] {
        std::fs::copy(example.join(name), out.join(name))
            .map_err(|e| format!("cannot copy the example's {name}: {e}"))?;
    }
    Ok(())
}
