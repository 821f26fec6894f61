//! Idempotent installation of the tools the web build and the browser tests need.
//!
//! Each step checks what is installed first and does nothing when it already matches, so
//! running it on a warm machine costs a few process spawns. Nothing is downloaded from
//! outside crates.io, npm and apt: Trunk is always run with `--offline`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tasks::{repo_root, run, Result};

const TRUNK_VERSION: &str = "0.21.14";

/// Everything `serve` needs: wasm target, Trunk, wasm-bindgen-cli and the npm packages.
pub fn web_tools() -> Result {
    wasm_target()?;
    cargo_tool("trunk", "trunk", TRUNK_VERSION)?;
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &locked_version("wasm-bindgen")?,
    )?;
    npm_packages()
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs `krate` at exactly `version` unless `bin --version` already reports it.
fn cargo_tool(bin: &str, krate: &str, version: &str) -> Result {
    let reported = output(bin, &["--version"]).unwrap_or_default();
    if reported.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    eprintln!("xtask: installing {krate} {version} (takes a few minutes, once)");
    let locked =
        run(Command::new("cargo").args(["install", krate, "--version", version, "--locked"]));
    if locked.is_ok() {
        return locked;
    }
    // The registry mirror sometimes lacks one of a tool's locked dependencies; an unlocked
    // build of the same tool version is the documented fallback.
    eprintln!("xtask: locked install of {krate} failed; retrying without --locked");
    run(Command::new("cargo").args(["install", krate, "--version", version]))
}

/// The version of `package` recorded in Cargo.lock, so the CLI always matches the crate.
pub fn locked_version(package: &str) -> std::result::Result<String, String> {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// Runs `npm ci` unless node_modules already matches package-lock.json.
fn npm_packages() -> Result {
    let root = repo_root();
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    let stamp_path = root.join("node_modules/.xtask-lock-stamp");
    if std::fs::read(&stamp_path).is_ok_and(|stamp| stamp == lock) && node_bin("wasm-opt").exists()
    {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&root))?;
    std::fs::write(&stamp_path, lock)
        .map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
}

/// Debian's Chromium and ChromeDriver, for the wasm browser tests and the end-to-end tests.
pub fn browser() -> Result {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian's chromium and chromium-driver");
    let sudo = output("id", &["-u"]).is_some_and(|uid| uid.trim() != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-q"])?;
    apt(&[
        "install",
        "-y",
        "-q",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ])
}

/// A binary installed by npm.
pub fn node_bin(name: &str) -> PathBuf {
    repo_root().join("node_modules/.bin").join(name)
}

/// PATH with node_modules/.bin first, so Trunk finds npm's wasm-opt rather than Debian's.
pub fn path_with_node_bin() -> std::ffi::OsString {
    let mut paths = vec![repo_root().join("node_modules/.bin")];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
