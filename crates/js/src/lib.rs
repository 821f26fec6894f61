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
    if value.is_undefined() || value.is_null() {
        return Ok(AuditOptions::default());
    }
    // Through a JSON value rather than straight into `AuditOptions`: serde-wasm-bindgen
    // reads a struct by looking up its known keys, so it would silently ignore a misspelt
    // one (`tenantColumn`), which `deny_unknown_fields` is there to catch.
    let invalid = |e: &dyn std::fmt::Display| JsError::new(&format!("invalid options: {e}"));
    let value: serde_json::Value =
        serde_wasm_bindgen::from_value(value).map_err(|e| invalid(&e))?;
    AuditOptions::deserialize(value).map_err(|e| invalid(&e))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the result to JavaScript: {e}")))
}
