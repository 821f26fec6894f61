//! The servers' catalogs are the oracle for the PostgreSQL and MySQL front end.
//!
//! Every file under `tests/corpus/postgres` and `tests/corpus/mysql` is applied to a fresh
//! database on the real server (it must apply), parsed by `schema_audit_ddl::parse`, and
//! the two are compared table by table: columns with canonical types and nullability,
//! primary keys, unique keys, foreign keys and indexes (columns in order with MariaDB's
//! prefix lengths, uniqueness, access method). Every difference in every file is collected
//! into one failure message.
//!
//! What is left out, and why:
//! - PostgreSQL partial-index predicates and operator classes, CHECK constraints, defaults
//!   and foreign-key actions: not compared yet.
//! - Index expressions are compared in one spelling (`shape::postgres_index_entry`), since
//!   the server prints `lower((name)::TEXT)` as `lower(name::text)`.
//! - Indexes InnoDB adds by itself for a foreign key (see `catalogs::implicit_foreign_key_index`).
//! - Views and tables an extension creates.
//!
//! The databases are left on the server after the run (`catalog_pg_<file>`,
//! `catalog_my_<file>`), so a failure can be inspected with `psql` or `mariadb`; the next
//! run drops and recreates them.
//!
//! Needs the servers: run through `cargo xtask test`, or `cargo xtask servers start` first.

#[path = "support/catalogs.rs"]
mod catalogs;
#[path = "support/servers.rs"]
mod servers;
#[path = "support/shape.rs"]
mod shape;
#[path = "support/types.rs"]
mod types;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use schema_audit_ddl::model::{Index, IndexColumn, IndexKind, QualifiedName, Schema, Table};
use schema_audit_ddl::Dialect;
use shape::{
    Aspect, ColumnShape, Flavor, ForeignKeyShape, IndexShape, Mismatch, Shapes, TableShape,
};

#[test]
fn postgres_catalog_matches_the_model() {
    check_corpus(Flavor::Postgres);
}

#[test]
fn mariadb_catalog_matches_the_model() {
    check_corpus(Flavor::MariaDb);
}

/// The outcome for one corpus file.
struct FileOutcome {
    file: String,
    /// The server refused the script: the corpus file itself is wrong for this server.
    apply_error: Option<String>,
    mismatches: Vec<Mismatch>,
}

fn check_corpus(flavor: Flavor) {
    let started = Instant::now();
    let (directory, server, prefix) = match flavor {
        Flavor::Postgres => ("postgres", servers::postgres(), "pg"),
        Flavor::MariaDb => ("mysql", servers::mariadb(), "my"),
    };
    let files = corpus_files(directory);
    assert!(
        !files.is_empty(),
        "no .sql files in tests/corpus/{directory}"
    );
    let outcomes: Vec<FileOutcome> = files
        .iter()
        .map(|file| check_file(file, flavor, server, prefix))
        .collect();
    let elapsed = started.elapsed();
    let report = render(directory, &outcomes, elapsed);
    println!("{report}");
    let failed = outcomes
        .iter()
        .any(|o| o.apply_error.is_some() || !o.mismatches.is_empty());
    assert!(!failed, "{report}");
}

fn check_file(path: &Path, flavor: Flavor, server: &servers::Server, prefix: &str) -> FileOutcome {
    let file = path
        .strip_prefix(repo_root())
        .unwrap_or(path)
        .display()
        .to_string();
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let db = server.fresh_database(&database_name(prefix, path));
    if let Err(message) = db.execute(&text) {
        return FileOutcome {
            file,
            apply_error: Some(message),
            mismatches: Vec::new(),
        };
    }
    let dialect = match flavor {
        Flavor::Postgres => Dialect::Postgres,
        Flavor::MariaDb => Dialect::MySql,
    };
    let parsed = schema_audit_ddl::parse(&text, dialect);
    let (model, placeholders) = model_shapes(&parsed.schema, flavor);
    let server_shapes = match flavor {
        Flavor::Postgres => catalogs::postgres(&db),
        Flavor::MariaDb => catalogs::mariadb(&db).map(|(mut shapes, candidates)| {
            for candidate in candidates {
                if catalogs::implicit_foreign_key_index(&candidate, &model) {
                    if let Some(table) = shapes.get_mut(&candidate.table) {
                        if let Some(p) = table.indexes.iter().position(|i| *i == candidate.index) {
                            table.indexes.remove(p);
                        }
                    }
                }
            }
            shapes
        }),
    }
    .unwrap_or_else(|e| panic!("cannot read the catalog for {file}: {e}"));
    FileOutcome {
        file,
        apply_error: None,
        mismatches: shape::compare(&server_shapes, &model, &placeholders),
    }
}

/// The model's tables as shapes, and the names of its placeholder (`external`) tables:
/// tables the script only altered or indexed, as far as the front end could tell.
fn model_shapes(schema: &Schema, flavor: Flavor) -> (Shapes, Vec<String>) {
    let mut shapes = Shapes::new();
    let mut placeholders = Vec::new();
    let primary_keys: BTreeMap<String, Vec<String>> = schema
        .tables
        .iter()
        .filter_map(|t| {
            let pk = t.primary_key.as_ref()?;
            Some((
                table_key(&t.name, flavor),
                pk.columns.iter().map(|c| c.name.clone()).collect(),
            ))
        })
        .collect();
    for table in &schema.tables {
        let key = table_key(&table.name, flavor);
        if table.external {
            placeholders.push(key);
            continue;
        }
        shapes.insert(key, table_shape(table, flavor, &primary_keys));
    }
    (shapes, placeholders)
}

fn table_shape(
    table: &Table,
    flavor: Flavor,
    primary_keys: &BTreeMap<String, Vec<String>>,
) -> TableShape {
    let columns = table
        .columns
        .iter()
        .map(|c| ColumnShape {
            name: c.name.clone(),
            data_type: match flavor {
                Flavor::Postgres => types::postgres(&c.data_type.raw),
                Flavor::MariaDb => types::mariadb(&c.data_type.raw, c.unsigned),
            },
            nullable: c.nullable,
        })
        .collect();
    let mut unique_keys: Vec<Vec<String>> = table
        .unique_constraints
        .iter()
        .map(|k| k.columns.iter().map(|c| column_text(table, c)).collect())
        .collect();
    let mut indexes = Vec::new();
    for index in &table.indexes {
        let mut shape = index_shape(table, index);
        if flavor == Flavor::Postgres {
            shape.columns = shape
                .columns
                .iter()
                .map(|entry| shape::postgres_index_entry(entry))
                .collect();
        }
        // MariaDB has one object for a unique key and a unique index.
        if flavor == Flavor::MariaDb && shape.unique {
            unique_keys.push(shape.columns);
        } else {
            indexes.push(shape);
        }
    }
    let foreign_keys = table
        .foreign_keys
        .iter()
        .map(|fk| {
            let referenced_table = table_key(&fk.referenced_table, flavor);
            // `REFERENCES t` without columns means t's primary key, as the server resolves it.
            let referenced_columns = if fk.referenced_columns.is_empty() {
                primary_keys
                    .get(&referenced_table)
                    .cloned()
                    .unwrap_or_default()
            } else {
                fk.referenced_columns.clone()
            };
            ForeignKeyShape {
                columns: fk.columns.clone(),
                referenced_table,
                referenced_columns,
            }
        })
        .collect();
    TableShape {
        columns,
        primary_key: table
            .primary_key
            .as_ref()
            .map(|k| k.columns.iter().map(|c| column_text(table, c)).collect()),
        unique_keys,
        foreign_keys,
        indexes,
    }
}

fn index_shape(table: &Table, index: &Index) -> IndexShape {
    let written_method = index.method.as_ref().map(|m| m.to_lowercase());
    let method = match index.kind {
        IndexKind::FullText => "fulltext".to_string(),
        IndexKind::Spatial => "spatial".to_string(),
        _ => written_method.unwrap_or_else(|| "btree".to_string()),
    };
    IndexShape {
        columns: index
            .columns
            .iter()
            .map(|c| column_text(table, c))
            .collect(),
        unique: index.unique,
        method,
    }
}

/// A key column as the catalogs list it: MariaDB's prefix length, which the server drops when
/// it covers the whole column, and DESC.
fn column_text(table: &Table, column: &IndexColumn) -> String {
    let full = |n: u32| {
        table.column(&column.name).is_some_and(|c| {
            matches!(c.data_type.length, Some(schema_audit_ddl::Length::Chars(len)) if len <= n)
        })
    };
    let prefix = column
        .prefix_length
        .filter(|&n| !full(n))
        .map(|n| format!("({n})"))
        .unwrap_or_default();
    if column.descending {
        format!("{}{prefix} DESC", column.name)
    } else {
        format!("{}{prefix}", column.name)
    }
}

/// How the catalogs name a table: bare in the default schema (`public` on PostgreSQL; on
/// MariaDB the database the script ran in), `schema.table` elsewhere.
fn table_key(name: &QualifiedName, flavor: Flavor) -> String {
    match (flavor, name.schema.as_deref()) {
        (Flavor::Postgres, Some(schema)) if schema != "public" => {
            format!("{schema}.{}", name.name)
        }
        _ => name.name.clone(),
    }
}

fn render(directory: &str, outcomes: &[FileOutcome], elapsed: std::time::Duration) -> String {
    let total: usize = outcomes.iter().map(|o| o.mismatches.len()).sum();
    let unapplied = outcomes.iter().filter(|o| o.apply_error.is_some()).count();
    let mut out = format!(
        "tests/corpus/{directory}: {total} mismatches between the server's catalog and the model \
         in {} files ({unapplied} did not apply), checked in {:.1}s\n",
        outcomes.len(),
        elapsed.as_secs_f64()
    );
    for outcome in outcomes {
        if let Some(error) = &outcome.apply_error {
            out.push_str(&format!(
                "\n{}: the server refused the script:\n{error}\n",
                outcome.file
            ));
            continue;
        }
        let mut by_aspect: BTreeMap<shape::Aspect, usize> = BTreeMap::new();
        for m in &outcome.mismatches {
            *by_aspect.entry(m.aspect).or_default() += 1;
        }
        let counts: Vec<String> = by_aspect
            .iter()
            .map(|(aspect, n)| format!("{aspect} {n}"))
            .collect();
        out.push_str(&format!(
            "\n{}: {} mismatches{}\n",
            outcome.file,
            outcome.mismatches.len(),
            if counts.is_empty() {
                String::new()
            } else {
                format!(" ({})", counts.join(", "))
            }
        ));
        for m in &outcome.mismatches {
            out.push_str(&format!("  {m}\n"));
        }
    }
    out
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."))
}

fn corpus_files(directory: &str) -> Vec<PathBuf> {
    let dir = repo_root().join("tests/corpus").join(directory);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

/// `catalog_pg_code_fund_ads` for tests/corpus/postgres/code_fund_ads.sql.
fn database_name(prefix: &str, path: &Path) -> String {
    let stem: String = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("catalog_{prefix}_{stem}")
}

#[test]
fn support_runs_scripts_and_queries_on_both_servers() {
    let pg = servers::postgres().fresh_database("support_smoke_pg");
    pg.execute("CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1, 'x\ty\nz'), (2, NULL);")
        .expect("script runs");
    let rows = pg
        .query("SELECT a, b FROM t ORDER BY a")
        .expect("query runs");
    assert_eq!(rows, vec![row(&["1", "x\ty\nz"]), row(&["2", ""])]);
    let error = pg
        .execute("SELECT 1;\nSELECT nope;\nSELECT 2;")
        .expect_err("the second statement fails");
    assert!(error.contains(":2:"), "{error}");
    pg.execute_rolled_back("CREATE TABLE u (a int);")
        .expect("rolled back");
    let u = pg.query("SELECT 1 FROM pg_class WHERE relname = 'u'");
    assert_eq!(u, Ok(Vec::new()));
    drop(pg);

    let my = servers::mariadb().fresh_database("support_smoke_my");
    my.execute(
        "CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1, 'x\\ty\\nz'), (2, NULL);",
    )
    .expect("script runs");
    let rows = my
        .query("SELECT a, b FROM t ORDER BY a")
        .expect("query runs");
    assert_eq!(rows, vec![row(&["1", "x\ty\nz"]), row(&["2", ""])]);
    let error = my
        .execute("SELECT 1;\nSELECT nope;\nSELECT 2;")
        .expect_err("the second statement fails");
    assert!(error.contains("at line 2"), "{error}");
    assert!(my.execute_rolled_back("SELECT 1;").is_err());
    drop(my);
}

fn row(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// The oracle itself: when the model differs from what the server ran, each difference is
/// reported, once, under its aspect.
#[test]
fn the_comparison_reports_each_difference() {
    let cases = [
        (
            Flavor::Postgres,
            "CREATE TABLE t (a int NOT NULL PRIMARY KEY, b varchar(10), c int REFERENCES t (a));\n\
             CREATE INDEX t_b ON t (b);",
            "CREATE TABLE t (a bigint NOT NULL PRIMARY KEY, b varchar(10) NOT NULL, c int);\n\
             CREATE UNIQUE INDEX t_b ON t (b);",
            vec![
                Aspect::Type,
                Aspect::Nullability,
                Aspect::ForeignKey,
                Aspect::Index,
                Aspect::Index,
            ],
        ),
        (
            Flavor::MariaDb,
            "CREATE TABLE t (a int unsigned NOT NULL PRIMARY KEY, b varchar(10), KEY (b));",
            "CREATE TABLE t (a int NOT NULL PRIMARY KEY, b varchar(12), c int, UNIQUE KEY (b));",
            vec![
                Aspect::Column,
                Aspect::Type,
                Aspect::Type,
                Aspect::UniqueKey,
                Aspect::Index,
            ],
        ),
    ];
    for (flavor, on_server, in_model, expected) in cases {
        let (server, dialect, name) = match flavor {
            Flavor::Postgres => (servers::postgres(), Dialect::Postgres, "oracle_check_pg"),
            Flavor::MariaDb => (servers::mariadb(), Dialect::MySql, "oracle_check_my"),
        };
        let db = server.fresh_database(name);
        db.execute(on_server).expect("the server's script applies");
        let (model, placeholders) =
            model_shapes(&schema_audit_ddl::parse(in_model, dialect).schema, flavor);
        let catalog = match flavor {
            Flavor::Postgres => catalogs::postgres(&db),
            Flavor::MariaDb => catalogs::mariadb(&db).map(|(shapes, _)| shapes),
        }
        .expect("the catalog reads");
        let mismatches = shape::compare(&catalog, &model, &placeholders);
        let mut aspects: Vec<Aspect> = mismatches.iter().map(|m| m.aspect).collect();
        aspects.sort();
        assert_eq!(aspects, expected, "{flavor:?}: {mismatches:#?}");
        drop(db);
    }
}
