//! What a table does well, so a report praises good patterns as the seed audits do.

use schema_audit_ddl::{Durability, IndexKind, ReferentialAction, Storage, TypeFamily};
use serde::Serialize;

use crate::context::TableContext;
use crate::finding::Finding;
use crate::naming;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StrengthKind {
    NativeJson,
    UtcDefaults,
    CascadingForeignKeys,
    ColumnstoreOnTemporal,
    SystemVersioning,
    ProperHashSizing,
    DurableMemoryOptimized,
    TenantIsolation,
    CheckConstraints,
    NaturalKeyEnforced,
    PersistedComputedColumns,
    SpatialIndex,
    VectorType,
    Compressed,
    Partitioned,
    ExplicitDeprecation,
    SoftDelete,
    AuditTrail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strength {
    pub kind: StrengthKind,
    pub message: String,
}

fn columns_where(
    ctx: &TableContext<'_>,
    predicate: impl Fn(&schema_audit_ddl::Column) -> bool,
) -> Vec<String> {
    ctx.table
        .columns
        .iter()
        .filter(|c| predicate(c))
        .map(|c| format!("`{}`", c.name))
        .collect()
}

pub fn find(ctx: &TableContext<'_>, findings: &[Finding]) -> Vec<Strength> {
    let mut out = Vec::new();
    let mut add = |kind, message: String| out.push(Strength { kind, message });
    let t = ctx.table;
    let json = columns_where(ctx, |c| c.data_type.family == TypeFamily::Json);
    if !json.is_empty() {
        add(
            StrengthKind::NativeJson,
            format!("Native JSON columns: {}.", json.join(", ")),
        );
    }
    let utc = columns_where(ctx, |c| {
        c.default.as_ref().is_some_and(|d| {
            let e = d.expression.to_ascii_lowercase();
            e.contains("sysutcdatetime") || e.contains("getutcdate") || e.contains("utc_timestamp")
        })
    });
    if !utc.is_empty() {
        add(
            StrengthKind::UtcDefaults,
            format!("UTC timestamp defaults: {}.", utc.join(", ")),
        );
    }
    let cascading: Vec<String> = t
        .foreign_keys
        .iter()
        .filter(|f| {
            matches!(
                f.on_delete,
                Some(ReferentialAction::Cascade | ReferentialAction::SetNull)
            )
        })
        .map(|f| format!("`{}`", f.columns.join(", ")))
        .collect();
    if !cascading.is_empty() {
        add(
            StrengthKind::CascadingForeignKeys,
            format!(
                "Foreign keys with explicit delete actions: {}.",
                cascading.join(", ")
            ),
        );
    }
    if ctx.roles.temporal && (ctx.roles.columnstore || ctx.roles.nc_columnstore) {
        add(
            StrengthKind::ColumnstoreOnTemporal,
            "Columnstore index on a temporal table: fast analytics over versioned rows."
                .to_string(),
        );
    } else if ctx.roles.temporal {
        add(
            StrengthKind::SystemVersioning,
            "System-versioned: full row history.".to_string(),
        );
    }
    let has_hash = t.indexes.iter().any(|i| i.kind == IndexKind::Hash)
        || t.primary_key
            .as_ref()
            .is_some_and(|k| matches!(k.clustering, schema_audit_ddl::Clustering::Hash { .. }));
    if has_hash && !findings.iter().any(|f| f.rule == "hash-bucket-count") {
        add(
            StrengthKind::ProperHashSizing,
            "Hash indexes with plausible bucket counts.".to_string(),
        );
    }
    if t.options.memory_optimized && t.options.durability != Some(Durability::SchemaOnly) {
        add(
            StrengthKind::DurableMemoryOptimized,
            "Memory-optimized with SCHEMA_AND_DATA durability.".to_string(),
        );
    }
    if let Some(tenant) = ctx.tenant_column() {
        let indexed = ctx.has_index_leading_with(&[&tenant.name]);
        add(
            StrengthKind::TenantIsolation,
            format!(
                "Tenant column `{}`{}.",
                tenant.name,
                if indexed { ", indexed" } else { "" }
            ),
        );
    }
    if !t.checks.is_empty() {
        add(
            StrengthKind::CheckConstraints,
            format!("{} CHECK constraint(s) validate values.", t.checks.len()),
        );
    }
    if ctx.unique_keys().len() > 1
        || t.primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.len() > 1)
    {
        add(
            StrengthKind::NaturalKeyEnforced,
            "Natural key enforced by a unique or composite key.".to_string(),
        );
    }
    let persisted = columns_where(ctx, |c| c.computed.as_ref().is_some_and(|x| x.persisted));
    if !persisted.is_empty() {
        add(
            StrengthKind::PersistedComputedColumns,
            format!("Persisted computed columns: {}.", persisted.join(", ")),
        );
    }
    if t.indexes.iter().any(|i| i.kind == IndexKind::Spatial) {
        add(
            StrengthKind::SpatialIndex,
            "Spatial index for geometric queries.".to_string(),
        );
    }
    if ctx.has_type(&[TypeFamily::Vector]) {
        add(
            StrengthKind::VectorType,
            "Native VECTOR type for embeddings.".to_string(),
        );
    }
    if t.options
        .data_compression
        .as_deref()
        .is_some_and(|c| !c.eq_ignore_ascii_case("NONE"))
    {
        add(
            StrengthKind::Compressed,
            "Data compression enabled.".to_string(),
        );
    }
    if matches!(t.options.storage, Some(Storage::PartitionScheme { .. })) {
        add(StrengthKind::Partitioned, "Partitioned.".to_string());
    }
    if t.columns.iter().any(|c| ctx.is_deprecated(c)) {
        add(
            StrengthKind::ExplicitDeprecation,
            "Deprecated columns are marked as such.".to_string(),
        );
    }
    if t.columns
        .iter()
        .any(|c| matches!(ctx.lookup_kind(c), Some(naming::LookupKind::ActiveFlag)))
    {
        add(
            StrengthKind::SoftDelete,
            "Soft delete through an active flag.".to_string(),
        );
    }
    let audit_complete = [naming::AuditKind::CreatedAt, naming::AuditKind::UpdatedAt]
        .into_iter()
        .all(|kind| {
            t.columns
                .iter()
                .any(|c| naming::audit_kind(&c.name) == Some(kind))
        });
    if audit_complete {
        add(
            StrengthKind::AuditTrail,
            "Created and updated timestamps.".to_string(),
        );
    }
    out
}
