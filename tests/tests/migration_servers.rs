//! The servers are the migration's second oracle: a database migrated from the old schema
//! must be the database the new schema creates, as PostgreSQL and MariaDB themselves see it.
//!
//! - Every PostgreSQL and MySQL pair in `tests/migrations/<dialect>/<case>`: database A gets
//!   old.sql and then `diff_sources(old, new, allow_data_loss: true)`, which must apply without
//!   an error; database B gets new.sql. A and B must differ before the migration (else the
//!   pair tests nothing) and match after it.
//! - Every PostgreSQL and MySQL script the other server tests use (`tests/corpus`, `tests/clean`
//!   and its sloppy twin): A gets the script and then `migrate(script)`, B gets the audit's
//!   `revised_schema`. The corpus scripts' own rows stay in A, as they would in production.
//!
//! "Match" is `shape::compare` (tables, columns with canonical type and nullability, primary,
//! unique and foreign keys, indexes with columns, uniqueness and method; column order aside,
//! as a migration appends what it adds) plus `catalogs::{postgres,mariadb}_details`: defaults,
//! identity, every constraint's name and definition (checks and foreign-key actions included),
//! and every index's name and definition. Indexes InnoDB adds by itself for a foreign key are
//! left out of the shapes on both sides.
//!
//! Each file's time is printed (`eprintln`), with a total per test, so CI time can be quoted
//! (`cargo test ... -- --nocapture` shows it for passing tests too).
//! Each database is dropped once its file is checked (hundreds would fill a CI disk); a
//! failure prints the migration, numbered, to rerun by hand.
//!
//! Needs the servers: run through `cargo xtask test`, or `cargo xtask servers start` first.
//! Without them these tests fail rather than skip.

#![allow(clippy::unwrap_used)]

#[path = "support/catalogs.rs"]
mod catalogs;
#[path = "support/migration_cases.rs"]
mod migration_cases;
#[path = "support/servers.rs"]
mod servers;
#[path = "support/shape.rs"]
mod shape;
#[path = "support/types.rs"]
mod types;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use migration_cases::{pairs, read, root, scripts};
use schema_audit::migrate::{diff_sources, migrate, MigrateOptions};
use schema_audit::{AuditOptions, Dialect};
use servers::{Database, Server};
use shape::{Aspect, Flavor, Shapes};

/// How many differences a failure message shows per file.
const SHOWN_DIFFERENCES: usize = 15;

fn server(dialect: Dialect) -> &'static Server {
    match dialect {
        Dialect::Postgres => servers::postgres(),
        _ => servers::mariadb(),
    }
}

fn db_name(parts: &[&str]) -> String {
    parts
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// Where one file's time went.
#[derive(Default)]
struct Timing {
    /// Dropping and creating the two databases.
    create: Duration,
    apply_old: Duration,
    apply_migration: Duration,
    apply_new: Duration,
    catalogs: Duration,
}

impl Timing {
    fn total(&self) -> Duration {
        self.create + self.apply_old + self.apply_migration + self.apply_new + self.catalogs
    }
}

fn timed<T>(slot: &mut Duration, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    *slot += started.elapsed();
    out
}

/// A catalog as both comparisons read it.
struct Catalog {
    shapes: Shapes,
    details: BTreeSet<String>,
}

fn flavor(dialect: Dialect) -> Flavor {
    match dialect {
        Dialect::Postgres => Flavor::Postgres,
        _ => Flavor::MariaDb,
    }
}

fn catalog(db: &Database, dialect: Dialect) -> Result<Catalog, String> {
    match flavor(dialect) {
        Flavor::Postgres => Ok(Catalog {
            shapes: catalogs::postgres(db)?,
            details: catalogs::postgres_details(db)?,
        }),
        Flavor::MariaDb => {
            let (mut shapes, candidates) = catalogs::mariadb(db)?;
            // InnoDB's own foreign-key indexes are the server's, not the script's.
            for candidate in candidates {
                if let Some(table) = shapes.get_mut(&candidate.table) {
                    table.indexes.retain(|i| *i != candidate.index);
                }
            }
            Ok(Catalog {
                shapes,
                details: catalogs::mariadb_details(db)?,
            })
        }
    }
}

/// Every difference between the migrated database (A) and the expected one (B).
fn catalog_differences(
    migrated: &Catalog,
    expected: &Catalog,
    expected_label: &str,
) -> Vec<String> {
    let mut out: Vec<String> = shape::compare(&migrated.shapes, &expected.shapes, &[])
        .into_iter()
        .filter(|m| m.aspect != Aspect::ColumnOrder)
        .map(|m| {
            format!(
                "{}: {}: migrated has {}; {expected_label} has {}",
                m.table, m.aspect, m.server, m.model
            )
        })
        .collect();
    out.extend(
        migrated
            .details
            .difference(&expected.details)
            .map(|d| format!("only migrated: {d}")),
    );
    out.extend(
        expected
            .details
            .difference(&migrated.details)
            .map(|d| format!("only {expected_label}: {d}")),
    );
    out
}

/// One comparison: A gets `base` then `migration`, B gets `expected`.
struct Run<'a> {
    name: String,
    dialect: Dialect,
    databases: (String, String),
    base: &'a str,
    migration: &'a str,
    expected_label: &'a str,
    expected: &'a str,
    /// The old database must differ from the expected one before the migration runs (a
    /// pair whose two scripts build the same database tests nothing).
    must_differ: bool,
}

/// The failure text for one run, or None when the two databases match.
fn run(job: &Run, timing: &mut Timing) -> Option<String> {
    let server = server(job.dialect);
    let (a, b) = timed(&mut timing.create, || {
        (
            server.fresh_database(&job.databases.0),
            server.fresh_database(&job.databases.1),
        )
    });
    let name = &job.name;
    if let Err(e) = timed(&mut timing.apply_old, || a.execute(job.base)) {
        return Some(format!("{name}: the old script does not apply: {e}"));
    }
    if let Err(e) = timed(&mut timing.apply_new, || b.execute(job.expected)) {
        return Some(format!(
            "{name}: the {} script does not apply: {e}",
            job.expected_label
        ));
    }
    if job.must_differ {
        let before = timed(&mut timing.catalogs, || {
            Ok::<_, String>((catalog(&a, job.dialect)?, catalog(&b, job.dialect)?))
        });
        match before {
            Ok((old, expected)) if catalog_differences(&old, &expected, "").is_empty() => {
                return Some(format!(
                    "{name}: the old and {} databases match before any migration: the pair \
                     tests nothing",
                    job.expected_label
                ));
            }
            Ok(_) => {}
            Err(e) => return Some(format!("{name}: cannot read a catalog: {e}")),
        }
    }
    if job.migration.trim().is_empty() {
        // Nothing to run; the catalogs still say whether nothing was needed.
    } else if let Err(e) = timed(&mut timing.apply_migration, || a.execute(job.migration)) {
        return Some(format!(
            "{name}: the migration does not apply: {e}\n{}",
            numbered(job.migration)
        ));
    }
    let catalogs = timed(&mut timing.catalogs, || {
        Ok::<_, String>((catalog(&a, job.dialect)?, catalog(&b, job.dialect)?))
    });
    let (migrated, expected) = match catalogs {
        Ok(pair) => pair,
        Err(e) => return Some(format!("{name}: cannot read a catalog: {e}")),
    };
    let differences = catalog_differences(&migrated, &expected, job.expected_label);
    if differences.is_empty() {
        return None;
    }
    let mut text = format!(
        "{name}: {} differences between the migrated database and the {} one\n",
        differences.len(),
        job.expected_label
    );
    for d in differences.iter().take(SHOWN_DIFFERENCES) {
        text.push_str(&format!("  {d}\n"));
    }
    if differences.len() > SHOWN_DIFFERENCES {
        text.push_str(&format!(
            "  ... and {} more\n",
            differences.len() - SHOWN_DIFFERENCES
        ));
    }
    if job.migration.trim().is_empty() {
        text.push_str("  the migration is empty\n");
    } else {
        text.push_str(&numbered(job.migration));
    }
    Some(text)
}

/// The migration with line numbers, as the clients' errors count them (first 40 lines).
fn numbered(sql: &str) -> String {
    let mut out = String::from("  migration:\n");
    for (n, line) in sql.lines().enumerate().take(40) {
        out.push_str(&format!("  {:>3} | {line}\n", n + 1));
    }
    let more = sql.lines().count().saturating_sub(40);
    if more > 0 {
        out.push_str(&format!("      | ... {more} more lines\n"));
    }
    out
}

/// Runs every job, prints each file's time and the total, and fails with every failure.
fn run_all(what: &str, jobs: Vec<(Run, Duration)>) {
    let started = Instant::now();
    let mut failures = Vec::new();
    let count = jobs.len();
    let mut sum = Timing::default();
    for (job, diff_time) in jobs {
        let mut timing = Timing::default();
        let failure = run(&job, &mut timing);
        eprintln!(
            "{}: {} in {:.2}s (diff {:.2}s, create {:.2}s, old {:.2}s, migration {:.2}s, \
             expected {:.2}s, catalogs {:.2}s)",
            job.name,
            if failure.is_some() { "FAILED" } else { "ok" },
            timing.total().as_secs_f64() + diff_time.as_secs_f64(),
            diff_time.as_secs_f64(),
            timing.create.as_secs_f64(),
            timing.apply_old.as_secs_f64(),
            timing.apply_migration.as_secs_f64(),
            timing.apply_new.as_secs_f64(),
            timing.catalogs.as_secs_f64()
        );
        sum.create += timing.create;
        sum.apply_old += timing.apply_old;
        sum.apply_migration += timing.apply_migration;
        sum.apply_new += timing.apply_new;
        sum.catalogs += timing.catalogs;
        failures.extend(failure);
    }
    eprintln!(
        "{what}: {count} files in {:.1}s (create {:.1}s, old {:.1}s, migrations {:.1}s, \
         expected {:.1}s, catalogs {:.1}s)",
        started.elapsed().as_secs_f64(),
        sum.create.as_secs_f64(),
        sum.apply_old.as_secs_f64(),
        sum.apply_migration.as_secs_f64(),
        sum.apply_new.as_secs_f64(),
        sum.catalogs.as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{what}: {} of {count} do not migrate on the server:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check_pairs(dialect: Dialect) {
    let pairs = pairs(dialect);
    assert!(pairs.len() >= 12, "too few {} pairs", dialect.as_str());
    let options = MigrateOptions {
        dialect,
        allow_data_loss: true,
    };
    let migrations: Vec<(String, Duration)> = pairs
        .iter()
        .map(|pair| {
            let started = Instant::now();
            let m = diff_sources(&pair.old, &pair.new, &options);
            (m.sql, started.elapsed())
        })
        .collect();
    let jobs = pairs
        .iter()
        .zip(&migrations)
        .map(|(pair, (sql, time))| {
            let case = pair.case();
            let run = Run {
                name: pair.name.clone(),
                dialect,
                databases: (
                    db_name(&["mig_a", dialect.as_str(), case]),
                    db_name(&["mig_b", dialect.as_str(), case]),
                ),
                base: &pair.old,
                migration: sql,
                expected_label: "new",
                expected: &pair.new,
                must_differ: true,
            };
            (run, *time)
        })
        .collect();
    run_all(&format!("tests/migrations/{}", dialect.as_str()), jobs);
}

#[test]
fn postgres_pairs_migrate_on_postgres() {
    check_pairs(Dialect::Postgres);
}

#[test]
fn mysql_pairs_migrate_on_mariadb() {
    check_pairs(Dialect::MySql);
}

/// One corpus script with its migration and revision, computed before any server work.
struct Prepared {
    name: String,
    databases: (String, String),
    text: String,
    migration: String,
    revised: String,
    /// The time to compute the migration and the revision.
    time: Duration,
}

fn check_corpus(dialect: Dialect) {
    let files = scripts(dialect);
    assert!(files.len() >= 6, "too few {} scripts", dialect.as_str());
    let options = AuditOptions {
        dialect,
        ..AuditOptions::default()
    };
    let prepared: Vec<Prepared> = files
        .iter()
        .map(|path| {
            let text = read(path);
            let started = Instant::now();
            let migration = migrate(&text, &options, true).sql;
            let revised = schema_audit::audit(&text, &options).revised_schema;
            let parent = path
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy();
            let stem = path.file_stem().unwrap().to_string_lossy();
            Prepared {
                name: path.strip_prefix(root()).unwrap().display().to_string(),
                databases: (
                    db_name(&["migc_a", &parent, &stem]),
                    db_name(&["migc_b", &parent, &stem]),
                ),
                text,
                migration,
                revised,
                time: started.elapsed(),
            }
        })
        .collect();
    let jobs = prepared
        .iter()
        .map(|p| {
            let run = Run {
                name: p.name.clone(),
                dialect,
                databases: p.databases.clone(),
                base: &p.text,
                migration: &p.migration,
                expected_label: "revised",
                expected: &p.revised,
                must_differ: false,
            };
            (run, p.time)
        })
        .collect();
    run_all(&format!("{} corpus", dialect.as_str()), jobs);
}

#[test]
fn postgres_corpus_migrates_to_its_revision_on_postgres() {
    check_corpus(Dialect::Postgres);
}

#[test]
fn mysql_corpus_migrates_to_its_revision_on_mariadb() {
    check_corpus(Dialect::MySql);
}

/// The cases whose new.sql is also run against itself: the ones with the most names the
/// server could invent (unnamed keys, checks and foreign keys, quoted names, indexes).
const TWIN_CASES: [&str; 4] = [
    "foreign_keys",
    "indexes",
    "new_tables",
    "quoted_identifiers",
];

/// The comparison itself: a script compared with itself matches, so no name or default the
/// server invents differs between two runs. (That every pair's old and new databases differ
/// before the migration is checked by the pair tests themselves.) Without both, a pass or a
/// failure above would say nothing.
#[test]
fn the_catalog_comparison_matches_twins() {
    let mut problems = Vec::new();
    for dialect in [Dialect::Postgres, Dialect::MySql] {
        for pair in pairs(dialect) {
            let (case, new) = (pair.case(), &pair.new);
            if !TWIN_CASES.contains(&case) {
                continue;
            }
            let twin = Run {
                name: format!("{}/{case} against itself", dialect.as_str()),
                dialect,
                databases: (
                    db_name(&["mig_twin_a", dialect.as_str(), case]),
                    db_name(&["mig_twin_b", dialect.as_str(), case]),
                ),
                base: new,
                migration: "",
                expected_label: "new",
                expected: new,
                must_differ: false,
            };
            problems.extend(run(&twin, &mut Timing::default()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// An identity made in place keeps numbering after the rows already there: the catalogs
/// cannot see a sequence's position, so rows are inserted before and after the migration.
#[test]
fn an_identity_made_in_place_numbers_after_the_existing_rows() {
    let cases = [
        (
            Dialect::Postgres,
            "serial",
            "CREATE TABLE t (id serial PRIMARY KEY, v text);",
            "CREATE TABLE t (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);",
        ),
        (
            Dialect::Postgres,
            "pg_dump",
            "CREATE TABLE t (id integer NOT NULL, v text);\n\
             CREATE SEQUENCE t_id_seq AS integer START WITH 1 INCREMENT BY 1 CACHE 1;\n\
             ALTER SEQUENCE t_id_seq OWNED BY t.id;\n\
             ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);\n\
             ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id);",
            "CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);",
        ),
        (
            Dialect::Postgres,
            "plain",
            "CREATE TABLE t (id integer PRIMARY KEY, v text);",
            "CREATE TABLE t (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);",
        ),
        (
            Dialect::MySql,
            "plain",
            "CREATE TABLE t (id INT NOT NULL, v TEXT, PRIMARY KEY (id)) ENGINE=InnoDB;",
            "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, v TEXT, PRIMARY KEY (id)) ENGINE=InnoDB;",
        ),
    ];
    for (dialect, case, old, new) in cases {
        let db =
            server(dialect).fresh_database(&db_name(&["mig_identity", dialect.as_str(), case]));
        db.execute(old).unwrap();
        let existing = if old.contains("serial") || old.contains("nextval") {
            "INSERT INTO t (v) VALUES ('a'), ('b'), ('c');"
        } else {
            "INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b'), (7, 'c');"
        };
        db.execute(existing).unwrap();
        let m = diff_sources(
            old,
            new,
            &MigrateOptions {
                dialect,
                allow_data_loss: false,
            },
        );
        assert!(m.data_loss.is_empty(), "{case}: {}", m.sql);
        if let Err(e) = db.execute(&m.sql) {
            panic!(
                "{dialect} {case}: the migration does not apply: {e}\n{}",
                numbered(&m.sql)
            );
        }
        db.execute("INSERT INTO t (v) VALUES ('after');").unwrap();
        let rows = db.query("SELECT id FROM t WHERE v = 'after';").unwrap();
        let expected = if existing.contains("(7,") { "8" } else { "4" };
        assert_eq!(
            rows,
            vec![vec![expected.to_string()]],
            "{dialect} {case}\n{}",
            m.sql
        );
    }
}
