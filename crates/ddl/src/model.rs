//! The dialect-neutral schema model that the audit rules read.
//!
//! Everything here is plain data: no sqlparser types leak out, so upgrading sqlparser
//! stays inside this crate. Every element carries the [`Span`] it came from, and
//! expression text is kept verbatim from the source so a revised schema can be printed
//! and parsed again.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The SQL dialect a script is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// SQL Server / Azure SQL (T-SQL). Parsed by this crate's own grammar layer.
    #[default]
    MsSql,
    /// PostgreSQL, mapped from sqlparser's AST.
    Postgres,
    /// MySQL / MariaDB, mapped from sqlparser's AST.
    MySql,
}

impl Dialect {
    /// The name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::MsSql => "mssql",
            Dialect::Postgres => "postgres",
            Dialect::MySql => "mysql",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Dialect {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "mssql" | "tsql" | "sqlserver" => Ok(Dialect::MsSql),
            "postgres" | "postgresql" | "pg" => Ok(Dialect::Postgres),
            "mysql" | "mariadb" => Ok(Dialect::MySql),
            other => Err(format!(
                "unknown dialect `{other}`: expected mssql, postgres or mysql"
            )),
        }
    }
}

/// A source range, 1-based, in characters (not bytes), as sqlparser's tokenizer counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl Span {
    /// The smallest span covering both.
    pub fn to(self, end: Span) -> Span {
        Span {
            line: self.line,
            column: self.column,
            end_line: end.end_line,
            end_column: end.end_column,
        }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiagnosticSeverity {
    /// Something the user wrote is not in the model at all.
    Error,
    /// The object is in the model, but part of it was not understood.
    Warning,
    /// Worth knowing, changes nothing in the model.
    Info,
}

/// A problem found while reading the script. `code` is stable (see [`codes`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: DiagnosticSeverity,
    pub code: String,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    /// The [`codes::INPUT_TOO_LARGE`] error, at line 1: a script over a size limit, of which
    /// nothing was read. `message` says which limit and what to do instead.
    pub fn input_too_large(message: String) -> Self {
        Self::whole_script(codes::INPUT_TOO_LARGE, message)
    }

    /// An error about the whole script, at line 1.
    pub(crate) fn whole_script(code: &str, message: String) -> Self {
        Diagnostic {
            severity: DiagnosticSeverity::Error,
            code: code.to_string(),
            message,
            span: Span {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            },
        }
    }
}

/// The stable diagnostic codes. Tests and suppressions key on these, so never renumber.
pub mod codes {
    /// The tokenizer rejected the text (e.g. an unterminated string); the rest is lost.
    pub const TOKENIZE: &str = "DDL001";
    /// A schema statement could not be read; the object is not in the model.
    pub const STATEMENT_FAILED: &str = "DDL002";
    /// A clause was not understood; the object is in the model without it.
    pub const CLAUSE_NOT_UNDERSTOOD: &str = "DDL003";
    /// Brackets nest deeper than the front end allows.
    pub const NESTING_TOO_DEEP: &str = "DDL004";
    /// A statement the front end does not recognize was skipped.
    pub const UNKNOWN_STATEMENT: &str = "DDL005";
    /// ALTER TABLE or CREATE INDEX names a table not created in the script; what they add is
    /// kept on a placeholder table marked `external`.
    pub const UNKNOWN_TABLE: &str = "DDL006";
    /// ALTER TABLE names a column or constraint not in the model.
    pub const UNKNOWN_MEMBER: &str = "DDL007";
    /// The same table was created twice; the later definition replaces the earlier.
    pub const DUPLICATE_TABLE: &str = "DDL008";
    /// The script is longer than [`crate::MAX_INPUT_BYTES`]; nothing was read.
    pub const INPUT_TOO_LARGE: &str = "DDL009";
    /// This build of the front end cannot read the script's dialect (it was built without the
    /// `postgres-mysql` feature); nothing was read.
    pub const DIALECT_NOT_BUILT: &str = "DDL010";
}

/// What kind of statement one log entry is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    CreateTable,
    CreateIndex,
    AlterTable,
    AlterIndex,
    DropTable,
    DropIndex,
    CreateSequence,
    CreatePartitionFunction,
    CreatePartitionScheme,
    CreateType,
    CreateSchema,
    CreateStatistics,
    ExtendedProperty,
    Procedure,
    Function,
    Trigger,
    View,
    /// Session settings and control flow: SET, USE, PRINT, DECLARE, EXEC, INSERT, ...
    Other(String),
}

/// The outcome of one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementState {
    /// Everything was captured.
    Understood,
    /// The object is in the model; a diagnostic names each clause that was not understood.
    Partial,
    /// A schema statement that is not in the model; a diagnostic says why.
    Failed,
    /// Not a schema statement.
    Skipped,
}

/// One entry of the per-statement log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub kind: StatementKind,
    pub state: StatementState,
    pub span: Span,
    /// The table, index or other object the statement is about, when it names one.
    pub object: Option<String>,
}

/// Totals for one statement kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct KindStats {
    pub total: usize,
    pub understood: usize,
}

/// Totals for the kinds the measured goals track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ByKind {
    pub create_table: KindStats,
    pub create_index: KindStats,
    pub alter_table: KindStats,
}

/// Statement counts for a whole script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StatementStats {
    pub total: usize,
    pub understood: usize,
    pub partial: usize,
    pub failed: usize,
    pub skipped: usize,
    pub by_kind: ByKind,
}

impl StatementStats {
    /// Counts one statement.
    pub fn record(&mut self, kind: &StatementKind, state: StatementState) {
        self.total += 1;
        match state {
            StatementState::Understood => self.understood += 1,
            StatementState::Partial => self.partial += 1,
            StatementState::Failed => self.failed += 1,
            StatementState::Skipped => self.skipped += 1,
        }
        let slot = match kind {
            StatementKind::CreateTable => &mut self.by_kind.create_table,
            StatementKind::CreateIndex => &mut self.by_kind.create_index,
            StatementKind::AlterTable => &mut self.by_kind.alter_table,
            _ => return,
        };
        slot.total += 1;
        if state == StatementState::Understood {
            slot.understood += 1;
        }
    }
}

/// Everything the front end returns for one script. Parsing never fails as a whole.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ParseOutput {
    pub dialect: Dialect,
    pub schema: Schema,
    pub diagnostics: Vec<Diagnostic>,
    pub statements: StatementStats,
    pub statement_log: Vec<StatementRecord>,
}

/// A possibly qualified object name, with brackets and quotes removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct QualifiedName {
    pub database: Option<String>,
    pub schema: Option<String>,
    pub name: String,
}

impl QualifiedName {
    /// A name without schema or database.
    pub fn bare(name: impl Into<String>) -> Self {
        QualifiedName {
            database: None,
            schema: None,
            name: name.into(),
        }
    }

    /// Whether two names denote the same object. Comparison ignores case (SQL Server's
    /// default collation). A missing schema means the default schema, so `T` matches
    /// `dbo.T` (or `public.T`) but not `History.T`. The database part is ignored.
    pub fn same_object(&self, other: &QualifiedName) -> bool {
        if !self.name.eq_ignore_ascii_case(&other.name) {
            return false;
        }
        fn explicit(s: &Option<String>) -> Option<&str> {
            s.as_deref()
                .filter(|s| !(s.eq_ignore_ascii_case("dbo") || s.eq_ignore_ascii_case("public")))
        }
        match (explicit(&self.schema), explicit(&other.schema)) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(db) = &self.database {
            write!(f, "{db}.")?;
        }
        if let Some(schema) = &self.schema {
            write!(f, "{schema}.")?;
        }
        f.write_str(&self.name)
    }
}

/// A comment attached to a table, column or other object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    /// The comment text without `--` or `/* */`, trimmed.
    pub text: String,
    pub span: Span,
}

/// An `sp_addextendedproperty` call other than a table or column description, kept as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtendedProperty {
    pub name: String,
    pub value: String,
    /// The `@level0type/@level0name` ... pairs, e.g. `[("SCHEMA","dbo"),("TABLE","T")]`.
    pub levels: Vec<(String, String)>,
    pub span: Span,
}

/// The whole schema a script describes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Schema {
    pub tables: Vec<Table>,
    pub sequences: Vec<Sequence>,
    pub partition_functions: Vec<PartitionFunction>,
    pub partition_schemes: Vec<PartitionScheme>,
    pub user_types: Vec<UserType>,
    /// Names from CREATE SCHEMA.
    pub schemas: Vec<String>,
    /// Views (their bodies are skipped), kept so indexed views keep their indexes.
    pub views: Vec<View>,
    /// Extended properties that are not a table or column `MS_Description`.
    pub extended_properties: Vec<ExtendedProperty>,
}

impl Schema {
    /// The table with this name (see [`QualifiedName::same_object`]).
    pub fn table(&self, name: &QualifiedName) -> Option<&Table> {
        self.tables.iter().find(|t| t.name.same_object(name))
    }

    /// The table with this name, mutably.
    pub fn table_mut(&mut self, name: &QualifiedName) -> Option<&mut Table> {
        self.tables.iter_mut().find(|t| t.name.same_object(name))
    }
}

/// Positions of tables by lowercase bare name, for finding a table by name without scanning
/// every one: with thousands of tables, a scan per lookup makes a pass quadratic. The
/// positions point into a table list the index does not own; lookups confirm each candidate
/// with [`QualifiedName::same_object`].
#[derive(Debug, Clone, Default)]
pub struct TableIndex(std::collections::HashMap<String, Vec<usize>>);

impl TableIndex {
    /// The index of every table in `tables`.
    pub fn of(tables: &[Table]) -> Self {
        let mut index = TableIndex::default();
        for (position, table) in tables.iter().enumerate() {
            index.insert(&table.name, position);
        }
        index
    }

    /// Records that the table at `position` is called `name`.
    pub fn insert(&mut self, name: &QualifiedName, position: usize) {
        self.0
            .entry(name.name.to_ascii_lowercase())
            .or_default()
            .push(position);
    }

    /// Appends `table` to `tables` and records it.
    pub fn push(&mut self, tables: &mut Vec<Table>, table: Table) {
        self.insert(&table.name, tables.len());
        tables.push(table);
    }

    /// The recorded positions of tables whose bare name is `bare` (any case), in the order
    /// recorded.
    pub fn named(&self, bare: &str) -> impl Iterator<Item = usize> + '_ {
        self.0
            .get(&bare.to_ascii_lowercase())
            .into_iter()
            .flatten()
            .copied()
    }

    /// The position in `tables` of the recorded table that `name` denotes.
    pub fn find(&self, tables: &[Table], name: &QualifiedName) -> Option<usize> {
        self.named(&name.name)
            .find(|&i| tables.get(i).is_some_and(|t| t.name.same_object(name)))
    }

    /// The recorded table that `name` denotes, mutably.
    pub fn find_mut<'t>(
        &self,
        tables: &'t mut [Table],
        name: &QualifiedName,
    ) -> Option<&'t mut Table> {
        let position = self.find(tables, name)?;
        tables.get_mut(position)
    }
}

/// A view: only its name and the indexes created on it (indexed views).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct View {
    pub name: QualifiedName,
    pub span: Span,
    pub indexes: Vec<Index>,
}

/// A table, with everything later ALTER TABLE and CREATE INDEX statements added.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Table {
    pub name: QualifiedName,
    pub span: Span,
    pub columns: Vec<Column>,
    pub primary_key: Option<KeyConstraint>,
    pub unique_constraints: Vec<KeyConstraint>,
    pub foreign_keys: Vec<ForeignKey>,
    pub checks: Vec<Check>,
    /// Inline indexes and those from CREATE INDEX, in source order.
    pub indexes: Vec<Index>,
    pub options: TableOptions,
    /// Comments just before the statement and those inside it not attached to a column.
    pub comments: Vec<Comment>,
    /// `MS_Description` from `sp_addextendedproperty`.
    pub description: Option<String>,
    /// `#temp` and `##global` tables.
    pub is_temporary: bool,
    /// Not created in this script: a placeholder holding what ALTER TABLE and CREATE INDEX
    /// statements added to a table defined elsewhere (e.g. a migration script). Its columns
    /// and keys are incomplete, so rules about whole tables should skip it.
    pub external: bool,
}

impl Table {
    /// The column with this name, ignoring case.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The column with this name, ignoring case, mutably.
    pub fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns
            .iter_mut()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
}

/// Where a table or index is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Storage {
    /// `ON [PRIMARY]`, `ON FG_Data`, `ON "default"`.
    Filegroup(String),
    /// `ON PS_Date(OrderDate)`.
    PartitionScheme { scheme: String, column: String },
}

/// `DURABILITY = ...` of a memory-optimized table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Durability {
    SchemaAndData,
    SchemaOnly,
}

/// `SYSTEM_VERSIONING = ON (...)`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SystemVersioning {
    pub enabled: bool,
    pub history_table: Option<QualifiedName>,
    /// `HISTORY_RETENTION_PERIOD`, verbatim, e.g. `6 MONTHS` or `INFINITE`.
    pub retention: Option<String>,
    pub data_consistency_check: Option<bool>,
}

/// `PERIOD FOR SYSTEM_TIME (start, end)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub start_column: String,
    pub end_column: String,
    pub span: Span,
}

/// `LEDGER = ON [(APPEND_ONLY = ON, ...)]`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Ledger {
    pub enabled: bool,
    pub append_only: bool,
}

/// Graph tables: `AS NODE` / `AS EDGE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GraphKind {
    Node,
    Edge,
}

/// A `name = value` option kept verbatim, for WITH lists the model has no field for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionValue {
    /// Upper-cased option name, e.g. `FILLFACTOR`.
    pub name: String,
    /// Value text as written, e.g. `90`, `PAGE`, `(0, 0, 500, 200)`.
    pub value: String,
}

/// Everything after the column list: WITH options, storage, graph and filetable.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TableOptions {
    pub memory_optimized: bool,
    pub durability: Option<Durability>,
    pub system_versioning: Option<SystemVersioning>,
    pub period_for_system_time: Option<Period>,
    /// `DATA_COMPRESSION`, upper-cased (`NONE`, `ROW`, `PAGE`, ...).
    pub data_compression: Option<String>,
    pub ledger: Option<Ledger>,
    pub storage: Option<Storage>,
    pub textimage_on: Option<String>,
    pub filestream_on: Option<String>,
    /// `LOCK_ESCALATION` from ALTER TABLE SET, upper-cased.
    pub lock_escalation: Option<String>,
    pub graph: Option<GraphKind>,
    pub filetable: bool,
    /// WITH options the model has no field for, e.g. `FILETABLE_DIRECTORY`, `REMOTE_DATA_ARCHIVE`.
    pub other: Vec<OptionValue>,
    /// MySQL `ENGINE=...`: the value only, e.g. `InnoDB`.
    pub engine: Option<String>,
    /// MySQL `[DEFAULT] CHARSET=x` / `CHARACTER SET x`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
    /// MySQL `[DEFAULT] COLLATE=x`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<String>,
    /// MySQL `AUTO_INCREMENT=n`: the next value, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_increment: Option<String>,
    /// MySQL `ROW_FORMAT=x`, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_format: Option<String>,
    /// MySQL `KEY_BLOCK_SIZE=n`, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_block_size: Option<String>,
    /// PostgreSQL `CREATE UNLOGGED TABLE`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub unlogged: bool,
    /// PostgreSQL `WITH (fillfactor = 70, ...)` storage parameters, names lower-cased,
    /// values as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub storage_parameters: Vec<OptionValue>,
    /// PostgreSQL `TABLESPACE x`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<String>,
    /// PostgreSQL `INHERITS (parent, ...)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherits: Vec<QualifiedName>,
    /// How the table is partitioned, verbatim after `PARTITION BY`: PostgreSQL
    /// `RANGE (created_at)`, MySQL `RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN ...)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_by: Option<String>,
    /// PostgreSQL `CREATE TABLE c PARTITION OF p FOR VALUES ...` or
    /// `ALTER TABLE p ATTACH PARTITION c FOR VALUES ...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_of: Option<PartitionOf>,
}

/// The parent of a PostgreSQL partition and the bound the partition holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionOf {
    pub parent: QualifiedName,
    /// Verbatim after the parent: `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')` or
    /// `DEFAULT`.
    pub bound: String,
}

impl TableOptions {
    /// The system-versioning settings when versioning is switched on (`SYSTEM_VERSIONING = ON`).
    pub fn enabled_system_versioning(&self) -> Option<&SystemVersioning> {
        self.system_versioning.as_ref().filter(|v| v.enabled)
    }
}

/// The families a column type is normalized to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TypeFamily {
    Int,
    BigInt,
    SmallInt,
    TinyInt,
    Bit,
    Decimal,
    Numeric,
    Money,
    SmallMoney,
    Float,
    Real,
    Char,
    NChar,
    VarChar,
    NVarChar,
    Text,
    NText,
    Binary,
    VarBinary,
    Image,
    Date,
    Time,
    DateTime,
    DateTime2,
    SmallDateTime,
    DateTimeOffset,
    UniqueIdentifier,
    Xml,
    Json,
    Vector,
    Geometry,
    Geography,
    HierarchyId,
    SqlVariant,
    RowVersion,
    Boolean,
    /// PostgreSQL `INTERVAL`.
    Interval,
    /// PostgreSQL/MySQL `ENUM(...)`, values in `DataType::args`.
    Enum,
    /// An alias or CLR type declared with CREATE TYPE (or not known to be built in).
    UserDefined(String),
    /// A built-in type of another dialect without its own family here.
    Other(String),
    /// No type was written: computed columns.
    Unknown,
}

/// A declared length: `MAX` or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Length {
    Max,
    /// Characters for the character types, bytes for the binary types, dimensions for VECTOR.
    Chars(u32),
}

/// A column's type, normalized, with the raw text kept for re-emitting DDL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataType {
    pub family: TypeFamily,
    pub length: Option<Length>,
    pub precision: Option<u32>,
    pub scale: Option<u32>,
    /// The type exactly as written, e.g. `[nvarchar](max)` or `VECTOR(1536, float16)`.
    pub raw: String,
    /// Arguments not covered above, verbatim (e.g. `float16` of a VECTOR, ENUM values).
    pub args: Vec<String>,
}

impl DataType {
    /// A type with only a family and its raw text.
    pub fn simple(family: TypeFamily, raw: impl Into<String>) -> Self {
        DataType {
            family,
            length: None,
            precision: None,
            scale: None,
            raw: raw.into(),
            args: Vec::new(),
        }
    }

    /// Whether values may live off-row as large objects (MAX types, TEXT, IMAGE, XML, JSON...).
    pub fn is_lob(&self) -> bool {
        use TypeFamily as F;
        match self.family {
            F::Text | F::NText | F::Image | F::Xml | F::Json | F::Geometry | F::Geography => true,
            F::VarChar | F::NVarChar | F::VarBinary => self.length == Some(Length::Max),
            _ => false,
        }
    }

    /// Whether this is a character type (fixed or variable, Unicode or not).
    pub fn is_character(&self) -> bool {
        use TypeFamily as F;
        matches!(
            self.family,
            F::Char | F::NChar | F::VarChar | F::NVarChar | F::Text | F::NText
        )
    }

    /// The most bytes a value takes in the row, when that is bounded and known.
    /// `None` for LOBs, user-defined and unknown types.
    pub fn byte_width_estimate(&self) -> Option<u32> {
        use TypeFamily as F;
        let chars = match self.length {
            Some(Length::Chars(n)) => Some(n),
            Some(Length::Max) => return None,
            None => None,
        };
        let precision_bytes = |p: Option<u32>| match p.unwrap_or(18) {
            0..=9 => 5,
            10..=19 => 9,
            20..=28 => 13,
            _ => 17,
        };
        let time_bytes = |scale: Option<u32>| match scale.unwrap_or(7) {
            0..=2 => 3,
            3..=4 => 4,
            _ => 5,
        };
        Some(match &self.family {
            F::TinyInt | F::Bit | F::Boolean => 1,
            F::SmallInt => 2,
            F::Int | F::Real | F::SmallMoney | F::SmallDateTime | F::Date => {
                if self.family == F::Date {
                    3
                } else {
                    4
                }
            }
            F::BigInt | F::Money | F::DateTime | F::RowVersion => 8,
            F::Float => match self.precision {
                Some(p) if p <= 24 => 4,
                _ => 8,
            },
            F::Decimal | F::Numeric => precision_bytes(self.precision),
            F::Char | F::VarChar | F::Binary | F::VarBinary => chars.unwrap_or(1),
            F::NChar | F::NVarChar => chars.unwrap_or(1).saturating_mul(2),
            F::Time => time_bytes(self.scale),
            F::DateTime2 => time_bytes(self.scale) + 3,
            F::DateTimeOffset => time_bytes(self.scale) + 5,
            F::UniqueIdentifier => 16,
            F::HierarchyId => 892,
            F::SqlVariant => 8016,
            F::Vector => chars.unwrap_or(0).saturating_mul(4).saturating_add(8),
            _ => return None,
        })
    }
}

/// `IDENTITY(seed, increment) [NOT FOR REPLICATION]`; PostgreSQL SERIAL and
/// `GENERATED ... AS IDENTITY`, MySQL AUTO_INCREMENT.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    /// Seed as written (`1` when omitted).
    pub seed: String,
    /// Increment as written (`1` when omitted).
    pub increment: String,
    pub not_for_replication: bool,
    /// How the identity was declared, so a printer can write it back in its own syntax.
    #[serde(default, skip_serializing_if = "is_default")]
    pub style: IdentityStyle,
    /// PostgreSQL `GENERATED ... AS IDENTITY (START WITH 10 INCREMENT BY 5)`: the sequence
    /// options verbatim, without their parentheses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<String>,
}

/// The syntax an identity column was declared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityStyle {
    /// T-SQL `IDENTITY(seed, increment)`.
    #[default]
    Identity,
    /// PostgreSQL `serial`, `bigserial`, `smallserial` (a pseudo-type: the column's
    /// `data_type.raw` keeps the word, its family is the integer it stands for).
    Serial,
    /// PostgreSQL `GENERATED ALWAYS AS IDENTITY`.
    GeneratedAlways,
    /// PostgreSQL `GENERATED BY DEFAULT AS IDENTITY`.
    GeneratedByDefault,
    /// MySQL `AUTO_INCREMENT`.
    AutoIncrement,
}

/// Whether a value is its type's default, for `skip_serializing_if`.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A column default, with its constraint name when it has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DefaultValue {
    pub constraint_name: Option<String>,
    /// The expression verbatim, including its outer parentheses, e.g. `((0))`.
    pub expression: String,
    pub span: Span,
}

/// A computed column: T-SQL `Total AS (Qty * Price) PERSISTED`, PostgreSQL
/// `GENERATED ALWAYS AS (expr) STORED|VIRTUAL`, MySQL `[GENERATED ALWAYS] AS (expr)
/// VIRTUAL|STORED`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Computed {
    /// The expression verbatim as written after AS.
    pub expression: String,
    /// Stored in the row: T-SQL `PERSISTED`, PostgreSQL and MySQL `STORED`. False for
    /// virtual columns (T-SQL without PERSISTED, `VIRTUAL`, MySQL without a mode).
    pub persisted: bool,
}

/// `GENERATED ALWAYS AS ...` for temporal and ledger tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeneratedAlways {
    RowStart,
    RowEnd,
    /// Ledger and other forms, e.g. `TRANSACTION_ID START`, verbatim.
    Other(String),
}

/// `ENCRYPTED WITH (COLUMN_ENCRYPTION_KEY = k, ENCRYPTION_TYPE = ..., ALGORITHM = ...)`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Encryption {
    pub column_encryption_key: Option<String>,
    /// `DETERMINISTIC` or `RANDOMIZED`.
    pub encryption_type: Option<String>,
    pub algorithm: Option<String>,
}

/// One column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub span: Span,
    /// `TypeFamily::Unknown` (raw empty) for computed columns, which declare no type.
    pub data_type: DataType,
    /// Whether NULL is allowed. When not written, SQL Server's default (nullable) applies,
    /// except for PRIMARY KEY columns, which are NOT NULL.
    pub nullable: bool,
    /// Whether NULL / NOT NULL was written.
    pub nullable_explicit: bool,
    pub identity: Option<Identity>,
    pub default: Option<DefaultValue>,
    pub computed: Option<Computed>,
    pub generated_always: Option<GeneratedAlways>,
    pub hidden: bool,
    pub filestream: bool,
    pub rowguidcol: bool,
    pub sparse: bool,
    /// `XML COLUMN_SET FOR ALL_SPARSE_COLUMNS`.
    pub column_set: bool,
    pub collation: Option<String>,
    /// The masking function, e.g. `email()`.
    pub masked: Option<String>,
    pub encrypted: Option<Encryption>,
    pub comments: Vec<Comment>,
    pub description: Option<String>,
    /// MySQL `UNSIGNED` integer types.
    pub unsigned: bool,
    /// MySQL `ZEROFILL`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub zerofill: bool,
    /// MySQL `ON UPDATE CURRENT_TIMESTAMP[(n)]`: the expression verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_update: Option<String>,
    /// MySQL `CHARACTER SET x` of the column, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
}

impl Column {
    /// A nullable column of this type with nothing else set.
    pub fn new(name: impl Into<String>, data_type: DataType, span: Span) -> Self {
        Column {
            name: name.into(),
            span,
            data_type,
            nullable: true,
            nullable_explicit: false,
            identity: None,
            default: None,
            computed: None,
            generated_always: None,
            hidden: false,
            filestream: false,
            rowguidcol: false,
            sparse: false,
            column_set: false,
            collation: None,
            masked: None,
            encrypted: None,
            comments: Vec::new(),
            description: None,
            unsigned: false,
            zerofill: false,
            on_update: None,
            charset: None,
        }
    }
}

/// How a key or index is organized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clustering {
    Clustered,
    #[serde(rename = "nonclustered")]
    NonClustered,
    /// Memory-optimized hash; `bucket_count` from `WITH (BUCKET_COUNT = n)`.
    Hash {
        bucket_count: Option<u64>,
    },
    /// Not written; SQL Server makes a PRIMARY KEY clustered and a UNIQUE nonclustered
    /// unless a clustered index already exists.
    #[default]
    Unspecified,
}

/// One key column of an index or key constraint.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct IndexColumn {
    /// The column name, bare; for an expression column, the expression verbatim.
    pub name: String,
    pub descending: bool,
    /// `name` is an expression (`lower(email)`, MySQL 8 `((expr))`), not a column.
    #[serde(default, skip_serializing_if = "is_default")]
    pub expression: bool,
    /// PostgreSQL operator class, e.g. `gin_trgm_ops`, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opclass: Option<String>,
    /// MySQL prefix length: `KEY (name(191))` indexes the first 191 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix_length: Option<u32>,
    /// PostgreSQL `NULLS FIRST` (true) or `NULLS LAST` (false), when written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nulls_first: Option<bool>,
}

impl IndexColumn {
    /// A plain ascending key column.
    pub fn named(name: impl Into<String>) -> Self {
        IndexColumn {
            name: name.into(),
            ..IndexColumn::default()
        }
    }
}

/// PRIMARY KEY or UNIQUE.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyConstraint {
    pub name: Option<String>,
    pub span: Span,
    pub columns: Vec<IndexColumn>,
    pub clustering: Clustering,
    /// `WITH (...)` options other than BUCKET_COUNT, e.g. FILLFACTOR, PAD_INDEX.
    pub options: Vec<OptionValue>,
    pub storage: Option<Storage>,
}

/// ON DELETE / ON UPDATE actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferentialAction {
    NoAction,
    Cascade,
    SetNull,
    SetDefault,
    Restrict,
}

/// A FOREIGN KEY, table- or column-level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub span: Span,
    pub columns: Vec<String>,
    pub referenced_table: QualifiedName,
    /// Empty when the target's primary key is implied.
    pub referenced_columns: Vec<String>,
    pub on_delete: Option<ReferentialAction>,
    pub on_update: Option<ReferentialAction>,
    pub not_for_replication: bool,
    /// Added `WITH NOCHECK`: existing rows were not checked, so the key is not trusted.
    pub nocheck: bool,
    /// Disabled by `ALTER TABLE ... NOCHECK CONSTRAINT`.
    pub disabled: bool,
    /// PostgreSQL `DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]` / `NOT DEFERRABLE`, verbatim
    /// (upper-cased words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deferrable: Option<String>,
    /// `MATCH FULL|PARTIAL|SIMPLE`: the word after MATCH, upper-cased.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_kind: Option<String>,
}

/// A CHECK constraint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub name: Option<String>,
    pub span: Span,
    /// The predicate verbatim, including its outer parentheses.
    pub expression: String,
    /// Columns of the table the predicate mentions, in the table's spelling, deduplicated.
    pub columns: Vec<String>,
    pub not_for_replication: bool,
    pub nocheck: bool,
    pub disabled: bool,
}

/// The kinds of index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKind {
    Clustered,
    /// Also what CREATE INDEX without CLUSTERED makes.
    #[default]
    #[serde(rename = "nonclustered")]
    NonClustered,
    Hash,
    ClusteredColumnstore,
    #[serde(rename = "nonclustered_columnstore")]
    NonClusteredColumnstore,
    Spatial,
    Xml,
    #[serde(rename = "fulltext")]
    FullText,
    Vector,
    Json,
}

/// Where an index was declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexOrigin {
    /// `INDEX ix ...` inside CREATE TABLE (or ALTER TABLE ADD INDEX).
    Inline,
    #[default]
    CreateIndex,
}

/// An index, inline or from CREATE INDEX.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// `None` only for FULLTEXT indexes, which have no name.
    pub name: Option<String>,
    pub span: Span,
    pub kind: IndexKind,
    pub unique: bool,
    pub columns: Vec<IndexColumn>,
    pub include: Vec<String>,
    /// The WHERE predicate verbatim, without the WHERE keyword.
    pub filter: Option<String>,
    /// `WITH (...)` options upper-cased by name: BUCKET_COUNT, DATA_COMPRESSION, FILLFACTOR,
    /// CELLS_PER_OBJECT, BOUNDING_BOX, ...
    pub options: Vec<OptionValue>,
    pub storage: Option<Storage>,
    pub origin: IndexOrigin,
    /// Clauses specific to one kind, verbatim: `USING` (spatial grid, XML primary index),
    /// `FOR` (secondary XML), `ORDER` (columnstore), `KEY INDEX` (fulltext), `PRIMARY` (XML).
    pub extra: Vec<OptionValue>,
    pub comments: Vec<Comment>,
    /// Description from `sp_addextendedproperty` on the index.
    pub description: Option<String>,
    /// The access method, lower-cased: PostgreSQL `USING gin|gist|brin|hash|btree|spgist`,
    /// MySQL `USING BTREE|HASH`. `None` when not written (the server's default, btree).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

impl Index {
    /// The value of a WITH option, by upper-case name.
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name))
            .map(|o| o.value.as_str())
    }
}

/// CREATE SEQUENCE.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sequence {
    pub name: QualifiedName,
    pub span: Span,
    pub data_type: Option<DataType>,
    pub start: Option<String>,
    pub increment: Option<String>,
    pub min_value: Option<String>,
    pub max_value: Option<String>,
    pub cycle: bool,
    /// `CACHE n`, `Some("")` for CACHE without a size; `None` when not written.
    pub cache: Option<String>,
    pub no_cache: bool,
    pub comments: Vec<Comment>,
    /// PostgreSQL `ALTER SEQUENCE s OWNED BY t.c` (or a serial column's own sequence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<ColumnRef>,
}

/// A column of a table, named from outside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnRef {
    pub table: QualifiedName,
    pub column: String,
}

/// RANGE LEFT / RANGE RIGHT of a partition function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RangeDirection {
    #[default]
    Left,
    Right,
}

/// CREATE PARTITION FUNCTION.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartitionFunction {
    pub name: String,
    pub span: Span,
    pub input_type: DataType,
    pub range: RangeDirection,
    /// Boundary values verbatim.
    pub boundaries: Vec<String>,
}

/// CREATE PARTITION SCHEME.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartitionScheme {
    pub name: String,
    pub span: Span,
    pub function: String,
    /// `ALL TO (fg)`.
    pub all_to: bool,
    pub filegroups: Vec<String>,
}

/// CREATE TYPE: an alias (`FROM nvarchar(50)`), a table type (`AS TABLE (...)`) or a CLR
/// type (`EXTERNAL NAME ...`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserType {
    pub name: QualifiedName,
    pub span: Span,
    pub base_type: Option<DataType>,
    /// NULL / NOT NULL of an alias type, when written.
    pub nullable: Option<bool>,
    /// The columns, keys, indexes and options of a table type.
    pub table: Option<Box<Table>>,
    pub external_name: Option<String>,
    pub description: Option<String>,
}

#[cfg(test)]
mod table_index_tests {
    use super::*;

    fn name(text: &str) -> QualifiedName {
        match text.split_once('.') {
            Some((schema, bare)) => QualifiedName {
                schema: Some(schema.into()),
                ..QualifiedName::bare(bare)
            },
            None => QualifiedName::bare(text),
        }
    }

    fn tables(names: &[&str]) -> Vec<Table> {
        let table = |n: &&str| Table {
            name: name(n),
            ..Table::default()
        };
        names.iter().map(table).collect()
    }

    #[test]
    fn finds_what_same_object_finds() {
        let list = tables(&["dbo.Orders", "Sales.Orders", "Customer", "history.ORDERS"]);
        let index = TableIndex::of(&list);
        let cases = [
            ("Orders", Some(0)),
            ("dbo.orders", Some(0)),
            ("public.Orders", Some(0)),
            ("sales.ORDERS", Some(1)),
            ("History.Orders", Some(3)),
            ("dbo.Customer", Some(2)),
            ("Other.Customer", None),
            ("Missing", None),
        ];
        for (wanted, expected) in cases {
            let scan = list.iter().position(|t| t.name.same_object(&name(wanted)));
            assert_eq!(index.find(&list, &name(wanted)), expected, "{wanted}");
            assert_eq!(scan, expected, "{wanted}: the index agrees with a scan");
        }
        assert_eq!(index.named("orders").collect::<Vec<_>>(), vec![0, 1, 3]);
    }

    #[test]
    fn pushing_records_the_new_position_and_a_subset_finds_only_its_own() {
        let mut list = tables(&["A"]);
        let mut index = TableIndex::of(&list);
        index.push(&mut list, tables(&["s.B"]).remove(0));
        assert_eq!(index.find(&list, &name("S.b")), Some(1));
        if let Some(table) = index.find_mut(&mut list, &name("a")) {
            table.span.line = 7;
        }
        assert_eq!(list[0].span.line, 7);
        // An index of some positions only (say, the tables a pass changed).
        let mut changed = TableIndex::default();
        changed.insert(&list[1].name, 1);
        assert_eq!(changed.find(&list, &name("s.B")), Some(1));
        assert_eq!(changed.find(&list, &name("A")), None);
        // A recorded position past the list is never returned.
        changed.insert(&name("C"), 9);
        assert_eq!(changed.find(&list, &name("C")), None);
    }
}
