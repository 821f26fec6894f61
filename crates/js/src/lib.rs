//! The auditor as a JavaScript module, for tools that embed it without the playground.
//!
//! `cargo xtask serve` and `cargo xtask test` build it (through a Trunk hook, see
//! `Trunk.toml`) into `dist/embed/`: `schema_audit.js` (an ES module, wasm-bindgen's `web`
//! target), `schema_audit_bg.wasm`, and the example page `index.html`. The API and the
//! example are documented in `crates/js/README.md`.
//!
//! Every value that crosses into JavaScript goes through serde-wasm-bindgen's
//! JSON-compatible serializer, so what a caller gets is a plain object with exactly the
//! shape of the CLI's JSON output (docs/report-format.md). Bad arguments (an unknown option,
//! an unknown format) throw an `Error` naming the problem; bad DDL never throws, it gives a
//! report whose diagnostics say what was not understood and where.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use schema_audit::{AuditOptions, Format};

/// Audits `ddl` and returns the report as a plain object (the `--format json` contract).
///
/// `options` may be `undefined`, `null` or an object with any of the keys of the CLI's
/// `--config` file: `dialect`, `tenant_column`, `tenancy`, `roles`, `multi_tenant`,
/// `disabled_rules`, `severity_overrides`.
#[wasm_bindgen]
pub fn audit(ddl: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(options)?;
    to_js(&schema_audit::audit(ddl, &options))
}

/// Parses `ddl` and returns the schema model, the statement counts, the statement log and
/// the diagnostics as a plain object. Only `options.dialect` matters here.
#[wasm_bindgen]
pub fn parse(ddl: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(options)?;
    to_js(&schema_audit_ddl::parse(ddl, options.dialect))
}

/// Audits `ddl` and renders the report as text: `format` is `text`, `markdown`, `json` or
/// `sarif`, exactly as the CLI writes them.
#[wasm_bindgen]
pub fn render(ddl: &str, format: &str, options: JsValue) -> Result<String, JsError> {
    let format = Format::from_name(format).ok_or_else(|| {
        JsError::new(&format!(
            "unknown format `{format}`: expected text, markdown, json or sarif"
        ))
    })?;
    let options = read_options(options)?;
    Ok(schema_audit::render(
        &schema_audit::audit(ddl, &options),
        format,
    ))
}

/// The migration from `ddl` to its revised schema (what the audit recommends), as a plain
/// object: `{ dialect, allow_data_loss, data_loss, steps, sql }`, the report's `migration`.
///
/// `options` are [`audit`]'s, plus `allow_data_loss` (or `allowDataLoss`): `true` emits the
/// steps that can lose data instead of leaving them commented out.
#[wasm_bindgen]
pub fn migrate(ddl: &str, options: JsValue) -> Result<JsValue, JsError> {
    let (options, allow_data_loss) = read_migrate_options(options)?;
    to_js(&schema_audit::migrate::migrate(
        ddl,
        &options,
        allow_data_loss,
    ))
}

/// The migration from `old_ddl` to `new_ddl`, both in `options.dialect`, as [`migrate`]
/// returns it. Only `dialect` and `allow_data_loss` matter here.
#[wasm_bindgen]
pub fn diff(old_ddl: &str, new_ddl: &str, options: JsValue) -> Result<JsValue, JsError> {
    let (options, allow_data_loss) = read_migrate_options(options)?;
    to_js(&schema_audit::migrate::diff_sources(
        old_ddl,
        new_ddl,
        &schema_audit::migrate::MigrateOptions {
            dialect: options.dialect,
            allow_data_loss,
        },
    ))
}

/// One rule's documentation, as [`rules`] returns it.
#[derive(Serialize)]
struct RuleDoc {
    id: &'static str,
    category: schema_audit::Category,
    severity: schema_audit::Severity,
    summary: String,
    /// The rule's full documentation (the same text as `docs/rules/<id>.md`).
    markdown: String,
}

/// The rule catalog: `[{ id, category, severity, summary, markdown }]`.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    let docs: Vec<RuleDoc> = schema_audit::rules()
        .iter()
        .map(|meta| RuleDoc {
            id: meta.id,
            category: meta.category,
            severity: meta.severity,
            summary: meta.summary(),
            markdown: meta.markdown(),
        })
        .collect();
    to_js(&docs)
}

/// The version of the report's JSON contract (`format_version` in every report).
#[wasm_bindgen(js_name = formatVersion)]
pub fn format_version() -> u32 {
    schema_audit::FORMAT_VERSION
}

fn read_options(value: JsValue) -> Result<AuditOptions, JsError> {
    let value = read_json(value)?;
    AuditOptions::deserialize(value).map_err(|e| invalid(&e))
}

/// [`read_options`] plus the one key of migrations, `allow_data_loss` (or, as JavaScript
/// spells it, `allowDataLoss`), which must be a boolean.
fn read_migrate_options(value: JsValue) -> Result<(AuditOptions, bool), JsError> {
    let mut value = read_json(value)?;
    let mut allow_data_loss = false;
    if let Some(object) = value.as_object_mut() {
        for key in ["allow_data_loss", "allowDataLoss"] {
            match object.remove(key) {
                None => {}
                Some(serde_json::Value::Bool(allow)) => allow_data_loss |= allow,
                Some(other) => {
                    return Err(invalid(&format!(
                        "`{key}` must be true or false, not {other}"
                    )))
                }
            }
        }
    }
    let options = AuditOptions::deserialize(value).map_err(|e| invalid(&e))?;
    Ok((options, allow_data_loss))
}

/// The options object as JSON; `undefined` and `null` are the defaults (`{}`).
fn read_json(value: JsValue) -> Result<serde_json::Value, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(serde_json::Value::Object(Default::default()));
    }
    // Through a JSON value rather than straight into `AuditOptions`: serde-wasm-bindgen
    // reads a struct by looking up its known keys, so it would silently ignore a misspelt
    // one (`tenantColumn`), which `deny_unknown_fields` is there to catch.
    serde_wasm_bindgen::from_value(value).map_err(|e| invalid(&e))
}

fn invalid(error: &dyn std::fmt::Display) -> JsError {
    JsError::new(&format!("invalid options: {error}"))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the result to JavaScript: {e}")))
}
