//! The SARIF renderer's output validates against the official OASIS SARIF 2.1.0 JSON schema
//! (vendored in `tests/data`, see its README), for every fixture script, for hostile input and
//! for random token soup. A negative control proves the validator rejects broken SARIF, so these
//! tests cannot pass because the validator accepts everything.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use jsonschema::{Draft, Validator};
use proptest::prelude::*;
use schema_audit::{audit, render, render_named, AuditOptions, Dialect, Format};
use serde_json::Value;

const DIALECTS: [Dialect; 3] = [Dialect::MsSql, Dialect::Postgres, Dialect::MySql];

/// The fixture folders whose every `.sql` file is audited, relative to the repository root.
const FIXTURE_DIRS: [&str; 3] = ["tests/corpus/tsql", "tests/seeds", "tests/constructs"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    std::fs::read_to_string(&path).expect("the vendored SARIF schema is readable")
}

fn schema() -> Value {
    serde_json::from_str(&schema_text()).expect("the vendored SARIF schema is JSON")
}

/// The `language` pattern of `run` and `toolComponent` in SARIF 2.1.0 as first published, and
/// the one OASIS errata 01 replaced it with. The original's stray `]` is legal ECMA-262 only
/// under Annex B (without the `u` flag); `jsonschema` checks the schema's own patterns against
/// the draft-07 meta-schema's `format: regex` strictly and refuses to compile the schema.
const LANGUAGE_PATTERN: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
const ERRATA_LANGUAGE_PATTERN: &str = r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#;

/// The vendored schema with errata 01's `language` pattern, and nothing else changed. The
/// renderer never writes a `language`, so the fix cannot make one of its documents pass.
fn compilable_schema() -> Value {
    let text = schema_text();
    assert_eq!(
        text.matches(LANGUAGE_PATTERN).count(),
        2,
        "the vendored schema has the two `language` patterns that errata 01 fixed"
    );
    let fixed = text.replace(LANGUAGE_PATTERN, ERRATA_LANGUAGE_PATTERN);
    serde_json::from_str(&fixed).expect("the fixed SARIF schema is JSON")
}

/// Compiled once: compiling the 112 kB schema takes longer than validating a document.
/// Formats (`uri`, `uri-reference`, `date-time`) are asserted, not just annotated, because
/// the SARIF specification makes them requirements: a `helpUri`, for one, is an absolute URI.
fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options()
            .with_draft(Draft::Draft7)
            .should_validate_formats(true)
            .build(&compilable_schema())
            .expect("the SARIF schema compiles")
    })
}

/// Every schema violation in `sarif`, one line each: the instance path, then the message.
fn violations(sarif: &str) -> Vec<String> {
    let document: Value = match serde_json::from_str(sarif) {
        Ok(document) => document,
        Err(error) => return vec![format!("(document): not JSON: {error}")],
    };
    validator()
        .iter_errors(&document)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

/// Audits `source` and renders its SARIF under `name`.
fn sarif_for(source: &str, dialect: Dialect, name: &str) -> String {
    let options = AuditOptions {
        dialect,
        ..AuditOptions::default()
    };
    render_named(&audit(source, &options), Format::Sarif, name)
}

fn result_count(sarif: &str) -> usize {
    let document: Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    document["runs"][0]["results"]
        .as_array()
        .map_or(0, Vec::len)
}

/// How many failing documents a failure shows in full; the rest are only named, because one
/// renderer bug usually breaks every document the same way.
const SHOWN_FAILURES: usize = 3;

/// Fails naming every invalid document, with the violations of the first few.
fn assert_all_valid(documents: &[(String, String)]) {
    let failures: Vec<(&str, Vec<String>)> = documents
        .iter()
        .map(|(label, sarif)| (label.as_str(), violations(sarif)))
        .filter(|(_, found)| !found.is_empty())
        .collect();
    if failures.is_empty() {
        return;
    }
    let shown: Vec<String> = failures
        .iter()
        .take(SHOWN_FAILURES)
        .map(|(label, found)| format!("{label}:\n  {}", found.join("\n  ")))
        .collect();
    let named: Vec<&str> = failures
        .iter()
        .skip(SHOWN_FAILURES)
        .map(|(label, _)| *label)
        .collect();
    panic!(
        "{} of {} SARIF documents violate the SARIF 2.1.0 schema:\n{}\nalso failing: {named:?}",
        failures.len(),
        documents.len(),
        shown.join("\n")
    );
}

fn fixture_files(dir: &str) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(repo_root().join(dir)).expect("the fixture folder exists");
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("the fixture folder is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_vendored_schema_is_the_oasis_sarif_2_1_0_schema() {
    let schema = schema();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(
        schema["properties"]["version"]["enum"],
        serde_json::json!(["2.1.0"])
    );
}

#[test]
fn every_fixture_script_renders_valid_sarif() {
    let mut documents = Vec::new();
    for dir in FIXTURE_DIRS {
        let files = fixture_files(dir);
        assert!(!files.is_empty(), "{dir} holds no .sql files");
        for path in files {
            let source = std::fs::read_to_string(&path).expect("the fixture is UTF-8 text");
            let name = path
                .file_name()
                .expect("a fixture file has a name")
                .to_string_lossy();
            let relative = format!("{dir}/{name}");
            let sarif = sarif_for(&source, Dialect::MsSql, &relative);
            documents.push((relative, sarif));
        }
    }
    let results: usize = documents.iter().map(|(_, sarif)| result_count(sarif)).sum();
    // Without results the schema's `result`, `location` and `region` rules would go untested.
    assert!(
        results > 100,
        "the fixtures produced only {results} results"
    );
    assert_all_valid(&documents);
    eprintln!(
        "{} fixture SARIF documents ({results} results) validate",
        documents.len()
    );
}

/// Hostile scripts: empty, binary garbage, unterminated strings and comments, and names with
/// quotes, markup, control characters and non-ASCII text that must survive JSON escaping.
const HOSTILE_SCRIPTS: &[(&str, &str)] = &[
    ("empty", ""),
    ("whitespace", " \t\r\n\u{feff}\u{a0}"),
    (
        "unterminated string",
        "CREATE TABLE t (a VARCHAR(10) DEFAULT 'oops",
    ),
    (
        "unterminated comment",
        "CREATE TABLE t (a INT /* never closed",
    ),
    ("unterminated bracket", "CREATE TABLE [dbo.T (a INT)"),
    (
        "quotes in names",
        "CREATE TABLE [we\"ird'na]]me] ([co\"l'] INT, \"x\"\"y\" INT, `b``q` INT);",
    ),
    (
        "markup in names",
        "CREATE TABLE [<script>alert(1)</script>] ([<img src=x onerror=alert(1)>] NVARCHAR(MAX));",
    ),
    (
        "unicode names",
        "CREATE TABLE dbo.Größe (Ü INT, [名前] NVARCHAR(50), [😀] INT, [\u{202e}gpj.exe] INT);",
    ),
    (
        "control characters",
        "CREATE TABLE [a\u{0}b\u{1b}[31m] ([c\u{7}\u{8}\u{c}] INT);\u{0}",
    ),
    (
        "backslashes and percent",
        "CREATE TABLE [C:\\temp\\%s%n] ([\\u0000] INT);",
    ),
    ("only punctuation", ");(,.;[]''\"\"``--/**/"),
    ("a finding-rich table", FINDING_RICH_SCRIPT),
];

/// A table that breaks many rules, so that its SARIF has results to validate and to break.
const FINDING_RICH_SCRIPT: &str =
    "CREATE TABLE dbo.Customer (Name VARCHAR(MAX), Email TEXT, Data NVARCHAR(MAX), Created DATETIME);";

/// Bytes that are not UTF-8, read the way a caller that cannot reject them would.
fn garbage_bytes() -> String {
    let bytes: Vec<u8> = (0..=255u8)
        .chain([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Source names as a CLI could be given them: spaces, non-ASCII, URI syntax, Windows paths.
const HOSTILE_NAMES: &[&str] = &[
    "my schema.sql",
    "Tabellen/Größe und Maße.sql",
    "データ/スキーマ.sql",
    "C:\\Users\\me\\db #1?.sql",
    "50% done & <b>.sql",
    "",
    " ",
    "../../etc/passwd",
    "file:///x.sql",
];

#[test]
fn hostile_input_and_file_names_render_valid_sarif() {
    let mut scripts: Vec<(String, String)> = HOSTILE_SCRIPTS
        .iter()
        .map(|(label, source)| ((*label).to_string(), (*source).to_string()))
        .collect();
    scripts.push(("garbage bytes".to_string(), garbage_bytes()));
    let mut documents = Vec::new();
    for (label, source) in &scripts {
        for dialect in DIALECTS {
            let report = audit(
                source,
                &AuditOptions {
                    dialect,
                    ..AuditOptions::default()
                },
            );
            documents.push((
                format!("{label} ({dialect:?}, default name)"),
                render(&report, Format::Sarif),
            ));
            for name in HOSTILE_NAMES {
                documents.push((
                    format!("{label} ({dialect:?}, named {name:?})"),
                    render_named(&report, Format::Sarif, name),
                ));
            }
        }
    }
    assert_all_valid(&documents);
    eprintln!("{} hostile SARIF documents validate", documents.len());
}

/// A rendered document with at least one result, to break on purpose.
fn control_document() -> Value {
    let sarif = sarif_for(FINDING_RICH_SCRIPT, Dialect::MsSql, "db/schema.sql");
    let document: Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    assert!(
        document["runs"][0]["results"][0].is_object(),
        "the control has a result to break"
    );
    document
}

/// One way to break a valid document: change a member of the object at `object` (a JSON
/// pointer), then expect a violation reported at `violation_at`.
struct Breakage {
    what: &'static str,
    object: &'static str,
    change: Change,
    violation_at: &'static str,
}

enum Change {
    Remove(&'static str),
    Text(&'static str, &'static str),
    Number(&'static str, i64),
}

const BREAKAGES: &[Breakage] = &[
    Breakage {
        what: "version 2.0",
        object: "",
        change: Change::Text("version", "2.0"),
        violation_at: "/version",
    },
    Breakage {
        what: "no runs",
        object: "",
        change: Change::Remove("runs"),
        violation_at: "",
    },
    Breakage {
        what: "a result without a message",
        object: "/runs/0/results/0",
        change: Change::Remove("message"),
        violation_at: "/runs/0/results/0",
    },
    Breakage {
        what: "an unknown level",
        object: "/runs/0/results/0",
        change: Change::Text("level", "fatal"),
        violation_at: "/runs/0/results/0/level",
    },
    Breakage {
        what: "line zero",
        object: "/runs/0/results/0/locations/0/physicalLocation/region",
        change: Change::Number("startLine", 0),
        violation_at: "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
    },
    Breakage {
        what: "a negative rule index",
        object: "/runs/0/results/0",
        change: Change::Number("ruleIndex", -2),
        violation_at: "/runs/0/results/0/ruleIndex",
    },
    Breakage {
        what: "a driver without a name",
        object: "/runs/0/tool/driver",
        change: Change::Remove("name"),
        violation_at: "/runs/0/tool/driver",
    },
    Breakage {
        what: "a helpUri that is not a URI",
        object: "/runs/0/tool/driver/rules/0",
        change: Change::Text("helpUri", "not a uri"),
        violation_at: "/runs/0/tool/driver/rules/0/helpUri",
    },
    Breakage {
        what: "a property the schema does not define",
        object: "/runs/0/results/0",
        change: Change::Text("severity", "high"),
        violation_at: "/runs/0/results/0",
    },
];

impl Breakage {
    fn apply(&self, document: &mut Value) {
        let object = document
            .pointer_mut(self.object)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| {
                panic!(
                    "{}: the document has no object at {:?}",
                    self.what, self.object
                )
            });
        match self.change {
            Change::Remove(key) => {
                object.remove(key);
            }
            Change::Text(key, text) => {
                object.insert(key.to_string(), text.into());
            }
            Change::Number(key, number) => {
                object.insert(key.to_string(), number.into());
            }
        }
    }
}

/// Each breakage must add a violation at its path. Violations the control already has (a
/// renderer bug the other tests report) are discounted, so this test checks only the validator.
#[test]
fn the_schema_rejects_broken_sarif() {
    let control = control_document();
    let control_text = serde_json::to_string(&control).expect("a JSON value serializes");
    let already = violations(&control_text);
    for breakage in BREAKAGES {
        let mut broken = control.clone();
        breakage.apply(&mut broken);
        let text = serde_json::to_string(&broken).expect("a JSON value serializes");
        let added: Vec<String> = violations(&text)
            .into_iter()
            .filter(|v| !already.contains(v))
            .collect();
        let expected = format!("{}: ", breakage.violation_at);
        assert!(
            added.iter().any(|v| v.starts_with(&expected)),
            "{}: expected a new violation at {:?}, got {added:?}",
            breakage.what,
            breakage.violation_at
        );
    }
    assert!(!violations("{").is_empty(), "text that is not JSON fails");
}

/// SQL keywords, identifiers in every quoting style, literals and punctuation.
fn token_soup() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "CREATE",
        "TABLE",
        "ALTER",
        "ADD",
        "DROP",
        "INDEX",
        "UNIQUE",
        "PRIMARY",
        "KEY",
        "FOREIGN",
        "REFERENCES",
        "CONSTRAINT",
        "DEFAULT",
        "NOT",
        "NULL",
        "IDENTITY",
        "CHECK",
        "ON",
        "GO",
        "WITH",
        "CLUSTERED",
        "NONCLUSTERED",
        "INT",
        "BIGINT",
        "VARCHAR(MAX)",
        "NVARCHAR(50)",
        "DECIMAL(12,2)",
        "DATETIME2",
        "UNIQUEIDENTIFIER",
        "TEXT",
        "JSONB",
        "SERIAL",
        "AUTO_INCREMENT",
        "dbo",
        "Customer",
        "TenantId",
        "Id",
        "Email",
        "[a b]",
        "\"q\"\"t\"",
        "`m`",
        "[<script>]",
        "Größe",
        "'str'",
        "'it''s'",
        "N'ü'",
        "42",
        "-1",
        "0x1F",
        "(",
        ")",
        ",",
        ";",
        ".",
        "=",
        "--c\n",
        "/*b*/",
        "\n",
        "'",
        "[",
        "\"",
    ]);
    prop::collection::vec(tokens, 0..60).prop_map(|tokens| tokens.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn token_soup_renders_valid_sarif(source in token_soup(), dialect in prop::sample::select(DIALECTS.to_vec())) {
        let sarif = sarif_for(&source, dialect, "soup/token soup.sql");
        let found = violations(&sarif);
        prop_assert!(found.is_empty(), "{:?} violates the schema:\n{}", source, found.join("\n"));
    }
}
