//! The model is the migration's first oracle: running a migration after the old script must
//! leave the schema the new script describes, as the front end reads both.
//!
//! - Every pair in `tests/migrations/{mssql,postgres,mysql}/<case>/{old,new}.sql`:
//!   `parse(old + migration)` equals `parse(new)` (see `support/model_eq.rs` for what is
//!   compared), and the migration's own lines read without an error, a warning or a failed
//!   statement.
//! - Without `allow_data_loss`, a dropped column is listed in `data_loss` and its DROP is not
//!   a live statement; with it, the column goes.
//! - Every corpus and hand-written schema the other tests use: `parse(file + migrate(file))`
//!   equals `parse(report.revised_schema)`, the audit's revised model.
//!
//! No servers: `migration_servers.rs` runs the same pairs on PostgreSQL and MariaDB.

#![allow(clippy::unwrap_used)]

#[path = "support/migration_cases.rs"]
mod migration_cases;
#[path = "support/model_eq.rs"]
mod model_eq;

use migration_cases::{pairs, read, root, scripts};
use schema_audit::migrate::{diff_sources, migrate, MigrateOptions, Migration};
use schema_audit::{AuditOptions, Dialect};
use schema_audit_ddl::{DiagnosticSeverity, StatementKind, StatementState};

/// How many differences a failure message shows per file; the count says how many more.
const SHOWN_DIFFERENCES: usize = 12;
/// How many lines of the migration a failure message shows per file.
const SHOWN_MIGRATION_LINES: usize = 40;

/// What goes between a script and the migration run after it: T-SQL ends the script's last
/// batch, so the migration starts a batch of its own, as it would in a separate file.
fn separator(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::MsSql => "\nGO\n",
        _ => "\n",
    }
}

/// `script` followed by `migration`, and the last line number that belongs to the script.
fn applied(script: &str, migration: &str, dialect: Dialect) -> (String, u32) {
    let joined = format!("{script}{}", separator(dialect));
    let boundary = joined.matches('\n').count() as u32;
    (format!("{joined}{migration}"), boundary)
}

/// Statements that change no schema, left out of the notes below.
const TRANSACTION_CONTROL: [&str; 5] = ["BEGIN", "COMMIT", "ROLLBACK", "START", "SET"];

/// The migration's statements the front end skips (they change nothing in its model), as
/// notes for a failure message: the model cannot see what `EXEC sp_rename` or a dynamic
/// `EXEC (N'ALTER TABLE ...')` does.
fn skipped_statements(text: &str, boundary: u32, dialect: Dialect) -> Vec<String> {
    schema_audit_ddl::parse(text, dialect)
        .statement_log
        .iter()
        .filter(|s| s.span.line > boundary && s.state == StatementState::Skipped)
        .filter(|s| !matches!(&s.kind, StatementKind::Other(k) if TRANSACTION_CONTROL.contains(&k.to_uppercase().as_str())))
        .map(|s| {
            format!(
                "note: migration line {}: the front end skips this {:?} statement",
                s.span.line - boundary,
                s.kind
            )
        })
        .collect()
}

/// Errors, warnings and failed statements whose line is in the migration (after `boundary`).
fn migration_problems(text: &str, boundary: u32, dialect: Dialect) -> Vec<String> {
    let parsed = schema_audit_ddl::parse(text, dialect);
    let mut out: Vec<String> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.span.line > boundary && d.severity != DiagnosticSeverity::Info)
        .map(|d| {
            format!(
                "migration line {}: {:?} {} {}",
                d.span.line - boundary,
                d.severity,
                d.code,
                d.message
            )
        })
        .collect();
    out.extend(
        parsed
            .statement_log
            .iter()
            .filter(|s| s.span.line > boundary && s.state == StatementState::Failed)
            .map(|s| {
                format!(
                    "migration line {}: the {:?} statement on {} failed to parse",
                    s.span.line - boundary,
                    s.kind,
                    s.object.as_deref().unwrap_or("?")
                )
            }),
    );
    out
}

/// One file's failure: what differs, what failed to read, and the start of the migration.
fn failure(name: &str, problems: &[String], differences: &[String], m: &Migration) -> String {
    let mut text =
        format!(
        "{name}: {} differences (migrated vs expected), {} problems in the migration's own lines, \
         {} steps\n",
        differences.iter().filter(|d| !d.starts_with("note:")).count(),
        problems.len(),
        m.steps.len()
    );
    for line in problems.iter().chain(differences).take(SHOWN_DIFFERENCES) {
        text.push_str(&format!("  {line}\n"));
    }
    let hidden = (problems.len() + differences.len()).saturating_sub(SHOWN_DIFFERENCES);
    if hidden > 0 {
        text.push_str(&format!("  ... and {hidden} more\n"));
    }
    if m.sql.trim().is_empty() {
        text.push_str("  the migration is empty\n");
    } else {
        text.push_str("  migration:\n");
        for line in m.sql.lines().take(SHOWN_MIGRATION_LINES) {
            text.push_str(&format!("  | {line}\n"));
        }
        let more = m.sql.lines().count().saturating_sub(SHOWN_MIGRATION_LINES);
        if more > 0 {
            text.push_str(&format!("  | ... {more} more lines\n"));
        }
    }
    text
}

/// The failure text for `script` + `migration` against `expected`, or None when they agree.
fn check_migration(
    name: &str,
    dialect: Dialect,
    script: &str,
    m: &Migration,
    expected_label: &str,
    expected: &str,
) -> Option<String> {
    let (text, boundary) = applied(script, &m.sql, dialect);
    let problems = migration_problems(&text, boundary, dialect);
    let differences =
        model_eq::compare_sources(dialect, "migrated", &text, expected_label, expected);
    if problems.is_empty() && differences.is_empty() {
        None
    } else {
        let mut differences = differences;
        differences.extend(skipped_statements(&text, boundary, dialect));
        Some(failure(name, &problems, &differences, m))
    }
}

fn options(dialect: Dialect, allow_data_loss: bool) -> MigrateOptions {
    MigrateOptions {
        dialect,
        allow_data_loss,
    }
}

fn check_pairs(dialect: Dialect) {
    let pairs = pairs(dialect);
    assert!(
        pairs.len() >= 12,
        "expected at least 12 {} pairs, found {}",
        dialect.as_str(),
        pairs.len()
    );
    let failures: Vec<String> = pairs
        .iter()
        .filter_map(|pair| {
            // The pair itself must read cleanly, and differ, or it tests nothing.
            for (side, text) in [("old", &pair.old), ("new", &pair.new)] {
                let unread = migration_problems(text, 0, dialect);
                assert!(unread.is_empty(), "{}/{side}.sql: {unread:#?}", pair.name);
            }
            let same = model_eq::compare_sources(dialect, "old", &pair.old, "new", &pair.new);
            assert!(!same.is_empty(), "{}: old and new parse alike", pair.name);
            let m = diff_sources(&pair.old, &pair.new, &options(dialect, true));
            check_migration(&pair.name, dialect, &pair.old, &m, "new", &pair.new)
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {} pairs do not migrate to the new model:\n\n{}",
        failures.len(),
        pairs.len(),
        dialect.as_str(),
        failures.join("\n")
    );
}

#[test]
fn mssql_pairs_migrate_to_the_new_model() {
    check_pairs(Dialect::MsSql);
}

#[test]
fn postgres_pairs_migrate_to_the_new_model() {
    check_pairs(Dialect::Postgres);
}

#[test]
fn mysql_pairs_migrate_to_the_new_model() {
    check_pairs(Dialect::MySql);
}

/// The text outside comments, split into statements on `;` and T-SQL `GO` lines.
fn live_statements(sql: &str) -> Vec<String> {
    let mut live = String::new();
    let mut rest = sql;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.find('\n').map_or("", |n| &after[n..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |n| &after[n + 2..]);
        } else if rest.starts_with('\'') {
            // A string literal, kept whole so that `--` inside it is not a comment.
            let end = rest[1..].find('\'').map_or(rest.len(), |n| n + 2);
            live.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let c = rest.chars().next().unwrap();
            live.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    live.split(';')
        .flat_map(|s| s.split("\nGO\n"))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

/// `(dialect, case, table, column)`: a column each dialect's `drop_column` pair drops.
const DROPPED_COLUMNS: [(Dialect, &str, &str, &str); 3] = [
    (
        Dialect::MsSql,
        "drop_column",
        "dbo.Users",
        "LegacyPasswordHash",
    ),
    (
        Dialect::Postgres,
        "drop_column",
        "users",
        "legacy_password_hash",
    ),
    (
        Dialect::MySql,
        "drop_column",
        "users",
        "legacy_password_hash",
    ),
];

#[test]
fn a_dropped_column_waits_for_allow_data_loss() {
    let mut failures = Vec::new();
    for (dialect, case, table, column) in DROPPED_COLUMNS {
        let dir = root().join("migrations").join(dialect.as_str()).join(case);
        let (old, new) = (read(&dir.join("old.sql")), read(&dir.join("new.sql")));
        let name = format!("tests/migrations/{}/{case}", dialect.as_str());
        let mentions = |line: &str| line.to_lowercase().contains(&column.to_lowercase());

        let held = diff_sources(&old, &new, &options(dialect, false));
        if !held.data_loss.iter().any(|l| mentions(l)) {
            failures.push(format!(
                "{name}: without allow_data_loss, data_loss does not name `{column}`: {:?}",
                held.data_loss
            ));
        }
        let live_drops: Vec<String> = live_statements(&held.sql)
            .into_iter()
            .filter(|s| mentions(s) && s.to_uppercase().contains("DROP"))
            .collect();
        if !live_drops.is_empty() {
            failures.push(format!(
                "{name}: without allow_data_loss, the migration still drops `{column}`: {live_drops:?}"
            ));
        }
        for step in held.steps.iter().filter(|s| s.data_loss.is_some()) {
            if step.emitted {
                failures.push(format!(
                    "{name}: without allow_data_loss, the data-losing step `{}` is emitted",
                    step.object
                ));
            }
        }
        // The held-back migration leaves the column where it was.
        let (text, _) = applied(&old, &held.sql, dialect);
        let kept = schema_audit_ddl::parse(&text, dialect);
        let has_column = kept
            .schema
            .tables
            .iter()
            .filter(|t| model_eq::table_key(&t.name, dialect).ends_with(&table.to_lowercase()))
            .any(|t| t.column(column).is_some());
        if !has_column {
            failures.push(format!(
                "{name}: without allow_data_loss, `{table}.{column}` is gone after the migration"
            ));
        }

        let allowed = diff_sources(&old, &new, &options(dialect, true));
        if !allowed.data_loss.iter().any(|l| mentions(l)) {
            failures.push(format!(
                "{name}: with allow_data_loss, data_loss (the script's warning header) does not \
                 name `{column}`: {:?}",
                allowed.data_loss
            ));
        }
        if !live_statements(&allowed.sql)
            .iter()
            .any(|s| mentions(s) && s.to_uppercase().contains("DROP"))
        {
            failures.push(format!(
                "{name}: with allow_data_loss, no live statement drops `{column}`"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The scripts of one dialect that the other tests audit: the public corpus, the seeds
/// (T-SQL), and the hand-written clean and sloppy schemas.
fn check_corpus(dialect: Dialect) {
    let files = scripts(dialect);
    assert!(files.len() >= 6, "too few {} scripts", dialect.as_str());
    let audit_options = AuditOptions {
        dialect,
        ..AuditOptions::default()
    };
    let mut failures = Vec::new();
    let mut changed = 0;
    for path in &files {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let text = read(path);
        let started = std::time::Instant::now();
        let report = schema_audit::audit(&text, &audit_options);
        let m = migrate(&text, &audit_options, true);
        if !m.is_empty() {
            changed += 1;
        }
        let failure = check_migration(&name, dialect, &text, &m, "revised", &report.revised_schema);
        eprintln!(
            "{name}: {} steps, {:.2}s",
            m.steps.len(),
            started.elapsed().as_secs_f64()
        );
        failures.extend(failure);
    }
    assert!(
        failures.is_empty(),
        "{} of {} {} scripts do not migrate to their revised model ({changed} had a non-empty \
         migration):\n\n{}",
        failures.len(),
        files.len(),
        dialect.as_str(),
        failures.join("\n")
    );
}

#[test]
fn mssql_corpus_migrates_to_the_revised_model() {
    check_corpus(Dialect::MsSql);
}

#[test]
fn postgres_corpus_migrates_to_the_revised_model() {
    check_corpus(Dialect::Postgres);
}

#[test]
fn mysql_corpus_migrates_to_the_revised_model() {
    check_corpus(Dialect::MySql);
}

// The comparison itself: it must see every kind of difference it claims to compare, and
// none of the ones it claims to ignore, or the oracle could pass vacuously.

const BASE: &str = "\
CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL);
CREATE TABLE orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    note varchar(100) DEFAULT 'none',
    total numeric(10,2) NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_note_key UNIQUE (note),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_total_check CHECK (total >= 0)
);
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total) WHERE total > 0;
CREATE INDEX orders_note_idx ON orders (note);
";

/// `(what, replace this, with this, a difference line contains this)`.
const DETECTED: &[(&str, &str, &str, &str)] = &[
    (
        "a table",
        "CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL);",
        "",
        "customers: table",
    ),
    (
        "a column",
        "total numeric",
        "extra int, total numeric",
        "orders.extra: column",
    ),
    (
        "a length",
        "varchar(100)",
        "varchar(120)",
        "orders.note: type",
    ),
    (
        "a family",
        "customer_id bigint",
        "customer_id integer",
        "orders.customer_id: type",
    ),
    (
        "a precision",
        "numeric(10,2)",
        "numeric(12,2)",
        "orders.total: type",
    ),
    (
        "a scale",
        "numeric(10,2)",
        "numeric(10,3)",
        "orders.total: type",
    ),
    (
        "nullability",
        "email varchar(200) NOT NULL",
        "email varchar(200)",
        "customers.email: nullability",
    ),
    (
        "a changed default",
        "'none'",
        "'n/a'",
        "orders.note: default",
    ),
    (
        "a dropped default",
        " DEFAULT 'none'",
        "",
        "orders.note: default",
    ),
    (
        "an identity",
        "id bigint NOT NULL,",
        "id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,",
        "orders.id: identity",
    ),
    (
        "primary key columns",
        "PRIMARY KEY (id)",
        "PRIMARY KEY (id, customer_id)",
        "orders: primary key",
    ),
    (
        "a primary key name",
        "orders_pkey",
        "pk_orders",
        "orders: primary key",
    ),
    (
        "a unique key",
        "CONSTRAINT orders_note_key UNIQUE (note),",
        "",
        "orders: unique key",
    ),
    (
        "a unique key name",
        "orders_note_key",
        "uq_note",
        "orders: unique key",
    ),
    (
        "a foreign key action",
        "REFERENCES customers (id),",
        "REFERENCES customers (id) ON DELETE CASCADE,",
        "orders: foreign key",
    ),
    (
        "a foreign key name",
        "fk_orders_customer",
        "fk_customer",
        "orders: foreign key",
    ),
    (
        "a foreign key's columns",
        "FOREIGN KEY (customer_id) REFERENCES customers (id)",
        "FOREIGN KEY (id) REFERENCES customers (id)",
        "orders: foreign key",
    ),
    ("a check", "total >= 0", "total > 0", "orders: check"),
    (
        "a check name",
        "orders_total_check",
        "ck_total",
        "orders: check",
    ),
    (
        "an index's uniqueness",
        "CREATE INDEX orders_note_idx",
        "CREATE UNIQUE INDEX orders_note_idx",
        "orders: index",
    ),
    (
        "an index's columns",
        "orders (note);",
        "orders (note, id);",
        "orders: index",
    ),
    (
        "an index's order",
        "orders (note);",
        "orders (note DESC);",
        "orders: index",
    ),
    (
        "an index's include",
        "INCLUDE (total)",
        "INCLUDE (note)",
        "orders: index",
    ),
    (
        "an index's filter",
        "WHERE total > 0",
        "WHERE total > 1",
        "orders: index",
    ),
    (
        "an index's method",
        "orders (note);",
        "orders USING hash (note);",
        "orders: index",
    ),
    (
        "an index's name",
        "orders_note_idx",
        "ix_note",
        "orders: index",
    ),
];

#[test]
fn the_comparison_detects_each_kind_of_difference() {
    for (what, from, to, expected) in DETECTED {
        assert!(BASE.contains(from), "{what}: `{from}` is not in the base");
        let changed = BASE.replacen(from, to, 1);
        let found = model_eq::compare_sources(Dialect::Postgres, "a", BASE, "b", &changed);
        assert!(
            found.iter().any(|line| line.contains(expected)),
            "{what}: no difference containing `{expected}`: {found:#?}"
        );
    }
}

/// `(dialect, what, one script, an equivalent one)`.
const IGNORED: &[(Dialect, &str, &str, &str)] = &[
    (
        Dialect::Postgres,
        "column order",
        "CREATE TABLE t (a int, b text);",
        "CREATE TABLE t (b text, a int);",
    ),
    (
        Dialect::Postgres,
        "the order of indexes and checks",
        "CREATE TABLE t (a int CHECK (a > 0), b int CHECK (b > 0));\n\
         CREATE INDEX t_a ON t (a);\nCREATE INDEX t_b ON t (b);",
        "CREATE TABLE t (a int, b int, CHECK (b > 0), CHECK (a > 0));\n\
         CREATE INDEX t_b ON t (b);\nCREATE INDEX t_a ON t (a);",
    ),
    (
        Dialect::Postgres,
        "comments, whitespace and outer parentheses",
        "-- the orders\nCREATE TABLE t (a int DEFAULT 0 CONSTRAINT c CHECK (a>=0));",
        "CREATE TABLE t (\n  a int DEFAULT (0) -- a count\n  , CONSTRAINT c CHECK ((a >= 0))\n);",
    ),
    (
        Dialect::Postgres,
        "NOT NULL written or implied by the primary key",
        "CREATE TABLE t (a int NOT NULL PRIMARY KEY);",
        "CREATE TABLE t (a int PRIMARY KEY);",
    ),
    (
        Dialect::Postgres,
        "a constraint added by ALTER TABLE rather than inline",
        "CREATE TABLE t (a int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));",
        "CREATE TABLE t (a int NOT NULL);\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (a);",
    ),
    (
        Dialect::Postgres,
        "a constraint or index named as the server names it, or left unnamed",
        "CREATE TABLE t (a int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a), \
         CONSTRAINT t_a_check CHECK (a > 0));\nCREATE INDEX t_a_idx ON t (a);",
        "CREATE TABLE t (a int PRIMARY KEY CHECK (a > 0));\nCREATE INDEX ON t (a);",
    ),
    (
        Dialect::MySql,
        "DEFAULT NULL, and the index InnoDB makes for a foreign key",
        "CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (p_id int DEFAULT NULL, \
         KEY p_id (p_id), CONSTRAINT c_ibfk_1 FOREIGN KEY (p_id) REFERENCES p (id));",
        "CREATE TABLE p (id int PRIMARY KEY);\n\
         CREATE TABLE c (p_id int, CONSTRAINT c_ibfk_1 FOREIGN KEY (p_id) REFERENCES p (id));",
    ),
    (
        Dialect::MySql,
        "an inline index or CREATE INDEX",
        "CREATE TABLE t (a int, KEY ix_a (a));",
        "CREATE TABLE t (a int);\nCREATE INDEX ix_a ON t (a);",
    ),
    (
        Dialect::MsSql,
        "the default schema written or not, and brackets",
        "CREATE TABLE Orders (Id INT NOT NULL, Qty INT NOT NULL CONSTRAINT DF_Qty DEFAULT ((1)), \
         CONSTRAINT CK_Qty CHECK ([Qty] > 0));",
        "CREATE TABLE [dbo].[Orders] ([Id] INT NOT NULL, [Qty] INT NOT NULL \
         CONSTRAINT DF_Qty DEFAULT 1, CONSTRAINT CK_Qty CHECK (Qty > 0));",
    ),
];

#[test]
fn the_comparison_ignores_what_a_database_does_not_keep() {
    for (dialect, what, a, b) in IGNORED {
        let found = model_eq::compare_sources(*dialect, "a", a, "b", b);
        assert!(found.is_empty(), "{what}: {found:#?}");
    }
}

#[test]
fn expressions_normalize_to_one_spelling() {
    let cases = [
        ("((0))", "0"),
        ("( a >= 0 )", "a>=0"),
        ("(a) + (b)", "(a)+(b)"),
        ("NOW()", "now()"),
        ("'Active'", "'Active'"),
        ("[Plan] IN ('free',  'pro')", "plan in('free','pro')"),
        ("`Plan` IN ('free', 'pro')", "plan in('free','pro')"),
        ("\"UserId\" > 0", "\"UserId\">0"),
    ];
    for (text, expected) in cases {
        assert_eq!(
            model_eq::normalize_expression(text),
            model_eq::normalize_expression(expected),
            "{text}"
        );
    }
    assert_ne!(
        model_eq::normalize_expression("'a'"),
        model_eq::normalize_expression("'A'")
    );
}
