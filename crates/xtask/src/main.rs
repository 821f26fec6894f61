//! Developer tasks. Run with `cargo xtask <task>`.
//!
//! Every task first installs what it needs (idempotently, skipping tools that are already
//! at the right version), so a fresh machine needs nothing beyond rustup, cargo, node and npm.

mod install;
mod servers;
mod tasks;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  serve          install what is missing, build the playground in release mode and serve it
                 on http://127.0.0.1:8080 with a sample schema loaded
  test           install what is missing, then run every check: fmt, clippy, native tests
                 (with throwaway PostgreSQL and MariaDB servers up), rule docs, wasm tests in
                 headless Chromium, end-to-end browser tests
  servers start|stop
                 start (installing with apt when missing) or stop the throwaway PostgreSQL
                 and MariaDB servers the catalog tests use; `start` writes their variables to
                 target/servers/env (`set -a; . target/servers/env` before `cargo test`)
  docs [--check] regenerate docs/rules from the rule definitions (or fail if they are stale)
  precision [--bless]
                 print precision per rule and per severity on the labelled corpus in
                 tests/precision (or record the current severities in labels.tsv)
  bench          run the criterion benchmarks
  embed [--out DIR]
                 build the embeddable JavaScript module and its example page
  post-build     Trunk's post-build hook: the full audit worker (PostgreSQL and MySQL too)
                 into dist/full, and the embeddable module into dist/embed
  setup          only install the tools (wasm target, trunk, wasm-bindgen-cli, npm packages)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => tasks::serve(),
        Some("test") => tasks::test(),
        Some("docs") => tasks::docs(args.iter().any(|a| a == "--check")),
        Some("bench") => tasks::bench(),
        Some("precision") => tasks::precision(args.iter().any(|a| a == "--bless")),
        Some("embed") => tasks::embed(
            args.iter()
                .position(|a| a == "--out")
                .and_then(|i| args.get(i + 1))
                .map(std::path::PathBuf::from),
        ),
        Some("post-build") => tasks::post_build(),
        Some("servers") => match args.get(1).map(String::as_str) {
            Some("start") => servers::start().map(|variables| {
                for (name, value) in variables {
                    println!("{name}='{value}'");
                }
            }),
            Some("stop") => servers::stop(),
            _ => {
                eprintln!("usage: cargo xtask servers start|stop");
                return ExitCode::from(2);
            }
        },
        Some("setup") => install::web_tools().and_then(|()| install::browser()),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
