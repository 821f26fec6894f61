use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks SQL Server columns typed `DATETIME` or `SMALLDATETIME`. History tables of
    /// system-versioned tables are skipped: their columns follow the current table's.
    ///
    /// In PostgreSQL it checks columns that record an instant (creation, update and event
    /// times) typed `timestamp` without time zone, and suggests `timestamptz`; once per
    /// script, on the first such column, counting the other tables. In MySQL it checks
    /// `TIMESTAMP` columns holding future dates (expiries), which end on 2038-01-19,
    /// and suggests `DATETIME(6)`.
    ///
    /// ## Why is this bad?
    /// `DATETIME` rounds to 1/300 of a second (.003, .007, .010), so values read back differ
    /// from what the application wrote and range queries ending at `23:59:59.999` spill into
    /// the next day; it takes 8 bytes where `DATETIME2(3)` takes 7 and is exact to the
    /// millisecond. `SMALLDATETIME` keeps only minutes and ends in 2079. Neither holds a time
    /// zone.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Payment (PaymentId INT PRIMARY KEY, PaidAt DATETIME NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Payment (PaymentId INT PRIMARY KEY, PaidAt DATETIME2(3) NOT NULL);
    /// ```
    ///
    /// ## Fix safety
    /// The conversion keeps every value as `DATETIME` shows it, but it changes the type that
    /// applications, parameters and date arithmetic see (`DATETIME + 1` adds a day;
    /// `DATETIME2` refuses it), so the fix is only shown.
    pub META, id = "legacy-datetime", category = Types, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history {
        return;
    }
    match ctx.dialect() {
        Dialect::MsSql => check_sql_server(ctx, out),
        Dialect::Postgres => check_postgres(ctx, out),
        Dialect::MySql => check_mysql(ctx, out),
    }
}

fn check_sql_server(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let (replacement, why) = match column.data_type.family {
            TypeFamily::DateTime => (
                "DATETIME2(3)",
                "rounds to 1/300 of a second; `DATETIME2(3)` is exact to the millisecond in 7 bytes instead of 8",
            ),
            TypeFamily::SmallDateTime => (
                "DATETIME2(0)",
                "keeps only whole minutes and ends in 2079; `DATETIME2(0)` keeps seconds",
            ),
            _ => continue,
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` uses legacy `{}`, which {why}.",
                column.name, column.data_type.raw
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            format!("Use `{replacement}`."),
            fixes::alter_type_sql(ctx, column, replacement),
        ));
    }
}

/// Whether a column records when something happened: a creation or update time, or an
/// event time. Other date-times (a local opening hour, a birthday) may rightly have no zone.
fn records_an_instant(column: &schema_audit_ddl::Column) -> bool {
    naming::audit_kind(&column.name).is_some_and(naming::AuditKind::is_time)
        || naming::is_event_time(&column.name)
}

/// PostgreSQL `timestamp` (without time zone) for a column that records an instant. Said
/// once per script, on the first such column, with the other tables counted: the choice is
/// the schema's (a framework's default, often), not each column's.
fn check_postgres(ctx: &TableContext<'_>, out: &mut Emitter) {
    let zoneless_instant = |c: &schema_audit_ddl::Column| {
        c.computed.is_none() && c.data_type.family == TypeFamily::DateTime2 && records_an_instant(c)
    };
    let Some(others) = first_in_script(ctx, |t| t.columns.iter().any(zoneless_instant)) else {
        return;
    };
    let Some(column) = ctx.table.columns.iter().find(|c| zoneless_instant(c)) else {
        return;
    };
    let raw = &column.data_type.raw;
    let words: Vec<String> = raw
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let zone = if words.iter().any(|w| w == "without") {
        ""
    } else {
        " (without time zone)"
    };
    out.report(
        &[&column.name],
        format!(
            "`{}` records an instant as `{raw}`{zone}{}, which stores a wall-clock reading with no zone; `timestamptz` stores the instant itself.",
            column.name,
            like_others(others)
        ),
    )
    .key(&column.name)
    .line(Some(column.span.line as usize))
    .fix(fixes::manual(
        "Use `timestamptz`, reading the stored values in the zone they were written in.",
        crate::print::advice::to_timestamptz(&fixes::sql_table(ctx), &column.name, ctx.dialect()),
    ));
}

/// MySQL `TIMESTAMP` for a column whose values lie ahead (an expiry): it ends in 2038.
fn check_mysql(ctx: &TableContext<'_>, out: &mut Emitter) {
    for column in ctx.stored_columns() {
        let raw = &column.data_type.raw;
        let timestamp = raw
            .get(..9)
            .is_some_and(|t| t.eq_ignore_ascii_case("timestamp"));
        if !timestamp || !naming::is_expiry(&column.name) {
            continue;
        }
        out.report(
            &[&column.name],
            format!(
                "`{}` holds future dates in `{raw}`, which ends on 2038-01-19; `DATETIME(6)` reaches year 9999.",
                column.name
            ),
        )
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fixes::manual(
            "Use `DATETIME(6)`, written in UTC (it stores the value as given, with no zone conversion).",
            fixes::alter_type_sql(ctx, column, "DATETIME(6)"),
        ));
    }
}
