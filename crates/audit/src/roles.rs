//! What each table is, judged from evidence in the DDL, before any rule judges it.
//!
//! A rule that is right for an order table is wrong for a warehouse fact, a staging table or
//! a session store that a vendor ships. So every table gets one [`TableRole`], with the
//! evidence for it, and the rules ask for the role. The user can override a role with the
//! `roles` option or with `-- schema-audit: role <role>` in the table's comments.
//!
//! Inference, first match wins:
//!
//! | role | evidence |
//! |---|---|
//! | scratch | a `#temp` table |
//! | vendor | the name of a table a tool or product owns (SSMS diagrams, migration trackers, session-state stores, job schedulers) |
//! | history | the history table of a system-versioned table, or named `...History`/`...Archive` |
//! | dimension / fact | `Dim`/`Fact` names or schemas; or, in a schema with dimensions, SCD2 validity or lineage columns (dimension) and foreign keys to dimensions plus measures (fact) |
//! | staging | `stg`/`staging`/`etl` names or schemas |
//! | queue, log, cache | queue/job, log/audit/trace, cache/session names; events never updated are logs |
//! | junction | its primary key (or only columns) are two or more foreign keys |
//! | extension | its primary key is also its foreign key to one parent (1:1) |
//! | lookup | referenced by other tables, references none, a handful of columns with a code or name |
//! | entity | anything else |

use std::collections::BTreeMap;

use schema_audit_ddl::{Column, IndexKind, Table, TypeFamily};
use serde::{Deserialize, Serialize};

use crate::naming;

/// What a table is. Rules decide by role what applies.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum TableRole {
    /// An OLTP table of business rows.
    #[default]
    Entity,
    /// Reference data: codes and names other tables point at.
    Lookup,
    /// Links rows of two or more tables (many-to-many).
    Junction,
    /// A 1:1 extension of another table's rows.
    Extension,
    /// A warehouse dimension.
    Dimension,
    /// A warehouse fact table: measures plus keys to dimensions.
    Fact,
    /// An ETL staging or landing table, loaded and truncated in bulk.
    Staging,
    /// A job or message queue, or an outbox.
    Queue,
    /// An append-only log, audit trail or event stream.
    Log,
    /// Old versions of rows, or archived rows.
    History,
    /// A cache or session store: rows that can be rebuilt or expire.
    Cache,
    /// A table whose shape a tool or vendor dictates.
    Vendor,
    /// A temporary table.
    Scratch,
}

impl TableRole {
    pub const ALL: [TableRole; 13] = [
        TableRole::Entity,
        TableRole::Lookup,
        TableRole::Junction,
        TableRole::Extension,
        TableRole::Dimension,
        TableRole::Fact,
        TableRole::Staging,
        TableRole::Queue,
        TableRole::Log,
        TableRole::History,
        TableRole::Cache,
        TableRole::Vendor,
        TableRole::Scratch,
    ];

    /// The kebab-case name used in options, comments and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            TableRole::Entity => "entity",
            TableRole::Lookup => "lookup",
            TableRole::Junction => "junction",
            TableRole::Extension => "extension",
            TableRole::Dimension => "dimension",
            TableRole::Fact => "fact",
            TableRole::Staging => "staging",
            TableRole::Queue => "queue",
            TableRole::Log => "log",
            TableRole::History => "history",
            TableRole::Cache => "cache",
            TableRole::Vendor => "vendor",
            TableRole::Scratch => "scratch",
        }
    }

    pub fn parse(text: &str) -> Option<TableRole> {
        TableRole::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(text.trim()))
    }

    /// Whether rows only arrive and leave: logs, queues, history, caches.
    pub fn is_operational(self) -> bool {
        matches!(
            self,
            TableRole::Queue | TableRole::Log | TableRole::History | TableRole::Cache
        )
    }

    /// Whether the table belongs to a warehouse's star schema.
    pub fn is_warehouse(self) -> bool {
        matches!(self, TableRole::Dimension | TableRole::Fact)
    }

    /// Whether design findings apply at all. A vendor's table changes only when the vendor
    /// changes it; a staging table is a bulk-load buffer; a temp table is scratch space.
    pub fn is_designed_here(self) -> bool {
        !matches!(
            self,
            TableRole::Vendor | TableRole::Staging | TableRole::Scratch
        )
    }
}

impl std::fmt::Display for TableRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a rule runs on a table of this role at all. Vendor tables get no design findings
/// (their shape is the vendor's); staging tables only the type checks that break loads.
/// Every other role runs every rule, and each rule decides by role what it reports.
pub fn rule_applies(role: TableRole, rule: &str) -> bool {
    match role {
        TableRole::Vendor => false,
        TableRole::Staging => matches!(rule, "deprecated-type"),
        _ => true,
    }
}

/// Where a role came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleSource {
    Inferred,
    /// The `roles` option.
    Option,
    /// A `-- schema-audit: role ...` comment on the table.
    Comment,
}

/// A table's role and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleAssessment {
    pub role: TableRole,
    pub source: RoleSource,
    /// One sentence per piece of evidence, most telling first.
    pub evidence: Vec<String>,
}

impl RoleAssessment {
    fn inferred(role: TableRole, evidence: impl Into<String>) -> Self {
        RoleAssessment {
            role,
            source: RoleSource::Inferred,
            evidence: vec![evidence.into()],
        }
    }

    /// The evidence as one sentence for text reports.
    pub fn why(&self) -> String {
        self.evidence.join("; ")
    }
}

/// What a table's neighbours say about it, computed once for the schema.
pub struct Neighbourhood<'a> {
    /// Whether some table of the schema is named as a dimension.
    pub has_dimensions: bool,
    /// Lower-cased bare names of tables named or shaped as dimensions.
    pub dimensions: &'a std::collections::BTreeSet<String>,
    /// How many other tables reference this one.
    pub referenced_by: usize,
    /// Whether the table is some system-versioned table's history table, and whose.
    pub history_of: Option<&'a str>,
}

/// The role the user gave a table, by option or comment, if any.
pub fn declared(
    table: &Table,
    display: &str,
    roles: &BTreeMap<String, TableRole>,
) -> Option<RoleAssessment> {
    let by_option = roles.iter().find(|(name, _)| {
        name.eq_ignore_ascii_case(display) || name.eq_ignore_ascii_case(&table.name.name)
    });
    if let Some((_, role)) = by_option {
        return Some(RoleAssessment {
            role: *role,
            source: RoleSource::Option,
            evidence: vec![format!("set by the `roles` option to `{role}`")],
        });
    }
    table.comments.iter().find_map(|c| {
        let role = role_directive(&c.text)?;
        Some(RoleAssessment {
            role,
            source: RoleSource::Comment,
            evidence: vec![format!(
                "set to `{role}` by a comment on line {}",
                c.span.line
            )],
        })
    })
}

const MARKER: &str = "schema-audit:";

/// `-- schema-audit: role fact` -> `Fact`.
fn role_directive(text: &str) -> Option<TableRole> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find(MARKER)? + MARKER.len();
    let rest = lower[start..].trim_start().strip_prefix("role")?;
    TableRole::parse(rest.split_whitespace().next()?)
}

/// Whether a comment is a role directive naming no known role, with what it named.
pub fn unknown_role_directive(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find(MARKER)? + MARKER.len();
    let rest = lower[start..].trim_start().strip_prefix("role")?;
    let word = rest.split_whitespace().next().unwrap_or_default();
    TableRole::parse(word).is_none().then(|| word.to_string())
}

/// Infers the role of a table from its name, its shape and its neighbours.
pub fn infer(table: &Table, near: &Neighbourhood<'_>) -> RoleAssessment {
    let name = &table.name.name;
    let schema = table.name.schema.as_deref();
    if table.is_temporary || name.starts_with('#') {
        return RoleAssessment::inferred(TableRole::Scratch, "a temporary table");
    }
    if let Some(owner) = naming::vendor_of(schema, name) {
        return RoleAssessment::inferred(
            TableRole::Vendor,
            format!("`{name}` is {owner}'s table; its shape is theirs to change"),
        );
    }
    if let Some(parent) = near.history_of {
        return RoleAssessment::inferred(
            TableRole::History,
            format!("the history table of system-versioned `{parent}`"),
        );
    }
    let column_names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    if naming::looks_like_period_history(name, &column_names) && table.primary_key.is_none() {
        return RoleAssessment::inferred(
            TableRole::History,
            "named `...History`, with no primary key and validity columns",
        );
    }
    if naming::is_fact_name(schema, name) {
        return RoleAssessment::inferred(TableRole::Fact, "named as a fact table");
    }
    if naming::is_dimension_name(schema, name) {
        return RoleAssessment::inferred(TableRole::Dimension, "named as a dimension");
    }
    if naming::is_staging_name(schema, name) {
        return RoleAssessment::inferred(TableRole::Staging, "named as an ETL staging table");
    }
    if let Some(assessment) = warehouse_shape(table, near) {
        return assessment;
    }
    if naming::is_history_name(name) {
        return RoleAssessment::inferred(TableRole::History, "named as history or archive");
    }
    if naming::is_queue_name(name) {
        return RoleAssessment::inferred(TableRole::Queue, "named as a queue or job table");
    }
    let bookkeeping: Vec<&str> = table
        .columns
        .iter()
        .filter(|c| naming::is_queue_bookkeeping(&c.name))
        .map(|c| c.name.as_str())
        .collect();
    if bookkeeping.len() >= 2 {
        return RoleAssessment::inferred(
            TableRole::Queue,
            format!("work-queue columns: {}", bookkeeping.join(", ")),
        );
    }
    if naming::is_log_name(name) {
        return RoleAssessment::inferred(TableRole::Log, "named as a log or audit trail");
    }
    if naming::is_cache_name(name) {
        return RoleAssessment::inferred(TableRole::Cache, "named as a cache or session store");
    }
    if naming::is_event_name(name) && is_append_only(table) {
        return RoleAssessment::inferred(
            TableRole::Log,
            "named as events, with a timestamp and no column recording updates",
        );
    }
    if let Some(assessment) = junction(table) {
        return assessment;
    }
    if let Some(assessment) = extension(table) {
        return assessment;
    }
    if let Some(assessment) = lookup(table, near) {
        return assessment;
    }
    RoleAssessment::inferred(TableRole::Entity, "business rows with their own identity")
}

/// Dimensions and facts by shape, only in a schema that already names dimensions (or whose
/// tables carry SCD2 columns), so an OLTP order table with measures is never a fact.
fn warehouse_shape(table: &Table, near: &Neighbourhood<'_>) -> Option<RoleAssessment> {
    let (scd2, lineage) = scd2_and_lineage(table);
    if scd2 && lineage && table.options.enabled_system_versioning().is_none() {
        return Some(RoleAssessment::inferred(
            TableRole::Dimension,
            "slowly changing dimension: validity columns and a lineage key",
        ));
    }
    if !near.has_dimensions {
        return None;
    }
    let dimension_refs = table
        .foreign_keys
        .iter()
        .filter(|fk| {
            near.dimensions
                .contains(&fk.referenced_table.name.to_ascii_lowercase())
        })
        .count();
    let measures = table
        .columns
        .iter()
        .filter(|c| is_measure(table, c))
        .count();
    if dimension_refs >= 2 && measures >= 1 {
        return Some(RoleAssessment::inferred(
            TableRole::Fact,
            format!("{dimension_refs} foreign keys to dimensions and {measures} measures"),
        ));
    }
    (scd2 || lineage).then(|| {
        RoleAssessment::inferred(
            TableRole::Dimension,
            "in a warehouse schema, with validity or lineage columns",
        )
    })
}

/// Whether the table carries two or more SCD2 validity columns, and a lineage column: the
/// marks of a warehouse dimension.
pub fn scd2_and_lineage(table: &Table) -> (bool, bool) {
    let validity = table
        .columns
        .iter()
        .filter(|c| naming::is_validity_column(&c.name))
        .count();
    let lineage = table
        .columns
        .iter()
        .any(|c| naming::is_lineage_column(&c.name));
    (validity >= 2, lineage)
}

/// A numeric column that is no key: what a fact table measures.
pub fn is_measure(table: &Table, column: &Column) -> bool {
    let numeric = matches!(
        column.data_type.family,
        TypeFamily::Decimal
            | TypeFamily::Numeric
            | TypeFamily::Money
            | TypeFamily::SmallMoney
            | TypeFamily::Float
            | TypeFamily::Real
            | TypeFamily::Int
            | TypeFamily::BigInt
            | TypeFamily::SmallInt
    );
    let in_key = |name: &str| {
        table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.iter().any(|c| c.name.eq_ignore_ascii_case(name)))
            || table
                .foreign_keys
                .iter()
                .any(|fk| fk.columns.iter().any(|c| c.eq_ignore_ascii_case(name)))
    };
    numeric
        && column.identity.is_none()
        && !in_key(&column.name)
        && !naming::is_reference_name(&column.name, true)
        && !naming::is_lineage_column(&column.name)
}

fn is_append_only(table: &Table) -> bool {
    let time = table.columns.iter().any(|c| {
        naming::is_event_time(&c.name)
            || matches!(
                c.data_type.family,
                TypeFamily::DateTime | TypeFamily::DateTime2 | TypeFamily::DateTimeOffset
            )
    });
    let updated = table
        .columns
        .iter()
        .any(|c| naming::audit_kind(&c.name) == Some(naming::AuditKind::UpdatedAt));
    time && !updated
}

fn junction(table: &Table) -> Option<RoleAssessment> {
    let fk_columns: Vec<&str> = table
        .foreign_keys
        .iter()
        .flat_map(|fk| fk.columns.iter().map(String::as_str))
        .collect();
    if table.foreign_keys.len() < 2 {
        return None;
    }
    let is_fk = |name: &str| fk_columns.iter().any(|c| c.eq_ignore_ascii_case(name));
    let pk_of_fks = table
        .primary_key
        .as_ref()
        .is_some_and(|pk| pk.columns.len() >= 2 && pk.columns.iter().all(|c| is_fk(&c.name)));
    let payload = table
        .columns
        .iter()
        .filter(|c| {
            !is_fk(&c.name)
                && c.identity.is_none()
                && naming::audit_kind(&c.name).is_none()
                && !table.primary_key.as_ref().is_some_and(|pk| {
                    pk.columns
                        .iter()
                        .any(|k| k.name.eq_ignore_ascii_case(&c.name))
                })
        })
        .count();
    (pk_of_fks && payload <= 3 || payload == 0).then(|| {
        RoleAssessment::inferred(
            TableRole::Junction,
            if pk_of_fks {
                "its primary key is made of foreign keys"
            } else {
                "it holds only foreign keys"
            },
        )
    })
}

fn extension(table: &Table) -> Option<RoleAssessment> {
    let pk = table.primary_key.as_ref()?;
    let fk = table.foreign_keys.iter().find(|fk| {
        fk.columns.len() == pk.columns.len()
            && pk
                .columns
                .iter()
                .all(|k| fk.columns.iter().any(|c| c.eq_ignore_ascii_case(&k.name)))
            && !fk
                .referenced_table
                .name
                .eq_ignore_ascii_case(&table.name.name)
    });
    if let Some(fk) = fk {
        return Some(RoleAssessment::inferred(
            TableRole::Extension,
            format!(
                "its primary key is also its foreign key to `{}` (one row per parent row)",
                fk.referenced_table.name
            ),
        ));
    }
    let fk = table
        .foreign_keys
        .iter()
        .find(|fk| naming::is_extension_name(&table.name.name, &fk.referenced_table.name))?;
    Some(RoleAssessment::inferred(
        TableRole::Extension,
        format!("named as an extension of `{}`", fk.referenced_table.name),
    ))
}

fn lookup(table: &Table, near: &Neighbourhood<'_>) -> Option<RoleAssessment> {
    if near.referenced_by == 0 || !table.foreign_keys.is_empty() {
        return None;
    }
    let content: Vec<&Column> = table
        .columns
        .iter()
        .filter(|c| naming::audit_kind(&c.name).is_none() && c.computed.is_none())
        .collect();
    let labelled = content.iter().any(|c| {
        naming::lookup_kind(&c.name) == Some(naming::LookupKind::Name)
            || naming::is_natural_key_part(&c.name)
            || naming::is_variable_text(&c.name)
    });
    let large = table.columns.iter().any(|c| {
        matches!(c.data_type.length, Some(schema_audit_ddl::Length::Max))
            || matches!(
                c.data_type.family,
                TypeFamily::Text | TypeFamily::NText | TypeFamily::Image | TypeFamily::Xml
            )
    });
    let columnstore = table
        .indexes
        .iter()
        .any(|i| i.kind == IndexKind::ClusteredColumnstore);
    // A code for a key (`CHAR(3)`, a small integer) or a name that says so (`OrderStatus`,
    // `countries`) tells reference data from a small entity such as `authors`.
    let coded_key = table.primary_key.as_ref().is_some_and(|pk| {
        pk.columns.iter().all(|k| {
            table.column(&k.name).is_some_and(|c| {
                matches!(
                    c.data_type.family,
                    TypeFamily::TinyInt | TypeFamily::SmallInt | TypeFamily::Char | TypeFamily::NChar
                ) || c.data_type.is_character()
                    && matches!(c.data_type.length, Some(schema_audit_ddl::Length::Chars(n)) if n <= 16)
            })
        })
    });
    let named = naming::is_lookup_name(&table.name.name);
    (content.len() <= 4 && labelled && !large && !columnstore && (coded_key || named)).then(|| {
        RoleAssessment::inferred(
            TableRole::Lookup,
            format!(
                "reference data: {} columns with a code or name, referenced by {} table{}",
                content.len(),
                near.referenced_by,
                if near.referenced_by == 1 { "" } else { "s" }
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_round_trip() {
        for role in TableRole::ALL {
            assert_eq!(TableRole::parse(role.as_str()), Some(role));
            assert_eq!(
                serde_json::to_string(&role).unwrap_or_default(),
                format!("\"{role}\"")
            );
        }
        assert_eq!(TableRole::parse("Fact"), Some(TableRole::Fact));
        assert_eq!(TableRole::parse("facts"), None);
    }

    #[test]
    fn reads_role_directives() {
        assert_eq!(
            role_directive("schema-audit: role fact"),
            Some(TableRole::Fact)
        );
        assert_eq!(
            role_directive("-- Schema-Audit: role  vendor (SSIS)"),
            Some(TableRole::Vendor)
        );
        assert_eq!(role_directive("schema-audit: ignore all"), None);
        assert_eq!(
            unknown_role_directive("schema-audit: role facts"),
            Some("facts".into())
        );
        assert_eq!(unknown_role_directive("schema-audit: role log"), None);
    }
}
