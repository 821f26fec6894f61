//! ALTER TABLE: read into actions, then merged into the table so a schema spread over
//! CREATE and ALTER statements reads as one.

use super::clauses::{self, split_commas, with_options, Diags};
use super::create_table::{add_constraint, element, table_options, unquote, Constraint, Element};
use super::statement_end;
use crate::cursor::Cursor;
use crate::generated_names::{self, Member};
use crate::model::{
    codes, Column, DataType, DiagnosticSeverity, Dialect, OptionValue, QualifiedName, Span, Table,
    TableOptions,
};

/// One change an ALTER TABLE makes.
#[derive(Debug)]
#[cfg_attr(not(feature = "postgres-mysql"), allow(dead_code))] // some only `generic` builds
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
    /// PostgreSQL `ALTER COLUMN c SET GENERATED ALWAYS | BY DEFAULT`: the identity stays,
    /// its kind changes.
    SetIdentityStyle {
        name: String,
        style: crate::model::IdentityStyle,
    },
    /// PostgreSQL `ALTER COLUMN c DROP IDENTITY [IF EXISTS]`; the column stays NOT NULL.
    DropIdentity {
        name: String,
        if_exists: bool,
    },
    /// PostgreSQL `ATTACH PARTITION`: applied to the partition, naming its parent.
    SetPartitionOf(crate::model::PartitionOf),
    DropConstraint(String),
    /// MySQL `DROP FOREIGN KEY x`: only the foreign key; mysqldump names its index the same
    /// (`KEY x (c)`), and that index stays, as it does in the server.
    DropForeignKey(String),
    /// MySQL `DROP INDEX x` and PostgreSQL `DROP INDEX s.x`: an index, unique key or (as
    /// `PRIMARY`) the primary key; not a foreign key or check of the same name.
    DropIndex(String),
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
    /// `RENAME COLUMN a TO b`, MySQL `CHANGE COLUMN`, T-SQL `sp_rename '...', '...', 'COLUMN'`:
    /// the column and every key, index, check and computed column of the table that names
    /// it. Foreign keys of other tables follow in `Driver::apply`.
    RenameColumn {
        from: String,
        to: String,
    },
    /// `RENAME TO u`, MySQL `RENAME TABLE`, T-SQL `sp_rename 'dbo.T', 'U'`: the new bare
    /// name; the table keeps its schema. `Driver::apply` renames it and the references.
    RenameTable(String),
    /// MySQL `RENAME INDEX a TO b`, T-SQL `sp_rename '...', '...', 'INDEX'`: an index, or the
    /// primary or unique key whose index it is.
    RenameIndex {
        from: String,
        to: String,
    },
    /// PostgreSQL `RENAME CONSTRAINT a TO b`, T-SQL `sp_rename 'dbo.CK_a', 'CK_b'`.
    RenameConstraint {
        from: String,
        to: String,
    },
    /// MySQL `MODIFY COLUMN` and `CHANGE COLUMN`: a whole new definition, in the old place.
    ModifyColumn(Column),
    /// MySQL `FIRST` (`after: None`) or `AFTER c` on an added or redefined column.
    MoveColumn {
        name: String,
        after: Option<String>,
    },
    /// PostgreSQL `ALTER COLUMN c TYPE t`: only the type changes; nullability and the
    /// default stay.
    SetDataType {
        name: String,
        data_type: DataType,
    },
    /// PostgreSQL `VALIDATE CONSTRAINT x`: the existing rows have been checked, so the
    /// constraint added `NOT VALID` is trusted now.
    ValidateConstraint(String),
    /// T-SQL's drop of a constraint whose name the server generated, found by a catalog
    /// lookup (`tsql::procedures::lookup_drop`).
    DropFound(Lookup),
    /// Actions that change no schema element (SWITCH, ENABLE TRIGGER, ...).
    NoEffect,
}

/// What a T-SQL catalog lookup selects before it drops the constraint it found.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// `sys.default_constraints` of one column.
    Default { column: String },
    /// `sys.key_constraints` of type `PK`.
    PrimaryKey,
    /// `sys.key_constraints` of type `UQ` whose index has the column.
    Unique { column: String },
    /// `sys.foreign_keys` on the column, referencing a table when one is named.
    ForeignKey {
        column: String,
        referenced: Option<QualifiedName>,
    },
    /// `sys.check_constraints` of one column.
    Check { column: String },
}

impl AlterAction {
    /// Whether the action adds to or changes what a table has, rather than removing
    /// something or changing nothing. Only these wait for a table created later. Renames
    /// and VALIDATE act on what the table already has, as drops do, so they do not wait.
    pub fn builds(&self) -> bool {
        !matches!(
            self,
            AlterAction::DropConstraint(_)
                | AlterAction::DropForeignKey(_)
                | AlterAction::DropIndex(_)
                | AlterAction::DropPrimaryKey
                | AlterAction::DropColumn(_)
                | AlterAction::DropPeriod
                | AlterAction::DropFound(_)
                | AlterAction::RenameColumn { .. }
                | AlterAction::RenameTable(_)
                | AlterAction::RenameIndex { .. }
                | AlterAction::RenameConstraint { .. }
                | AlterAction::ValidateConstraint(_)
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
    // A memory-optimized table's indexes are dropped through ALTER TABLE.
    let index = dc.eat_kw("INDEX");
    let column = !index && dc.eat_kw("COLUMN");
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
    Some(if index {
        AlterAction::DropIndex(name)
    } else if column {
        AlterAction::DropColumn(name)
    } else {
        AlterAction::DropConstraint(name)
    })
}

/// Applies the actions to the table. Generated names (`t_pkey`, `t_ibfk_1`) are the
/// dialect's.
pub fn apply(
    table: &mut Table,
    actions: Vec<AlterAction>,
    span: Span,
    diags: &mut Diags,
    dialect: Dialect,
) {
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
            AlterAction::SetIdentityStyle { name, style } => match table.column_mut(&name) {
                Some(col) => match col.identity.as_mut() {
                    Some(identity) => identity.style = style,
                    None => unknown_member(diags, table, "identity column", &name, span),
                },
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::DropIdentity { name, if_exists } => match table.column_mut(&name) {
                Some(col) if col.identity.is_some() => col.identity = None,
                Some(_) if if_exists => {}
                Some(_) => unknown_member(diags, table, "identity column", &name, span),
                None => unknown_member(diags, table, "column", &name, span),
            },
            AlterAction::SetPartitionOf(of) => table.options.partition_of = Some(of),
            AlterAction::DropPrimaryKey => table.primary_key = None,
            AlterAction::DropConstraint(name) => {
                if !drop_constraint(table, &name, dialect) {
                    unknown_member(diags, table, "constraint", &name, span);
                }
            }
            AlterAction::DropForeignKey(name) => {
                let kinds = |e: &Member| matches!(e, Member::ForeignKey(_));
                match find_element(table, &name, dialect, kinds) {
                    Some(member) => remove(table, member),
                    None => unknown_member(diags, table, "foreign key", &name, span),
                }
            }
            AlterAction::DropIndex(name) => {
                let kinds = |e: &Member| {
                    matches!(e, Member::Index(_) | Member::Unique(_) | Member::PrimaryKey)
                };
                match find_element(table, &name, dialect, kinds) {
                    Some(member) => remove(table, member),
                    None => unknown_member(diags, table, "index", &name, span),
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
            AlterAction::RenameColumn { from, to } => {
                if !rename_column(table, &from, &to, dialect) {
                    unknown_member(diags, table, "column", &from, span);
                }
            }
            AlterAction::RenameTable(to) => table.name.name = to,
            AlterAction::RenameIndex { from, to } => {
                let kinds = |e: &Member| {
                    matches!(e, Member::Index(_) | Member::Unique(_) | Member::PrimaryKey)
                };
                if !rename_element(table, &from, to.clone(), dialect, kinds)
                    && find_element(table, &to, dialect, kinds).is_none()
                {
                    unknown_member(diags, table, "index", &from, span);
                }
            }
            AlterAction::RenameConstraint { from, to } => {
                let kinds = |e: &Member| !matches!(e, Member::Index(_));
                let default = table.columns.iter_mut().find_map(|c| {
                    c.default.as_mut().filter(|d| {
                        d.constraint_name
                            .as_deref()
                            .is_some_and(|n| n.eq_ignore_ascii_case(&from))
                    })
                });
                if let Some(default) = default {
                    default.constraint_name = Some(to);
                } else if !rename_element(table, &from, to.clone(), dialect, kinds)
                    && find_element(table, &to, dialect, kinds).is_none()
                {
                    // Renaming to the name the server gives an unnamed element now (after its
                    // table or column was renamed) changes nothing the model holds.
                    unknown_member(diags, table, "constraint", &from, span);
                }
            }
            AlterAction::ModifyColumn(column) => modify_column(table, column, span, diags),
            AlterAction::MoveColumn { name, after } => {
                if let Err(missing) = move_column(table, &name, after.as_deref()) {
                    unknown_member(diags, table, "column", &missing, span);
                }
            }
            AlterAction::SetDataType { name, data_type } => {
                let external = table.external;
                match table.column_mut(&name) {
                    Some(col) => col.data_type = data_type,
                    None if external => table.columns.push(Column::new(name, data_type, span)),
                    None => unknown_member(diags, table, "column", &name, span),
                }
            }
            AlterAction::ValidateConstraint(name) => {
                match find_element(table, &name, dialect, |_| true) {
                    Some(Member::ForeignKey(i)) => table.foreign_keys[i].nocheck = false,
                    Some(Member::Check(i)) => table.checks[i].nocheck = false,
                    Some(_) => {}
                    None => unknown_member(diags, table, "constraint", &name, span),
                }
            }
            AlterAction::DropFound(lookup) => drop_found(table, &lookup),
            AlterAction::NoEffect => {}
        }
    }
}

/// Replaces a column's definition in place. A primary key column stays NOT NULL unless
/// the new definition says otherwise, as it would in a CREATE TABLE.
fn modify_column(table: &mut Table, mut column: Column, span: Span, diags: &mut Diags) {
    let in_primary_key = table.primary_key.as_ref().is_some_and(|pk| {
        pk.columns
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(&column.name))
    });
    if in_primary_key && !column.nullable_explicit {
        column.nullable = false;
    }
    let external = table.external;
    match table.column_mut(&column.name) {
        Some(old) => {
            column.comments = std::mem::take(&mut old.comments);
            *old = column;
        }
        None if external => table.columns.push(column),
        None => {
            let name = column.name.clone();
            unknown_member(diags, table, "column", &name, span);
        }
    }
}

/// Moves a column first (`after: None`) or after another. The error is the name not found;
/// the columns then stay as they were.
fn move_column(table: &mut Table, name: &str, after: Option<&str>) -> Result<(), String> {
    let position = |t: &Table, n: &str| {
        t.columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(n))
    };
    let from = position(table, name).ok_or_else(|| name.to_string())?;
    if let Some(after) = after {
        position(table, after).ok_or_else(|| after.to_string())?;
    }
    let column = table.columns.remove(from);
    let to = match after {
        None => 0,
        Some(after) => position(table, after).map_or(table.columns.len(), |i| i + 1),
    };
    table.columns.insert(to, column);
    Ok(())
}

/// Renames a column everywhere the table names it. False when it has no such column.
fn rename_column(table: &mut Table, from: &str, to: &str, dialect: Dialect) -> bool {
    let Some(column) = table.column_mut(from) else {
        return false;
    };
    column.name = to.to_string();
    let rename = |name: &mut String| {
        if name.eq_ignore_ascii_case(from) {
            *name = to.to_string();
        }
    };
    let expression = |text: &mut String| *text = rename_in_expression(text, from, to, dialect);
    let key_column = |c: &mut crate::model::IndexColumn| {
        if c.expression {
            expression(&mut c.name);
        } else {
            rename(&mut c.name);
        }
    };
    for key in table
        .primary_key
        .iter_mut()
        .chain(table.unique_constraints.iter_mut())
    {
        key.columns.iter_mut().for_each(key_column);
    }
    for fk in &mut table.foreign_keys {
        fk.columns.iter_mut().for_each(rename);
    }
    for check in &mut table.checks {
        check.columns.iter_mut().for_each(rename);
        expression(&mut check.expression);
    }
    for index in &mut table.indexes {
        index.columns.iter_mut().for_each(key_column);
        index.include.iter_mut().for_each(rename);
        if let Some(filter) = index.filter.as_mut() {
            expression(filter);
        }
    }
    for column in &mut table.columns {
        if let Some(computed) = column.computed.as_mut() {
            expression(&mut computed.expression);
        }
    }
    if let Some(period) = table.options.period_for_system_time.as_mut() {
        rename(&mut period.start_column);
        rename(&mut period.end_column);
    }
    true
}

/// An expression with every mention of column `from` renamed to `to`. Words are
/// identifiers (bare or in `[]`, `""` or backquotes); string literals are left alone.
pub(crate) fn rename_in_expression(text: &str, from: &str, to: &str, dialect: Dialect) -> String {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '$' | '#' | '@');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            '\'' => {
                // A literal runs to the next quote that is not doubled.
                let mut end = 1;
                while let Some(n) = rest[end..].find('\'') {
                    end += n + 1;
                    if !rest[end..].starts_with('\'') {
                        break;
                    }
                    end += 1;
                }
                if !rest[1..].contains('\'') {
                    end = rest.len();
                }
                out.push_str(&rest[..end]);
                end
            }
            '[' | '"' | '`' => {
                let close = if c == '[' { ']' } else { c };
                let end = rest[1..].find(close).map_or(rest.len(), |n| n + 2);
                let inner = &rest[1..end.saturating_sub(1).max(1)];
                if inner.eq_ignore_ascii_case(from) {
                    out.push(c);
                    out.push_str(to);
                    out.push(close);
                } else {
                    out.push_str(&rest[..end]);
                }
                end
            }
            c if is_word(c) => {
                let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
                if rest[..end].eq_ignore_ascii_case(from) {
                    out.push_str(&quoted(to, dialect));
                } else {
                    out.push_str(&rest[..end]);
                }
                end
            }
            c => {
                out.push(c);
                c.len_utf8()
            }
        };
        rest = &rest[len..];
    }
    out
}

/// A name as a bare word when the dialect reads it back unchanged, else quoted.
fn quoted(name: &str, dialect: Dialect) -> String {
    let mut chars = name.chars();
    let plain = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && (dialect != Dialect::Postgres || !name.chars().any(|c| c.is_ascii_uppercase()));
    match (plain, dialect) {
        (true, _) => name.to_string(),
        (false, Dialect::MsSql) => format!("[{name}]"),
        (false, Dialect::MySql) => format!("`{name}`"),
        (false, Dialect::Postgres) => format!("\"{name}\""),
    }
}

/// The element called `name`: by the name the script gave it, else by the name the server
/// generated for it. Only elements `kinds` accepts are considered.
fn find_element(
    table: &Table,
    name: &str,
    dialect: Dialect,
    kinds: impl Fn(&Member) -> bool,
) -> Option<Member> {
    let named = |n: &Option<String>| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(name));
    let primary = table
        .primary_key
        .as_ref()
        .filter(|k| named(&k.name))
        .map(|_| Member::PrimaryKey);
    let unique = table.unique_constraints.iter().position(|k| named(&k.name));
    let fk = table.foreign_keys.iter().position(|f| named(&f.name));
    let check = table.checks.iter().position(|c| named(&c.name));
    let index = table.indexes.iter().position(|i| named(&i.name));
    primary
        .into_iter()
        .chain(unique.map(Member::Unique))
        .chain(fk.map(Member::ForeignKey))
        .chain(check.map(Member::Check))
        .chain(index.map(Member::Index))
        .find(|e| kinds(e))
        .or_else(|| generated_names::find(dialect, table, name).filter(|e| kinds(e)))
}

fn name_of(table: &mut Table, element: Member) -> Option<&mut Option<String>> {
    Some(match element {
        Member::PrimaryKey => &mut table.primary_key.as_mut()?.name,
        Member::Unique(i) => &mut table.unique_constraints.get_mut(i)?.name,
        Member::ForeignKey(i) => &mut table.foreign_keys.get_mut(i)?.name,
        Member::Check(i) => &mut table.checks.get_mut(i)?.name,
        Member::Index(i) => &mut table.indexes.get_mut(i)?.name,
    })
}

fn rename_element(
    table: &mut Table,
    from: &str,
    to: String,
    dialect: Dialect,
    kinds: impl Fn(&Member) -> bool,
) -> bool {
    let Some(element) = find_element(table, from, dialect, kinds) else {
        return false;
    };
    if let Some(name) = name_of(table, element) {
        *name = Some(to);
    }
    true
}

fn remove(table: &mut Table, element: Member) {
    match element {
        Member::PrimaryKey => table.primary_key = None,
        Member::Unique(i) => drop(table.unique_constraints.remove(i)),
        Member::ForeignKey(i) => drop(table.foreign_keys.remove(i)),
        Member::Check(i) => drop(table.checks.remove(i)),
        Member::Index(i) => drop(table.indexes.remove(i)),
    }
}

/// Drops what a T-SQL catalog lookup finds; nothing when it finds nothing, as the
/// generated `IF @x IS NOT NULL` guard does. Among several candidates an unnamed one goes
/// first: the lookup is written for constraints the server named.
fn drop_found(table: &mut Table, lookup: &Lookup) {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let pick = |candidates: Vec<(bool, bool)>| {
        // (unnamed, exact): an unnamed exact match, then any unnamed, then any.
        let find = |want: &dyn Fn(&(bool, bool)) -> bool| candidates.iter().position(want);
        find(&|&(unnamed, exact)| unnamed && exact)
            .or_else(|| find(&|&(unnamed, _)| unnamed))
            .or_else(|| (!candidates.is_empty()).then_some(0))
    };
    let element = match lookup {
        Lookup::Default { column } => {
            if let Some(col) = table.column_mut(column) {
                col.default = None;
            }
            return;
        }
        Lookup::PrimaryKey => Some(Member::PrimaryKey).filter(|_| table.primary_key.is_some()),
        Lookup::Unique { column } => {
            let keys: Vec<(usize, (bool, bool))> = (table.unique_constraints.iter().enumerate())
                .filter(|(_, k)| k.columns.iter().any(|c| same(&c.name, column)))
                .map(|(i, k)| (i, (k.name.is_none(), k.columns.len() == 1)))
                .collect();
            pick(keys.iter().map(|k| k.1).collect()).map(|p| Member::Unique(keys[p].0))
        }
        Lookup::ForeignKey { column, referenced } => {
            let fks: Vec<(usize, (bool, bool))> = (table.foreign_keys.iter().enumerate())
                .filter(|(_, f)| f.columns.iter().any(|c| same(c, column)))
                .filter(|(_, f)| {
                    referenced
                        .as_ref()
                        .is_none_or(|r| r.same_object(&f.referenced_table))
                })
                .map(|(i, f)| (i, (f.name.is_none(), f.columns.len() == 1)))
                .collect();
            pick(fks.iter().map(|f| f.1).collect()).map(|p| Member::ForeignKey(fks[p].0))
        }
        Lookup::Check { column } => {
            let checks: Vec<(usize, (bool, bool))> = (table.checks.iter().enumerate())
                .filter(|(_, c)| matches!(c.columns.as_slice(), [only] if same(only, column)))
                .map(|(i, c)| (i, (c.name.is_none(), true)))
                .collect();
            pick(checks.iter().map(|c| c.1).collect()).map(|p| Member::Check(checks[p].0))
        }
    };
    if let Some(element) = element {
        remove(table, element);
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

/// Drops every element named `name`; when none is, the unnamed element the server would
/// have given that name.
fn drop_constraint(table: &mut Table, name: &str, dialect: Dialect) -> bool {
    if drop_named(table, name) {
        return true;
    }
    match generated_names::find(dialect, table, name) {
        Some(element) => {
            remove(table, element);
            true
        }
        None => false,
    }
}

fn drop_named(table: &mut Table, name: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::rename_in_expression;
    use crate::model::Dialect;

    #[test]
    fn renames_words_and_quoted_names_but_not_literals() {
        let cases = [
            ("(amount > 0)", "total", Dialect::Postgres, "(total > 0)"),
            ("([Amount]>(0))", "Total", Dialect::MsSql, "([Total]>(0))"),
            ("(amount_2 > amount)", "t", Dialect::MySql, "(amount_2 > t)"),
            ("(a <> 'amount')", "t", Dialect::Postgres, "(a <> 'amount')"),
            (
                "(a <> 'it''s' AND amount > 1)",
                "t",
                Dialect::Postgres,
                "(a <> 'it''s' AND t > 1)",
            ),
            (
                "(`amount` > 0)",
                "New Name",
                Dialect::MySql,
                "(`New Name` > 0)",
            ),
            (
                "(amount > 0)",
                "New Name",
                Dialect::MsSql,
                "([New Name] > 0)",
            ),
            (
                "(amount > 0)",
                "Total",
                Dialect::Postgres,
                "(\"Total\" > 0)",
            ),
        ];
        for (text, to, dialect, expected) in cases {
            assert_eq!(
                rename_in_expression(text, "amount", to, dialect),
                expected,
                "{text}"
            );
        }
    }
}
