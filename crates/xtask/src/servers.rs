//! The throwaway PostgreSQL and MariaDB servers the catalog tests run against.
//!
//! `tests/servers/servers.sh` does the work (apt install when missing, initdb and
//! mariadb-install-db into a temporary directory, start, wait); this module runs it and
//! reads the variables it writes to `target/servers/env`, so `cargo test` gets them.

use std::path::PathBuf;
use std::process::Command;

use crate::tasks::{repo_root, run, Result};

fn script() -> PathBuf {
    repo_root().join("tests/servers/servers.sh")
}

fn servers_sh(action: &str) -> Command {
    let mut command = Command::new("bash");
    command.arg(script()).arg(action).current_dir(repo_root());
    command
}

/// Whether both servers already run (started by hand with `cargo xtask servers start`).
pub fn running() -> bool {
    servers_sh("status")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Starts both servers (harmless when they already run) and returns their variables.
pub fn start() -> Result<Vec<(String, String)>> {
    run(&mut servers_sh("start"))?;
    variables()
}

/// Stops both servers and removes their data.
pub fn stop() -> Result {
    run(&mut servers_sh("stop"))
}

/// The `SCHEMA_AUDIT_*` variables from the env file: one `NAME='value'` per line.
pub fn variables() -> Result<Vec<(String, String)>> {
    let path = repo_root().join("target/servers/env");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (name, value) = line
                .split_once('=')
                .ok_or_else(|| format!("{}: not NAME=value: `{line}`", path.display()))?;
            let value = value
                .strip_prefix('\'')
                .and_then(|v| v.strip_suffix('\''))
                .unwrap_or(value);
            Ok((name.to_string(), value.to_string()))
        })
        .collect()
}

/// Runs `command` with the servers up, and stops them afterwards whether or not it
/// succeeded, unless they were already running before (then they are someone's manual
/// `cargo xtask servers start` and stay up).
pub fn with_servers(command: &mut Command) -> Result {
    let started_here = !running();
    let variables = start()?;
    command.envs(variables);
    let outcome = run(command);
    let stopped = if started_here { stop() } else { Ok(()) };
    outcome.and(stopped)
}
