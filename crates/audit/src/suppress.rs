//! Inline suppression: `-- schema-audit: ignore <rule-id>[, <rule-id>...]`.
//!
//! A directive in a table's comments silences the rules for the whole table; one in a column's
//! comments silences them for findings on that column; one on the same line as the finding's
//! span silences that finding. `ignore all` silences every rule.

use schema_audit_ddl::{Comment, Table};

use crate::finding::Finding;

const MARKER: &str = "schema-audit:";

/// The rule ids a comment ignores, or `None` when it is not a directive.
pub(crate) fn ignored_rules(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let start = lower.find(MARKER)? + MARKER.len();
    let rest = lower[start..].trim_start();
    let list = rest.strip_prefix("ignore")?;
    Some(
        list.split(|c: char| c == ',' || c.is_whitespace())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

fn covers(comment: &Comment, rule: &str) -> bool {
    ignored_rules(&comment.text).is_some_and(|rules| rules.iter().any(|r| r == rule || r == "all"))
}

/// Whether a finding on this table is suppressed by a directive.
pub fn is_suppressed(table: &Table, finding: &Finding) -> bool {
    if table.comments.iter().any(|c| covers(c, finding.rule)) {
        return true;
    }
    let on_column = table.columns.iter().any(|column| {
        finding
            .columns
            .iter()
            .any(|f| f.eq_ignore_ascii_case(&column.name))
            && column.comments.iter().any(|c| covers(c, finding.rule))
    });
    let on_line = finding.span.line > 0
        && all_comments(table).any(|c| c.span.line == finding.span.line && covers(c, finding.rule));
    on_column || on_line
}

fn all_comments(table: &Table) -> impl Iterator<Item = &Comment> {
    table
        .comments
        .iter()
        .chain(table.columns.iter().flat_map(|c| c.comments.iter()))
        .chain(table.indexes.iter().flat_map(|i| i.comments.iter()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use schema_audit_ddl::Span;

    fn comment(text: &str) -> Comment {
        Comment {
            text: text.to_string(),
            span: Span::default(),
        }
    }

    #[test]
    fn parses_directives() {
        assert_eq!(
            ignored_rules("schema-audit: ignore tenant-column-missing, compression-missing"),
            Some(vec![
                "tenant-column-missing".to_string(),
                "compression-missing".to_string()
            ])
        );
        assert_eq!(ignored_rules("just a comment"), None);
        assert!(covers(
            &comment("Schema-Audit: ignore all"),
            "duplicate-index"
        ));
    }
}
