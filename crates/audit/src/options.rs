//! Audit options, loadable from the CLI's `--config` JSON file and from the web app.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use schema_audit_ddl::Dialect;

use crate::finding::Severity;

/// Everything a caller can tune. Every field has a default, so `{}` is a valid config.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditOptions {
    pub dialect: Dialect,
    /// The column that scopes rows to a tenant.
    pub tenant_column: String,
    /// Whether the schema is multi-tenant; `None` guesses (see the tenant rules' docs).
    pub multi_tenant: Option<bool>,
    /// Rule ids that never report.
    pub disabled_rules: BTreeSet<String>,
    /// Rule id -> severity to report instead of the rule's default.
    pub severity_overrides: BTreeMap<String, Severity>,
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions {
            dialect: Dialect::MsSql,
            tenant_column: "TenantId".to_string(),
            multi_tenant: None,
            disabled_rules: BTreeSet::new(),
            severity_overrides: BTreeMap::new(),
        }
    }
}

impl AuditOptions {
    /// Reads options from a JSON document such as a `--config` file.
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    pub fn is_enabled(&self, rule: &str) -> bool {
        !self.disabled_rules.contains(rule)
    }

    pub fn severity_for(&self, rule: &str, default: Severity) -> Severity {
        self.severity_overrides
            .get(rule)
            .copied()
            .unwrap_or(default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_the_default() {
        assert_eq!(AuditOptions::from_json("{}"), Ok(AuditOptions::default()));
    }

    #[test]
    fn config_sets_every_field() {
        let options = AuditOptions::from_json(
            r#"{"dialect":"postgres","tenant_column":"OrgId","disabled_rules":["compression-missing"],
                "severity_overrides":{"tenant-column-missing":"warning"}}"#,
        )
        .unwrap_or_default();
        assert_eq!(options.dialect, Dialect::Postgres);
        assert_eq!(options.tenant_column, "OrgId");
        assert!(!options.is_enabled("compression-missing"));
        assert_eq!(
            options.severity_for("tenant-column-missing", Severity::Critical),
            Severity::Warning
        );
    }

    #[test]
    fn unknown_keys_are_rejected() {
        assert!(AuditOptions::from_json(r#"{"tenant":"x"}"#).is_err());
    }
}
