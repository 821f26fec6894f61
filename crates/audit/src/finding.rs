//! What a rule reports: severities, categories, findings and fixes.

use schema_audit_ddl::{
    Check, Column, DataType, Durability, ForeignKey, Index, KeyConstraint, OptionValue,
    QualifiedName, Span,
};
use serde::{Deserialize, Serialize};

/// How bad a finding is. The order matters: `Critical` is the greatest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Critical, Severity::Warning, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// The area of design a rule judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Security,
    Integrity,
    Types,
    Indexing,
    Storage,
    Durability,
    Architecture,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Security,
        Category::Integrity,
        Category::Types,
        Category::Indexing,
        Category::Storage,
        Category::Durability,
        Category::Architecture,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Security => "security",
            Category::Integrity => "integrity",
            Category::Types => "types",
            Category::Indexing => "indexing",
            Category::Storage => "storage",
            Category::Durability => "durability",
            Category::Architecture => "architecture",
        }
    }
}

/// Whether a fix can be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the data and its meaning; the revised schema applies it.
    Safe,
    /// Runnable as written, but needs a decision (data may be lost, or existing code may
    /// break); shown but never applied.
    Unsafe,
    /// Needs values only the user knows: the statement holds `/* ... */` placeholders and
    /// does not run until they are filled in.
    Manual,
}

/// A fix is data: the statement a human would run, plus the edit the revised schema applies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    /// What the fix does, in one sentence.
    pub description: String,
    /// The T-SQL statement(s) or rewritten column that resolve the finding.
    pub sql: String,
    /// The structured change `revise` applies; skipped in JSON because `sql` says the same.
    #[serde(skip)]
    pub edit: Option<Edit>,
}

/// A structural change to the model, applied by `revise` to the table the finding is on
/// (or, for [`Edit::AddIndexTo`], to another table).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Appends a column.
    AddColumn(Box<Column>),
    /// Replaces a column's type, keeping everything else.
    ChangeType {
        column: String,
        data_type: DataType,
    },
    /// Replaces (or with `None`, removes) a column's DEFAULT expression.
    SetDefault {
        column: String,
        expression: Option<String>,
    },
    AddPrimaryKey(KeyConstraint),
    AddCheck(Check),
    AddForeignKey(ForeignKey),
    /// Adds an index (inline on memory-optimized tables, CREATE INDEX otherwise).
    AddIndex(Index),
    /// Adds an index to another table, e.g. a columnstore on a history table.
    AddIndexTo {
        table: QualifiedName,
        index: Index,
    },
    DropIndex {
        name: String,
    },
    /// Sets (or replaces) one WITH option of a named index.
    SetIndexOption {
        index: String,
        option: OptionValue,
    },
    SetCompression(String),
    SetDurability(Durability),
}

/// One problem found in one table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable and unique within a report: `table:rule`, plus `:key` when a rule fires more than once.
    pub id: String,
    pub rule: &'static str,
    pub severity: Severity,
    pub category: Category,
    /// Schema-qualified, without brackets.
    pub table: String,
    pub columns: Vec<String>,
    /// One sentence, identifiers in backticks.
    pub message: String,
    pub fix: Option<Fix>,
    pub span: Span,
}
