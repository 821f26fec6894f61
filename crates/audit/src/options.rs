//! Audit options, loadable from the CLI's `--config` JSON file and from the web app.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use schema_audit_ddl::Dialect;

use crate::finding::Severity;
use crate::roles::TableRole;

/// Whether the schema is multi-tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tenancy {
    /// Multi-tenant only when the schema shows it: a tenant table, or the tenant column on
    /// several tables.
    #[default]
    Auto,
    /// Multi-tenant: every table holding tenant rows needs the tenant column.
    Multi,
    /// Single-tenant: no tenant findings at all.
    Single,
}

/// Everything a caller can tune. Every field has a default, so `{}` is a valid config.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditOptions {
    pub dialect: Dialect,
    /// The column that scopes rows to a tenant.
    pub tenant_column: String,
    /// Whether the schema is multi-tenant: `auto` (the default) decides from evidence.
    pub tenancy: Tenancy,
    /// The older spelling of `tenancy`: `true` is `multi`, `false` is `single`. `tenancy`
    /// wins when both are set.
    pub multi_tenant: Option<bool>,
    /// Table name (bare or schema-qualified, any case) -> the role to judge it by, instead of
    /// the inferred one.
    pub roles: BTreeMap<String, TableRole>,
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
            tenancy: Tenancy::Auto,
            multi_tenant: None,
            roles: BTreeMap::new(),
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

    /// The tenancy setting, folding in the older `multi_tenant` flag.
    pub fn tenancy(&self) -> Tenancy {
        match (self.tenancy, self.multi_tenant) {
            (Tenancy::Auto, Some(true)) => Tenancy::Multi,
            (Tenancy::Auto, Some(false)) => Tenancy::Single,
            (tenancy, _) => tenancy,
        }
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
    fn tenancy_and_roles_are_options() {
        let options = AuditOptions::from_json(
            r#"{"tenancy":"single","roles":{"dbo.Sales":"fact","stg_orders":"staging"}}"#,
        )
        .unwrap_or_default();
        assert_eq!(options.tenancy(), Tenancy::Single);
        assert_eq!(options.roles.get("dbo.Sales"), Some(&TableRole::Fact));
        let legacy = AuditOptions::from_json(r#"{"multi_tenant":true}"#).unwrap_or_default();
        assert_eq!(legacy.tenancy(), Tenancy::Multi);
        assert!(AuditOptions::from_json(r#"{"tenancy":"some"}"#).is_err());
        assert!(AuditOptions::from_json(r#"{"roles":{"t":"facts"}}"#).is_err());
    }

    #[test]
    fn unknown_keys_are_rejected() {
        assert!(AuditOptions::from_json(r#"{"tenant":"x"}"#).is_err());
    }
}
