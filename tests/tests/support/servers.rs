//! Real PostgreSQL and MariaDB servers for tests that need the database's own verdict.
//!
//! `cargo xtask test` (or `cargo xtask servers start`) starts one throwaway server of each
//! kind with `tests/servers/servers.sh` and passes their addresses in two variables:
//!
//! | variable            | value (libpq-style `key=value` pairs)           |
//! |---------------------|-------------------------------------------------|
//! | `SCHEMA_AUDIT_PG`   | `host=127.0.0.1 port=54329 user=postgres`       |
//! | `SCHEMA_AUDIT_MYSQL`| `host=127.0.0.1 port=33069 user=root`           |
//!
//! A test that needs a server fails, never skips, when they are missing: a skipped check
//! reads as a passed one.
//!
//! Scripts go to the servers' own command-line clients (`psql`, `mariadb`) on stdin, so
//! they run exactly as a person would run them, meta-commands included (`\restrict` in
//! recent pg_dump output, `DELIMITER` in MySQL dumps). No database driver is compiled in.
//!
//! Query results come back as strings. **NULL is the empty string** on both servers. On
//! MariaDB the client prints NULL and the text `NULL` alike, so both become empty; wrap a
//! column in `COALESCE` when the difference matters.
//!
//! Use it from a test file with `#[path = "support/servers.rs"] mod servers;`.

// Each test binary compiles its own copy and uses only part of it.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

const PG_VARIABLE: &str = "SCHEMA_AUDIT_PG";
const MYSQL_VARIABLE: &str = "SCHEMA_AUDIT_MYSQL";

/// psql's separators for query output: ASCII unit and record separators, which catalog
/// text never contains, so values may hold tabs and newlines.
const PG_FIELD_SEPARATOR: char = '\u{1f}';
const PG_RECORD_SEPARATOR: char = '\u{1e}';

/// Which server a [`Server`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Postgres,
    MariaDb,
}

/// One running server, as the env variable describes it.
#[derive(Debug, Clone)]
pub struct Server {
    kind: Kind,
    host: String,
    port: String,
    user: String,
}

/// One database on a server, created empty by [`Server::fresh_database`] and dropped when
/// this value goes out of scope, so a run of hundreds of scripts does not fill the disk.
/// A database whose test is panicking is kept, for inspection.
#[derive(Debug)]
pub struct Database {
    server: Server,
    name: String,
}

/// The PostgreSQL server. Panics, saying how to start it, when the variable is missing.
pub fn postgres() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| Server::from_env(Kind::Postgres, PG_VARIABLE))
}

/// The MariaDB server. Panics, saying how to start it, when the variable is missing.
pub fn mariadb() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| Server::from_env(Kind::MariaDb, MYSQL_VARIABLE))
}

impl Server {
    fn from_env(kind: Kind, variable: &str) -> Server {
        let value = std::env::var(variable).unwrap_or_else(|_| {
            panic!(
                "{variable} is not set: this test needs a real database server. Run it through \
                 `cargo xtask test`, or start the servers with `cargo xtask servers start` and \
                 export the variables from target/servers/env (`set -a; . target/servers/env`)"
            )
        });
        let field = |key: &str| {
            value
                .split_whitespace()
                .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
                .map(str::to_string)
                .unwrap_or_else(|| panic!("{variable}=`{value}` has no `{key}=`"))
        };
        Server {
            kind,
            host: field("host"),
            port: field("port"),
            user: field("user"),
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Drops (if present) and creates an empty database with this name; names must be
    /// unique per test, since tests run in parallel against the same server.
    pub fn fresh_database(&self, name: &str) -> Database {
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "database name `{name}` must be ASCII letters, digits and underscores"
        );
        let script = match self.kind {
            Kind::Postgres => format!(
                "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);\nCREATE DATABASE \"{name}\";\n"
            ),
            Kind::MariaDb => format!(
                "DROP DATABASE IF EXISTS `{name}`;\nCREATE DATABASE `{name}` CHARACTER SET utf8mb4;\n"
            ),
        };
        let maintenance = match self.kind {
            Kind::Postgres => "postgres",
            Kind::MariaDb => "mysql",
        };
        if let Err(message) = self.run_script(maintenance, &script) {
            panic!("cannot create database `{name}`: {message}");
        }
        Database {
            server: self.clone(),
            name: name.to_string(),
        }
    }

    /// Runs a script in `database` through the server's client, stopping at the first error.
    fn run_script(&self, database: &str, script: &str) -> Result<(), String> {
        let output = self.client(database, ClientMode::Script, script)?;
        if output.status.success() {
            Ok(())
        } else {
            Err(client_error(&output))
        }
    }

    fn client(
        &self,
        database: &str,
        mode: ClientMode,
        input: &str,
    ) -> Result<std::process::Output, String> {
        let mut command = match self.kind {
            Kind::Postgres => self.psql(database, mode),
            Kind::MariaDb => self.mariadb_client(database, mode),
        };
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
        // Write stdin from a thread: a large script could otherwise fill the pipe while
        // the client blocks writing its own output.
        let mut stdin = child.stdin.take().ok_or("the client has no stdin")?;
        let input = input.to_string();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let output = child
            .wait_with_output()
            .map_err(|e| format!("the client failed: {e}"))?;
        // A client that stops at an error closes stdin early; that broken pipe is expected.
        let _ = writer.join();
        Ok(output)
    }

    fn psql(&self, database: &str, mode: ClientMode) -> Command {
        let mut command = Command::new("psql");
        // `-f -` (rather than plain stdin) makes psql prefix errors with `psql:<stdin>:LINE:`.
        command
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"])
            .arg(format!(
                "host={} port={} user={} dbname={database}",
                self.host, self.port, self.user
            ))
            .env("PGCLIENTENCODING", "UTF8")
            .env("PGOPTIONS", "-c client_min_messages=warning");
        match mode {
            ClientMode::Script => {
                command.args(["-o", "/dev/null"]);
            }
            ClientMode::Query => {
                command
                    .args(["--no-align", "--tuples-only"])
                    .arg(format!("--field-separator={PG_FIELD_SEPARATOR}"))
                    .arg(format!("--record-separator={PG_RECORD_SEPARATOR}"));
            }
        }
        command
    }

    fn mariadb_client(&self, database: &str, mode: ClientMode) -> Command {
        let mut command = Command::new("mariadb");
        command
            .args(["--no-defaults", "--protocol=TCP", "--batch"])
            .arg(format!("--host={}", self.host))
            .arg(format!("--port={}", self.port))
            .arg(format!("--user={}", self.user))
            .arg(format!("--database={database}"))
            .arg("--default-character-set=utf8mb4");
        match mode {
            // Raw: the script's output is discarded, and escaping would only cost time.
            ClientMode::Script => {
                command.arg("--raw");
            }
            // Not raw: tabs, newlines and backslashes in values come escaped, so each
            // output line is one row; `unescape_mariadb` undoes it.
            ClientMode::Query => {
                command.arg("--skip-column-names");
            }
        }
        command
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClientMode {
    Script,
    Query,
}

/// The client's error output, which names the line: `psql:<stdin>:12: ERROR: ...` or
/// `ERROR 1064 (42000) at line 12: ...`.
fn client_error(output: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if stderr.is_empty() {
        format!("the client exited with {} and no message", output.status)
    } else {
        stderr
    }
}

impl Database {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Runs a whole script; stops at the first error. Err carries the server's message and
    /// the script's line.
    pub fn execute(&self, sql: &str) -> Result<(), String> {
        self.server.run_script(&self.name, sql)
    }

    /// PostgreSQL: runs the script inside BEGIN ... ROLLBACK, stopping at the first error,
    /// so the database is unchanged afterwards. A script that commits on its own (COMMIT,
    /// or statements that cannot run in a transaction) escapes this.
    ///
    /// MariaDB: always Err, because its DDL commits implicitly and cannot be rolled back.
    pub fn execute_rolled_back(&self, sql: &str) -> Result<(), String> {
        match self.server.kind {
            Kind::Postgres => {
                // BEGIN shares the script's first line so the server's line numbers still
                // match the script's.
                let script = format!("BEGIN; {sql}\n;\nROLLBACK;\n");
                self.server.run_script(&self.name, &script)
            }
            Kind::MariaDb => Err(
                "execute_rolled_back is not available on MariaDB: DDL commits implicitly; \
                 use a fresh database per script instead"
                    .to_string(),
            ),
        }
    }

    /// The rows of a query, each column as a String; NULL is the empty string.
    pub fn query(&self, sql: &str) -> Result<Vec<Vec<String>>, String> {
        let output = self.server.client(&self.name, ClientMode::Query, sql)?;
        if !output.status.success() {
            return Err(client_error(&output));
        }
        let text = String::from_utf8_lossy(&output.stdout);
        Ok(match self.server.kind {
            Kind::Postgres => parse_psql_rows(&text),
            Kind::MariaDb => parse_mariadb_rows(&text),
        })
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let script = match self.server.kind {
            Kind::Postgres => format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE);\n", self.name),
            Kind::MariaDb => format!("DROP DATABASE IF EXISTS `{}`;\n", self.name),
        };
        let maintenance = match self.server.kind {
            Kind::Postgres => "postgres",
            Kind::MariaDb => "mysql",
        };
        // A panic here would abort the test binary; the database only costs disk space.
        if let Err(message) = self.server.run_script(maintenance, &script) {
            eprintln!("warning: cannot drop database `{}`: {message}", self.name);
        }
    }
}

fn parse_psql_rows(text: &str) -> Vec<Vec<String>> {
    // psql ends the output with a newline after the last record.
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split(PG_RECORD_SEPARATOR)
        .map(|record| {
            record
                .split(PG_FIELD_SEPARATOR)
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn parse_mariadb_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|line| line.split('\t').map(unescape_mariadb).collect())
        .collect()
}

/// Undoes the batch-mode escaping of one value (`\t`, `\n`, `\\`, `\0`); `NULL` is empty.
fn unescape_mariadb(value: &str) -> String {
    if value == "NULL" {
        return String::new();
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('0') => out.push('\0'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
