//! Rule documentation generated from the rules' doc comments: one page per rule plus an index.

use crate::rules::RuleMeta;

/// `(file name relative to docs/rules, markdown)`, the index (`README.md`) first.
pub fn generate() -> Vec<(String, String)> {
    let mut files = vec![("README.md".to_string(), index())];
    for meta in crate::rules() {
        files.push((format!("{}.md", meta.id), page(meta)));
    }
    files
}

fn page(meta: &RuleMeta) -> String {
    format!(
        "# {id}\n\n<!-- Generated from crates/audit/src/rules/{file}.rs; do not edit. -->\n\n| | |\n|---|---|\n| Category | `{category}` |\n| Default severity | `{severity}` |\n\n{body}",
        id = meta.id,
        file = meta.id.replace('-', "_"),
        category = meta.category.as_str(),
        severity = meta.severity.as_str(),
        body = meta.markdown().trim_start()
    )
}

fn index() -> String {
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from crates/audit/src/rules; do not edit. -->\n\n| id | category | severity | what it does |\n|---|---|---|---|\n",
    );
    for meta in crate::rules() {
        out.push_str(&format!(
            "| [{id}]({id}.md) | {} | {} | {} |\n",
            meta.category.as_str(),
            meta.severity.as_str(),
            meta.summary().replace('|', "\\|"),
            id = meta.id
        ));
    }
    out
}
