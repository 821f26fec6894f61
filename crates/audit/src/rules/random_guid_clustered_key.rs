use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for a `UNIQUEIDENTIFIER` clustered key filled by `NEWID()`. SQL Server only.
    ///
    /// ## Why is this bad?
    /// Random GUIDs insert at random places in the clustered index: every insert splits a page
    /// somewhere, the index fragments to ~70% full, and the buffer pool must hold the whole table
    /// to avoid random reads.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID() PRIMARY KEY CLUSTERED);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId UNIQUEIDENTIFIER NOT NULL DEFAULT NEWSEQUENTIALID() PRIMARY KEY CLUSTERED);
    /// ```
    ///
    /// ## Fix safety
    /// `NEWSEQUENTIALID()` values are still unique, but guessable; do not use them as secrets.
    pub META, id = "random-guid-clustered-key", category = Indexing, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    // NEWID() and NEWSEQUENTIALID() are SQL Server's.
    if !ctx.is_sql_server() {
        return;
    }
    let Some(key) = ctx.clustered_key() else {
        return;
    };
    for name in key {
        let Some(column) = ctx.column(name) else {
            continue;
        };
        let random = column.default.as_ref().is_some_and(|d| {
            d.expression
                .to_ascii_lowercase()
                .replace(' ', "")
                .contains("newid()")
        });
        if column.data_type.family != TypeFamily::UniqueIdentifier || !random {
            continue;
        }
        out.report(
            &[&column.name],
            format!(
                "Clustered key `{}` is a random `NEWID()` GUID, so inserts split pages across the index.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::safe(
            format!("Default `{}` to `NEWSEQUENTIALID()`.", column.name),
            crate::print::advice::set_default(
                &fixes::sql_table(ctx),
                &column.name,
                Some("(NEWSEQUENTIALID())"),
                None,
                ctx.dialect(),
            ),
            Edit::SetDefault {
                column: column.name.clone(),
                expression: Some("(NEWSEQUENTIALID())".to_string()),
            },
        ));
    }
}
