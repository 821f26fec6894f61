//! The steps that turn one model into another, unordered (the caller sorts them by kind).
//!
//! Tables, columns and indexes that disappear while one with the same definition appears
//! under another name are renamed, which keeps their data. Renames are applied to a copy of
//! the old model first, so every later comparison sees the new names, and the statements
//! after the renames use them.

use std::collections::BTreeSet;

use schema_audit_ddl::{
    Column, Dialect, ForeignKey, IdentityStyle, Index, IndexColumn, KeyConstraint, QualifiedName,
    Schema, Table,
};

use super::compare::{
    checks_eq, column_definition_eq, computed_eq, defaults_eq, foreign_keys_eq, identity_eq,
    indexes_eq, keys_eq, storage_eq, types_eq, widens,
};
use super::{Step, StepKind};
use crate::print::migration as sql;

/// One element of a table that a migration drops or adds as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum El {
    Pk,
    Unique(usize),
    Fk(usize),
    Check(usize),
    Index(usize),
}

/// A table in both schemas: what of it goes (old positions) and what comes (new positions).
struct Pair {
    old: usize,
    new: usize,
    drop: BTreeSet<El>,
    add: BTreeSet<El>,
    /// Old element -> new element, for elements that stay as they are.
    kept: Vec<(El, El)>,
    /// Columns (lower case) that an ALTER COLUMN changes.
    altered: BTreeSet<String>,
}

/// What [`Planner::identity`] leaves to the rest of a column's steps (PostgreSQL).
#[derive(Default)]
struct IdentityChange {
    /// Add the new identity once the old default is gone.
    add: bool,
    /// The old default is already dropped, with the sequence it drew from.
    dropped_default: bool,
}

struct Planner {
    dialect: Dialect,
    steps: Vec<Step>,
}

pub(super) fn steps(old: &Schema, new: &Schema, dialect: Dialect) -> Vec<Step> {
    let mut p = Planner {
        dialect,
        steps: Vec::new(),
    };
    p.schemas(old, new);
    p.sequences(old, new);
    p.types(old, new);
    let mut old = old.clone();
    old.tables.retain(|t| !t.external);
    let new_tables: Vec<&Table> = new.tables.iter().filter(|t| !t.external).collect();
    let generated_before: Vec<Vec<(El, String)>> = old.tables.iter().map(generated_names).collect();
    let (matched, created, dropped) = p.match_tables(&mut old, &new_tables);
    let mut pairs: Vec<Pair> = Vec::new();
    for &(o, n) in &matched {
        p.rename_columns(&mut old, o, new_tables[n]);
        p.rename_indexes(&mut old, o, new_tables[n]);
        if dialect == Dialect::Postgres {
            p.rename_generated(&old.tables[o], &generated_before[o]);
        }
        pairs.push(Pair {
            old: o,
            new: n,
            drop: BTreeSet::new(),
            add: BTreeSet::new(),
            kept: Vec::new(),
            altered: BTreeSet::new(),
        });
    }
    for pair in &mut pairs {
        let (o, n) = (&old.tables[pair.old], new_tables[pair.new]);
        p.columns(o, n, pair);
        p.match_elements(o, n, pair);
    }
    propagate(&old, &mut pairs, dialect);
    for pair in &pairs {
        p.emit_elements(&old.tables[pair.old], new_tables[pair.new], pair);
        p.table_options(&old.tables[pair.old], new_tables[pair.new]);
    }
    p.create_tables(&new_tables, &created);
    let doomed: Vec<&QualifiedName> = dropped.iter().map(|&o| &old.tables[o].name).collect();
    for &o in &dropped {
        p.drop_table(&old.tables[o], &doomed);
    }
    p.steps
}

/// The sequence a PostgreSQL `nextval('s'::regclass)` default draws from, without its schema.
fn nextval_sequence(expression: &str) -> Option<String> {
    let at = expression.to_ascii_lowercase().find("nextval(")?;
    let rest = &expression[at..];
    let open = rest.find('\'')? + 1;
    let close = open + rest[open..].find('\'')?;
    let name = rest[open..close].rsplit('.').next()?;
    Some(name.trim_matches('"').to_string())
}

fn lower(name: &str) -> String {
    name.to_ascii_lowercase()
}

impl Planner {
    fn push(
        &mut self,
        kind: StepKind,
        table: Option<&QualifiedName>,
        object: String,
        sql: String,
    ) -> &mut Step {
        self.steps.push(Step {
            kind,
            table: table.map(QualifiedName::to_string),
            object,
            sql,
            data_loss: None,
            note: None,
            emitted: true,
            outside_transaction: false,
        });
        self.steps.last_mut().expect("just pushed")
    }

    fn manual(&mut self, table: Option<&QualifiedName>, object: String, advice: String) {
        self.push(StepKind::Manual, table, object, advice);
    }

    fn schemas(&mut self, old: &Schema, new: &Schema) {
        for schema in &new.schemas {
            if !old.schemas.iter().any(|s| s.eq_ignore_ascii_case(schema)) {
                let text = sql::create_schema(schema, self.dialect);
                self.push(
                    StepKind::CreateSchema,
                    None,
                    format!("schema {schema}"),
                    text,
                );
            }
        }
    }

    fn sequences(&mut self, old: &Schema, new: &Schema) {
        for seq in &new.sequences {
            match old.sequences.iter().find(|s| s.name.same_object(&seq.name)) {
                None => {
                    let text = sql::create_sequence(seq, self.dialect);
                    self.push(
                        StepKind::CreateSequence,
                        None,
                        format!("sequence {}", seq.name),
                        text,
                    );
                }
                Some(before) => {
                    let same = before.start == seq.start
                        && before.increment == seq.increment
                        && before.min_value == seq.min_value
                        && before.max_value == seq.max_value
                        && before.cycle == seq.cycle;
                    if !same {
                        self.manual(
                            None,
                            format!("sequence {}", seq.name),
                            "its options changed: ALTER SEQUENCE it as the new script declares (a restart value depends on the rows already numbered).".into(),
                        );
                    }
                }
            }
        }
        for seq in &old.sequences {
            if !new.sequences.iter().any(|s| s.name.same_object(&seq.name)) {
                let text = sql::drop_sequence(&seq.name, self.dialect);
                self.push(
                    StepKind::DropSequence,
                    None,
                    format!("sequence {}", seq.name),
                    text,
                );
            }
        }
    }

    fn types(&mut self, old: &Schema, new: &Schema) {
        for t in &new.user_types {
            let before = old.user_types.iter().find(|u| u.name.same_object(&t.name));
            let changed = before.is_some_and(|b| {
                b.base_type.as_ref().map(|x| x.raw.to_ascii_lowercase())
                    != t.base_type.as_ref().map(|x| x.raw.to_ascii_lowercase())
            });
            if before.is_none() || changed {
                let what = if changed { "changed" } else { "is new" };
                self.manual(
                    None,
                    format!("type {}", t.name),
                    format!("the type {what}: run its CREATE TYPE (or ALTER TYPE) from the new script before the steps below."),
                );
            }
        }
        for t in &old.user_types {
            if !new.user_types.iter().any(|u| u.name.same_object(&t.name)) {
                self.manual(
                    None,
                    format!("type {}", t.name),
                    "the type is gone from the new script: drop it once no column uses it.".into(),
                );
            }
        }
    }

    /// Pairs old and new tables by name, then pairs the rest by identical columns as renames
    /// (applied to `old`). Returns (old, new) pairs, new tables to create, old ones to drop.
    fn match_tables(
        &mut self,
        old: &mut Schema,
        new: &[&Table],
    ) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
        let mut matched = Vec::new();
        let mut used = vec![false; old.tables.len()];
        let mut created = Vec::new();
        for (n, table) in new.iter().enumerate() {
            match old
                .tables
                .iter()
                .enumerate()
                .position(|(i, t)| !used[i] && t.name.same_object(&table.name))
            {
                Some(o) => {
                    used[o] = true;
                    matched.push((o, n));
                }
                None => created.push(n),
            }
        }
        let dropped: Vec<usize> = (0..old.tables.len()).filter(|&o| !used[o]).collect();
        // The same columns by name, or the same definitions in the same order with at least
        // half the names kept (a table renamed along with some of its columns).
        let dialect = self.dialect;
        let same_columns = |a: &Table, b: &Table| {
            let by_name = a.columns.iter().all(|c| {
                b.column(&c.name)
                    .is_some_and(|d| column_definition_eq(c, d, dialect))
            });
            let by_position = || {
                let kept = a
                    .columns
                    .iter()
                    .zip(&b.columns)
                    .filter(|(c, d)| c.name.eq_ignore_ascii_case(&d.name))
                    .count();
                a.columns
                    .iter()
                    .zip(&b.columns)
                    .all(|(c, d)| column_definition_eq(c, d, dialect))
                    && kept * 2 >= a.columns.len()
            };
            a.columns.len() == b.columns.len()
                && !a.columns.is_empty()
                && (by_name || by_position())
                && a.name.schema.as_deref().map(lower) == b.name.schema.as_deref().map(lower)
        };
        let mut renamed_new = BTreeSet::new();
        let mut renamed_old = BTreeSet::new();
        for &n in &created {
            let candidates: Vec<usize> = dropped
                .iter()
                .copied()
                .filter(|&o| same_columns(&old.tables[o], new[n]))
                .collect();
            let [o] = candidates[..] else { continue };
            let rivals = created
                .iter()
                .filter(|&&m| same_columns(&old.tables[o], new[m]))
                .count();
            if rivals != 1 || renamed_old.contains(&o) {
                continue;
            }
            let from = old.tables[o].name.clone();
            let to = QualifiedName {
                database: from.database.clone(),
                schema: from.schema.clone(),
                name: new[n].name.name.clone(),
            };
            let text = sql::rename_table(&from, &to, self.dialect);
            self.push(StepKind::RenameTable, Some(&from), format!("table {from} to {}", to.name), text)
                .note = Some(format!(
                "{from} is gone and {} has the same columns: taken as a rename, which keeps its rows.",
                new[n].name
            ));
            rename_table(old, o, &to);
            renamed_new.insert(n);
            renamed_old.insert(o);
            matched.push((o, n));
        }
        let created = created
            .into_iter()
            .filter(|n| !renamed_new.contains(n))
            .collect();
        let dropped = dropped
            .into_iter()
            .filter(|o| !renamed_old.contains(o))
            .collect();
        (matched, created, dropped)
    }

    /// A column gone and one new with the same definition, alone of their kind in the table,
    /// are a rename.
    fn rename_columns(&mut self, old: &mut Schema, o: usize, new: &Table) {
        let table = &old.tables[o];
        let gone: Vec<&Column> = table
            .columns
            .iter()
            .filter(|c| new.column(&c.name).is_none())
            .collect();
        let came: Vec<&Column> = new
            .columns
            .iter()
            .filter(|c| table.column(&c.name).is_none())
            .collect();
        let mut renames = Vec::new();
        for g in &gone {
            let candidates: Vec<&&Column> = came
                .iter()
                .filter(|c| column_definition_eq(g, c, self.dialect))
                .collect();
            let [c] = candidates[..] else { continue };
            let rivals = gone
                .iter()
                .filter(|x| column_definition_eq(x, c, self.dialect))
                .count();
            if rivals == 1 {
                renames.push((g.name.clone(), c.name.clone()));
            }
        }
        for (from, to) in renames {
            let name = old.tables[o].name.clone();
            let text = sql::rename_column(&name, &from, &to, self.dialect);
            self.push(StepKind::RenameColumn, Some(&name), format!("column {name}.{from} to {to}"), text)
                .note = Some(format!(
                "{name}.{from} is gone and {to} has the same definition: taken as a rename, which keeps its values."
            ));
            rename_column(old, o, &from, &to);
        }
    }

    /// PostgreSQL names an unnamed constraint or index after its table and columns, and keeps
    /// that name when they are renamed; a new schema's would have the new names.
    fn rename_generated(&mut self, table: &Table, before: &[(El, String)]) {
        for ((el, from), (_, to)) in before.iter().zip(generated_names(table)) {
            if from == &to {
                continue;
            }
            let text = match el {
                El::Index(_) => sql::rename_index(&table.name, from, &to, self.dialect),
                _ => sql::rename_constraint(&table.name, from, &to, self.dialect),
            };
            self.push(
                StepKind::RenameConstraint,
                Some(&table.name),
                format!("{from} on {} to {to}", table.name),
                text,
            );
        }
    }

    /// An index gone and one new with the same definition are a rename.
    fn rename_indexes(&mut self, old: &mut Schema, o: usize, new: &Table) {
        let table = &old.tables[o];
        let named = |list: &[Index], name: &str| {
            list.iter().any(|i| {
                i.name
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        };
        let mut renames = Vec::new();
        for (i, index) in table.indexes.iter().enumerate() {
            let Some(from) = index.name.as_deref().filter(|n| !named(&new.indexes, n)) else {
                continue;
            };
            let candidates: Vec<&str> = new
                .indexes
                .iter()
                .filter(|n| indexes_eq(index, n, false))
                .filter_map(|n| n.name.as_deref())
                .filter(|n| !named(&table.indexes, n))
                .collect();
            if let [to] = candidates[..] {
                renames.push((i, from.to_string(), to.to_string()));
            }
        }
        for (i, from, to) in renames {
            let name = old.tables[o].name.clone();
            let text = sql::rename_index(&name, &from, &to, self.dialect);
            self.push(
                StepKind::RenameIndex,
                Some(&name),
                format!("index {from} on {name} to {to}"),
                text,
            );
            old.tables[o].indexes[i].name = Some(to);
        }
    }

    /// A column whose identity (auto-numbering) changes. PostgreSQL changes it in place (an
    /// identity to add waits for the old default to go: see [`IdentityChange`]); MySQL
    /// restates the column with the rest of its changes; SQL Server cannot, so it is a manual
    /// step.
    fn identity(&mut self, old: &Table, oc: &Column, nc: &Column) -> IdentityChange {
        let name = &old.name;
        let object = format!("column {name}.{}", nc.name);
        let generated = |c: &Column| {
            c.identity.as_ref().is_some_and(|i| {
                matches!(
                    i.style,
                    IdentityStyle::GeneratedAlways | IdentityStyle::GeneratedByDefault
                )
            })
        };
        let serial = |c: &Column| {
            c.identity
                .as_ref()
                .is_some_and(|i| i.style == IdentityStyle::Serial)
        };
        match self.dialect {
            Dialect::MySql => IdentityChange::default(),
            Dialect::MsSql => {
                self.manual(Some(name), object, "the column's IDENTITY changed, which SQL Server cannot alter in place: create the table again with the column as the new script declares, copy the rows (SET IDENTITY_INSERT ON keeps the values) and swap the names; or add a new column and copy the values into it.".into());
                IdentityChange::default()
            }
            Dialect::Postgres => match (generated(oc), generated(nc)) {
                (true, true) => {
                    let style = nc.identity.as_ref().map(|i| i.style).unwrap_or_default();
                    let text = sql::set_identity_style(name, &nc.name, style);
                    self.push(StepKind::AlterColumn, Some(name), object, text);
                    IdentityChange::default()
                }
                (true, false) if nc.identity.is_none() => {
                    let text = sql::drop_identity(name, &nc.name);
                    self.push(StepKind::AlterColumn, Some(name), object, text);
                    IdentityChange::default()
                }
                (false, true) => {
                    let mut dropped_default = false;
                    let mut text = String::new();
                    if serial(oc) {
                        text = sql::drop_serial(name, &oc.name);
                    } else if let Some(sequence) = oc
                        .default
                        .as_ref()
                        .and_then(|x| nextval_sequence(&x.expression))
                    {
                        // pg_dump's serial: a default from a sequence the new script drops.
                        // It goes before the identity, which would otherwise find its name
                        // taken and call its own sequence `..._seq1`.
                        let drop = self.steps.iter().position(|s| {
                            s.kind == StepKind::DropSequence
                                && s.object.rsplit(['.', ' ']).next().is_some_and(|n| {
                                    n.trim_matches('"').eq_ignore_ascii_case(&sequence)
                                })
                        });
                        if let Some(at) = drop {
                            let drop = self.steps.remove(at);
                            text = sql::drop_default(old, oc, Dialect::Postgres) + &drop.sql;
                            dropped_default = true;
                        }
                    }
                    if !text.is_empty() {
                        self.push(StepKind::DropDefault, Some(name), object, text);
                    }
                    IdentityChange {
                        add: true,
                        dropped_default,
                    }
                }
                _ => {
                    self.manual(Some(name), object, "the column changed between serial and another kind of numbering: create the sequence (CREATE SEQUENCE ... OWNED BY) or identity the new script declares, set the column's default or identity, and move the sequence past the existing values with setval.".into());
                    IdentityChange::default()
                }
            },
        }
    }

    fn columns(&mut self, old: &Table, new: &Table, pair: &mut Pair) {
        let d = self.dialect;
        let name = &old.name;
        for nc in &new.columns {
            let Some(oc) = old.column(&nc.name) else {
                self.add_column(old, nc);
                continue;
            };
            let object = format!("column {name}.{}", nc.name);
            let identity_change = !identity_eq(oc, nc);
            let identity = if identity_change {
                self.identity(old, oc, nc)
            } else {
                IdentityChange::default()
            };
            if !computed_eq(oc, nc) {
                if oc.computed.is_some() && nc.computed.is_some() {
                    // A computed column holds no data of its own: drop and add it again.
                    let drop = sql::drop_column(name, &oc.name, d);
                    self.push(StepKind::DropColumn, Some(name), object.clone(), drop);
                    let add = sql::add_column(name, nc, d);
                    self.push(StepKind::AddColumn, Some(name), object.clone(), add);
                    continue;
                }
                self.manual(Some(name), object.clone(), "the column changed between computed and stored: add the new column, copy the values, then drop the old one.".into());
                continue;
            }
            let type_change = !types_eq(&oc.data_type, &nc.data_type);
            let null_change = oc.nullable != nc.nullable;
            let storage_change = !storage_eq(oc, nc);
            let default_change = !defaults_eq(oc, nc, d)
                || (d == Dialect::MsSql
                    && oc
                        .default
                        .as_ref()
                        .and_then(|x| x.constraint_name.as_deref())
                        .map(lower)
                        != nc
                            .default
                            .as_ref()
                            .and_then(|x| x.constraint_name.as_deref())
                            .map(lower)
                    && nc
                        .default
                        .as_ref()
                        .is_some_and(|x| x.constraint_name.is_some()));
            // MySQL's SET DEFAULT would lose ON UPDATE: such a column is restated whole.
            let restate_default = d == Dialect::MySql
                && default_change
                && (oc.on_update.is_some() || nc.on_update.is_some());
            // MySQL adds or removes AUTO_INCREMENT by restating the column.
            let alter = type_change
                || null_change
                || storage_change
                || restate_default
                || (identity_change && d == Dialect::MySql);
            if alter && nc.computed.is_none() {
                if d != Dialect::Postgres || type_change {
                    pair.altered.insert(lower(&nc.name));
                }
                let mut losses = Vec::new();
                if type_change && !widens(&oc.data_type, &nc.data_type) {
                    losses.push(format!(
                        "changes {name}.{} from {} to {}: values that do not fit are cut or make the step fail",
                        nc.name, oc.data_type.raw, nc.data_type.raw
                    ));
                }
                if oc.nullable && !nc.nullable {
                    losses.push(format!(
                        "makes {name}.{} NOT NULL: the step fails while any row holds NULL there",
                        nc.name
                    ));
                }
                if storage_change && d == Dialect::Postgres {
                    self.manual(Some(name), object.clone(), "the column's collation changed: ALTER COLUMN ... TYPE ... COLLATE as the new script declares.".into());
                }
                let text = sql::alter_column(
                    name,
                    oc,
                    nc,
                    type_change,
                    d == Dialect::MsSql && !old.options.memory_optimized,
                    d,
                );
                if !text.is_empty() {
                    let step = self.push(StepKind::AlterColumn, Some(name), object.clone(), text);
                    if !losses.is_empty() {
                        step.data_loss = Some(losses.join("; "));
                    }
                }
            }
            // Defaults: MySQL's MODIFY restated the column with its new default.
            let restated = alter && d == Dialect::MySql;
            let rebuilt_default = match d {
                Dialect::MsSql => alter,
                Dialect::Postgres => type_change,
                Dialect::MySql => false,
            };
            if !restated && (default_change || (rebuilt_default && oc.default.is_some())) {
                let replaced_in_place =
                    d != Dialect::MsSql && nc.default.is_some() && !rebuilt_default;
                if oc.default.is_some() && !replaced_in_place && !identity.dropped_default {
                    let text = sql::drop_default(old, oc, d);
                    self.push(
                        StepKind::DropDefault,
                        Some(name),
                        format!("default of {name}.{}", oc.name),
                        text,
                    );
                }
                if let Some(default) = &nc.default {
                    let text = sql::set_default(
                        name,
                        &nc.name,
                        default.constraint_name.as_deref(),
                        &default.expression,
                        d,
                    );
                    self.push(
                        StepKind::SetDefault,
                        Some(name),
                        format!("default of {name}.{}", nc.name),
                        text,
                    );
                }
            }
            // PostgreSQL's new identity waits for the old default to go.
            if identity.add {
                let text = sql::add_identity(name, nc);
                let step = self.push(StepKind::AlterColumn, Some(name), object, text);
                if oc.nullable {
                    // The identity needs the NOT NULL step, which can lose data.
                    step.data_loss = Some(format!(
                        "makes {name}.{} an identity column, which needs it NOT NULL first",
                        nc.name
                    ));
                }
            }
        }
        for oc in &old.columns {
            if new.column(&oc.name).is_some() {
                continue;
            }
            if d == Dialect::MsSql && oc.default.is_some() {
                let text = sql::drop_default(old, oc, d);
                self.push(
                    StepKind::DropDefault,
                    Some(name),
                    format!("default of {name}.{}", oc.name),
                    text,
                );
            }
            let text = sql::drop_column(name, &oc.name, d);
            let step = self.push(
                StepKind::DropColumn,
                Some(name),
                format!("column {name}.{}", oc.name),
                text,
            );
            if oc.computed.is_none() {
                step.data_loss = Some(format!("drops column {name}.{} and its values", oc.name));
            }
        }
    }

    /// A new column on an existing table. One that is NOT NULL with nothing to fill existing
    /// rows is added nullable, then backfilled, then made NOT NULL.
    fn add_column(&mut self, table: &Table, column: &Column) {
        let d = self.dialect;
        let name = &table.name;
        let object = format!("column {name}.{}", column.name);
        let needs_values = !column.nullable
            && column.default.is_none()
            && column.identity.is_none()
            && column.computed.is_none();
        if !needs_values {
            let text = sql::add_column(name, column, d);
            self.push(StepKind::AddColumn, Some(name), object, text);
            return;
        }
        let nullable = Column {
            nullable: true,
            nullable_explicit: true,
            ..column.clone()
        };
        let text = sql::add_column(name, &nullable, d);
        self.push(StepKind::AddColumn, Some(name), object.clone(), text).note = Some(format!(
            "{} is NOT NULL without a default: it is added nullable, filled, then made NOT NULL, so existing INSERTs keep working until then.",
            column.name
        ));
        let text = sql::backfill(name, &column.name, d);
        self.push(StepKind::Backfill, Some(name), object.clone(), text).note = Some(
            "Fill the new column on existing rows (the next step fails on a table with rows until this runs):".into(),
        );
        let online = d == Dialect::MsSql && !table.options.memory_optimized;
        let text = sql::set_not_null(name, column, online, d);
        self.push(StepKind::SetNotNull, Some(name), object, text);
    }

    /// Pairs the keys, constraints and indexes of one table: same identity (name, or
    /// definition when unnamed) and same definition stay; the rest go and come.
    fn match_elements(&mut self, old: &Table, new: &Table, pair: &mut Pair) {
        let d = self.dialect;
        // An unnamed element is the one named as the server would name it (PostgreSQL's
        // `t_pkey`, MySQL's `t_ibfk_1`), so pg_dump's or mysqldump's names meet a hand-written
        // script's unnamed elements without a drop and add.
        let server_named = |table: &Table, name: &str| -> Option<El> {
            schema_audit_ddl::generated_names::find(d, table, name).map(el_of)
        };
        let same_pk_name = |a: &KeyConstraint, b: &KeyConstraint| match (&a.name, &b.name) {
            (Some(x), None) => server_named(new, x) == Some(El::Pk),
            (None, Some(y)) => server_named(old, y) == Some(El::Pk),
            _ => false,
        };
        match (&old.primary_key, &new.primary_key) {
            (Some(a), Some(b))
                if keys_eq(a, b, true, true, d)
                    || (same_pk_name(a, b) && keys_eq(a, b, true, false, d)) =>
            {
                pair.kept.push((El::Pk, El::Pk))
            }
            (a, b) => {
                if a.is_some() {
                    pair.drop.insert(El::Pk);
                }
                if b.is_some() {
                    pair.add.insert(El::Pk);
                }
            }
        }
        // (whether the name is the old table's, the name): the unnamed element it names.
        let server_named_in =
            |in_old: bool, name: &str| server_named(if in_old { old } else { new }, name);
        let uq = |a: &KeyConstraint, b: &KeyConstraint, names| keys_eq(a, b, false, names, d);
        match_list(
            &old.unique_constraints,
            &new.unique_constraints,
            |k| k.name.as_deref(),
            uq,
            El::Unique,
            pair,
            &server_named_in,
        );
        // PostgreSQL keeps no UNIQUE that repeats the primary key of the same CREATE TABLE, so
        // the new schema has none there.
        if d == Dialect::Postgres {
            for (n, u) in new.unique_constraints.iter().enumerate() {
                let repeats = new
                    .primary_key
                    .as_ref()
                    .is_some_and(|pk| keys_eq(u, pk, false, false, d));
                if !repeats {
                    continue;
                }
                pair.add.remove(&El::Unique(n));
                if let Some(k) = pair.kept.iter().position(|(_, x)| *x == El::Unique(n)) {
                    let (o, _) = pair.kept.remove(k);
                    pair.drop.insert(o);
                }
            }
        }
        let fk = |a: &ForeignKey, b: &ForeignKey, names| foreign_keys_eq(a, b, names, d);
        match_list(
            &old.foreign_keys,
            &new.foreign_keys,
            |k| k.name.as_deref(),
            fk,
            El::Fk,
            pair,
            &server_named_in,
        );
        match_list(
            &old.checks,
            &new.checks,
            |k| k.name.as_deref(),
            checks_eq,
            El::Check,
            pair,
            &server_named_in,
        );
        match_list(
            &old.indexes,
            &new.indexes,
            |k| k.name.as_deref(),
            indexes_eq,
            El::Index,
            pair,
            &server_named_in,
        );
        if d == Dialect::MySql {
            keep_foreign_key_indexes(old, new, pair);
        }
    }

    fn emit_elements(&mut self, old: &Table, new: &Table, pair: &Pair) {
        for el in &pair.drop {
            self.drop_element(old, *el);
        }
        for el in &pair.add {
            self.add_element(new, *el, true);
        }
    }

    fn drop_element(&mut self, table: &Table, el: El) {
        let d = self.dialect;
        let name = &table.name;
        match el {
            El::Pk => {
                let Some(pk) = &table.primary_key else { return };
                let text = sql::drop_key(name, pk, true, d);
                self.push(
                    StepKind::DropConstraint,
                    Some(name),
                    format!("primary key of {name}"),
                    text,
                );
            }
            El::Unique(i) => {
                let key = &table.unique_constraints[i];
                let text = sql::drop_key(name, key, false, d);
                self.push(
                    StepKind::DropConstraint,
                    Some(name),
                    format!("unique constraint {} on {name}", label(&key.name)),
                    text,
                );
            }
            El::Fk(i) => self.drop_foreign_key(table, i),
            El::Check(i) => {
                let check = &table.checks[i];
                let text = sql::drop_check(name, check, d);
                self.push(
                    StepKind::DropConstraint,
                    Some(name),
                    format!("check {} on {name}", label(&check.name)),
                    text,
                );
            }
            El::Index(i) => {
                let index = &table.indexes[i];
                let index_name = index.name.clone().unwrap_or_else(|| {
                    let columns: Vec<String> =
                        index.columns.iter().map(|c| c.name.clone()).collect();
                    sql::postgres_generated_name(&name.name, &columns, "idx")
                });
                let text = sql::drop_index(table, &index_name, d);
                self.push(
                    StepKind::DropIndex,
                    Some(name),
                    format!("index {index_name} on {name}"),
                    text,
                );
            }
        }
    }

    fn drop_foreign_key(&mut self, table: &Table, i: usize) {
        let d = self.dialect;
        let fk = &table.foreign_keys[i];
        let unnamed_position = unnamed_position(table, i);
        let text = sql::drop_foreign_key(&table.name, fk, unnamed_position, d);
        let name = sql::foreign_key_name(&table.name, fk, unnamed_position, d);
        self.push(
            StepKind::DropForeignKey,
            Some(&table.name),
            format!("foreign key {} on {}", label(&name), table.name),
            text,
        );
    }

    /// Adds one element of `table`; `existing` when the table already has rows.
    fn add_element(&mut self, table: &Table, el: El, existing: bool) {
        let d = self.dialect;
        let name = &table.name;
        let online = existing && d == Dialect::MsSql && !table.options.memory_optimized;
        match el {
            El::Pk => {
                let Some(pk) = &table.primary_key else { return };
                let text = sql::add_key(name, pk, "PRIMARY KEY", online, d);
                self.push(
                    StepKind::AddPrimaryKey,
                    Some(name),
                    format!("primary key of {name}"),
                    text,
                );
            }
            El::Unique(i) => {
                let key = &table.unique_constraints[i];
                let text = sql::add_key(name, key, "UNIQUE", online, d);
                self.push(
                    StepKind::AddUnique,
                    Some(name),
                    format!("unique constraint {} on {name}", label(&key.name)),
                    text,
                );
            }
            El::Fk(i) => {
                let fk = &table.foreign_keys[i];
                let validate =
                    existing && d == Dialect::Postgres && table.options.partition_by.is_none();
                let text = sql::add_foreign_key(name, fk, validate, d);
                let unnamed_position = unnamed_position(table, i);
                let constraint = sql::foreign_key_name(name, fk, unnamed_position, d);
                self.push(
                    StepKind::AddForeignKey,
                    Some(name),
                    format!("foreign key {} on {name}", label(&constraint)),
                    text,
                );
                if let (true, Some(constraint)) = (validate, constraint) {
                    self.validate(name, &constraint);
                }
            }
            El::Check(i) => {
                let check = &table.checks[i];
                let validate = existing && d == Dialect::Postgres;
                let text = sql::add_check(name, check, validate, d);
                self.push(
                    StepKind::AddCheck,
                    Some(name),
                    format!("check {} on {name}", label(&check.name)),
                    text,
                );
                let constraint = check.name.clone().or_else(|| {
                    let columns: &[String] = if check.columns.len() == 1 {
                        &check.columns
                    } else {
                        &[]
                    };
                    Some(sql::postgres_generated_name(&name.name, columns, "check"))
                });
                if let (true, Some(constraint)) = (validate, constraint) {
                    self.validate(name, &constraint);
                }
            }
            El::Index(i) => self.create_index(table, &table.indexes[i], existing),
        }
    }

    fn validate(&mut self, table: &QualifiedName, constraint: &str) {
        let text = sql::validate_constraint(table, constraint, self.dialect);
        self.push(
            StepKind::ValidateConstraint,
            Some(table),
            format!("constraint {constraint} on {table}"),
            text,
        )
        .outside_transaction = true;
    }

    fn create_index(&mut self, table: &Table, index: &Index, existing: bool) {
        let d = self.dialect;
        // A unique index may be what a new foreign key needs inside the transaction.
        let online = existing
            && sql::can_build_online(table, index, d)
            && !(d == Dialect::Postgres && (index.unique || table.options.partition_by.is_some()));
        let text = sql::create_index(table, index, online, d);
        let step = self.push(
            StepKind::CreateIndex,
            Some(&table.name),
            format!("index {} on {}", label(&index.name), table.name),
            text,
        );
        step.outside_transaction = online && d == Dialect::Postgres;
    }

    fn table_options(&mut self, old: &Table, new: &Table) {
        let d = self.dialect;
        let (a, b) = (&old.options, &new.options);
        let name = &old.name;
        let mut handled =
            |option: &str, before: &Option<String>, after: &Option<String>, default: &str| {
                let norm = |v: &Option<String>| v.as_deref().map(lower);
                if norm(before) != norm(after) {
                    let value = after.clone().unwrap_or_else(|| default.to_string());
                    let text = sql::table_option(name, option, &value, d);
                    self.push(
                        StepKind::TableOption,
                        Some(name),
                        format!("{option} of {name}"),
                        text,
                    );
                }
            };
        match d {
            Dialect::MsSql => handled(
                "DATA_COMPRESSION",
                &a.data_compression,
                &b.data_compression,
                "NONE",
            ),
            Dialect::MySql => {
                handled("ROW_FORMAT", &a.row_format, &b.row_format, "DEFAULT");
                handled("ENGINE", &a.engine, &b.engine, "InnoDB");
            }
            Dialect::Postgres => {
                for p in &b.storage_parameters {
                    let before = a
                        .storage_parameters
                        .iter()
                        .find(|q| q.name.eq_ignore_ascii_case(&p.name));
                    if before.map(|q| q.value.as_str()) != Some(p.value.as_str()) {
                        let text = sql::table_option(name, &p.name, &p.value, d);
                        self.push(
                            StepKind::TableOption,
                            Some(name),
                            format!("{} of {name}", p.name),
                            text,
                        );
                    }
                }
            }
        }
        let mut differs = Vec::new();
        let mut check = |what: &str, same: bool| {
            if !same {
                differs.push(what.to_string());
            }
        };
        check("MEMORY_OPTIMIZED", a.memory_optimized == b.memory_optimized);
        check("DURABILITY", a.durability == b.durability);
        check(
            "SYSTEM_VERSIONING",
            a.enabled_system_versioning().is_some() == b.enabled_system_versioning().is_some(),
        );
        check(
            "LEDGER",
            a.ledger.as_ref().map(|l| l.enabled) == b.ledger.as_ref().map(|l| l.enabled),
        );
        check(
            "the partitioning",
            a.storage == b.storage
                && a.partition_by == b.partition_by
                && a.partition_of == b.partition_of,
        );
        check("UNLOGGED", a.unlogged == b.unlogged);
        check(
            "the default character set",
            a.charset.as_deref().map(lower) == b.charset.as_deref().map(lower),
        );
        if d == Dialect::Postgres {
            check(
                "storage parameters removed",
                a.storage_parameters.iter().all(|p| {
                    b.storage_parameters
                        .iter()
                        .any(|q| q.name.eq_ignore_ascii_case(&p.name))
                }),
            );
        }
        if !differs.is_empty() {
            self.manual(
                Some(name),
                format!("table options of {name}"),
                format!(
                    "{} changed: these need the table rebuilt (create it under a new name as the new script declares, copy the rows, swap the names) or their own ALTER statements.",
                    differs.join(", ")
                ),
            );
        }
    }

    /// Creates new tables, referenced ones first. A foreign key to a table this migration
    /// creates earlier stays in CREATE TABLE; one to an existing table is added afterwards
    /// (after that table's keys are rebuilt).
    fn create_tables(&mut self, new: &[&Table], created: &[usize]) {
        let d = self.dialect;
        let order = dependency_order(new, created);
        let mut done: Vec<&QualifiedName> = Vec::new();
        for n in order {
            let table = new[n];
            let mut printed = table.clone();
            printed.comments.clear();
            for c in &mut printed.columns {
                c.comments.clear();
            }
            let mut later = Vec::new();
            printed.foreign_keys.clear();
            for (i, fk) in table.foreign_keys.iter().enumerate() {
                let ready = fk.referenced_table.same_object(&table.name)
                    || done.iter().any(|t| t.same_object(&fk.referenced_table));
                if ready {
                    printed.foreign_keys.push(fk.clone());
                } else {
                    later.push(i);
                }
            }
            let separate: Vec<usize> = table
                .indexes
                .iter()
                .enumerate()
                .filter(|(_, i)| {
                    i.origin == schema_audit_ddl::IndexOrigin::CreateIndex
                        && !(d == Dialect::MsSql && table.options.memory_optimized)
                })
                .map(|(i, _)| i)
                .collect();
            printed.indexes.retain(|i| {
                i.origin != schema_audit_ddl::IndexOrigin::CreateIndex
                    || (d == Dialect::MsSql && table.options.memory_optimized)
            });
            let text = crate::print::print_create_table(&printed, d);
            self.push(
                StepKind::CreateTable,
                Some(&table.name),
                format!("table {}", table.name),
                text,
            );
            for i in separate {
                self.create_index(table, &table.indexes[i], false);
            }
            for i in later {
                self.add_element(table, El::Fk(i), false);
            }
            done.push(&table.name);
        }
    }

    /// Drops a table; its foreign keys to other tables dropped here go first, so the drops
    /// run in any order.
    fn drop_table(&mut self, table: &Table, doomed: &[&QualifiedName]) {
        for (i, fk) in table.foreign_keys.iter().enumerate() {
            let to_doomed = !fk.referenced_table.same_object(&table.name)
                && doomed.iter().any(|d| d.same_object(&fk.referenced_table));
            if to_doomed {
                self.drop_foreign_key(table, i);
            }
        }
        let text = sql::drop_table(&table.name, self.dialect);
        self.push(
            StepKind::DropTable,
            Some(&table.name),
            format!("table {}", table.name),
            text,
        )
        .data_loss = Some(format!("drops table {} and its rows", table.name));
    }
}

/// The names PostgreSQL gives a table's unnamed keys, foreign keys, checks and indexes (the
/// front end's rule), in a fixed order.
fn generated_names(table: &Table) -> Vec<(El, String)> {
    schema_audit_ddl::generated_names::postgres(table)
        .into_iter()
        .map(|(name, member)| (el_of(member), name))
        .collect()
}

fn el_of(member: schema_audit_ddl::generated_names::Member) -> El {
    use schema_audit_ddl::generated_names::Member;
    match member {
        Member::PrimaryKey => El::Pk,
        Member::Unique(i) => El::Unique(i),
        Member::ForeignKey(i) => El::Fk(i),
        Member::Check(i) => El::Check(i),
        Member::Index(i) => El::Index(i),
    }
}

/// The position of foreign key `i` among the table's unnamed ones, from 1 (MySQL's
/// `t_ibfk_N`).
fn unnamed_position(table: &Table, i: usize) -> usize {
    table.foreign_keys[..=i]
        .iter()
        .filter(|f| f.name.is_none())
        .count()
}

fn label(name: &Option<String>) -> &str {
    name.as_deref().unwrap_or("(unnamed)")
}

/// MySQL: the index InnoDB keeps for a foreign key. It makes one by itself when a script
/// leaves it out (named after the foreign key, or its first column) and refuses to drop the
/// one a foreign key uses, so mysqldump's `KEY p_id (p_id)` and a hand-written script's bare
/// FOREIGN KEY are the same table: such an old index stays, and such a new one is not added
/// again.
fn keep_foreign_key_indexes(old: &Table, new: &Table, pair: &mut Pair) {
    let starts_with = |columns: &[IndexColumn], fk: &[String]| {
        columns.len() >= fk.len()
            && columns
                .iter()
                .zip(fk)
                .all(|(c, f)| !c.expression && c.name.eq_ignore_ascii_case(f))
    };
    // Whether a key or index of `table` (other than index `except`) serves the foreign key.
    let served = |table: &Table, fk: &[String], except: Option<usize>| {
        table
            .primary_key
            .iter()
            .chain(&table.unique_constraints)
            .any(|k| starts_with(&k.columns, fk))
            || table
                .indexes
                .iter()
                .enumerate()
                .any(|(i, x)| Some(i) != except && starts_with(&x.columns, fk))
    };
    for fk in &new.foreign_keys {
        if served(new, &fk.columns, None) {
            continue;
        }
        let needed = old.indexes.iter().enumerate().find(|(i, index)| {
            pair.drop.contains(&El::Index(*i))
                && !index.unique
                && starts_with(&index.columns, &fk.columns)
        });
        if let Some((i, _)) = needed {
            pair.drop.remove(&El::Index(i));
        }
    }
    for fk in &old.foreign_keys {
        if served(old, &fk.columns, None) {
            continue;
        }
        let implicit = fk
            .name
            .as_deref()
            .or(fk.columns.first().map(String::as_str));
        let made = new.indexes.iter().enumerate().find(|(n, index)| {
            pair.add.contains(&El::Index(*n))
                && !index.unique
                && index.columns.len() == fk.columns.len()
                && starts_with(&index.columns, &fk.columns)
                && (index.name.is_none()
                    || index
                        .name
                        .as_deref()
                        .zip(implicit)
                        .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b)))
                && !served(new, &fk.columns, Some(*n))
        });
        if let Some((n, _)) = made {
            pair.add.remove(&El::Index(n));
        }
    }
}

/// Pairs two lists of one kind of element: same identity (name, or definition when both are
/// unnamed) with the same definition are kept; the rest are dropped and added.
/// `server_named(in_old, name)` is the unnamed element of the old (or new) table that the
/// server calls `name`, so a named element can meet its unnamed twin.
fn match_list<T>(
    old: &[T],
    new: &[T],
    name: impl Fn(&T) -> Option<&str>,
    same: impl Fn(&T, &T, bool) -> bool,
    el: fn(usize) -> El,
    pair: &mut Pair,
    server_named: &dyn Fn(bool, &str) -> Option<El>,
) {
    let mut used = vec![false; old.len()];
    for (n, b) in new.iter().enumerate() {
        let found = old.iter().enumerate().position(|(o, a)| {
            !used[o]
                && match (name(a), name(b)) {
                    (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
                    (None, None) => same(a, b, false),
                    (Some(x), None) => server_named(false, x) == Some(el(n)),
                    (None, Some(y)) => server_named(true, y) == Some(el(o)),
                }
        });
        match found {
            Some(o) => {
                used[o] = true;
                // The names already match (or stand for each other): compare the rest.
                if same(&old[o], b, false) {
                    pair.kept.push((el(o), el(n)));
                } else {
                    pair.drop.insert(el(o));
                    pair.add.insert(el(n));
                }
            }
            None => {
                pair.add.insert(el(n));
            }
        }
    }
    for (o, u) in used.iter().enumerate() {
        if !u {
            pair.drop.insert(el(o));
        }
    }
}

/// Elements that stay but must be dropped and added again around a change they depend on:
/// foreign keys on or to an altered column or a rebuilt key, and in T-SQL every key, index
/// and check on an altered column.
fn propagate(old: &Schema, pairs: &mut [Pair], dialect: Dialect) {
    // Per table (by old position): the key column lists being dropped and the altered columns.
    let rebuilt: Vec<(usize, Vec<Vec<String>>, BTreeSet<String>)> = pairs
        .iter()
        .map(|p| {
            let t = &old.tables[p.old];
            let mut keys = Vec::new();
            for el in &p.drop {
                let columns = match el {
                    El::Pk => t
                        .primary_key
                        .as_ref()
                        .map(|k| k.columns.iter().map(|c| lower(&c.name)).collect()),
                    El::Unique(i) => Some(
                        t.unique_constraints[*i]
                            .columns
                            .iter()
                            .map(|c| lower(&c.name))
                            .collect(),
                    ),
                    El::Index(i) if t.indexes[*i].unique => Some(
                        t.indexes[*i]
                            .columns
                            .iter()
                            .map(|c| lower(&c.name))
                            .collect(),
                    ),
                    _ => None,
                };
                keys.extend(columns);
            }
            (p.old, keys, p.altered.clone())
        })
        .collect();
    let pk_columns = |t: &Table| -> Vec<String> {
        t.primary_key
            .as_ref()
            .map(|k| k.columns.iter().map(|c| lower(&c.name)).collect())
            .unwrap_or_default()
    };
    for pair in pairs.iter_mut() {
        let table = &old.tables[pair.old];
        let mut redo = Vec::new();
        for &(o, n) in &pair.kept {
            let touches =
                |cols: Vec<&String>| cols.iter().any(|c| pair.altered.contains(&lower(c)));
            let depends = match o {
                El::Fk(i) => {
                    let fk = &table.foreign_keys[i];
                    let referenced = rebuilt
                        .iter()
                        .find(|(t, _, _)| old.tables[*t].name.same_object(&fk.referenced_table));
                    let target_columns: Vec<String> = if fk.referenced_columns.is_empty() {
                        referenced
                            .map(|(t, _, _)| pk_columns(&old.tables[*t]))
                            .unwrap_or_default()
                    } else {
                        fk.referenced_columns.iter().map(|c| lower(c)).collect()
                    };
                    touches(fk.columns.iter().collect())
                        || referenced.is_some_and(|(_, keys, altered)| {
                            keys.contains(&target_columns)
                                || target_columns.iter().any(|c| altered.contains(c))
                        })
                }
                _ if dialect != Dialect::MsSql => false,
                El::Pk => table
                    .primary_key
                    .as_ref()
                    .is_some_and(|k| touches(k.columns.iter().map(|c| &c.name).collect())),
                El::Unique(i) => touches(
                    table.unique_constraints[i]
                        .columns
                        .iter()
                        .map(|c| &c.name)
                        .collect(),
                ),
                El::Check(i) => touches(table.checks[i].columns.iter().collect()),
                El::Index(i) => {
                    let index = &table.indexes[i];
                    touches(
                        index
                            .columns
                            .iter()
                            .map(|c| &c.name)
                            .chain(index.include.iter())
                            .collect(),
                    )
                }
            };
            if depends {
                redo.push((o, n));
            }
        }
        for (o, n) in redo {
            pair.kept.retain(|k| *k != (o, n));
            pair.drop.insert(o);
            pair.add.insert(n);
        }
    }
}

/// New tables in an order where a table comes after the tables it references (and a
/// partition after its parent); cycles keep their script order.
fn dependency_order(new: &[&Table], created: &[usize]) -> Vec<usize> {
    let mut left: Vec<usize> = created.to_vec();
    let mut order = Vec::new();
    while !left.is_empty() {
        let ready = left.iter().position(|&n| {
            let t = new[n];
            let mut needs = t
                .foreign_keys
                .iter()
                .map(|f| &f.referenced_table)
                .chain(t.options.partition_of.as_ref().map(|p| &p.parent));
            !needs.any(|r| {
                !r.same_object(&t.name)
                    && left.iter().any(|&m| m != n && new[m].name.same_object(r))
            })
        });
        let next = ready.unwrap_or(0);
        order.push(left.remove(next));
    }
    order
}

fn rename_table(schema: &mut Schema, o: usize, to: &QualifiedName) {
    let from = schema.tables[o].name.clone();
    schema.tables[o].name = to.clone();
    for t in &mut schema.tables {
        for fk in &mut t.foreign_keys {
            if fk.referenced_table.same_object(&from) {
                fk.referenced_table = to.clone();
            }
        }
    }
}

/// Renames a column in its table and wherever the old model names it: keys, indexes,
/// checks, and foreign keys of every table that reference it.
fn rename_column(schema: &mut Schema, o: usize, from: &str, to: &str) {
    let table_name = schema.tables[o].name.clone();
    let swap = |name: &mut String| {
        if name.eq_ignore_ascii_case(from) {
            *name = to.to_string();
        }
    };
    let t = &mut schema.tables[o];
    for c in &mut t.columns {
        swap(&mut c.name);
    }
    for k in t
        .primary_key
        .iter_mut()
        .chain(t.unique_constraints.iter_mut())
    {
        k.columns.iter_mut().for_each(|c| swap(&mut c.name));
    }
    for index in &mut t.indexes {
        index
            .columns
            .iter_mut()
            .filter(|c| !c.expression)
            .for_each(|c| swap(&mut c.name));
        index.include.iter_mut().for_each(swap);
    }
    for check in &mut t.checks {
        if check.columns.iter().any(|c| c.eq_ignore_ascii_case(from)) {
            check.columns.iter_mut().for_each(swap);
            check.expression = replace_word(&check.expression, from, to);
        }
    }
    for fk in &mut t.foreign_keys {
        fk.columns.iter_mut().for_each(swap);
    }
    for t in &mut schema.tables {
        for fk in &mut t.foreign_keys {
            if fk.referenced_table.same_object(&table_name) {
                fk.referenced_columns.iter_mut().for_each(swap);
            }
        }
    }
}

/// `text` with every whole-word `from` (any case, bare or quoted) replaced by `to`.
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let word = |c: char| c.is_alphanumeric() || c == '_';
    while let Some(pos) = rest.to_ascii_lowercase().find(&from.to_ascii_lowercase()) {
        let before = rest[..pos].chars().next_back();
        let after = rest[pos + from.len()..].chars().next();
        out.push_str(&rest[..pos]);
        if before.is_some_and(word) || after.is_some_and(word) {
            out.push_str(&rest[pos..pos + from.len()]);
        } else {
            out.push_str(to);
        }
        rest = &rest[pos + from.len()..];
    }
    out.push_str(rest);
    out
}
