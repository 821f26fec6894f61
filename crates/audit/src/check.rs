//! Runs the rules over tables: findings with ids, severities and suppressions applied.
//!
//! Below the engine and the printer: the engine calls it for the report, and the revision
//! calls it again for the tables its fixes changed.

use std::collections::BTreeMap;

use schema_audit_ddl::{Schema, Span};

use crate::context::{SchemaContext, TableContext};
use crate::finding::Finding;
use crate::options::AuditOptions;
use crate::rules::{Emitter, RawFinding, REGISTRY};

/// Findings of every table, with ids, severities and suppressions applied.
pub fn findings(schema: &Schema, options: &AuditOptions) -> Vec<Vec<Finding>> {
    let schema_ctx = SchemaContext::new(schema, options);
    schema
        .tables
        .iter()
        .map(|table| table_findings(&TableContext::new(table, &schema_ctx), None))
        .collect()
}

/// Findings of the tables at the given indexes only, in index order, optionally from a
/// subset of the rules.
pub fn findings_for(
    schema: &Schema,
    options: &AuditOptions,
    tables: &std::collections::BTreeSet<usize>,
    rules: Option<&std::collections::BTreeSet<&'static str>>,
) -> Vec<(usize, Vec<Finding>)> {
    let schema_ctx = SchemaContext::new(schema, options);
    tables
        .iter()
        .filter_map(|&i| schema.tables.get(i).map(|t| (i, t)))
        .map(|(i, table)| {
            (
                i,
                table_findings(&TableContext::new(table, &schema_ctx), rules),
            )
        })
        .collect()
}

/// The score of each table at the given indexes, as the report would give it.
pub fn scores_for(
    schema: &Schema,
    options: &AuditOptions,
    tables: &std::collections::BTreeSet<usize>,
) -> BTreeMap<usize, u8> {
    let schema_ctx = SchemaContext::new(schema, options);
    tables
        .iter()
        .filter_map(|&i| schema.tables.get(i).map(|t| (i, t)))
        .map(|(i, table)| {
            let ctx = TableContext::new(table, &schema_ctx);
            let findings = table_findings(&ctx, None);
            let strengths = crate::strengths::find(&ctx, &findings);
            (i, crate::score::breakdown(&findings, strengths.len()).0)
        })
        .collect()
}

pub(crate) fn table_findings(
    ctx: &TableContext<'_>,
    only: Option<&std::collections::BTreeSet<&'static str>>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    // A PostgreSQL partition takes its columns, keys and indexes from its parent, which is
    // judged instead: the server refuses to add a column or key to a partition alone.
    if ctx.table.options.partition_of.is_some() {
        return out;
    }
    for rule in REGISTRY {
        if !ctx.options.is_enabled(rule.meta.id)
            || only.is_some_and(|o| !o.contains(rule.meta.id))
            || !crate::roles::rule_applies(ctx.kind(), rule.meta.id)
        {
            continue;
        }
        let mut emitter = Emitter::default();
        (rule.check)(ctx, &mut emitter);
        for raw in emitter.raw {
            out.push(finish(ctx, rule.meta, raw));
        }
    }
    if ctx.table.external {
        keep_findings_on_shown_columns(ctx, &mut out);
    }
    assign_unique_ids(&mut out);
    out.retain(|f| !crate::suppress::is_suppressed(ctx.table, f));
    out
}

fn finish(
    ctx: &TableContext<'_>,
    meta: &'static crate::rules::RuleMeta,
    raw: RawFinding,
) -> Finding {
    let default = raw.severity.unwrap_or(meta.severity);
    let severity = ctx.options.severity_for(meta.id, default);
    let span = finding_span(ctx, &raw);
    let mut id = format!("{}:{}", ctx.name, meta.id);
    if let Some(key) = &raw.key {
        id.push(':');
        id.push_str(key);
    }
    Finding {
        id,
        rule: meta.id,
        severity,
        category: meta.category,
        table: ctx.name.clone(),
        columns: raw.columns,
        message: raw.message,
        fix: raw.fix.map(|fix| printed(ctx, fix)),
        span,
    }
}

/// A fix with an edit says what the printer makes of that edit, in the table's dialect, so the
/// SQL a person reads is the change the revised schema makes.
fn printed(ctx: &TableContext<'_>, mut fix: crate::finding::Fix) -> crate::finding::Fix {
    // A partitioned table shares its definition with partitions the script may create on
    // their own and attach later: a change to it is shown, never applied by the revision.
    if ctx.table.options.partition_by.is_some() {
        fix.applicability = fix.applicability.max(crate::finding::Applicability::Unsafe);
    }
    if let Some(edit) = &fix.edit {
        let sql = crate::print::edit_sql(ctx.table, edit, ctx.dialect());
        if !sql.is_empty() {
            fix.sql = sql.trim_end().to_string();
        }
    }
    fix
}

/// The span of the first named column, else of the reported line, else of the table.
fn finding_span(ctx: &TableContext<'_>, raw: &RawFinding) -> Span {
    if let Some(column) = raw.columns.first().and_then(|c| ctx.column(c)) {
        if column.span.line > 0 {
            return column.span;
        }
    }
    match raw.line {
        Some(line) if line > 0 => Span {
            line: line as u32,
            column: 1,
            end_line: line as u32,
            end_column: 1,
        },
        _ => ctx.table.span,
    }
}

/// Ids must be unique within a report; a rule reporting twice with the same key gets `#2`, `#3`.
fn assign_unique_ids(findings: &mut [Finding]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for finding in findings.iter_mut() {
        let count = seen.entry(finding.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            finding.id = format!("{}#{}", finding.id, count);
        }
    }
}

/// A table the script only alters or indexes is known only by what the script shows of it,
/// so judging the whole table (no primary key, no tenant column, no compression) would be
/// guessing. Only findings about columns the script itself defines are kept.
fn keep_findings_on_shown_columns(ctx: &TableContext<'_>, findings: &mut Vec<Finding>) {
    let shown = |name: &String| {
        ctx.table
            .columns
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(name))
    };
    findings.retain(|f| !f.columns.is_empty() && f.columns.iter().all(shown));
}
