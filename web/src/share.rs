//! Share links: the whole page state in the URL fragment.
//!
//! Format: `#v1.<payload>`, where payload is base64url (no padding) of raw deflate of the
//! JSON of [`SharedState`]. The version prefix lets a later format coexist with old links;
//! deflate keeps DDL (very repetitive text) to a fraction of its size, and base64url is
//! fragment-safe without percent-encoding. A field added later is optional and left out
//! when unset (`compare`, `allow_data_loss`), so v1 links made before it open unchanged and
//! the version only changes when an old field changes meaning. Decoding is total: every malformed input is a
//! [`LinkError`], never a panic, and size limits bound the work a hostile link can cause.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::options::Options;

/// The current format's prefix, after the `#`.
pub const PREFIX: &str = "v1.";
/// Longest fragment we decode. Browsers accept URLs of about 2 MB; a link this long is
/// already impractical to paste, so anything longer is refused before decoding.
pub const MAX_LINK_CHARS: usize = 1_500_000;
/// Largest state a link may inflate to, so a small "deflate bomb" cannot exhaust memory.
pub const MAX_STATE_BYTES: usize = 8 * 1024 * 1024;

/// Which view is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    #[default]
    Summary,
    Tables,
    Findings,
    Atomization,
    Revised,
    /// The migration from the input to its revised schema.
    Migration,
    /// The migration from the input to a second version of it.
    Compare,
    Rules,
}

impl View {
    pub const ALL: [View; 8] = [
        View::Summary,
        View::Tables,
        View::Findings,
        View::Atomization,
        View::Revised,
        View::Migration,
        View::Compare,
        View::Rules,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::Summary => "Summary",
            View::Tables => "Tables",
            View::Findings => "Findings",
            View::Atomization => "Atomization",
            View::Revised => "Revised schema",
            View::Migration => "Migration",
            View::Compare => "Compare",
            View::Rules => "Rules",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            View::Summary => "summary",
            View::Tables => "tables",
            View::Findings => "findings",
            View::Atomization => "atomization",
            View::Revised => "revised",
            View::Migration => "migration",
            View::Compare => "compare",
            View::Rules => "rules",
        }
    }
}

/// Everything a link restores.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedState {
    pub ddl: String,
    pub options: Options,
    pub view: View,
    pub table: Option<String>,
    pub finding: Option<String>,
    /// The second version of the schema in the Compare view, when there is one. Added to
    /// v1 as an optional field: links without it decode as before and stay byte-identical.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compare: Option<String>,
    /// Whether migrations include the steps that can lose data.
    #[serde(skip_serializing_if = "is_false")]
    pub allow_data_loss: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Why a link could not be opened. Each says what happened in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment does not start with a version we know.
    UnknownVersion,
    /// The link is longer than [`MAX_LINK_CHARS`] or inflates past [`MAX_STATE_BYTES`].
    TooLarge,
    /// The payload is not valid base64url, deflate or JSON: usually a truncated copy.
    Damaged,
}

impl LinkError {
    pub fn message(&self) -> &'static str {
        match self {
            LinkError::UnknownVersion => {
                "This link was made by a different version of Schema Audit and cannot be opened here."
            }
            LinkError::TooLarge => "This link is too large to open safely.",
            LinkError::Damaged => {
                "This link is damaged (perhaps cut off when it was copied) and cannot be opened."
            }
        }
    }
}

/// Encodes a state as a fragment, without the leading `#`.
pub fn encode(state: &SharedState) -> String {
    let json = serde_json::to_vec(state).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Whether a fragment is meant to be a share link (as opposed to no fragment at all).
pub fn is_link(fragment: &str) -> bool {
    !fragment.trim_start_matches('#').is_empty()
}

/// Decodes a fragment, with or without its leading `#`.
pub fn decode(fragment: &str) -> Result<SharedState, LinkError> {
    let fragment = fragment.trim_start_matches('#');
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let payload = fragment
        .strip_prefix(PREFIX)
        .ok_or(LinkError::UnknownVersion)?;
    let deflated = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| LinkError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_STATE_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Damaged,
        })?;
    serde_json::from_slice(&json).map_err(|_| LinkError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn state(ddl: &str) -> SharedState {
        let mut options = Options {
            tenant_column: "OrgId".into(),
            ..Options::default()
        };
        options.disabled_rules.insert("compression-missing".into());
        options
            .severity_overrides
            .insert("tenant-column-missing".into(), schema_audit::Severity::Info);
        SharedState {
            ddl: ddl.into(),
            options,
            view: View::Findings,
            table: Some("dbo.Model".into()),
            finding: Some("F1".into()),
            compare: None,
            allow_data_loss: false,
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn round_trips_ascii_and_non_ascii() {
        for ddl in [
            "",
            "CREATE TABLE dbo.A (Id INT);",
            "CREATE TABLE [Übersicht] (Név NVARCHAR(10) DEFAULT N'日本語 ✓ 🚀');\n-- ñ",
        ] {
            let link = encode(&state(ddl));
            assert!(link.starts_with(PREFIX));
            assert!(link
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'));
            assert_eq!(decode(&format!("#{link}")), Ok(state(ddl)));
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn compresses_ddl() {
        let ddl = crate::SAMPLE_SCHEMA.repeat(4);
        assert!(encode(&state(&ddl)).len() < ddl.len() / 3);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn damaged_links_are_errors_not_panics() {
        let good = encode(&state("CREATE TABLE t (x INT);"));
        let truncated = &good[..good.len() / 2];
        let cases = [
            ("v2.abc", LinkError::UnknownVersion),
            ("hello", LinkError::UnknownVersion),
            ("v1.***", LinkError::Damaged),
            ("v1.", LinkError::Damaged),
            (truncated, LinkError::Damaged),
            // Valid base64url, but not deflate.
            ("v1.SGVsbG8gd29ybGQ", LinkError::Damaged),
        ];
        for (link, expected) in cases {
            assert_eq!(decode(link), Err(expected), "{link}");
        }
        // Valid deflate of something that is not the state's JSON.
        let not_json = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2]", 6));
        assert_eq!(decode(&format!("v1.{not_json}")), Err(LinkError::Damaged));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn oversized_links_are_refused() {
        let long = format!("v1.{}", "A".repeat(MAX_LINK_CHARS));
        assert_eq!(decode(&long), Err(LinkError::TooLarge));
        // A tiny link that inflates past the limit.
        let bomb = vec![b' '; MAX_STATE_BYTES + 1];
        let link = format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bomb, 9))
        );
        assert!(link.len() < 100_000);
        assert_eq!(decode(&link), Err(LinkError::TooLarge));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn missing_fields_take_defaults() {
        let json = br#"{"ddl":"CREATE TABLE t (x INT);"}"#;
        let link = format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json, 6))
        );
        let state = decode(&link).unwrap_or_default();
        assert_eq!(state.ddl, "CREATE TABLE t (x INT);");
        assert_eq!(state.view, View::Summary);
        assert_eq!(state.options, Options::default());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_compare_view_round_trips_and_costs_nothing_when_absent() {
        let mut compare = state("CREATE TABLE t (id INT PRIMARY KEY);");
        compare.view = View::Compare;
        compare.compare = Some("CREATE TABLE t (id INT PRIMARY KEY, name TEXT);".into());
        compare.allow_data_loss = true;
        assert_eq!(decode(&encode(&compare)), Ok(compare.clone()));
        // Without a second text the JSON is what v1 links always held.
        let plain = state("CREATE TABLE t (id INT PRIMARY KEY);");
        let json = serde_json::to_string(&plain).unwrap_or_default();
        assert!(
            !json.contains("compare") && !json.contains("allow_data_loss"),
            "{json}"
        );
    }
}
