//! The options a person sets in the page. `AuditOptions` is only `Deserialize`, so the
//! page keeps its own serializable copy (for storage, share links and the worker) and
//! converts at the boundary.

use std::collections::{BTreeMap, BTreeSet};

use schema_audit::options::Tenancy;
use schema_audit::roles::TableRole;
use schema_audit::{AuditOptions, Dialect, Severity};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub dialect: Dialect,
    pub tenant_column: String,
    /// Auto (judged from the DDL), multi or single.
    pub tenancy: Tenancy,
    /// The older flag, still read from saved work and old links.
    pub multi_tenant: Option<bool>,
    /// Table -> the role to judge it by.
    pub roles: BTreeMap<String, TableRole>,
    pub disabled_rules: BTreeSet<String>,
    pub severity_overrides: BTreeMap<String, Severity>,
}

impl Default for Options {
    fn default() -> Self {
        Options::from_audit(&AuditOptions::default())
    }
}

impl Options {
    pub fn from_audit(options: &AuditOptions) -> Self {
        Options {
            dialect: options.dialect,
            tenant_column: options.tenant_column.clone(),
            tenancy: options.tenancy,
            multi_tenant: options.multi_tenant,
            roles: options.roles.clone(),
            disabled_rules: options.disabled_rules.clone(),
            severity_overrides: options.severity_overrides.clone(),
        }
    }

    pub fn to_audit(&self) -> AuditOptions {
        AuditOptions {
            dialect: self.dialect,
            tenant_column: self.tenant_column.clone(),
            tenancy: self.tenancy,
            multi_tenant: self.multi_tenant,
            roles: self.roles.clone(),
            disabled_rules: self.disabled_rules.clone(),
            severity_overrides: self.severity_overrides.clone(),
        }
    }
}

/// The tenancy choices the picker offers, with their labels.
pub const TENANCIES: [(Tenancy, &str, &str); 3] = [
    (Tenancy::Auto, "auto", "Auto (from the DDL)"),
    (Tenancy::Multi, "multi", "Multi-tenant"),
    (Tenancy::Single, "single", "Single-tenant"),
];

/// The dialects the picker offers, with their labels.
pub const DIALECTS: [(Dialect, &str); 3] = [
    (Dialect::MsSql, "SQL Server (T-SQL)"),
    (Dialect::Postgres, "PostgreSQL"),
    (Dialect::MySql, "MySQL / MariaDB"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_options_match_the_engine_defaults() {
        assert_eq!(Options::default().to_audit(), AuditOptions::default());
    }
}
