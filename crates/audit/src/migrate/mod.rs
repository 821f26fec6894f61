//! Migrations: the ordered script that takes a database from one schema to another, computed
//! from two models alone (no database needed).
//!
//! [`diff`] compares two parsed scripts; [`migrate`] compares a script with its revised
//! schema. Both return a [`Migration`]: ordered [`Step`]s, each with its SQL in the dialect,
//! plus the whole script. A step that can lose data is listed in `data_loss` and, unless
//! `allow_data_loss` is set, printed as a commented step that says why.

use schema_audit_ddl::{Dialect, ParseOutput, Schema};
use serde::{Deserialize, Serialize};

use crate::options::AuditOptions;

mod compare;
mod plan;

/// What a migration is computed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MigrateOptions {
    pub dialect: Dialect,
    /// Emit steps that can lose data (dropped columns and tables, narrowed types, new NOT
    /// NULL on columns that may hold NULLs) instead of leaving them commented out.
    pub allow_data_loss: bool,
}

/// The kind of one step, in the order kinds run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    CreateSchema,
    CreateSequence,
    RenameTable,
    RenameColumn,
    RenameIndex,
    /// PostgreSQL: a constraint it named after its table or columns, renamed with them.
    RenameConstraint,
    DropForeignKey,
    DropConstraint,
    DropIndex,
    DropDefault,
    CreateTable,
    AddColumn,
    AlterColumn,
    /// A comment with the UPDATE that fills a new NOT NULL column on existing rows.
    Backfill,
    SetNotNull,
    DropColumn,
    SetDefault,
    AddPrimaryKey,
    AddUnique,
    AddCheck,
    CreateIndex,
    AddForeignKey,
    ValidateConstraint,
    TableOption,
    DropTable,
    DropSequence,
    /// A difference the tool cannot migrate by itself; the step is a comment saying what to do.
    Manual,
}

/// One step of a migration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    /// The table the step is about, as written in the script.
    pub table: Option<String>,
    /// What the step changes, in words: `column dbo.Orders.Note`.
    pub object: String,
    /// The statements, terminated, in the dialect. Empty for a manual step.
    pub sql: String,
    /// Why the step can lose data, when it can.
    pub data_loss: Option<String>,
    /// A note printed above the step (assumed renames, edition requirements, backfills).
    pub note: Option<String>,
    /// Whether the step is in `sql` as statements (false: printed as a comment).
    pub emitted: bool,
    /// PostgreSQL steps that cannot run inside a transaction (`CREATE INDEX CONCURRENTLY`).
    pub outside_transaction: bool,
}

/// An ordered migration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Migration {
    pub dialect: Dialect,
    pub allow_data_loss: bool,
    /// One line per step that can lose data, also the script's warning header.
    pub data_loss: Vec<String>,
    pub steps: Vec<Step>,
    /// What the front end could not read in either script (`old line 12: ...`), so the
    /// migration cannot cover it; also listed in the script's header.
    #[serde(default)]
    pub unread: Vec<String>,
    /// The whole script: the header, then every step in order.
    pub sql: String,
}

impl Migration {
    /// Whether the two schemas are the same (no step at all).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// The migration from `old` to `new` (both parsed in `options.dialect`).
pub fn diff(old: &ParseOutput, new: &ParseOutput, options: &MigrateOptions) -> Migration {
    let steps = plan::steps(&old.schema, &new.schema, options.dialect);
    let mut not_read = unread("old", old);
    not_read.extend(unread("new", new));
    assemble(steps, not_read, options)
}

/// The migration from one model to another.
pub fn diff_schemas(old: &Schema, new: &Schema, options: &MigrateOptions) -> Migration {
    let steps = plan::steps(old, new, options.dialect);
    assemble(steps, Vec::new(), options)
}

/// The front end's errors and warnings about one script, a line each.
fn unread(which: &str, parsed: &ParseOutput) -> Vec<String> {
    parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity != schema_audit_ddl::DiagnosticSeverity::Info)
        .map(|d| {
            let message = d.message.replace(['\n', '\r'], " ");
            format!("{which} line {}: {} {message}", d.span.line, d.code)
        })
        .collect()
}

/// Parses both scripts and returns the migration between them.
pub fn diff_sources(old: &str, new: &str, options: &MigrateOptions) -> Migration {
    let old = schema_audit_ddl::parse(old, options.dialect);
    let new = schema_audit_ddl::parse(new, options.dialect);
    diff(&old, &new, options)
}

/// The migration from `source` to its revised schema (what the audit recommends).
pub fn migrate(source: &str, options: &AuditOptions, allow_data_loss: bool) -> Migration {
    let parsed = schema_audit_ddl::parse(source, options.dialect);
    let revision = crate::revise::revise(source, &parsed, options);
    let steps = plan::steps(&parsed.schema, &revision.schema, options.dialect);
    let options = MigrateOptions {
        dialect: options.dialect,
        allow_data_loss,
    };
    assemble(steps, unread("input", &parsed), &options)
}

/// Orders the steps by kind (stable within a kind), decides which run, and writes the script.
fn assemble(mut steps: Vec<Step>, unread: Vec<String>, options: &MigrateOptions) -> Migration {
    use crate::print::migration;
    let dialect = options.dialect;
    steps.sort_by_key(|s| s.kind);
    let mut data_loss = Vec::new();
    for step in &mut steps {
        if let Some(reason) = &step.data_loss {
            data_loss.push(reason.clone());
            step.emitted = options.allow_data_loss;
        }
    }
    let mut header = vec![format!(
        "Migration for {}, written by schema-audit from the two schemas alone.",
        dialect_name(dialect)
    )];
    if steps.is_empty() {
        header.push("The two schemas are the same: nothing to run.".into());
    } else {
        header.push(match dialect {
            Dialect::MsSql => "Run it with sqlcmd or SSMS: GO ends each batch.".into(),
            Dialect::Postgres => "Run it with psql: the steps between BEGIN and COMMIT succeed or fail together; those after COMMIT cannot run in a transaction.".into(),
            Dialect::MySql => "MySQL commits every DDL statement by itself: a failed step leaves the ones before it applied.".into(),
        });
    }
    header.push("Tables, columns, keys, constraints, indexes, sequences and schemas are compared; views, routines, triggers and grants are not.".into());
    if !data_loss.is_empty() {
        if options.allow_data_loss {
            header.push("WARNING: this migration loses data (--allow-data-loss):".into());
        } else {
            header.push(format!(
                "WARNING: {} step{} can lose data and {} left commented out; run with --allow-data-loss to include {}:",
                data_loss.len(),
                if data_loss.len() == 1 { "" } else { "s" },
                if data_loss.len() == 1 { "is" } else { "are" },
                if data_loss.len() == 1 { "it" } else { "them" },
            ));
        }
        header.extend(data_loss.iter().map(|d| format!("  - {d}")));
    }
    if dialect == Dialect::MsSql && steps.iter().any(|s| s.sql.contains("ONLINE = ON")) {
        header.push(migration::ONLINE_NOTE.into());
    }
    if !unread.is_empty() {
        header.push(format!(
            "NOT COVERED: {} thing{} the scripts hold could not be read, so no step covers {}:",
            unread.len(),
            if unread.len() == 1 { "" } else { "s" },
            if unread.len() == 1 { "it" } else { "them" },
        ));
        header.extend(unread.iter().map(|u| format!("  - {u}")));
    }
    let manual = steps.iter().filter(|s| s.kind == StepKind::Manual).count();
    if manual > 0 {
        header.push(format!(
            "{manual} difference{} cannot be migrated automatically: see the MANUAL comments.",
            if manual == 1 { "" } else { "s" }
        ));
    }
    let printed: Vec<(String, bool)> = steps
        .iter()
        .map(|step| {
            let mut text = String::new();
            if let Some(note) = &step.note {
                text.push_str(&migration::commented(note));
            }
            if step.kind == StepKind::Manual {
                text.insert_str(0, &format!("-- MANUAL: {}\n", step.object));
                text.push_str(&migration::commented(&step.sql));
            } else if step.emitted {
                text.push_str(&step.sql);
            } else {
                text.push_str(&format!(
                    "-- LEFT OUT: {}. Include it with --allow-data-loss:\n",
                    step.data_loss.as_deref().unwrap_or("it can lose data")
                ));
                text.push_str(&migration::commented(&step.sql));
            }
            (text, step.outside_transaction)
        })
        .collect();
    let sql = migration::script(dialect, &header, &printed);
    Migration {
        dialect,
        allow_data_loss: options.allow_data_loss,
        data_loss,
        steps,
        unread,
        sql,
    }
}

fn dialect_name(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::MsSql => "SQL Server",
        Dialect::Postgres => "PostgreSQL",
        Dialect::MySql => "MySQL",
    }
}
