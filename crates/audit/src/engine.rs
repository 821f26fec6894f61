//! Assembles the report: roles, findings (through `check`), the revision, scores,
//! capabilities and atomization per table, then the summary.

use schema_audit_ddl::ParseOutput;

use crate::check::table_findings;
use crate::context::{SchemaContext, TableContext};
use crate::finding::Finding;
use crate::options::AuditOptions;
use crate::report::{Report, SchemaProfile, TableReport, FORMAT_VERSION};

/// Builds the whole report for a parsed script.
pub fn report(source: &str, parsed: &ParseOutput, options: &AuditOptions) -> Report {
    let schema_ctx = SchemaContext::new(&parsed.schema, options);
    // One context per table for the rules and the report sections alike: building one
    // judges the table's role, which every section reads.
    let contexts: Vec<TableContext<'_>> = parsed
        .schema
        .tables
        .iter()
        .map(|table| TableContext::new(table, &schema_ctx))
        .collect();
    let all_findings: Vec<Vec<Finding>> = contexts
        .iter()
        .map(|ctx| table_findings(ctx, None))
        .collect();
    let strengths: Vec<_> = contexts
        .iter()
        .zip(&all_findings)
        .map(|(ctx, findings)| crate::strengths::find(ctx, findings))
        .collect();
    let scores: Vec<_> = all_findings
        .iter()
        .zip(&strengths)
        .map(|(findings, strengths)| crate::score::breakdown(findings, strengths.len()))
        .collect();
    let own_scores: Vec<u8> = scores.iter().map(|(score, _)| *score).collect();
    let revision = crate::revise::revise_from(source, parsed, options, &all_findings, &own_scores);
    let migration = crate::migrate::diff_schemas(
        &parsed.schema,
        &revision.schema,
        &crate::migrate::MigrateOptions {
            dialect: parsed.dialect,
            allow_data_loss: false,
        },
    );
    let revised_schema = revision.text;
    let tables: Vec<TableReport> = contexts
        .iter()
        .zip(all_findings)
        .zip(strengths.into_iter().zip(scores))
        .map(
            |((ctx, findings), (strengths, (score, score_breakdown)))| TableReport {
                name: ctx.name.clone(),
                span: ctx.table.span,
                score,
                grade: crate::score::Grade::of(score),
                role: ctx.role.clone(),
                score_breakdown,
                strengths,
                capabilities: crate::capabilities::assess(ctx),
                atomization: crate::atomization::analyze(ctx),
                findings,
            },
        )
        .collect();
    let summary = crate::summary::summarize(&parsed.schema, parsed.statements, &tables);
    Report {
        format_version: FORMAT_VERSION,
        dialect: parsed.dialect,
        summary,
        context: SchemaProfile {
            tenancy: schema_ctx.tenancy.clone(),
            warehouse: schema_ctx.is_warehouse(),
        },
        tables,
        revised_schema,
        migration,
        diagnostics: parsed.diagnostics.clone(),
    }
}
