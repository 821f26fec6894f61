//! The T-SQL grammar layer: batches -> statements -> model effects.
//!
//! Each statement parser reads tokens and returns an [`Effect`] plus its diagnostics; the
//! driver then decides the statement's state and merges the effect into the schema.
//! Effects on tables not yet defined wait until the end of the script, so order does not
//! matter. Nothing here recurses: brackets are skipped via precomputed pairs.

pub(crate) mod alter_table;
pub(crate) mod clauses;
pub(crate) mod comments;
mod create_index;
pub(crate) mod create_table;
mod other;
mod procedures;

use sqlparser::tokenizer::Token;

use crate::cursor::{is_statement_start, Cursor};
use crate::lexer::{is_kw, too_deep, unclosed, Lexed};
use crate::model::{
    codes, DiagnosticSeverity, Dialect, ExtendedProperty, Index, OptionValue, ParseOutput,
    PartitionFunction, PartitionScheme, QualifiedName, Schema, Sequence, Span, StatementKind,
    StatementRecord, StatementState, Table, TableIndex, UserType, View,
};
use alter_table::AlterAction;
use clauses::{with_options, Diags};

/// Brackets nested deeper than this make the statement fail with [`codes::NESTING_TOO_DEEP`].
/// Real DDL stays far below it; anything deeper is generated or hostile input.
pub const MAX_NESTING: usize = 128;

/// What a statement does to the schema.
#[cfg_attr(not(feature = "postgres-mysql"), allow(dead_code))] // some only `generic` builds
pub(crate) enum Effect {
    None,
    Table(Box<Table>),
    Index(QualifiedName, Box<Index>),
    Alter(QualifiedName, Vec<AlterAction>),
    AlterIndex(QualifiedName, Option<String>, Vec<OptionValue>),
    DropTables(Vec<QualifiedName>),
    DropIndexes(Vec<(QualifiedName, String)>),
    /// PostgreSQL `DROP INDEX s.i`: the index is found by name among the tables of its
    /// schema (`s.i` names the index, not its table).
    DropSchemaIndexes(Vec<QualifiedName>),
    /// PostgreSQL `ALTER INDEX s.i RENAME TO j`, found as [`Effect::DropSchemaIndexes`] finds
    /// it.
    RenameSchemaIndex(QualifiedName, String),
    /// T-SQL `sp_rename 'dbo.X', 'Y'`: the table `dbo.X`, or else the constraint `X` of a
    /// table in schema `dbo`.
    RenameObject(QualifiedName, String),
    Sequence(Sequence),
    /// `ALTER SEQUENCE s OWNED BY t.c`.
    SequenceOwner(QualifiedName, crate::model::ColumnRef),
    PartitionFunction(PartitionFunction),
    PartitionScheme(PartitionScheme),
    UserType(UserType),
    Schema(String),
    ExtendedProperty(ExtendedProperty),
    View(QualifiedName),
}

/// A parsed statement before it is merged.
pub(crate) struct Statement {
    pub kind: StatementKind,
    pub object: Option<String>,
    pub effect: Effect,
    /// A schema statement whose object could not be read.
    pub failed: bool,
    pub skipped: bool,
}

impl Statement {
    pub(crate) fn skipped(kind: StatementKind) -> Self {
        Statement {
            kind,
            object: None,
            effect: Effect::None,
            failed: false,
            skipped: true,
        }
    }

    pub(crate) fn schema(kind: StatementKind, object: Option<String>, effect: Effect) -> Self {
        Statement {
            kind,
            object,
            effect,
            failed: false,
            skipped: false,
        }
    }

    pub(crate) fn failed(kind: StatementKind) -> Self {
        Statement {
            failed: true,
            ..Statement::schema(kind, None, Effect::None)
        }
    }
}

/// Parses every batch into `out`.
pub fn parse(src: &str, lexed: &Lexed, out: &mut ParseOutput) {
    let mut driver = Driver::new(Dialect::MsSql);
    for &(lo, hi) in &lexed.batches {
        let mut cur = Cursor::new(src, lexed, lo, hi);
        driver.batch(&mut cur);
    }
    driver.finish(out);
}

/// Merges statements into one schema, for every dialect: the single place where the
/// model is changed, so ALTER/CREATE INDEX ordering rules are the same everywhere.
pub(crate) struct Driver {
    schema: Schema,
    diagnostics: Vec<crate::model::Diagnostic>,
    log: Vec<StatementRecord>,
    /// Effects on objects not defined yet: (log index, effect).
    pending: Vec<(usize, Effect)>,
    index: TableIndex,
    /// Whose generated constraint names (`t_pkey`, `t_ibfk_1`) a drop may use.
    dialect: Dialect,
}

impl Driver {
    pub(crate) fn new(dialect: Dialect) -> Self {
        Driver {
            dialect,
            schema: Schema::default(),
            diagnostics: Vec::new(),
            log: Vec::new(),
            pending: Vec::new(),
            index: TableIndex::default(),
        }
    }

    /// Resolves what is still pending and moves the result into `out`.
    pub(crate) fn finish(mut self, out: &mut ParseOutput) {
        self.retry_pending();
        out.schema = self.schema;
        out.diagnostics.extend(self.diagnostics);
        out.statement_log.extend(self.log);
    }

    fn batch(&mut self, cur: &mut Cursor) {
        while !cur.at_end() {
            if cur.eat(&Token::SemiColon) || self.control_flow(cur) {
                continue;
            }
            let start = cur.pos;
            let mut diags = Diags::default();
            let mut stmt = statement(cur, start, &mut diags);
            if cur.pos <= start {
                cur.pos = start + 1;
            }
            if !stmt.skipped {
                finish(cur, &mut diags);
            }
            cur.eat(&Token::SemiColon);
            let span = cur.span(start, cur.pos);
            if let Some(at) = too_deep(&cur.lexed.toks, start, cur.pos, MAX_NESTING) {
                diags.push(
                    DiagnosticSeverity::Error,
                    codes::NESTING_TOO_DEEP,
                    at,
                    format!("brackets nest deeper than {MAX_NESTING} levels; statement not read"),
                );
                stmt.effect = Effect::None;
                stmt.failed = !stmt.skipped;
            } else if let Some(at) = unclosed(&cur.lexed.toks, start, cur.pos)
                .filter(|_| !stmt.skipped && !matches!(stmt.effect, Effect::None))
            {
                diags.push(
                    DiagnosticSeverity::Error,
                    codes::STATEMENT_FAILED,
                    at,
                    format!(
                        "the `(` at line {}, column {} is never closed: the statement ends inside it, so it is not read",
                        at.line, at.column
                    ),
                );
                stmt.effect = Effect::None;
                stmt.failed = true;
            }
            // Comments just above (or trailing) a statement describe its object; the audit
            // reads suppressions and DEPRECATED markers from them.
            let attached = match &mut stmt.effect {
                Effect::Table(table) => Some(&mut table.comments),
                Effect::Index(_, index) => Some(&mut index.comments),
                Effect::Sequence(sequence) => Some(&mut sequence.comments),
                _ => None,
            };
            if let Some(existing) = attached {
                let mut notes = comments::leading(cur, start);
                notes.append(existing);
                notes.extend(comments::trailing(cur, cur.pos.saturating_sub(1)));
                *existing = notes;
            }
            self.record(stmt, span, diags);
        }
    }

    /// IF conditions, BEGIN/END and ELSE wrap statements; they are read through, not counted.
    fn control_flow(&mut self, cur: &mut Cursor) -> bool {
        if cur.eat_kw("IF") {
            while let Some(token) = cur.peek() {
                if is_statement_start(token) && !is_kw(token, "SELECT") {
                    break;
                }
                cur.skip_one();
            }
            true
        } else if cur.is_kw("BEGIN")
            && ![
                "TRAN",
                "TRANSACTION",
                "DISTRIBUTED",
                "DIALOG",
                "CONVERSATION",
            ]
            .iter()
            .any(|k| cur.is_kw_at(1, k))
        {
            cur.pos += 1;
            let _ = cur.eat_kw("TRY") || cur.eat_kw("CATCH");
            true
        } else if cur.eat_kw("END") {
            let _ = cur.eat_kw("TRY") || cur.eat_kw("CATCH");
            true
        } else {
            cur.eat_kw("ELSE")
        }
    }

    pub(crate) fn record(&mut self, stmt: Statement, span: Span, diags: Diags) {
        let state = if stmt.skipped {
            StatementState::Skipped
        } else if stmt.failed {
            StatementState::Failed
        } else if diags.has_problems() {
            StatementState::Partial
        } else {
            StatementState::Understood
        };
        if stmt.failed
            && !diags
                .list
                .iter()
                .any(|d| d.severity == DiagnosticSeverity::Error)
        {
            self.diagnostics.push(crate::model::Diagnostic {
                severity: DiagnosticSeverity::Error,
                code: codes::STATEMENT_FAILED.to_string(),
                message: format!(
                    "line {}: {} statement could not be read; it is not in the model",
                    span.line,
                    kind_name(&stmt.kind)
                ),
                span,
            });
        }
        self.diagnostics.extend(diags.list);
        let index = self.log.len();
        self.log.push(StatementRecord {
            kind: stmt.kind,
            state,
            span,
            object: stmt.object,
        });
        if let Some(effect) = self.apply(stmt.effect, span) {
            self.pending.push((index, effect));
        }
    }

    /// Merges an effect. Returns it back when its target is not defined yet.
    fn apply(&mut self, effect: Effect, span: Span) -> Option<Effect> {
        let mut diags = Diags::default();
        let (schema, index, dialect) = (&mut self.schema, &mut self.index, self.dialect);
        match effect {
            Effect::None => {}
            Effect::Table(table) => {
                if let Some(pos) = index.find(&schema.tables, &table.name) {
                    diags.push(
                        DiagnosticSeverity::Warning,
                        codes::DUPLICATE_TABLE,
                        span,
                        format!(
                            "table `{}` is created again; the later definition is kept",
                            table.name
                        ),
                    );
                    schema.tables[pos] = *table;
                } else {
                    index.push(&mut schema.tables, *table);
                }
            }
            Effect::Index(name, new_index) => {
                if let Some(table) = index.find_mut(&mut schema.tables, &name) {
                    table.indexes.push(*new_index);
                } else if let Some(view) =
                    schema.views.iter_mut().find(|v| v.name.same_object(&name))
                {
                    view.indexes.push(*new_index);
                } else {
                    return Some(Effect::Index(name, new_index));
                }
            }
            Effect::Alter(name, actions) => match index.find(&schema.tables, &name) {
                Some(position) => {
                    alter_at(schema, index, position, actions, span, &mut diags, dialect);
                }
                None => {
                    // A drop aimed at a table that does not exist yet removes nothing (the
                    // `pg_dump --clean` and guarded T-SQL shapes drop before they create).
                    // Waiting for the table would undo the CREATE or ADD that follows, and
                    // an action that changes nothing (OWNER TO, ENABLE TRIGGER) is no
                    // reason to invent a placeholder table.
                    let actions: Vec<AlterAction> =
                        actions.into_iter().filter(AlterAction::builds).collect();
                    if !actions.is_empty() {
                        return Some(Effect::Alter(name, actions));
                    }
                }
            },
            Effect::AlterIndex(name, target, options) => {
                match index.find_mut(&mut schema.tables, &name) {
                    Some(table) => {
                        for ix in table.indexes.iter_mut().filter(|ix| {
                            target.as_deref().is_none_or(|n| {
                                ix.name
                                    .as_deref()
                                    .is_some_and(|x| x.eq_ignore_ascii_case(n))
                            })
                        }) {
                            for option in &options {
                                ix.options.retain(|o| o.name != option.name);
                                ix.options.push(option.clone());
                            }
                        }
                    }
                    None => return Some(Effect::AlterIndex(name, target, options)),
                }
            }
            Effect::DropTables(names) => {
                schema
                    .tables
                    .retain(|t| !names.iter().any(|n| n.same_object(&t.name)));
                *index = TableIndex::of(&schema.tables);
            }
            Effect::DropIndexes(list) => {
                for (table, dropped) in list {
                    if let Some(t) = index.find_mut(&mut schema.tables, &table) {
                        t.indexes.retain(|ix| {
                            !ix.name
                                .as_deref()
                                .is_some_and(|n| n.eq_ignore_ascii_case(&dropped))
                        });
                    }
                }
            }
            Effect::DropSchemaIndexes(names) => {
                for name in names {
                    if let Some((position, element)) = schema_index(schema, &name, dialect) {
                        let table = &mut schema.tables[position];
                        alter_table::apply(
                            table,
                            vec![AlterAction::DropIndex(element)],
                            span,
                            &mut diags,
                            dialect,
                        );
                    }
                }
            }
            Effect::RenameSchemaIndex(name, to) => match schema_index(schema, &name, dialect) {
                Some((position, from)) => alter_table::apply(
                    &mut schema.tables[position],
                    vec![AlterAction::RenameIndex { from, to }],
                    span,
                    &mut diags,
                    dialect,
                ),
                None => diags.push(
                    DiagnosticSeverity::Warning,
                    codes::UNKNOWN_MEMBER,
                    span,
                    format!("ALTER INDEX names index `{name}`, which no table has"),
                ),
            },
            Effect::RenameObject(name, to) => {
                let action = match index.find(&schema.tables, &name) {
                    Some(position) => Some((position, AlterAction::RenameTable(to))),
                    None => constraint_in_schema(schema, &name).map(|position| {
                        let from = name.name.clone();
                        (position, AlterAction::RenameConstraint { from, to })
                    }),
                };
                if let Some((position, action)) = action {
                    alter_at(
                        schema,
                        index,
                        position,
                        vec![action],
                        span,
                        &mut diags,
                        dialect,
                    );
                }
            }
            Effect::Sequence(s) => schema.sequences.push(s),
            Effect::SequenceOwner(name, owner) => {
                match schema
                    .sequences
                    .iter_mut()
                    .find(|s| s.name.same_object(&name))
                {
                    Some(sequence) => sequence.owned_by = Some(owner),
                    None => return Some(Effect::SequenceOwner(name, owner)),
                }
            }
            Effect::PartitionFunction(f) => schema.partition_functions.push(f),
            Effect::PartitionScheme(s) => schema.partition_schemes.push(s),
            Effect::UserType(t) => schema.user_types.push(t),
            Effect::Schema(name) => schema.schemas.push(name),
            Effect::View(name) => schema.views.push(View {
                name,
                span,
                indexes: Vec::new(),
            }),
            Effect::ExtendedProperty(p) => {
                if !attach_property(schema, index, &p) {
                    return Some(Effect::ExtendedProperty(p));
                }
            }
        }
        self.diagnostics.extend(diags.list);
        None
    }

    /// Retries effects whose target appeared later. Changes to tables never created here go
    /// to an `external` placeholder table, so migration scripts still yield a model.
    fn retry_pending(&mut self) {
        for (index, effect) in std::mem::take(&mut self.pending) {
            let span = self.log[index].span;
            let Some(effect) = self.apply(effect, span) else {
                continue;
            };
            let target = match &effect {
                Effect::ExtendedProperty(p) => {
                    // Properties on objects the model does not hold are still kept as data.
                    self.schema.extended_properties.push(p.clone());
                    continue;
                }
                Effect::Index(name, _)
                | Effect::Alter(name, _)
                | Effect::AlterIndex(name, _, _) => name.clone(),
                _ => continue,
            };
            self.diagnostics.push(crate::model::Diagnostic {
                severity: DiagnosticSeverity::Info,
                code: codes::UNKNOWN_TABLE.to_string(),
                message: format!(
                    "line {}: `{target}` is not created in this script; its changes are kept on an external placeholder table",
                    span.line
                ),
                span,
            });
            self.index.push(
                &mut self.schema.tables,
                Table {
                    name: target,
                    span,
                    external: true,
                    ..Table::default()
                },
            );
            // The placeholder exists now, so this cannot come back pending.
            let _ = self.apply(effect, span);
        }
    }
}

/// Applies ALTER TABLE actions to the table at `position`, one at a time, so that a rename
/// reaches the other tables before the next action: foreign keys elsewhere follow a renamed
/// table or referenced column.
fn alter_at(
    schema: &mut Schema,
    index: &mut TableIndex,
    position: usize,
    actions: Vec<AlterAction>,
    span: Span,
    diags: &mut Diags,
    dialect: Dialect,
) {
    for action in actions {
        let old = schema.tables[position].name.clone();
        let renamed_column = match &action {
            AlterAction::RenameColumn { from, to } => Some((from.clone(), to.clone())),
            _ => None,
        };
        let renamed_table = matches!(action, AlterAction::RenameTable(_));
        alter_table::apply(
            &mut schema.tables[position],
            vec![action],
            span,
            diags,
            dialect,
        );
        if renamed_table {
            let to = schema.tables[position].name.name.clone();
            for fk in schema.tables.iter_mut().flat_map(|t| &mut t.foreign_keys) {
                if fk.referenced_table.same_object(&old) {
                    fk.referenced_table.name = to.clone();
                }
            }
            *index = TableIndex::of(&schema.tables);
        }
        if let Some((from, to)) = renamed_column {
            for fk in schema.tables.iter_mut().flat_map(|t| &mut t.foreign_keys) {
                if fk.referenced_table.same_object(&old) {
                    for column in &mut fk.referenced_columns {
                        if column.eq_ignore_ascii_case(&from) {
                            *column = to.clone();
                        }
                    }
                }
            }
        }
    }
}

/// Whether `table` is in the schema of `name`, the name of something inside a table (an
/// index or constraint), whose schema is its table's.
fn in_schema_of(name: &QualifiedName, table: &Table) -> bool {
    QualifiedName {
        database: None,
        schema: name.schema.clone(),
        name: table.name.name.clone(),
    }
    .same_object(&table.name)
}

/// The table in `name`'s schema with a constraint called `name`'s bare name.
fn constraint_in_schema(schema: &Schema, name: &QualifiedName) -> Option<usize> {
    let called = |n: &Option<String>| {
        n.as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(&name.name))
    };
    schema.tables.iter().position(|t| {
        let keys = t.primary_key.iter().chain(&t.unique_constraints);
        in_schema_of(name, t)
            && (keys.clone().any(|k| called(&k.name))
                || t.foreign_keys.iter().any(|f| called(&f.name))
                || t.checks.iter().any(|c| called(&c.name))
                || t.columns.iter().any(|c| {
                    c.default
                        .as_ref()
                        .is_some_and(|d| called(&d.constraint_name))
                }))
    })
}

/// The table holding the index `name` names (its schema is the index's), and the index's
/// name there: PostgreSQL's `DROP INDEX s.i` and `ALTER INDEX s.i` do not name the table.
/// A primary or unique key is found by its index's name too, and an index or key the
/// script left unnamed by the name the server gave it.
fn schema_index(
    schema: &Schema,
    name: &QualifiedName,
    dialect: Dialect,
) -> Option<(usize, String)> {
    use crate::generated_names::{find, Member};
    let candidates = || {
        schema
            .tables
            .iter()
            .enumerate()
            .filter(|(_, t)| in_schema_of(name, t))
    };
    let called = |n: &Option<String>| {
        n.as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(&name.name))
    };
    let named = |t: &Table| {
        t.indexes.iter().any(|ix| called(&ix.name))
            || (t.primary_key.iter().chain(&t.unique_constraints)).any(|k| called(&k.name))
    };
    let generated = |t: &Table| {
        matches!(
            find(dialect, t, &name.name),
            Some(Member::Index(_) | Member::Unique(_) | Member::PrimaryKey)
        )
    };
    candidates()
        .find(|(_, t)| named(t))
        .or_else(|| candidates().find(|(_, t)| generated(t)))
        .map(|(position, _)| (position, name.name.clone()))
}

/// Attaches an `MS_Description` to its table, column or type, or keeps other properties
/// as data. Returns false when the table or column it names is not defined (yet).
fn attach_property(schema: &mut Schema, index: &TableIndex, p: &ExtendedProperty) -> bool {
    let level = |kind: &str| {
        p.levels
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(kind))
            .map(|(_, n)| n.clone())
    };
    // SSMS writes `MS_Description`; SSDT projects such as WideWorldImporters use `Description`.
    let is_description =
        p.name.eq_ignore_ascii_case("MS_Description") || p.name.eq_ignore_ascii_case("Description");
    let (Some(schema_name), true) = (level("SCHEMA"), is_description) else {
        schema.extended_properties.push(p.clone());
        return true;
    };
    let name = |n: String| QualifiedName {
        database: None,
        schema: Some(schema_name.clone()),
        name: n,
    };
    if let Some(type_name) = level("TYPE") {
        if let Some(t) = schema
            .user_types
            .iter_mut()
            .find(|t| t.name.same_object(&name(type_name.clone())))
        {
            t.description = Some(p.value.clone());
            return true;
        }
    }
    let Some(table_name) = level("TABLE") else {
        schema.extended_properties.push(p.clone());
        return true;
    };
    let Some(table) = index.find_mut(&mut schema.tables, &name(table_name)) else {
        return false;
    };
    match p.levels.get(2) {
        None => table.description = Some(p.value.clone()),
        Some((kind, column)) if kind == "COLUMN" => match table.column_mut(column) {
            Some(col) => col.description = Some(p.value.clone()),
            None => return false,
        },
        Some((kind, index)) if kind == "INDEX" => {
            let named = |ix: &&mut Index| {
                ix.name
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(index))
            };
            match table.indexes.iter_mut().find(named) {
                Some(ix) => ix.description = Some(p.value.clone()),
                None => return false,
            }
        }
        Some(_) => schema.extended_properties.push(p.clone()),
    }
    true
}

fn kind_name(kind: &StatementKind) -> String {
    match kind {
        StatementKind::Other(s) => s.to_uppercase(),
        other => format!("{other:?}"),
    }
}

/// Where the statement starting at `from` ends: the next top-level `;` or statement
/// keyword. `SET` after `ON DELETE`/`ON UPDATE` and keywords inside CASE ... END do not end it.
pub(crate) fn statement_end(cur: &Cursor, from: usize) -> usize {
    let mut case_depth = 0usize;
    let mut i = from;
    while i < cur.end {
        let token = &cur.lexed.toks[i].token;
        match token {
            Token::SemiColon => return i,
            Token::LParen => {
                i = cur.close_of(i) + 1;
                continue;
            }
            _ => {}
        }
        if is_kw(token, "CASE") {
            case_depth += 1;
        } else if is_kw(token, "END") && case_depth > 0 {
            case_depth -= 1;
        } else if case_depth == 0
            && is_statement_start(token)
            && !is_referential_action_word(cur, i)
        {
            return i;
        }
        i += 1;
    }
    cur.end
}

/// `ON DELETE SET NULL`, `ON UPDATE CASCADE`, `DROP COLUMN IF EXISTS`: these DELETE,
/// UPDATE, SET and IF are not statements.
fn is_referential_action_word(cur: &Cursor, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &cur.lexed.toks[p].token) else {
        return false;
    };
    let token = &cur.lexed.toks[i].token;
    let object_words = [
        "COLUMN",
        "CONSTRAINT",
        "TABLE",
        "INDEX",
        "DROP",
        "VIEW",
        "SEQUENCE",
    ];
    ((is_kw(token, "DELETE") || is_kw(token, "UPDATE")) && is_kw(prev, "ON"))
        || (is_kw(token, "SET") && (is_kw(prev, "DELETE") || is_kw(prev, "UPDATE")))
        || (is_kw(token, "IF") && object_words.iter().any(|w| is_kw(prev, w)))
}

/// After a schema statement: anything before the next statement was not understood.
fn finish(cur: &mut Cursor, diags: &mut Diags) {
    if cur.at_end() || cur.is(&Token::SemiColon) {
        return;
    }
    let end = statement_end(cur, cur.pos);
    if end > cur.pos {
        diags.clause(
            cur.here(),
            format!("`{}` not understood", cur.quote(cur.pos, end)),
        );
        cur.pos = end;
    }
}

/// Skips a non-schema statement. `UPDATE ... SET` keeps its SET.
fn skip_statement(cur: &mut Cursor, kind: StatementKind) -> Statement {
    let first_is_update = cur.is_kw("UPDATE") || cur.is_kw("MERGE");
    let mut end = statement_end(cur, cur.pos + 1);
    while first_is_update && end < cur.end && cur.tok(end).is_some_and(|t| is_kw(&t.token, "SET")) {
        end = statement_end(cur, end + 1);
    }
    cur.pos = end;
    Statement::skipped(kind)
}

/// Skips the rest of the batch: procedure, function, trigger and view bodies.
fn skip_batch(cur: &mut Cursor, kind: StatementKind) -> Statement {
    cur.pos = cur.end;
    Statement::skipped(kind)
}

fn statement(cur: &mut Cursor, start: usize, diags: &mut Diags) -> Statement {
    let keyword = cur.keyword().unwrap_or_default();
    if keyword == "DECLARE" {
        if let Some(stmt) = procedures::lookup_drop(cur) {
            return stmt;
        }
    }
    match keyword.as_str() {
        "CREATE" => create(cur, start, diags),
        "ALTER" => alter(cur, start, diags),
        "DROP" => drop_statement(cur),
        "EXEC" | "EXECUTE" => exec(cur, start),
        "DECLARE"
            if cur.is_kw_at(2, "TABLE") || (cur.is_kw_at(2, "AS") && cur.is_kw_at(3, "TABLE")) =>
        {
            // A table variable lives for one batch: it is not part of the schema.
            skip_statement(cur, StatementKind::Other("declare table".into()))
        }
        _ if cur.is(&Token::Colon) => {
            // sqlcmd directives (`:setvar`, `:on error exit`) run to the end of their line.
            let line = cur.here().line;
            while cur.tok(cur.pos).is_some_and(|t| t.span.line == line) {
                cur.pos += 1;
            }
            Statement::skipped(StatementKind::Other("sqlcmd".into()))
        }
        _ => {
            let known = cur.peek().is_some_and(is_statement_start) || keyword == "WITH";
            if !known {
                diags.push(
                    DiagnosticSeverity::Info,
                    codes::UNKNOWN_STATEMENT,
                    cur.here(),
                    format!(
                        "statement `{}` not recognized; skipped",
                        cur.quote(start, start + 3)
                    ),
                );
            }
            let kind = StatementKind::Other(if known {
                keyword.to_ascii_lowercase()
            } else {
                "unknown".into()
            });
            skip_statement(cur, kind)
        }
    }
}

fn create(cur: &mut Cursor, start: usize, diags: &mut Diags) -> Statement {
    cur.pos += 1;
    cur.eat_kws(&["OR", "ALTER"]);
    if cur.eat_kw("TABLE") {
        return match create_table::create_table(cur, diags, start) {
            Some(table) => Statement::schema(
                StatementKind::CreateTable,
                Some(table.name.to_string()),
                Effect::Table(Box::new(table)),
            ),
            None => Statement::failed(StatementKind::CreateTable),
        };
    }
    if let Some((kind, unique)) = create_index::index_head(cur) {
        return match create_index::create_index(cur, kind, unique, start, diags) {
            Some((table, index)) => Statement::schema(
                StatementKind::CreateIndex,
                Some(table.to_string()),
                Effect::Index(table, Box::new(index)),
            ),
            None => Statement::failed(StatementKind::CreateIndex),
        };
    }
    let (kind, effect) = if cur.eat_kw("SEQUENCE") {
        let seq = other::sequence(cur, start, diags);
        (StatementKind::CreateSequence, seq.map(Effect::Sequence))
    } else if cur.eat_kws(&["PARTITION", "FUNCTION"]) {
        let f = other::partition_function(cur, start, diags);
        (
            StatementKind::CreatePartitionFunction,
            f.map(Effect::PartitionFunction),
        )
    } else if cur.eat_kws(&["PARTITION", "SCHEME"]) {
        let s = other::partition_scheme(cur, start);
        (
            StatementKind::CreatePartitionScheme,
            s.map(Effect::PartitionScheme),
        )
    } else if cur.eat_kw("TYPE") {
        let t = other::user_type(cur, start, diags);
        (StatementKind::CreateType, t.map(Effect::UserType))
    } else if cur.eat_kw("SCHEMA") {
        (
            StatementKind::CreateSchema,
            other::schema(cur).map(Effect::Schema),
        )
    } else if cur.eat_kw("PROCEDURE") || cur.eat_kw("PROC") {
        return skip_batch(cur, StatementKind::Procedure);
    } else if cur.eat_kw("FUNCTION") {
        return skip_batch(cur, StatementKind::Function);
    } else if cur.eat_kw("TRIGGER") {
        return skip_batch(cur, StatementKind::Trigger);
    } else if cur.eat_kw("VIEW") {
        let name = cur.object_name();
        let mut stmt = skip_batch(cur, StatementKind::View);
        stmt.object = name.as_ref().map(|n| n.to_string());
        stmt.effect = name.map(Effect::View).unwrap_or(Effect::None);
        return stmt;
    } else if cur.eat_kw("STATISTICS") {
        return skip_statement(cur, StatementKind::CreateStatistics);
    } else {
        let what = cur.quote(start, cur.pos + 2);
        if !is_quietly_skipped(cur) {
            diags.push(
                DiagnosticSeverity::Info,
                codes::UNKNOWN_STATEMENT,
                cur.here(),
                format!("`{what}` is not part of the schema model; skipped"),
            );
        }
        let kind = StatementKind::Other(format!(
            "create {}",
            cur.keyword().unwrap_or_default().to_ascii_lowercase()
        ));
        return skip_statement(cur, kind);
    };
    let object = match &effect {
        Some(Effect::Sequence(s)) => Some(s.name.to_string()),
        Some(Effect::PartitionFunction(f)) => Some(f.name.clone()),
        Some(Effect::PartitionScheme(s)) => Some(s.name.clone()),
        Some(Effect::UserType(t)) => Some(t.name.to_string()),
        Some(Effect::Schema(s)) => Some(s.clone()),
        _ => None,
    };
    match effect {
        Some(effect) => Statement::schema(kind, object, effect),
        None => {
            diags.push(
                DiagnosticSeverity::Error,
                codes::STATEMENT_FAILED,
                cur.here(),
                format!(
                    "{} not understood at `{}`; it is not in the model",
                    kind_name(&kind),
                    cur.quote(cur.pos, cur.pos + 4)
                ),
            );
            let mut stmt = Statement::failed(kind);
            cur.pos = statement_end(cur, cur.pos + 1);
            stmt.object = object;
            stmt
        }
    }
}

/// Server-level objects that are outside a schema model; skipping them needs no note.
fn is_quietly_skipped(cur: &Cursor) -> bool {
    [
        "DATABASE",
        "LOGIN",
        "USER",
        "ROLE",
        "ASSEMBLY",
        "CERTIFICATE",
        "MASTER",
        "SYMMETRIC",
        "ASYMMETRIC",
        "FULLTEXT",
        "XML",
        "SYNONYM",
        "COLUMN",
        "EVENT",
        "QUEUE",
        "SERVICE",
        "CONTRACT",
        "MESSAGE",
        "ROUTE",
        "ENDPOINT",
        "CREDENTIAL",
        "DEFAULT",
        "RULE",
        "APPLICATION",
        "SERVER",
        "AGGREGATE",
        "EXTERNAL",
        "SECURITY",
        "WORKLOAD",
        "RESOURCE",
    ]
    .iter()
    .any(|k| cur.is_kw(k))
}

fn alter(cur: &mut Cursor, start: usize, diags: &mut Diags) -> Statement {
    if cur.is_kws(&["ALTER", "TABLE"]) {
        cur.pos += 2;
        return match alter_table::alter_table(cur, diags) {
            Some((name, actions)) => Statement::schema(
                StatementKind::AlterTable,
                Some(name.to_string()),
                Effect::Alter(name, actions),
            ),
            None => Statement::failed(StatementKind::AlterTable),
        };
    }
    if cur.is_kws(&["ALTER", "INDEX"]) {
        cur.pos += 2;
        return alter_index(cur, diags);
    }
    for (word, kind) in [
        ("PROCEDURE", StatementKind::Procedure),
        ("PROC", StatementKind::Procedure),
        ("FUNCTION", StatementKind::Function),
        ("TRIGGER", StatementKind::Trigger),
        ("VIEW", StatementKind::View),
    ] {
        if cur.is_kw_at(1, word) {
            return skip_batch(cur, kind);
        }
    }
    let object = match cur.peek_at(1) {
        Some(Token::Word(w)) => w.value.to_ascii_lowercase(),
        _ => String::new(),
    };
    let kind = StatementKind::Other(format!("alter {object}"));
    let server_level = ["database", "authorization", "login", "user", "role", "xml"];
    if !server_level.contains(&object.as_str()) {
        diags.push(
            DiagnosticSeverity::Info,
            codes::UNKNOWN_STATEMENT,
            cur.here(),
            format!(
                "`{}` is not part of the schema model; skipped",
                cur.quote(start, start + 3)
            ),
        );
    }
    skip_statement(cur, kind)
}

/// ALTER INDEX name|ALL ON table REBUILD|REORGANIZE|DISABLE [WITH (...)].
fn alter_index(cur: &mut Cursor, diags: &mut Diags) -> Statement {
    let index = if cur.eat_kw("ALL") { None } else { cur.ident() };
    if !cur.eat_kw("ON") {
        return Statement::failed(StatementKind::AlterIndex);
    }
    let Some(table) = cur.object_name() else {
        return Statement::failed(StatementKind::AlterIndex);
    };
    let end = statement_end(cur, cur.pos);
    let mut options = Vec::new();
    while cur.pos < end {
        match with_options(cur, diags) {
            Some(items) => options.extend(
                (items.into_iter().map(|i| i.option)).filter(|o| !clauses::is_how_to_run(o)),
            ),
            None => cur.skip_one(),
        }
    }
    Statement::schema(
        StatementKind::AlterIndex,
        Some(table.to_string()),
        Effect::AlterIndex(table, index, options),
    )
}

fn drop_statement(cur: &mut Cursor) -> Statement {
    let end = statement_end(cur, cur.pos + 1);
    if cur.is_kws(&["DROP", "TABLE"]) {
        cur.pos += 2;
        let names = other::drop_tables(cur, end);
        return Statement::schema(StatementKind::DropTable, None, Effect::DropTables(names));
    }
    if cur.is_kws(&["DROP", "INDEX"]) {
        cur.pos += 2;
        let list = other::drop_indexes(cur, end);
        return Statement::schema(StatementKind::DropIndex, None, Effect::DropIndexes(list));
    }
    let kind = StatementKind::Other("drop".into());
    cur.pos = end;
    Statement::skipped(kind)
}

fn exec(cur: &mut Cursor, start: usize) -> Statement {
    cur.pos += 1;
    let name = cur.object_name();
    if name
        .as_ref()
        .is_some_and(|n| n.name.eq_ignore_ascii_case("sp_rename"))
    {
        let end = statement_end(cur, cur.pos);
        if let Some(stmt) = procedures::sp_rename(cur, end) {
            return stmt;
        }
    }
    let is_property = name.as_ref().is_some_and(|n| {
        n.name.eq_ignore_ascii_case("sp_addextendedproperty")
            || n.name.eq_ignore_ascii_case("sp_updateextendedproperty")
    });
    if !is_property {
        cur.pos = start;
        return skip_statement(cur, StatementKind::Other("exec".into()));
    }
    let end = statement_end(cur, cur.pos);
    match other::extended_property(cur, end, start) {
        Some(p) => Statement::schema(
            StatementKind::ExtendedProperty,
            None,
            Effect::ExtendedProperty(p),
        ),
        None => {
            cur.pos = end;
            Statement::failed(StatementKind::ExtendedProperty)
        }
    }
}
