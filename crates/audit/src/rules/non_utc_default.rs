use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks for timestamp defaults that use the server's local time: `GETDATE()`,
    /// `SYSDATETIME()` and `CURRENT_TIMESTAMP` in SQL Server, `NOW()` on MySQL `DATETIME`.
    ///
    /// It is a warning when other defaults in the same schema are UTC (the mix is the defect
    /// the DDL shows), else informational: a single-site system may choose local time. MySQL
    /// `TIMESTAMP` columns are skipped, since the server stores them in UTC.
    ///
    /// ## Why is this bad?
    /// Local time jumps at daylight-saving changes (an hour of rows sorts wrongly or repeats) and
    /// changes meaning when the server moves region. UTC does neither.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId BIGINT PRIMARY KEY, CreatedAt DATETIME2 NOT NULL DEFAULT GETDATE());
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId BIGINT PRIMARY KEY, CreatedAt DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME());
    /// ```
    ///
    /// ## Fix safety
    /// New rows get UTC; existing rows keep local time until converted, and readers that assumed
    /// local time must be told.
    pub META, id = "non-utc-default", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let Some(default) = &column.default else {
            continue;
        };
        let Some(local) = local_time_function(ctx.dialect(), &default.expression) else {
            continue;
        };
        // MySQL stores TIMESTAMP as UTC whatever the session's zone.
        if ctx.dialect() == Dialect::MySql
            && column
                .data_type
                .raw
                .get(..9)
                .is_some_and(|t| t.eq_ignore_ascii_case("timestamp"))
        {
            continue;
        }
        // Local time is a choice a single-site system may make; the DDL shows it to be a
        // defect when other defaults in the same schema are UTC.
        let mixed = ctx.schema.uses_utc_defaults;
        let utc = match ctx.dialect() {
            Dialect::MsSql if column.data_type.family == TypeFamily::DateTime => "GETUTCDATE()",
            Dialect::MsSql => "SYSUTCDATETIME()",
            _ => "UTC_TIMESTAMP()",
        };
        let expression = format!("({utc})");
        out.report(
            &[&column.name],
            format!(
                "`{}` defaults to local time `{local}`; use `{utc}`.",
                column.name
            ),
        )
        .key(&column.name)
        .severity(if mixed {
            Severity::Warning
        } else {
            Severity::Info
        })
        .line(Some(default.span.line as usize))
        .fix(fixes::safe(
            format!("Default `{}` to `{utc}`.", column.name),
            crate::print::advice::set_default(
                &fixes::sql_table(ctx),
                &column.name,
                Some(&expression),
                None,
                ctx.dialect(),
            ),
            Edit::SetDefault {
                column: column.name.clone(),
                expression: Some(expression),
            },
        ));
    }
}

fn local_time_function(dialect: Dialect, expression: &str) -> Option<&'static str> {
    let e = expression.to_ascii_lowercase().replace(' ', "");
    match dialect {
        Dialect::MsSql => {
            if e.contains("getdate()") {
                Some("GETDATE()")
            } else if e.contains("sysdatetime()") {
                Some("SYSDATETIME()")
            } else if e.contains("current_timestamp") {
                Some("CURRENT_TIMESTAMP")
            } else {
                None
            }
        }
        Dialect::MySql => {
            (e.contains("now()") || e.contains("current_timestamp")).then_some("NOW()")
        }
        // PostgreSQL's now() returns timestamptz, an absolute instant.
        Dialect::Postgres => None,
    }
}
