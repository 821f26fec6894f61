use super::prelude::*;
use crate::print::advice;
use schema_audit_ddl::{Check, Span};

declare_rule! {
    /// ## What it does
    /// Checks for status, type and level columns (`Status`, `MigrationStatus`, `ModelType`,
    /// `RiskLevel`, ...) stored as strings with no CHECK constraint on their values.
    ///
    /// Only entity, extension, junction and queue tables are checked, and only codes of at most
    /// 128 characters. A column that is a foreign key, part of the primary key (a lookup
    /// defining the values), a queue library's bookkeeping or a translated label is skipped. In
    /// a warehouse (a schema with dimensions) it is informational: the ETL owns the codes it
    /// copies.
    ///
    /// ## Why is this bad?
    /// Typos and casing variants (`'Failed'`, `'failed'`, `'FAILED '`) become distinct states that
    /// no query matches, and nothing documents the allowed values.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId BIGINT PRIMARY KEY, Status NVARCHAR(50) NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.Job (JobId BIGINT PRIMARY KEY, Status NVARCHAR(50) NOT NULL,
    ///     CONSTRAINT CK_Job_Status CHECK (Status IN ('pending', 'running', 'completed', 'failed')));
    /// ```
    ///
    /// ## Fix safety
    /// When a comment on the column lists the quoted values, the revised schema adds the CHECK
    /// with them. Otherwise the values are a decision and the fix is only shown.
    pub META, id = "enum-without-check", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history
        || ctx.roles.temporary
        || !matches!(
            ctx.kind(),
            TableRole::Entity | TableRole::Extension | TableRole::Junction | TableRole::Queue
        )
    {
        return;
    }
    for column in ctx.stored_columns() {
        if !column.data_type.is_character() || !naming::is_enum_like(&column.name) {
            continue;
        }
        // A key to a lookup table already closes the set, and a lookup's own key defines it.
        // A queue library's own bookkeeping (`processing_state`) is the library's to check.
        if ctx.foreign_key_of(&column.name).is_some()
            || ctx.in_primary_key(&column.name)
            || naming::is_queue_bookkeeping(&column.name)
        {
            continue;
        }
        // Codes of a closed set are short; a 256-character `ClaimType` holds URIs.
        let long = match column.data_type.length {
            Some(Length::Max) => true,
            Some(Length::Chars(n)) => n > 128,
            None => false,
        };
        if long || ctx.has_check_on(&column.name) {
            continue;
        }
        let values = quoted_values(&ctx.column_comment_text(column));
        let name = format!("CK_{}_{}", ctx.table.name.name, column.name);
        let table = fixes::sql_table(ctx);
        let fix = if values.len() >= 2 {
            let list = values
                .iter()
                .map(|v| format!("'{v}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let expression = format!("({} IN ({list}))", column.name);
            let sql = advice::add_check(&table, &name, &expression, ctx.dialect());
            fixes::safe(
                format!(
                    "Constrain `{}` to the values its comment lists.",
                    column.name
                ),
                sql,
                Edit::AddCheck(Check {
                    name: Some(name),
                    span: Span::default(),
                    expression,
                    columns: vec![column.name.clone()],
                    not_for_replication: false,
                    nocheck: false,
                    disabled: false,
                }),
            )
        } else {
            fixes::manual(
                format!("Constrain `{}` to its allowed values.", column.name),
                advice::add_check(
                    &table,
                    &name,
                    &format!("({} IN (/* the allowed values */))", column.name),
                    ctx.dialect(),
                ),
            )
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` holds a fixed set of values but has no CHECK constraint.",
                column.name
            ),
        )
        .key(&column.name)
        // A warehouse's tables are loaded by its ETL, which owns the codes it copies.
        .severity(if ctx.schema.is_warehouse() {
            Severity::Info
        } else {
            Severity::Warning
        })
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}

/// Single-quoted words in a comment, e.g. `'pending', 'completed'`, deduplicated in order.
fn quoted_values(text: &str) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    for (i, part) in text.split('\'').enumerate() {
        let candidate = part.trim();
        let plain = !candidate.is_empty()
            && candidate.len() <= 40
            && candidate
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == ' ');
        if i % 2 == 1 && plain && !values.iter().any(|v| v == candidate) {
            values.push(candidate.to_string());
        }
    }
    values
}
