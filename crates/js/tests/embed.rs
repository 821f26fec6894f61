//! The embeddable module, called the way JavaScript calls it, in headless Chromium
//! (`cargo xtask test` runs these with wasm-bindgen-test). The example page is covered by
//! the end-to-end tests (tests/e2e/embed.test.mjs).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DDL: &str = "CREATE TABLE dbo.Note (Body NVARCHAR(MAX) NULL);\n\
                   CREATE TABLE dbo.Tag (TagId INT NOT NULL PRIMARY KEY, Name NVARCHAR(50) NOT NULL);";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

fn error_message(error: JsValue) -> String {
    error
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn audit_returns_the_json_report_as_a_plain_object() {
    let report = schema_audit_js::audit(DDL, JsValue::UNDEFINED).expect("audit succeeds");
    assert!(report.is_object());
    assert!(Object::is(
        &Object::get_prototype_of(&report),
        &Object::get_prototype_of(&Object::new())
    ));
    assert_eq!(get(&report, "format_version").as_f64(), Some(2.0));
    let tables = Array::from(&get(&report, "tables"));
    assert_eq!(tables.length(), 2);
    let note = tables.get(0);
    assert_eq!(get(&note, "name").as_string().as_deref(), Some("dbo.Note"));
    let rules: Vec<String> = Array::from(&get(&note, "findings"))
        .iter()
        .filter_map(|f| get(&f, "rule").as_string())
        .collect();
    assert!(
        rules.iter().any(|r| r == "primary-key-missing"),
        "{rules:?}"
    );
}

#[wasm_bindgen_test]
fn the_object_is_exactly_the_clis_json() {
    let object = schema_audit_js::audit(DDL, JsValue::UNDEFINED).expect("audit succeeds");
    let rendered = schema_audit_js::render(DDL, "json", JsValue::UNDEFINED).expect("renders");
    let from_text = JSON::parse(&rendered).expect("the JSON rendering parses");
    assert_eq!(
        JSON::stringify(&object).ok().and_then(|s| s.as_string()),
        JSON::stringify(&from_text).ok().and_then(|s| s.as_string()),
    );
}

#[wasm_bindgen_test]
fn options_change_the_audit() {
    let default = schema_audit_js::audit(DDL, JsValue::NULL).expect("audit succeeds");
    let tuned = schema_audit_js::audit(
        DDL,
        options(r#"{"disabled_rules":["primary-key-missing"],"dialect":"mssql"}"#),
    )
    .expect("audit succeeds");
    let count = |report: &JsValue| {
        JSON::stringify(report)
            .ok()
            .and_then(|s| s.as_string())
            .map_or(0, |s| s.matches("\"primary-key-missing\"").count())
    };
    assert!(count(&default) > 0);
    assert_eq!(count(&tuned), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_a_clear_error() {
    let error = schema_audit_js::audit(DDL, options(r#"{"tenantColumn":"OrgId"}"#))
        .expect_err("an unknown option is refused");
    let message = error_message(error.into());
    assert!(message.contains("invalid options"), "{message}");
    assert!(message.contains("tenantColumn"), "{message}");

    let error = schema_audit_js::audit(DDL, options(r#"{"dialect":"oracle"}"#))
        .expect_err("an unknown dialect is refused");
    assert!(error_message(error.into()).contains("oracle"));

    let error = schema_audit_js::render(DDL, "html", JsValue::UNDEFINED)
        .expect_err("an unknown format is refused");
    assert!(error_message(error.into()).contains("unknown format `html`"));
}

#[wasm_bindgen_test]
fn parse_returns_the_schema_and_diagnostics_with_lines() {
    let parsed = schema_audit_js::parse(
        "CREATE TABLE t (a INT);\nCREATE FROBNICATE x;",
        options(r#"{"dialect":"mssql"}"#),
    )
    .expect("parse succeeds");
    let tables = Array::from(&get(&get(&parsed, "schema"), "tables"));
    assert_eq!(tables.length(), 1);
    let diagnostics = Array::from(&get(&parsed, "diagnostics"));
    assert!(diagnostics.length() > 0);
    let line = get(&get(&diagnostics.get(0), "span"), "line").as_f64();
    assert_eq!(line, Some(2.0));
    assert_eq!(
        get(&get(&parsed, "statements"), "total").as_f64(),
        Some(2.0)
    );
}

#[wasm_bindgen_test]
fn garbage_gives_a_report_not_an_exception() {
    let report = schema_audit_js::audit("\u{0}\u{fffd} ((( '", JsValue::UNDEFINED)
        .expect("garbage is a report");
    assert_eq!(Array::from(&get(&report, "tables")).length(), 0);
    assert!(Array::from(&get(&report, "diagnostics")).length() > 0);
}

#[wasm_bindgen_test]
fn sarif_and_markdown_render_as_the_cli_writes_them() {
    let sarif = schema_audit_js::render(DDL, "sarif", JsValue::UNDEFINED).expect("renders");
    let sarif = JSON::parse(&sarif).expect("SARIF is JSON");
    assert_eq!(get(&sarif, "version").as_string().as_deref(), Some("2.1.0"));
    let markdown = schema_audit_js::render(DDL, "markdown", JsValue::UNDEFINED).expect("renders");
    assert!(markdown.contains("dbo.Note"));
}

#[wasm_bindgen_test]
fn rules_lists_the_catalog_with_docs() {
    let rules = Array::from(&schema_audit_js::rules().expect("rules"));
    assert_eq!(rules.length() as usize, schema_audit::rules().len());
    let first = rules.get(0);
    for key in ["id", "category", "severity", "summary", "markdown"] {
        assert!(get(&first, key).is_string(), "rule has a string {key}");
    }
    assert_eq!(
        schema_audit_js::format_version(),
        schema_audit::FORMAT_VERSION
    );
}

const OLD: &str = "CREATE TABLE t (id INT PRIMARY KEY);";
const NEW: &str = "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20));";

fn json(value: &JsValue) -> String {
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn migrate_returns_the_reports_migration() {
    let migration = schema_audit_js::migrate(DDL, JsValue::UNDEFINED).expect("migrate succeeds");
    let report = schema_audit_js::audit(DDL, JsValue::UNDEFINED).expect("audit succeeds");
    assert_eq!(json(&migration), json(&get(&report, "migration")));
    for key in ["dialect", "allow_data_loss", "data_loss", "steps", "sql"] {
        assert!(!get(&migration, key).is_undefined(), "migration has {key}");
    }
}

#[wasm_bindgen_test]
fn allow_data_loss_is_read_in_both_spellings() {
    for spelling in ["allow_data_loss", "allowDataLoss"] {
        let options = options(&format!(r#"{{"dialect":"postgres","{spelling}":true}}"#));
        let migration = schema_audit_js::diff(OLD, NEW, options).expect("diff succeeds");
        assert_eq!(get(&migration, "allow_data_loss").as_bool(), Some(true));
        assert_eq!(
            get(&migration, "dialect").as_string().as_deref(),
            Some("postgres")
        );
    }
    let default = schema_audit_js::migrate(DDL, JsValue::NULL).expect("migrate succeeds");
    assert_eq!(get(&default, "allow_data_loss").as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn migration_options_are_checked_like_audit_options() {
    let error = schema_audit_js::diff(OLD, NEW, options(r#"{"allow_data_loss":"yes"}"#))
        .expect_err("a non-boolean is refused");
    let message = error_message(error.into());
    assert!(message.contains("invalid options") && message.contains("allow_data_loss"));
    let error = schema_audit_js::migrate(DDL, options(r#"{"allowDataLos":true}"#))
        .expect_err("a misspelt key is refused");
    assert!(error_message(error.into()).contains("allowDataLos"));
}

/// With the diff engine (crates/audit/src/migrate): the migration adds the new column.
#[wasm_bindgen_test]
fn diff_adds_a_new_column() {
    let migration = schema_audit_js::diff(OLD, NEW, options(r#"{"dialect":"postgres"}"#))
        .expect("diff succeeds");
    let sql = get(&migration, "sql").as_string().unwrap_or_default();
    assert!(sql.contains("ADD") && sql.contains("name"), "{sql}");
    assert!(Array::from(&get(&migration, "steps")).length() > 0);
}
