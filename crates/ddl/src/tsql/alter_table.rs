//! ALTER TABLE: read into actions, then merged into the table so a schema spread over
//! CREATE and ALTER statements reads as one.

use super::clauses::{self, split_commas, with_options, Diags};
use super::create_table::{add_constraint, element, table_options, unquote, Constraint, Element};
use super::statement_end;
use crate::cursor::Cursor;
use crate::model::{
    codes, Column, DataType, DiagnosticSeverity, OptionValue, Span, Table, TableOptions,
};

/// One change an ALTER TABLE makes.
#[derive(Debug)]
pub enum AlterAction {
    AddColumn(Column),
    AddConstraint {
        constraint: Constraint,
        nocheck: bool,
    },
    AlterColumn {
        name: String,
        data_type: DataType,
        nullable: Option<bool>,
        collation: Option<String>,
        sparse: bool,
    },
    /// `ALTER COLUMN c ADD|DROP ROWGUIDCOL|PERSISTED|SPARSE|HIDDEN|MASKED|NOT FOR REPLICATION`.
    ColumnFlag {
        name: String,
        add: bool,
        flag: String,
        masked_function: Option<String>,
    },
    /// PostgreSQL `ALTER COLUMN c SET/DROP NOT NULL`.
    SetNullable {
        name: String,
        nullable: bool,
    },
    /// PostgreSQL `ALTER COLUMN c SET/DROP DEFAULT`.
    SetDefault {
        name: String,
        default: Option<crate::model::DefaultValue>,
    },
    /// PostgreSQL `ALTER COLUMN c ADD GENERATED ... AS IDENTITY`, as pg_dump writes identity
    /// columns.
    SetIdentity {
        name: String,
        identity: crate::model::Identity,
    },
    /// PostgreSQL `ATTACH PARTITION`: applied to the partition, naming its parent.
    SetPartitionOf(crate::model::PartitionOf),
    DropConstraint(String),
    /// MySQL `DROP PRIMARY KEY`.
    DropPrimaryKey,
    DropColumn(String),
    DropPeriod,
    /// `[WITH CHECK] CHECK CONSTRAINT x` / `NOCHECK CONSTRAINT x`; `None` names ALL.
    CheckConstraints {
        names: Option<Vec<String>>,
        enable: bool,
        with_check: bool,
    },
    SetOptions(TableOptions),
    /// Actions that change no schema element (SWITCH, ENABLE TRIGGER, ...).
    NoEffect,
}

impl AlterAction {
    /// Whether the action adds to or changes what a table has, rather than removing
    /// something or changing nothing. Only these wait for a table created later.
    pub fn builds(&self) -> bool {
        !matches!(
            self,
            AlterAction::DropConstraint(_)
                | AlterAction::DropPrimaryKey
                | AlterAction::DropColumn(_)
                | AlterAction::DropPeriod
                | AlterAction::NoEffect
        )
    }
}

/// Parses ALTER TABLE after the TABLE keyword. `None` if no table name could be read.
pub fn alter_table(
    cur: &mut Cursor,
    diags: &mut Diags,
) -> Option<(crate::model::QualifiedName, Vec<AlterAction>)> {
    let name = cur.object_name()?;
    let mut actions = Vec::new();
    let nocheck = if cur.eat_kws(&["WITH", "NOCHECK"]) {
        Some(true)
    } else if cur.eat_kws(&["WITH", "CHECK"]) {
        Some(false)
    } else {
        None
    };
    // The action keyword itself (ALTER, DROP, SET, ...) would read as a new statement.
    let end = statement_end(cur, (cur.pos + 1).min(cur.end));
    let start = cur.pos;
    if cur.eat_kw("ADD") {
        for (a, b) in split_commas(cur, cur.pos, end) {
            let mut ec = Cursor::new(cur.src, cur.lexed, a, b);
            ec.eat_kw("COLUMN");
            match element(&mut ec, diags) {
                Some(Element::Column(column, constraints)) => {
                    actions.push(AlterAction::AddColumn(column));
                    for constraint in constraints {
                        actions.push(AlterAction::AddConstraint {
                            constraint,
                            nocheck: false,
                        });
                    }
                }
                Some(Element::Constraint(constraint)) => actions.push(AlterAction::AddConstraint {
                    constraint,
                    nocheck: nocheck.unwrap_or(false),
                }),
                None => {}
            }
        }
        cur.pos = end;
    } else if cur.eat_kws(&["ALTER", "COLUMN"]) {
        let mut ac = Cursor::new(cur.src, cur.lexed, cur.pos, end);
        if let Some(action) = alter_column(&mut ac, diags) {
            actions.push(action);
        }
        cur.pos = end;
    } else if cur.eat_kw("DROP") {
        for (a, b) in split_commas(cur, cur.pos, end) {
            let mut dc = Cursor::new(cur.src, cur.lexed, a, b);
            if let Some(action) = drop_item(&mut dc, diags) {
                actions.push(action);
            }
        }
        cur.pos = end;
    } else if cur.is_kw("CHECK") || cur.is_kw("NOCHECK") {
        let enable = cur.eat_kw("CHECK");
        if !enable {
            cur.pos += 1;
        }
        cur.eat_kw("CONSTRAINT");
        let names = if cur.eat_kw("ALL") {
            None
        } else {
            Some(
                split_commas(cur, cur.pos, end)
                    .into_iter()
                    .map(|(a, b)| unbracket(cur.text(a, b)))
                    .collect(),
            )
        };
        cur.pos = end;
        actions.push(AlterAction::CheckConstraints {
            names,
            enable,
            with_check: nocheck == Some(false),
        });
    } else if cur.eat_kw("SET") {
        let mut options = TableOptions::default();
        if let Some((lo, hi)) = cur.group() {
            let items = clauses::option_list(cur, lo, hi, diags);
            table_options(cur, &items, &mut options, diags);
        }
        actions.push(AlterAction::SetOptions(options));
    } else if cur.eat_kw("REBUILD") {
        let mut options = TableOptions::default();
        while cur.pos < end {
            if let Some(items) = with_options(cur, diags) {
                table_options(cur, &items, &mut options, diags);
            } else {
                cur.skip_one();
            }
        }
        actions.push(AlterAction::SetOptions(options));
    } else if cur.eat_kws(&["ENABLE", "CHANGE_TRACKING"])
        || cur.eat_kws(&["DISABLE", "CHANGE_TRACKING"])
    {
        let mut options = TableOptions::default();
        options.other.push(OptionValue {
            name: "CHANGE_TRACKING".into(),
            value: cur.text(start, end).to_string(),
        });
        cur.pos = end;
        actions.push(AlterAction::SetOptions(options));
    } else if ["SWITCH", "ENABLE", "DISABLE"].iter().any(|k| cur.is_kw(k)) {
        cur.pos = end;
        actions.push(AlterAction::NoEffect);
    } else {
        diags.clause(
            cur.here(),
            format!(
                "ALTER TABLE action `{}` not understood",
                cur.quote(cur.pos, end)
            ),
        );
        cur.pos = end;
    }
    Some((name, actions))
}

fn unbracket(text: &str) -> String {
    text.trim()
        .trim_start_matches(['[', '"'])
        .trim_end_matches([']', '"'])
        .to_string()
}

fn alter_column(ac: &mut Cursor, diags: &mut Diags) -> Option<AlterAction> {
    let name = ac.ident()?;
    if ac.is_kw("ADD") || ac.is_kw("DROP") {
        let add = ac.eat_kw("ADD");
        if !add {
            ac.pos += 1;
        }
        let lo = ac.pos;
        let flag = if ac.eat_kws(&["NOT", "FOR", "REPLICATION"]) {
            "NOT FOR REPLICATION".to_string()
        } else {
            ac.keyword().unwrap_or_default()
        };
        if ac.pos == lo {
            ac.pos += 1;
        }
        const FLAGS: [&str; 6] = [
            "ROWGUIDCOL",
            "PERSISTED",
            "SPARSE",
            "HIDDEN",
            "MASKED",
            "NOT FOR REPLICATION",
        ];
        if !FLAGS.contains(&flag.as_str()) {
            diags.clause(
                ac.span(lo, ac.pos),
                format!(
                    "ALTER COLUMN `{name}` {} `{}` not understood",
                    if add { "ADD" } else { "DROP" },
                    ac.quote(lo, ac.end)
                ),
            );
        }
        let masked_function = with_options(ac, diags).and_then(|items| {
            items
                .into_iter()
                .find(|i| i.option.name == "FUNCTION")
                .map(|i| unquote(&i.option.value))
        });
        return Some(AlterAction::ColumnFlag {
            name,
            add,
            flag,
            masked_function,
        });
    }
    let data_type = clauses::data_type(ac)?;
    let mut action_nullable = None;
    let mut collation = None;
    let mut sparse = false;
    while !ac.at_end() {
        if ac.eat_kws(&["NOT", "NULL"]) {
            action_nullable = Some(false);
        } else if ac.eat_kw("NULL") {
            action_nullable = Some(true);
        } else if ac.eat_kw("COLLATE") {
            collation = ac.ident();
        } else if ac.eat_kw("SPARSE") {
            sparse = true;
        } else if with_options(ac, diags).is_some() {
            // `WITH (ONLINE = ON)` changes how, not what.
        } else {
            diags.clause(
                ac.here(),
                format!(
                    "`{}` in ALTER COLUMN `{name}` not understood",
                    ac.quote(ac.pos, ac.end)
                ),
            );
            ac.pos = ac.end;
        }
    }
    Some(AlterAction::AlterColumn {
        name,
        data_type,
        nullable: action_nullable,
        collation,
        sparse,
    })
}

fn drop_item(dc: &mut Cursor, diags: &mut Diags) -> Option<AlterAction> {
    if dc.eat_kws(&["PERIOD", "FOR", "SYSTEM_TIME"]) {
        return Some(AlterAction::DropPeriod);
    }
    let column = dc.eat_kw("COLUMN");
    dc.eat_kw("CONSTRAINT");
    dc.eat_kws(&["IF", "EXISTS"]);
    let Some(name) = dc.ident() else {
        diags.clause(
            dc.here(),
            format!("DROP `{}` not understood", dc.quote(dc.pos, dc.end)),
        );
        return None;
    };
    // `WITH (ONLINE = ON)` and `MOVE TO` change how, not what.
    dc.pos = dc.end;
    Some(if column {
        AlterAction::DropColumn(name)
    } else {
        AlterAction::DropConstraint(name)
    })
}

/// Applies the actions to the table.
pub fn apply(table: &mut Table, actions: Vec<AlterAction>, span: Span, diags: &mut Diags) {
    for action in actions {
        match action {
            AlterAction::AddColumn(column) => table.columns.push(column),
            AlterAction::AddConstraint {
                constraint,
                nocheck,
            } => {
                let constraint = match constraint {
                    Constraint::ForeignKey(mut fk) => {
                        fk.nocheck = nocheck;
                        Constraint::ForeignKey(fk)
                    }
                    Constraint::Check(mut c) => {
                        c.nocheck = nocheck;
                        Constraint::Check(c)
                    }
                    other => other,
                };
                add_constraint(table, constraint, diags);
            }
            AlterAction::AlterColumn {
                name,
                data_type,
                nullable,
                collation,
                sparse,
            } => match table
                .columns
                .iter()
                .position(|c| c.name.eq_ignore_ascii_case(&name))
            {
                Some(i) => {
                    let col = &mut table.columns[i];
                    col.data_type = data_type;
                    // ALTER COLUMN without NULL/NOT NULL makes the column nullable.
                    col.nullable = nullable.unwrap_or(true);
                    col.nullable_explicit = nullable.is_some();
                    col.collation = collation;
                    col.sparse = sparse;
                }
                None if table.external => {
                    let mut col = Column::new(name, data_type, span);
                    col.nullable = nullable.unwrap_or(true);
                    col.nullable_explicit = nullable.is_some();
                    col.collation = collation;
                    col.sparse = sparse;
                    table.columns.push(col);
                }
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::ColumnFlag {
                name,
                add,
                flag,
                masked_function,
            } => match table.column_mut(&name) {
                Some(col) => set_flag(col, add, &flag, masked_function),
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::SetNullable { name, nullable } => match table.column_mut(&name) {
                Some(col) => {
                    col.nullable = nullable;
                    col.nullable_explicit = true;
                }
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::SetDefault { name, default } => match table.column_mut(&name) {
                Some(col) => col.default = default,
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::SetIdentity { name, identity } => match table.column_mut(&name) {
                Some(col) => {
                    col.identity = Some(identity);
                    col.nullable = false;
                }
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::SetPartitionOf(of) => table.options.partition_of = Some(of),
            AlterAction::DropPrimaryKey => table.primary_key = None,
            AlterAction::DropConstraint(name) => {
                if !drop_constraint(table, &name) {
                    unknown_member(diags, table, "constraint", &name, span);
                }
            }
            AlterAction::DropColumn(name) => {
                let before = table.columns.len();
                table
                    .columns
                    .retain(|c| !c.name.eq_ignore_ascii_case(&name));
                if table.columns.len() == before {
                    unknown_member(diags, table, "column", &name, span);
                }
            }
            AlterAction::DropPeriod => table.options.period_for_system_time = None,
            AlterAction::CheckConstraints {
                names,
                enable,
                with_check,
            } => check_constraints(table, names.as_deref(), enable, with_check),
            AlterAction::SetOptions(options) => merge_options(&mut table.options, options),
            AlterAction::NoEffect => {}
        }
    }
}

fn unknown_member(diags: &mut Diags, table: &Table, what: &str, name: &str, span: Span) {
    if table.external {
        // A placeholder only knows what the script added, so absence proves nothing.
        return;
    }
    diags.push(
        DiagnosticSeverity::Warning,
        codes::UNKNOWN_MEMBER,
        span,
        format!(
            "ALTER TABLE names {what} `{name}`, which `{}` does not have",
            table.name
        ),
    );
}

fn set_flag(col: &mut Column, add: bool, flag: &str, masked_function: Option<String>) {
    match flag {
        "ROWGUIDCOL" => col.rowguidcol = add,
        "SPARSE" => col.sparse = add,
        "HIDDEN" => col.hidden = add,
        "PERSISTED" => {
            if let Some(c) = col.computed.as_mut() {
                c.persisted = add;
            }
        }
        "MASKED" => {
            col.masked = if add {
                masked_function.or(Some(String::new()))
            } else {
                None
            }
        }
        "NOT FOR REPLICATION" => {
            if let Some(id) = col.identity.as_mut() {
                id.not_for_replication = add;
            }
        }
        _ => {}
    }
}

fn drop_constraint(table: &mut Table, name: &str) -> bool {
    let named = |n: &Option<String>| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(name));
    let mut found = false;
    if table.primary_key.as_ref().is_some_and(|pk| named(&pk.name)) {
        table.primary_key = None;
        found = true;
    }
    let counts = (
        table.unique_constraints.len(),
        table.foreign_keys.len(),
        table.checks.len(),
        table.indexes.len(),
    );
    table.unique_constraints.retain(|u| !named(&u.name));
    table.foreign_keys.retain(|f| !named(&f.name));
    table.checks.retain(|c| !named(&c.name));
    table.indexes.retain(|i| !named(&i.name));
    found |= counts
        != (
            table.unique_constraints.len(),
            table.foreign_keys.len(),
            table.checks.len(),
            table.indexes.len(),
        );
    for col in &mut table.columns {
        if col
            .default
            .as_ref()
            .is_some_and(|d| named(&d.constraint_name))
        {
            col.default = None;
            found = true;
        }
    }
    found
}

fn check_constraints(table: &mut Table, names: Option<&[String]>, enable: bool, with_check: bool) {
    let selected = |n: &Option<String>| match names {
        None => true,
        Some(list) => n
            .as_deref()
            .is_some_and(|n| list.iter().any(|x| x.eq_ignore_ascii_case(n))),
    };
    for fk in table.foreign_keys.iter_mut().filter(|f| selected(&f.name)) {
        fk.disabled = !enable;
        // Re-enabling without WITH CHECK leaves trust as it was.
        if with_check {
            fk.nocheck = false;
        }
    }
    for c in table.checks.iter_mut().filter(|c| selected(&c.name)) {
        c.disabled = !enable;
        if with_check {
            c.nocheck = false;
        }
    }
}

/// Overwrites the fields the patch sets.
pub fn merge_options(into: &mut TableOptions, patch: TableOptions) {
    if patch.memory_optimized {
        into.memory_optimized = true;
    }
    into.durability = patch.durability.or(into.durability.take());
    into.system_versioning = patch.system_versioning.or(into.system_versioning.take());
    into.data_compression = patch.data_compression.or(into.data_compression.take());
    into.ledger = patch.ledger.or(into.ledger.take());
    into.storage = patch.storage.or(into.storage.take());
    into.textimage_on = patch.textimage_on.or(into.textimage_on.take());
    into.filestream_on = patch.filestream_on.or(into.filestream_on.take());
    into.lock_escalation = patch.lock_escalation.or(into.lock_escalation.take());
    into.engine = patch.engine.or(into.engine.take());
    into.charset = patch.charset.or(into.charset.take());
    into.collation = patch.collation.or(into.collation.take());
    into.auto_increment = patch.auto_increment.or(into.auto_increment.take());
    into.row_format = patch.row_format.or(into.row_format.take());
    into.key_block_size = patch.key_block_size.or(into.key_block_size.take());
    into.tablespace = patch.tablespace.or(into.tablespace.take());
    into.partition_by = patch.partition_by.or(into.partition_by.take());
    for parameter in patch.storage_parameters {
        into.storage_parameters.retain(|p| p.name != parameter.name);
        into.storage_parameters.push(parameter);
    }
    for option in patch.other {
        into.other.retain(|o| o.name != option.name);
        into.other.push(option);
    }
}
