//! `schema-audit migrate` and `schema-audit diff`: the script, JSON, --allow-data-loss,
//! standard input and usage errors.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use serde_json::Value;

fn cli() -> Command {
    Command::cargo_bin("schema-audit").unwrap()
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

const OLD: &str = "CREATE TABLE orders (id int PRIMARY KEY, note varchar(50));\n";
const NEW: &str =
    "CREATE TABLE orders (id int PRIMARY KEY, placed_at timestamptz NOT NULL DEFAULT now());\n";

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn diff_prints_the_script_and_keeps_data_loss_commented_out() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(&dir, "old.sql", OLD), write(&dir, "new.sql", NEW));
    let out = stdout(cli().args(["diff", &old, &new, "--dialect", "postgres"]));
    assert!(
        out.contains("ALTER TABLE orders ADD COLUMN placed_at TIMESTAMPTZ NOT NULL DEFAULT now();"),
        "{out}"
    );
    assert!(
        out.contains("-- ALTER TABLE orders DROP COLUMN note;"),
        "{out}"
    );
    assert!(out.contains("drops column orders.note"), "{out}");

    let allowed = stdout(cli().args([
        "diff",
        &old,
        &new,
        "--dialect",
        "postgres",
        "--allow-data-loss",
    ]));
    assert!(
        allowed
            .lines()
            .any(|l| l == "ALTER TABLE orders DROP COLUMN note;"),
        "{allowed}"
    );
}

#[test]
fn diff_json_is_the_migration_object() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (write(&dir, "old.sql", OLD), write(&dir, "new.sql", NEW));
    let out = stdout(cli().args([
        "diff",
        &old,
        &new,
        "--dialect",
        "postgres",
        "--format",
        "json",
    ]));
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["dialect"], "postgres");
    assert_eq!(json["allow_data_loss"], false);
    let kinds: Vec<&str> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["add_column", "drop_column"]);
    assert_eq!(json["steps"][1]["emitted"], false);
    assert_eq!(json["data_loss"].as_array().unwrap().len(), 1);
    assert!(json["sql"]
        .as_str()
        .unwrap()
        .starts_with("-- Migration for PostgreSQL"));
}

#[test]
fn migrate_reads_standard_input_and_migrates_to_the_revised_schema() {
    let ddl = "CREATE TABLE dbo.Orders (OrderId int NOT NULL, Notes nvarchar(max) NULL);\n";
    let out = stdout(cli().args(["migrate", "-"]).write_stdin(ddl));
    let audit = stdout(
        cli()
            .args(["audit", "-", "--format", "json", "--fail-on", "never"])
            .write_stdin(ddl),
    );
    let report: Value = serde_json::from_str(&audit).unwrap();
    assert_eq!(out, report["migration"]["sql"].as_str().unwrap());
    assert!(out.contains("ALTER TABLE dbo.Orders"), "{out}");
    assert!(out.contains("\nGO\n"), "{out}");
}

#[test]
fn the_same_schema_twice_is_an_empty_migration() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(&dir, "old.sql", OLD);
    let out = stdout(cli().args(["diff", &old, &old, "--dialect", "postgres"]));
    assert!(out.contains("nothing to run"), "{out}");
    assert!(
        out.lines().all(|l| l.is_empty() || l.starts_with("--")),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let missing = cli()
        .args(["diff", "/nonexistent/old.sql", "/nonexistent/new.sql"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&missing).contains("cannot read /nonexistent/old.sql"));
    cli().args(["diff", "only-one.sql"]).assert().code(2);
    cli()
        .args(["migrate", "-", "--dialect", "oracle"])
        .write_stdin("")
        .assert()
        .code(2);
}

#[test]
fn unreadable_sql_still_gives_a_migration() {
    let out = stdout(
        cli()
            .args(["migrate", "-"])
            .write_stdin("CREATE TABLE (((; garbage ;; \u{0}"),
    );
    assert!(out.starts_with("-- Migration for SQL Server"), "{out}");
}
