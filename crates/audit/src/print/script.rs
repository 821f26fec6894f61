//! The revised script: the user's own script with the revision's edits spliced in.
//!
//! Everything the revision does not change is kept byte for byte (comments, `GO` batches,
//! `SET` lines, functions, grants, statements the model does not hold), so the revised script
//! runs wherever the original did. A changed CREATE TABLE is printed again from its own
//! statement's model plus the edits, but only when that statement was fully understood and
//! printing it loses nothing (it parses back to the same model); otherwise the edits follow it
//! as ALTER statements. New indexes follow their table, foreign keys to tables created later
//! go after the whole script, and an index a fix drops loses its CREATE INDEX statement.

use std::collections::BTreeMap;

use schema_audit_ddl::{
    Dialect, Index, IndexOrigin, ParseOutput, Schema, Span, StatementKind, StatementRecord,
    StatementState, Table,
};

use crate::finding::Edit;

/// One edit the revision applied, with the note that explains it.
pub struct Applied<'a> {
    /// The table the finding was on.
    pub table: usize,
    pub edit: &'a Edit,
    /// `revised (rule): description`.
    pub note: &'a str,
}

/// Byte offsets of `line:column` positions (1-based, columns counted in characters, as the
/// front end's spans are).
struct Offsets<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> Offsets<'s> {
    fn new(source: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        Offsets {
            source,
            line_starts,
        }
    }

    fn at(&self, line: u32, column: u32) -> usize {
        let Some(&start) = (line as usize)
            .checked_sub(1)
            .and_then(|l| self.line_starts.get(l))
        else {
            return self.source.len();
        };
        let rest = &self.source[start..];
        let skip = (column as usize).saturating_sub(1);
        start + rest.char_indices().nth(skip).map_or(rest.len(), |(i, _)| i)
    }

    /// The statement's bytes, with the `;` that ends it.
    fn range(&self, span: Span) -> (usize, usize) {
        let start = self.at(span.line, span.column);
        let mut end = self.at(span.end_line, span.end_column).max(start);
        let after = &self.source[end..];
        let trimmed = after.trim_start_matches([' ', '\t', '\r', '\n']);
        if trimmed.starts_with(';') {
            end += after.len() - trimmed.len() + 1;
        }
        (start, end)
    }
}

fn contains(outer: Span, inner: Span) -> bool {
    (outer.line, outer.column) <= (inner.line, inner.column)
        && (inner.line, inner.column) <= (outer.end_line, outer.end_column)
}

/// What happens to one statement of the original script.
#[derive(Default)]
struct Change {
    notes: Vec<String>,
    /// Printed instead of the statement.
    replace: Option<String>,
    /// Dropped (its notes stay as comments).
    remove: bool,
    /// Statements printed right after it.
    after: Vec<String>,
}

/// The revised script. `revised` is the model after the edits; `applied` lists them in the
/// order they were applied.
pub fn revised_script(
    source: &str,
    parsed: &ParseOutput,
    revised: &Schema,
    applied: &[Applied<'_>],
    dialect: Dialect,
) -> String {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if applied.is_empty() {
        return source.to_string();
    }
    let offsets = Offsets::new(source);
    let log = &parsed.statement_log;
    let home_of = |span: Span, kind: StatementKind| {
        log.iter()
            .rposition(|r| r.kind == kind && contains(r.span, span))
    };
    let table_home: Vec<Option<usize>> = parsed
        .schema
        .tables
        .iter()
        .map(|t| {
            if t.external {
                None
            } else {
                home_of(t.span, StatementKind::CreateTable)
            }
        })
        .collect();
    let index_home = |table: &Table, name: &str| -> Option<usize> {
        let index = table
            .indexes
            .iter()
            .find(|i| i.name.as_deref() == Some(name))?;
        (index.origin == IndexOrigin::CreateIndex)
            .then(|| home_of(index.span, StatementKind::CreateIndex))
            .flatten()
    };

    let mut changes: BTreeMap<usize, Change> = BTreeMap::new();
    let mut tail: Vec<String> = Vec::new();
    let mut by_table: BTreeMap<usize, Vec<&Applied<'_>>> = BTreeMap::new();
    for a in applied {
        by_table.entry(a.table).or_default().push(a);
    }
    for (&t, edits) in &by_table {
        let (Some(original), Some(revised_table)) =
            (parsed.schema.tables.get(t), revised.tables.get(t))
        else {
            continue;
        };
        let home = table_home.get(t).copied().flatten();
        let own = home.and_then(|h| reprintable(source, &offsets, &log[h], dialect));
        let home_start = home.map(|h| offsets.range(log[h].span).0);
        let mut reprint = own.clone();
        let mut after: Vec<String> = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        let mut added: Vec<String> = Vec::new();
        for a in edits {
            notes.push(a.note.to_string());
            // Edits a CREATE INDEX statement of the script carries out itself.
            match a.edit {
                Edit::DropIndex { name } => {
                    if let Some(h) = index_home(original, name) {
                        let change = changes.entry(h).or_default();
                        change.remove = true;
                        change.notes.push(a.note.to_string());
                        continue;
                    }
                }
                Edit::SetIndexOption { index, .. } => {
                    if let (Some(h), Some(new)) = (
                        index_home(original, index),
                        index_named(revised_table, index),
                    ) {
                        let change = changes.entry(h).or_default();
                        change.replace =
                            Some(super::print_create_index(revised_table, new, dialect));
                        change.notes.push(a.note.to_string());
                        continue;
                    }
                }
                _ => {}
            }
            let late_reference = match a.edit {
                Edit::AddForeignKey(fk) => {
                    let target =
                        parsed.schema.tables.iter().position(|x| {
                            crate::context::same_table(&x.name, &fk.referenced_table)
                        });
                    // The referenced key must exist by then: a dump adds keys after all
                    // its CREATE TABLE statements, so the key must be in the target's own.
                    let target_home = target.and_then(|i| {
                        let h = table_home.get(i).copied().flatten()?;
                        let key_inside = referenced_key(&parsed.schema.tables[i], fk)
                            .is_some_and(|span| contains(log[h].span, span));
                        key_inside.then_some(h)
                    });
                    let target_start = target_home.map(|h| offsets.range(log[h].span).0);
                    target_start.is_none_or(|s| home_start.is_none_or(|h| s > h))
                }
                Edit::AddIndexTo { .. } => true,
                _ => false,
            };
            if let Some(table) = reprint.as_mut() {
                if !late_reference && apply_inline(table, a.edit, dialect) {
                    continue;
                }
            }
            // A column this revision adds is added as it ends up: later edits to it (a
            // better default) are already in its definition.
            let sql = match a.edit {
                Edit::AddColumn(column) => {
                    added.push(column.name.to_ascii_lowercase());
                    let last = revised_table.column(&column.name).unwrap_or(column);
                    super::edit_sql(
                        revised_table,
                        &Edit::AddColumn(Box::new(last.clone())),
                        dialect,
                    )
                }
                Edit::SetDefault { column, .. } | Edit::ChangeType { column, .. }
                    if added.contains(&column.to_ascii_lowercase()) =>
                {
                    continue;
                }
                _ => super::edit_sql(revised_table, a.edit, dialect),
            };
            if late_reference || home.is_none() {
                tail.push(format!("-- {}\n{sql}", a.note));
            } else {
                after.push(sql);
            }
        }
        let Some(h) = home else {
            continue;
        };
        let change = changes.entry(h).or_default();
        change.notes.extend(notes);
        if let (Some(table), Some(before)) = (reprint, own) {
            let printed = super::print_create_table(&table, dialect);
            if printed != super::print_create_table(&before, dialect) {
                // Comments of the statement the model keeps on the table itself (a trailing
                // note inside the body) go before it; column and index comments are printed
                // with them.
                let mut text = String::new();
                for comment in &table.comments {
                    super::push_comment(&mut text, "", &comment.text);
                }
                text.push_str(&printed);
                change.replace = Some(text);
            }
            {
                let created: Vec<String> = table
                    .indexes
                    .iter()
                    .filter(|i| {
                        !super::is_inline(&table, i, dialect)
                            && !before.indexes.iter().any(|b| b.name == i.name)
                    })
                    .map(|index| super::print_create_index(&table, index, dialect))
                    .collect();
                after.splice(0..0, created);
            }
        }
        change.after.extend(after);
    }

    let mut out = String::with_capacity(source.len() + 1024);
    let mut at = 0;
    // In source order. A statement inside another one that changed (a CREATE TABLE in a
    // block) cannot be spliced separately: what it would add goes after the script.
    let mut ordered: Vec<(usize, usize, Change)> = changes
        .into_iter()
        .map(|(h, change)| {
            let (start, end) = offsets.range(log[h].span);
            (start, end, change)
        })
        .collect();
    ordered.sort_by_key(|(start, end, _)| (*start, *end));
    for (start, end, change) in ordered {
        if start < at {
            if !change.after.is_empty() {
                let notes: String = change.notes.iter().map(|n| format!("-- {n}\n")).collect();
                tail.push(format!("{notes}{}", change.after.join("\n")));
            }
            continue;
        }
        out.push_str(&source[at..start]);
        for note in &change.notes {
            out.push_str("-- ");
            out.push_str(note);
            out.push('\n');
        }
        if !change.remove {
            match &change.replace {
                Some(text) => out.push_str(text.trim_end()),
                None => out.push_str(&source[start..end]),
            }
        }
        for statement in &change.after {
            out.push('\n');
            out.push_str(statement.trim_end());
        }
        at = end;
        if change.remove && !source[at..].starts_with(['\n', '\r']) {
            out.push('\n');
        }
    }
    out.push_str(&source[at..]);
    if !tail.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        if dialect == Dialect::MsSql {
            out.push_str("GO\n");
        }
        for statement in tail {
            out.push('\n');
            out.push_str(&statement);
        }
    }
    out
}

/// Where the key a foreign key references is declared: the primary key when it names no
/// columns or the primary key's, else a unique constraint or unique index on them.
fn referenced_key(target: &Table, fk: &schema_audit_ddl::ForeignKey) -> Option<Span> {
    let same = |columns: &[schema_audit_ddl::IndexColumn]| {
        columns.len() == fk.referenced_columns.len()
            && columns
                .iter()
                .zip(&fk.referenced_columns)
                .all(|(c, r)| c.name.eq_ignore_ascii_case(r))
    };
    if let Some(pk) = &target.primary_key {
        if fk.referenced_columns.is_empty() || same(&pk.columns) {
            return Some(pk.span);
        }
    }
    target
        .unique_constraints
        .iter()
        .find(|u| same(&u.columns))
        .map(|u| u.span)
        .or_else(|| {
            target
                .indexes
                .iter()
                .find(|i| i.unique && same(&i.columns))
                .map(|i| i.span)
        })
}

fn index_named<'t>(table: &'t Table, name: &str) -> Option<&'t Index> {
    table
        .indexes
        .iter()
        .find(|i| i.name.as_deref() == Some(name))
}

/// The table a CREATE TABLE statement makes on its own, when printing it again loses nothing:
/// the statement was fully understood and its printed form parses back to the same model.
fn reprintable(
    source: &str,
    offsets: &Offsets<'_>,
    record: &StatementRecord,
    dialect: Dialect,
) -> Option<Table> {
    if record.state != StatementState::Understood {
        return None;
    }
    let (start, end) = offsets.range(record.span);
    let own = single_table(&source[start..end], dialect)?;
    let printed = super::print_create_table(&own, dialect);
    let again = single_table(&printed, dialect)?;
    (comparable(&own) == comparable(&again)).then_some(own)
}

fn single_table(text: &str, dialect: Dialect) -> Option<Table> {
    let parsed = schema_audit_ddl::parse(text, dialect);
    let understood = parsed
        .statement_log
        .iter()
        .all(|r| r.state == StatementState::Understood);
    let mut tables = parsed.schema.tables;
    (understood && tables.len() == 1).then(|| tables.remove(0))
}

/// A table without positions, comments and what printing settles on its own (whether
/// NULL was written, where an index was declared), for comparing a statement with its
/// printed form.
pub fn comparable(table: &Table) -> Table {
    let mut t = table.clone();
    t.span = Span::default();
    t.comments.clear();
    for c in &mut t.columns {
        c.span = Span::default();
        c.comments.clear();
        c.nullable_explicit = false;
        if let Some(d) = c.default.as_mut() {
            d.span = Span::default();
        }
    }
    for k in t
        .primary_key
        .iter_mut()
        .chain(t.unique_constraints.iter_mut())
    {
        k.span = Span::default();
    }
    for fk in &mut t.foreign_keys {
        fk.span = Span::default();
    }
    for check in &mut t.checks {
        check.span = Span::default();
    }
    for index in &mut t.indexes {
        index.span = Span::default();
        index.comments.clear();
        index.origin = IndexOrigin::Inline;
    }
    if let Some(period) = t.options.period_for_system_time.as_mut() {
        period.span = Span::default();
    }
    t
}

/// Applies an edit to the table a CREATE TABLE statement makes, when the statement can carry
/// it; returns false when it must be a statement of its own. The caller keeps foreign keys to
/// tables created later out of the statement.
fn apply_inline(table: &mut Table, edit: &Edit, dialect: Dialect) -> bool {
    match edit {
        // Where the new index is printed: inside CREATE TABLE where the dialect has inline
        // indexes (memory-optimized tables, MySQL keys), after it otherwise.
        Edit::AddIndex(index) => {
            let mut index = index.clone();
            index.origin = if super::is_inline(table, &index, dialect) {
                IndexOrigin::Inline
            } else {
                IndexOrigin::CreateIndex
            };
            Edit::AddIndex(index).apply_to(table)
        }
        Edit::SetCompression(_) if dialect != Dialect::MsSql => false,
        Edit::AddIndexTo { .. } => false,
        // The statement already has the column when a later statement of the script added
        // it to the model; nothing is left to add.
        Edit::AddColumn(column) => edit.apply_to(table) || table.column(&column.name).is_some(),
        _ => edit.apply_to(table),
    }
}
