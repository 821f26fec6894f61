//! Capability candidacy: memory-optimized, columnstore, partitioning, compression.
//!
//! Memory-optimized tables and columnstore are SQL Server features: for PostgreSQL and MySQL
//! they are "not available", with the dialect's nearest tool named where it has one.
//! Partitioning and compression are judged in every dialect and recommended in its own form
//! (declarative `PARTITION BY RANGE`, TOAST lz4, InnoDB compressed pages).
//!
//! Each judgement is a 0-100 score with its reasons, so a reader can disagree with a reason
//! rather than with a number. The scores follow the seed audits' scale: 100 means "already
//! done or clearly right", 60-70 "moderate benefit", 10-30 "not worth it".

use schema_audit_ddl::{Dialect, Length, Storage, TypeFamily};
use serde::Serialize;

use crate::context::TableContext;
use crate::naming;
use crate::print::advice;
use crate::roles::TableRole;

/// One capability's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capability {
    pub score: u8,
    pub status: CapabilityStatus,
    /// One sentence: what to do.
    pub recommendation: String,
    pub reasons: Vec<String>,
    pub blockers: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_key: Option<String>,
    /// For compression: `PAGE`, `ROW` or `NONE` (SQL Server), `lz4` (PostgreSQL),
    /// `ROW_FORMAT=COMPRESSED` (MySQL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_setting: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_saving: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CapabilityStatus {
    /// The table already uses it.
    InUse,
    Candidate,
    NotRecommended,
    /// The dialect has no such feature.
    NotAvailable,
}

/// All four capabilities of one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capabilities {
    pub memory_optimized: Capability,
    pub columnstore: Capability,
    pub partitioning: Capability,
    pub compression: Capability,
}

pub fn assess(ctx: &TableContext<'_>) -> Capabilities {
    Capabilities {
        memory_optimized: memory_optimized(ctx),
        columnstore: columnstore(ctx),
        partitioning: partitioning(ctx),
        compression: compression(ctx),
    }
}

fn capability(score: i32, recommendation: String, reasons: Vec<String>) -> Capability {
    let score = score.clamp(0, 100) as u8;
    Capability {
        score,
        status: if score >= 50 {
            CapabilityStatus::Candidate
        } else {
            CapabilityStatus::NotRecommended
        },
        recommendation,
        reasons,
        blockers: Vec::new(),
        suggested_key: None,
        suggested_setting: None,
        estimated_saving: None,
    }
}

fn in_use(recommendation: &str, reason: String) -> Capability {
    Capability {
        status: CapabilityStatus::InUse,
        ..capability(100, recommendation.to_string(), vec![reason])
    }
}

/// "Not applicable" for a SQL Server feature in another dialect, with what that dialect
/// offers instead (or why its look-alike is not one).
fn not_available(ctx: &TableContext<'_>, feature: &str, instead: &str) -> Option<Capability> {
    (ctx.dialect() != Dialect::MsSql).then(|| Capability {
        status: CapabilityStatus::NotAvailable,
        ..capability(
            0,
            format!(
                "{feature} is a SQL Server feature; not applicable to {}. {instead}",
                dialect_name(ctx.dialect())
            ),
            Vec::new(),
        )
    })
}

fn dialect_name(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::MsSql => "SQL Server",
        Dialect::Postgres => "PostgreSQL",
        Dialect::MySql => "MySQL",
    }
}

/// Columns and features memory-optimized tables cannot have.
/// Roles whose rows are scanned, loaded in bulk or owned by someone else, so keeping them in
/// memory is the wrong tool.
fn memory_unsuited_role(role: TableRole) -> Option<&'static str> {
    match role {
        TableRole::Fact | TableRole::Dimension => {
            Some("warehouse table: scanned in bulk, which columnstore serves and memory does not")
        }
        TableRole::Staging => Some("staging table: loaded in bulk and truncated"),
        TableRole::Vendor => Some("a vendor's table: its storage is the vendor's choice"),
        TableRole::Log | TableRole::History => {
            Some("append-only and ever-growing: memory cost grows with it")
        }
        _ => None,
    }
}

pub fn memory_optimized_blockers(ctx: &TableContext<'_>) -> Vec<String> {
    let mut blockers = Vec::new();
    for column in &ctx.table.columns {
        let t = &column.data_type;
        let why = match t.family {
            TypeFamily::Geometry | TypeFamily::Geography => Some("spatial type"),
            TypeFamily::Xml => Some("XML type"),
            TypeFamily::Text | TypeFamily::NText | TypeFamily::Image => Some("deprecated LOB type"),
            TypeFamily::Json => Some("JSON type (limited support)"),
            _ if t.length == Some(Length::Max) => Some("LOB column"),
            _ if column.filestream => Some("FILESTREAM"),
            _ => None,
        };
        if let Some(why) = why {
            blockers.push(format!("`{}` {} ({why})", column.name, t.raw));
        }
    }
    if ctx.roles.temporal {
        blockers.push("system versioning".to_string());
    }
    if ctx.roles.columnstore || ctx.roles.nc_columnstore {
        blockers.push("columnstore index".to_string());
    }
    if ctx
        .table
        .indexes
        .iter()
        .any(|i| i.kind == schema_audit_ddl::IndexKind::Spatial)
    {
        blockers.push("spatial index".to_string());
    }
    blockers
}

fn memory_optimized(ctx: &TableContext<'_>) -> Capability {
    let instead = match ctx.dialect() {
        Dialect::Postgres => "An UNLOGGED table is no substitute for durable data: a crash empties it.",
        _ => "The MEMORY engine is no substitute for durable tables: a restart empties it, and it locks whole tables.",
    };
    if let Some(na) = not_available(ctx, "In-Memory OLTP", instead) {
        return na;
    }
    if ctx.roles.memory_optimized {
        return in_use(
            "Already memory-optimized.",
            "MEMORY_OPTIMIZED = ON".to_string(),
        );
    }
    let blockers = memory_optimized_blockers(ctx);
    let r = ctx.roles;
    let mut score = 70;
    let mut reasons = Vec::new();
    if let Some(why) = memory_unsuited_role(ctx.kind()) {
        score = 10;
        reasons = vec![why.to_string()];
    } else if r.temporal || r.history || r.columnstore || r.nc_columnstore {
        score = 10;
        reasons.push(
            "temporal or columnstore table: built for analytics, not point lookups".to_string(),
        );
    } else {
        if r.cache || naming::is_hot_table(&ctx.table.name.name) {
            score += 20;
            reasons.push("hot lookup/queue table: benefits from latch-free access".to_string());
        }
        if expected_large(ctx) {
            score -= 25;
            reasons.push("large, growing table: memory cost grows with it".to_string());
        }
        if is_extension(ctx) {
            score -= 30;
            reasons.push("small extension table read occasionally".to_string());
        }
        score -= 5 * blockers.len() as i32;
    }
    let recommendation = if blockers.is_empty() && score >= 60 {
        "Consider MEMORY_OPTIMIZED = ON with DURABILITY = SCHEMA_AND_DATA.".to_string()
    } else if score >= 50 {
        "Keep disk-based; move the blocking columns to a side table first if hot lookups matter."
            .to_string()
    } else {
        "Keep disk-based.".to_string()
    };
    Capability {
        blockers,
        ..capability(score, recommendation, reasons)
    }
}

pub fn columnstore(ctx: &TableContext<'_>) -> Capability {
    let instead = match ctx.dialect() {
        Dialect::Postgres if ctx.kind() == TableRole::Fact || ctx.roles.log_like => {
            "Core PostgreSQL has no columnstore; for scans by time, a BRIN index on the append-only time column is the nearest built-in tool."
        }
        Dialect::Postgres => "Core PostgreSQL has no columnstore.",
        _ => "InnoDB has no columnstore.",
    };
    if let Some(na) = not_available(ctx, "Columnstore", instead) {
        return na;
    }
    let r = ctx.roles;
    if r.columnstore {
        return in_use(
            "Already a clustered columnstore.",
            "clustered columnstore index".to_string(),
        );
    }
    if r.history {
        let mut c = capability(
            100,
            "Add a clustered columnstore index: history rows are append-only and scanned."
                .to_string(),
            vec!["history table of a temporal table".to_string()],
        );
        c.suggested_key = Some(format!("CCI_{}", ctx.table.name.name));
        return c;
    }
    if r.nc_columnstore {
        return Capability {
            score: 95,
            ..in_use(
                "Already has a nonclustered columnstore for analytics.",
                "nonclustered columnstore index".to_string(),
            )
        };
    }
    let (score, recommendation, reason) = if ctx.kind() == TableRole::Fact {
        (
            90,
            "Make it a clustered columnstore: fact rows are loaded in batches and scanned in aggregate.",
            "fact table",
        )
    } else if matches!(
        ctx.kind(),
        TableRole::Dimension | TableRole::Lookup | TableRole::Junction | TableRole::Extension
    ) {
        (
            15,
            "Keep rowstore.",
            "looked up by key and joined to, not scanned in aggregate",
        )
    } else if expected_large(ctx) {
        (
            70,
            "Add a nonclustered columnstore index for aggregations.",
            "large, growing table queried in aggregate",
        )
    } else if r.memory_optimized {
        (
            30,
            "Not needed for an OLTP in-memory table.",
            "point-lookup workload",
        )
    } else {
        (20, "Keep rowstore.", "OLTP lookups by key")
    };
    capability(score, recommendation.to_string(), vec![reason.to_string()])
}

pub fn partitioning(ctx: &TableContext<'_>) -> Capability {
    if let Some(Storage::PartitionScheme { scheme, column }) = row_storage(ctx) {
        let mut c = in_use("Already partitioned.", format!("on `{scheme}({column})`"));
        c.suggested_key = Some(column.clone());
        return c;
    }
    let r = ctx.roles;
    if r.memory_optimized || r.temporary {
        return capability(
            0,
            "Not applicable.".to_string(),
            vec!["memory-optimized and temp tables cannot be partitioned".to_string()],
        );
    }
    let (mut score, key, reason) = partition_judgement(ctx);
    let mut blockers = Vec::new();
    // InnoDB partitioned tables can neither have nor be the target of foreign keys.
    let has_foreign_keys =
        !ctx.table.foreign_keys.is_empty() || ctx.schema.referencing_count(ctx.table) > 0;
    if ctx.dialect() == Dialect::MySql && has_foreign_keys && key.is_some() {
        blockers.push(
            "foreign keys: InnoDB cannot partition a table that has or is the target of one"
                .to_string(),
        );
        score -= 30;
    }
    let form = match ctx.dialect() {
        Dialect::MsSql => "",
        Dialect::Postgres => " with declarative `PARTITION BY RANGE`",
        Dialect::MySql => " with `PARTITION BY RANGE COLUMNS`",
    };
    let mut c = capability(
        score,
        match &key {
            Some(k) if score >= 70 => format!("Partition by `{k}`{form}."),
            Some(k) => format!("Partition by `{k}`{form} only if the table passes ~1M rows."),
            None => "Not needed.".to_string(),
        },
        vec![reason],
    );
    c.blockers = blockers;
    c.suggested_key = key;
    c
}

/// Where the table's rows are stored: the table's own `ON ...`, or that of its clustered
/// index, clustered key or clustered columnstore, since the clustered structure is the table
/// (`PRIMARY KEY CLUSTERED (...) ON PS_Date(OrderDate)` partitions the table).
fn row_storage<'a>(ctx: &TableContext<'a>) -> Option<&'a Storage> {
    use schema_audit_ddl::{Clustering, IndexKind};
    let table = ctx.table;
    if let Some(storage) = &table.options.storage {
        return Some(storage);
    }
    let clustered_index = table.indexes.iter().find(|i| {
        matches!(
            i.kind,
            IndexKind::Clustered | IndexKind::ClusteredColumnstore
        )
    });
    if let Some(index) = clustered_index {
        return index.storage.as_ref();
    }
    let clustered_unique = table
        .unique_constraints
        .iter()
        .find(|u| u.clustering == Clustering::Clustered);
    if let Some(unique) = clustered_unique {
        return unique.storage.as_ref();
    }
    table
        .primary_key
        .as_ref()
        .filter(|pk| {
            matches!(
                pk.clustering,
                Clustering::Clustered | Clustering::Unspecified
            )
        })
        .and_then(|pk| pk.storage.as_ref())
}

fn partition_judgement(ctx: &TableContext<'_>) -> (i32, Option<String>, String) {
    let r = ctx.roles;
    if is_extension(ctx) {
        return (10, None, "small 1:1 extension table".to_string());
    }
    match ctx.kind() {
        TableRole::Lookup | TableRole::Junction | TableRole::Dimension => {
            return (
                10,
                None,
                format!(
                    "{} table: not large enough to gain from partitions",
                    ctx.kind()
                ),
            )
        }
        TableRole::Staging | TableRole::Vendor | TableRole::Scratch => {
            return (0, None, format!("{} table", ctx.kind()))
        }
        _ => {}
    }
    let event_time = ctx
        .stored_columns()
        .find(|c| {
            crate::context::is_point_in_time(&c.data_type.family) && naming::is_event_time(&c.name)
        })
        .map(|c| c.name.clone());
    if ctx.kind() == TableRole::Fact {
        let date_key = ctx
            .stored_columns()
            .find(|c| naming::is_date_key(&c.name))
            .map(|c| c.name.clone())
            .or(event_time);
        return match date_key {
            Some(column) => (
                80,
                Some(column),
                "fact table: date partitions let loads switch in and old data switch out"
                    .to_string(),
            ),
            None => (
                40,
                None,
                "fact table without a date column to partition on".to_string(),
            ),
        };
    }
    let parent_key = deepest_parent_key(ctx);
    let analytic = if r.columnstore || r.nc_columnstore {
        10
    } else {
        0
    };
    if r.log_like {
        if let Some(column) = event_time {
            return (
                75 + analytic,
                Some(column),
                "time-series rows: sliding-window partitions make retention a metadata operation"
                    .to_string(),
            );
        }
    }
    if r.time_series {
        if let Some(column) = parent_key.clone().or(event_time) {
            return (
                85 + analytic,
                Some(column),
                "very large table: partition elimination and per-partition maintenance".to_string(),
            );
        }
    }
    if let Some(column) = parent_key {
        // A table in the middle of a decomposition chain (parents above, children below), or
        // a grandchild at its end, multiplies its parents' rows; a plain leaf child usually
        // does not.
        let middle = ctx.schema.referencing_count(ctx.table) > 0 || parent_depth(ctx) >= 2;
        return if middle && ctx.kind() == TableRole::Entity {
            (70, Some(column), "middle of a decomposition hierarchy, growing with its parent; worth it past ~1M rows".to_string())
        } else {
            (
                55,
                Some(column),
                "child rows grouped by parent; only worth it at scale".to_string(),
            )
        };
    }
    let tenant = ctx.tenant_column().map(|c| c.name.clone());
    (30, tenant, "small table".to_string())
}

/// Whether the DDL suggests the table grows large: an append-only or time-series role, a
/// columnstore index, or rows two levels down a hierarchy (a grandchild multiplies its
/// parents' rows).
fn expected_large(ctx: &TableContext<'_>) -> bool {
    ctx.roles.time_series || ctx.kind() == TableRole::Entity && parent_depth(ctx) >= 2
}

/// How many levels of parents the script shows above this table (at most 2).
fn parent_depth(ctx: &TableContext<'_>) -> usize {
    ctx.table
        .foreign_keys
        .iter()
        .filter_map(|fk| ctx.schema.table(&fk.referenced_table))
        .filter(|parent| !std::ptr::eq(*parent, ctx.table))
        .map(|parent| {
            1 + usize::from(parent.foreign_keys.iter().any(|f| {
                ctx.schema
                    .table(&f.referenced_table)
                    .is_some_and(|g| !std::ptr::eq(g, parent))
            }))
        })
        .max()
        .unwrap_or(0)
}

/// The foreign key column whose parent is deepest in the script's hierarchy: the grouping
/// closest to the rows, e.g. `LayerId` rather than `ModelId`. Between equally deep parents,
/// the one more tables reference is the better grouping dimension (`Model` over `Atom`).
fn deepest_parent_key(ctx: &TableContext<'_>) -> Option<String> {
    let mut best: Option<((usize, usize), String)> = None;
    for fk in &ctx.table.foreign_keys {
        let Some(column) = fk.columns.first() else {
            continue;
        };
        let Some(parent) = ctx.schema.table(&fk.referenced_table) else {
            continue;
        };
        let depth = 1 + usize::from(
            parent
                .foreign_keys
                .iter()
                .any(|f| ctx.schema.table(&f.referenced_table).is_some()),
        );
        let referenced_by = ctx.schema.referencing_count(parent);
        let rank = (depth, referenced_by);
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, column.clone()));
        }
    }
    best.map(|(_, c)| c).or_else(|| {
        ctx.table
            .foreign_keys
            .iter()
            .find_map(|fk| fk.columns.first().cloned())
    })
}

/// A 1:1 extension of a parent: by its role, or named after it with one foreign key to it.
pub fn is_extension(ctx: &TableContext<'_>) -> bool {
    ctx.kind() == TableRole::Extension
        || ctx
            .table
            .foreign_keys
            .iter()
            .any(|fk| naming::is_extension_name(&ctx.table.name.name, &fk.referenced_table.name))
}

fn compression(ctx: &TableContext<'_>) -> Capability {
    match ctx.dialect() {
        Dialect::MsSql => sql_server_compression(ctx),
        Dialect::Postgres => toast_compression(ctx),
        Dialect::MySql => innodb_compression(ctx),
    }
}

/// Whether the table is already stored compressed: `DATA_COMPRESSION` other than NONE, or
/// InnoDB compressed pages (`ROW_FORMAT=COMPRESSED`, `COMPRESSION='zlib'`).
pub fn is_compressed(ctx: &TableContext<'_>) -> bool {
    let options = &ctx.table.options;
    let data_compression = options
        .data_compression
        .as_deref()
        .is_some_and(|s| !s.eq_ignore_ascii_case("NONE"));
    let innodb = options.other.iter().any(|o| {
        let value = o
            .value
            .trim_matches(|c| c == '\'' || c == '"')
            .to_ascii_uppercase();
        match o.name.to_ascii_uppercase().as_str() {
            "ROW_FORMAT" => value == "COMPRESSED",
            "COMPRESSION" => value != "NONE",
            _ => false,
        }
    });
    let row_format = options.row_format.as_deref().is_some_and(|f| {
        f.trim_matches(|c| c == '\'' || c == '"')
            .eq_ignore_ascii_case("COMPRESSED")
    });
    data_compression || innodb || row_format
}

fn sql_server_compression(ctx: &TableContext<'_>) -> Capability {
    let r = ctx.roles;
    if let Some(setting) = ctx
        .table
        .options
        .data_compression
        .as_deref()
        .filter(|s| !s.eq_ignore_ascii_case("NONE"))
    {
        let mut c = in_use(
            "Already compressed.",
            format!("DATA_COMPRESSION = {setting}"),
        );
        c.suggested_setting = Some(setting.to_ascii_uppercase());
        return c;
    }
    if r.columnstore || r.nc_columnstore {
        let mut c = in_use(
            "Columnstore already compresses (typically 70-90%); no action.",
            "columnstore index".to_string(),
        );
        c.suggested_setting = Some("NONE".to_string());
        return c;
    }
    if r.memory_optimized {
        let mut c = capability(
            0,
            "Memory-optimized tables cannot be compressed.".to_string(),
            vec!["MEMORY_OPTIMIZED = ON".to_string()],
        );
        c.suggested_setting = Some("NONE".to_string());
        return c;
    }
    let (setting, saving, score, reason) = compression_choice(ctx);
    let mut c = capability(
        score,
        advice::compress(&sql_name(ctx), setting, &[], ctx.dialect()),
        vec![reason],
    );
    c.suggested_setting = Some(setting.to_string());
    c.estimated_saving = Some(saving.to_string());
    c
}

/// The columns PostgreSQL stores out of line and compresses (TOAST): text, JSON, binary.
fn toasted_columns(ctx: &TableContext<'_>) -> Vec<String> {
    ctx.stored_columns()
        .filter(|c| c.data_type.is_lob() || c.data_type.family == TypeFamily::Json)
        .map(|c| c.name.clone())
        .collect()
}

/// Whether the table is an append-only one that grows large: a fact table or a log.
fn append_only_large(ctx: &TableContext<'_>) -> bool {
    ctx.kind() == TableRole::Fact || ctx.roles.log_like
}

/// PostgreSQL compresses large values itself; the choice is the algorithm.
fn toast_compression(ctx: &TableContext<'_>) -> Capability {
    let columns = toasted_columns(ctx);
    if columns.is_empty() {
        return capability(
            10,
            "Not needed: PostgreSQL compresses large values itself (TOAST), and this table has none.".to_string(),
            vec!["no text, JSON or binary columns stored out of line".to_string()],
        );
    }
    let large = append_only_large(ctx);
    let recommendation = if large {
        advice::compress(&sql_name(ctx), "lz4", &columns, ctx.dialect())
    } else {
        "Keep the default: TOAST already compresses large values; lz4 pays on large append-only tables.".to_string()
    };
    let mut c = capability(
        if large { 60 } else { 30 },
        recommendation,
        vec!["large values are already compressed (TOAST, pglz by default); lz4 is faster to write and read".to_string()],
    );
    c.suggested_setting = Some("lz4".to_string());
    c
}

/// InnoDB compressed pages: worth it for large text-heavy tables, at a CPU and buffer pool
/// cost.
fn innodb_compression(ctx: &TableContext<'_>) -> Capability {
    const SETTING: &str = "ROW_FORMAT=COMPRESSED";
    if is_compressed(ctx) {
        let mut c = in_use("Already compressed.", "InnoDB compressed pages".to_string());
        c.suggested_setting = Some(SETTING.to_string());
        return c;
    }
    let textual = ctx
        .stored_columns()
        .filter(|c| c.data_type.is_character() || c.data_type.family == TypeFamily::Json)
        .count();
    if textual < 2 || ctx.roles.cache || naming::is_hot_table(&ctx.table.name.name) {
        return capability(
            20,
            "Keep uncompressed.".to_string(),
            vec!["little text to compress, or rows rewritten often".to_string()],
        );
    }
    let large = append_only_large(ctx);
    let recommendation = if large {
        advice::compress(&sql_name(ctx), SETTING, &[], ctx.dialect())
    } else {
        "Keep uncompressed unless the table grows large: compressed pages cost CPU and buffer pool memory.".to_string()
    };
    let mut c = capability(
        if large { 65 } else { 40 },
        recommendation,
        vec![
            "text columns compress well; compressed pages cost CPU and buffer pool memory"
                .to_string(),
        ],
    );
    c.suggested_setting = Some(SETTING.to_string());
    c.estimated_saving = Some("40-50%".to_string());
    c
}

/// The table's name for advice SQL, schema-qualified as the report shows it.
fn sql_name(ctx: &TableContext<'_>) -> schema_audit_ddl::QualifiedName {
    crate::fixes::sql_table(ctx)
}

/// PAGE for text- and JSON-heavy tables, ROW where spatial or binary data dominates (they do not
/// compress) or rows are rewritten constantly.
pub fn compression_choice(ctx: &TableContext<'_>) -> (&'static str, &'static str, i32, String) {
    let spatial_or_binary = ctx.table.columns.iter().any(|c| {
        matches!(
            c.data_type.family,
            TypeFamily::Geometry | TypeFamily::Geography
        ) || c.data_type.family == TypeFamily::VarBinary
            && c.data_type.length == Some(Length::Max)
            && !ctx.roles.cache
    });
    let textual = ctx
        .table
        .columns
        .iter()
        .filter(|c| c.data_type.is_character() || c.data_type.family == TypeFamily::Json)
        .count();
    let hot = ctx.roles.cache || naming::is_hot_table(&ctx.table.name.name);
    if spatial_or_binary && !has_binary_only(ctx) {
        (
            "ROW",
            "20-30%",
            60,
            "spatial data does not compress; ROW still shrinks fixed-width columns".to_string(),
        )
    } else if hot {
        (
            "ROW",
            "15-25%",
            55,
            "rows are rewritten often; ROW costs less CPU than PAGE".to_string(),
        )
    } else if textual >= 2 {
        (
            "PAGE",
            "40-50%",
            80,
            "text and JSON columns compress well".to_string(),
        )
    } else {
        (
            "ROW",
            "15-25%",
            50,
            "mostly fixed-width numeric columns".to_string(),
        )
    }
}

fn has_binary_only(ctx: &TableContext<'_>) -> bool {
    !ctx.table.columns.iter().any(|c| {
        matches!(
            c.data_type.family,
            TypeFamily::Geometry | TypeFamily::Geography
        )
    }) && ctx
        .table
        .columns
        .iter()
        .filter(|c| c.data_type.is_character() || c.data_type.family == TypeFamily::Json)
        .count()
        >= 2
}
