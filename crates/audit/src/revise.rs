//! The revised schema: applies every safe fix to the model, then has the printer splice the
//! changes into the user's script.
//!
//! Fixes are data ([`Edit`]); this is the only module that applies them. Revision runs to a
//! fixpoint (a fix can expose another, e.g. a new foreign key needs an index), so revising the
//! revised schema changes nothing. Every change is recorded as a comment before its table, of
//! the form `-- revised (rule-id): what changed`.

use schema_audit_ddl::{Comment, ParseOutput, QualifiedName, Schema, Span, TableIndex};
use std::collections::BTreeSet;

use crate::finding::{Applicability, Edit, Finding};
use crate::options::AuditOptions;
use crate::print::script::{revised_script, Applied};

/// Safety net against fixes that keep re-enabling each other; real chains are 2-3 long.
const MAX_ROUNDS: usize = 6;

/// The revised model, its DDL and what changed.
pub struct Revision {
    pub schema: Schema,
    pub text: String,
    pub changes: usize,
}

/// One applied edit: the table its finding was on, the table it changed, the edit and the
/// note that explains it.
type AppliedEdit = (usize, usize, Edit, String);

pub fn revise(source: &str, parsed: &ParseOutput, options: &AuditOptions) -> Revision {
    let initial = crate::check::findings(&parsed.schema, options);
    let all: BTreeSet<usize> = (0..parsed.schema.tables.len()).collect();
    let scores: Vec<u8> = crate::check::scores_for(&parsed.schema, options, &all)
        .into_values()
        .collect();
    revise_from(source, parsed, options, &initial, &scores)
}

/// Revises starting from findings already computed for the parsed script (the report's own),
/// then re-audits only the tables a round changed and the tables that depend on them. The text
/// is the user's script with the edits spliced in (`print::script`).
pub fn revise_from(
    source: &str,
    parsed: &ParseOutput,
    options: &AuditOptions,
    initial: &[Vec<Finding>],
    scores: &[u8],
) -> Revision {
    let mut current = parsed.schema.clone();
    let mut applied: Vec<AppliedEdit> = Vec::new();
    let mut changed = apply_round(&mut current, initial.iter().enumerate(), &mut applied);
    for _ in 1..MAX_ROUNDS {
        if changed.is_empty() {
            break;
        }
        let affected = dependents(&current, &changed);
        let rules = revising_rules();
        let pending = crate::check::findings_for(&current, options, &affected, Some(&rules));
        changed = apply_round(
            &mut current,
            pending.iter().map(|(i, f)| (*i, f)),
            &mut applied,
        );
    }
    keep_no_table_worse(parsed, options, scores, &mut current, &mut applied);
    let text = script(source, parsed, &current, &applied, options.dialect);
    Revision {
        schema: current,
        text,
        changes: applied.len(),
    }
}

fn script(
    source: &str,
    parsed: &ParseOutput,
    current: &Schema,
    applied: &[AppliedEdit],
    dialect: schema_audit_ddl::Dialect,
) -> String {
    let list: Vec<Applied<'_>> = applied
        .iter()
        .map(|(table, _, edit, note)| Applied {
            table: *table,
            edit,
            note,
        })
        .collect();
    revised_script(source, parsed, current, &list, dialect)
}

/// Fixes can work against each other: an index one rule adds makes another judge a wide
/// clustered key costly, a creation time makes a queue a partitioning candidate. A table the
/// revision would leave scoring lower than the user's own (`scores`, the report's) keeps the
/// user's definition, and its edits are dropped. The edits' model values are what the front
/// end reads from their printed form, so judging the model judges the revised script (the
/// servers' tests re-audit the text itself).
fn keep_no_table_worse(
    parsed: &ParseOutput,
    options: &AuditOptions,
    scores: &[u8],
    current: &mut Schema,
    applied: &mut Vec<AppliedEdit>,
) {
    let touched: BTreeSet<usize> = applied.iter().flat_map(|a| [a.0, a.1]).collect();
    if touched.is_empty() {
        return;
    }
    let after = crate::check::scores_for(current, options, &touched);
    let mut worse: BTreeSet<usize> = after
        .iter()
        .filter(|(i, score)| scores.get(**i).is_some_and(|b| *score < b))
        .map(|(i, _)| *i)
        .collect();
    if worse.is_empty() {
        return;
    }
    // An edit found on one table may change another (an index on a history table): both go
    // back together.
    loop {
        let linked: Vec<usize> = applied
            .iter()
            .filter(|a| worse.contains(&a.0) != worse.contains(&a.1))
            .flat_map(|a| [a.0, a.1])
            .collect();
        if linked.is_empty() {
            break;
        }
        worse.extend(linked);
    }
    for &i in &worse {
        if let (Some(slot), Some(original)) =
            (current.tables.get_mut(i), parsed.schema.tables.get(i))
        {
            *slot = original.clone();
        }
    }
    applied.retain(|a| !worse.contains(&a.0) && !worse.contains(&a.1));
}

/// Applies every safe fix of one round; returns the indexes of the tables that changed.
fn apply_round<'f>(
    schema: &mut Schema,
    findings: impl Iterator<Item = (usize, &'f Vec<Finding>)>,
    applied: &mut Vec<AppliedEdit>,
) -> BTreeSet<usize> {
    let mut changed = BTreeSet::new();
    for (index, table_findings) in findings {
        for finding in table_findings {
            if let Some(target) = apply_finding(schema, index, finding) {
                changed.insert(index);
                changed.insert(target);
                if let Some(edit) = finding.fix.as_ref().and_then(|f| f.edit.clone()) {
                    let description = finding.fix.as_ref().map_or("", |f| f.description.as_str());
                    applied.push((
                        index,
                        target,
                        edit,
                        format!("revised ({}): {description}", finding.rule),
                    ));
                }
            }
        }
    }
    changed
}

/// Rules whose fixes are never safe cannot change a revision, so later rounds skip them.
pub const MANUAL_ONLY_RULES: &[&str] = &[
    "foreign-key-missing",
    "foreign-key-nullable",
    "deprecated-column",
    "inline-large-binary",
    "structured-string",
    "vector-index-missing",
    "spatial-index-missing",
    "json-path-unindexed",
    "hash-bucket-count",
    "wide-clustered-key",
    "history-retention-missing",
    "partitioning-candidate",
    "retention-policy-missing",
    "heap-table",
    "money-as-float",
    "legacy-datetime",
    "fixed-width-text",
    "typed-value-as-string",
    "fact-key-nullable",
    "columnstore-candidate",
];

fn revising_rules() -> BTreeSet<&'static str> {
    crate::rules()
        .iter()
        .map(|m| m.id)
        .filter(|id| !MANUAL_ONLY_RULES.contains(id))
        .collect()
}

/// Applies a finding's safe fix; returns the index of the table it changed.
fn apply_finding(schema: &mut Schema, index: usize, finding: &Finding) -> Option<usize> {
    let fix = finding.fix.as_ref()?;
    let edit = fix.edit.as_ref()?;
    if fix.applicability != Applicability::Safe {
        return None;
    }
    let target = match edit {
        Edit::AddIndexTo { table, .. } => schema
            .tables
            .iter()
            .position(|t| crate::context::same_table(&t.name, table))?,
        _ => index,
    };
    if !apply(schema, index, edit) {
        return None;
    }
    let note = format!("revised ({}): {}", finding.rule, fix.description);
    if let Some(table) = schema.tables.get_mut(index) {
        table.comments.push(comment(note));
    }
    Some(target)
}

/// The changed tables plus every table whose findings may depend on them: tables with a
/// foreign key to one (inherited tenancy, key types) and temporal tables whose history it is.
fn dependents(schema: &Schema, changed: &BTreeSet<usize>) -> BTreeSet<usize> {
    // Every table's references are checked against the changed tables; comparing each table
    // with each changed one was quadratic when a round changes thousands of tables.
    let mut index = TableIndex::default();
    for &c in changed.iter().filter(|&&c| c < schema.tables.len()) {
        index.insert(&schema.tables[c].name, c);
    }
    let is_changed = |name: &QualifiedName| index.find(&schema.tables, name).is_some();
    let mut out = changed.clone();
    for (i, table) in schema.tables.iter().enumerate() {
        let history = table
            .options
            .system_versioning
            .as_ref()
            .and_then(|v| v.history_table.as_ref());
        if table
            .foreign_keys
            .iter()
            .any(|fk| is_changed(&fk.referenced_table))
            || history.is_some_and(is_changed)
        {
            out.insert(i);
        }
    }
    out
}

fn comment(text: String) -> Comment {
    Comment {
        text,
        span: Span::default(),
    }
}

/// Applies one edit to table `index` (or, for [`Edit::AddIndexTo`], to the table it names);
/// returns whether anything changed.
fn apply(schema: &mut Schema, index: usize, edit: &Edit) -> bool {
    let target = match edit {
        Edit::AddIndexTo { table, .. } => schema.table_mut(table),
        _ => schema.tables.get_mut(index),
    };
    target.is_some_and(|table| edit.apply_to(table))
}
