//! What a rule reports: severities, categories, findings and fixes.

use schema_audit_ddl::{
    Check, Column, DataType, DefaultValue, Durability, ForeignKey, Index, KeyConstraint,
    OptionValue, QualifiedName, Span, Table,
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

impl Edit {
    /// Applies the edit to `table` (for [`Edit::AddIndexTo`], the table it names, which the
    /// caller looks up); returns whether anything changed. The one place edits change a
    /// table: the revision applies them to the model, the printer to a statement's own table.
    pub fn apply_to(&self, table: &mut Table) -> bool {
        match self {
            Edit::AddColumn(column) => {
                if table.column(&column.name).is_some() {
                    return false;
                }
                table.columns.push(column.as_ref().clone());
                true
            }
            Edit::ChangeType { column, data_type } => match table.column_mut(column) {
                Some(c) if c.data_type != *data_type => {
                    c.data_type = data_type.clone();
                    true
                }
                _ => false,
            },
            Edit::SetDefault { column, expression } => {
                let Some(c) = table.column_mut(column) else {
                    return false;
                };
                if c.default.as_ref().map(|d| d.expression.as_str()) == expression.as_deref() {
                    return false;
                }
                c.default = expression.as_ref().map(|e| DefaultValue {
                    constraint_name: c.default.as_ref().and_then(|d| d.constraint_name.clone()),
                    expression: e.clone(),
                    span: Span::default(),
                });
                true
            }
            Edit::AddPrimaryKey(key) => {
                if table.primary_key.is_some() {
                    return false;
                }
                table.primary_key = Some(key.clone());
                true
            }
            Edit::AddCheck(check) => {
                if table.checks.iter().any(|c| c.name == check.name) {
                    return false;
                }
                table.checks.push(check.clone());
                true
            }
            Edit::AddForeignKey(fk) => {
                if table.foreign_keys.iter().any(|f| f.columns == fk.columns) {
                    return false;
                }
                table.foreign_keys.push(fk.clone());
                true
            }
            Edit::AddIndex(index) | Edit::AddIndexTo { index, .. } => {
                if table.indexes.iter().any(|i| i.name == index.name) {
                    return false;
                }
                table.indexes.push(index.clone());
                true
            }
            Edit::DropIndex { name } => {
                let before = table.indexes.len();
                table
                    .indexes
                    .retain(|i| i.name.as_deref() != Some(name.as_str()));
                table.indexes.len() != before
            }
            Edit::SetIndexOption { index, option } => {
                let Some(target) = table
                    .indexes
                    .iter_mut()
                    .find(|i| i.name.as_deref() == Some(index.as_str()))
                else {
                    return false;
                };
                if target.option(&option.name) == Some(option.value.as_str()) {
                    return false;
                }
                target
                    .options
                    .retain(|o| !o.name.eq_ignore_ascii_case(&option.name));
                target.options.push(option.clone());
                true
            }
            Edit::SetCompression(setting) => {
                if table.options.data_compression.as_deref() == Some(setting.as_str()) {
                    return false;
                }
                table.options.data_compression = Some(setting.clone());
                true
            }
            Edit::SetDurability(durability) => {
                if table.options.durability == Some(*durability) {
                    return false;
                }
                table.options.durability = Some(*durability);
                true
            }
        }
    }
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
