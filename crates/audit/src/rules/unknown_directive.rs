use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks `-- schema-audit:` comments on a table and its columns for a rule id no rule
    /// has (`ignore foreign-key-mising`) or a role that does not exist (`role facts`).
    ///
    /// ## Why is this bad?
    /// A misspelt directive does nothing: the finding it meant to silence keeps firing, or the
    /// table keeps the role it was meant to lose, and nobody is told why.
    ///
    /// ## Example
    /// ```sql
    /// -- schema-audit: ignore foreign-key-mising
    /// CREATE TABLE dbo.Event (EventId BIGINT PRIMARY KEY, UserId INT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// -- schema-audit: ignore foreign-key-missing
    /// CREATE TABLE dbo.Event (EventId BIGINT PRIMARY KEY, UserId INT NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// No fix is offered: only the author knows which rule or role was meant.
    pub META, id = "unknown-directive", category = Architecture, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let table = ctx.table;
    let comments = table
        .comments
        .iter()
        .chain(table.columns.iter().flat_map(|c| c.comments.iter()));
    for comment in comments {
        let line = Some(comment.span.line as usize);
        for id in crate::suppress::ignored_rules(&comment.text).unwrap_or_default() {
            if id != "all" && !super::REGISTRY.iter().any(|r| r.meta.id == id) {
                out.report(
                    &[],
                    format!("`schema-audit: ignore {id}` names no rule, so it silences nothing."),
                )
                .key(&id)
                .line(line);
            }
        }
        if let Some(role) = crate::roles::unknown_role_directive(&comment.text) {
            let known = TableRole::ALL
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            out.report(
                &[],
                format!("`schema-audit: role {role}` names no role ({known}), so the table keeps its inferred one."),
            )
            .key(&format!("role-{role}"))
            .line(line);
        }
    }
}
