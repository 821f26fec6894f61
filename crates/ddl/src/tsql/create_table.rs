//! CREATE TABLE: the column list, column and table constraints, inline indexes, PERIOD,
//! and the options after the column list.

use sqlparser::tokenizer::Token;

use super::clauses::{
    self, clustering, expression_end, identifiers, index_columns, is_how_to_run, is_on, name_list,
    option_list, referential_action, split_commas, storage, with_options, Diags, OptionItem,
};
use super::comments;
use super::create_index::{index_body, IndexHead};
use crate::cursor::Cursor;
use crate::model::{
    Check, Clustering, Column, Computed, DataType, DefaultValue, Durability, Encryption,
    ForeignKey, GeneratedAlways, GraphKind, Identity, IdentityStyle, Index, IndexColumn, IndexKind,
    IndexOrigin, KeyConstraint, Ledger, OptionValue, Period, Span, SystemVersioning, Table,
    TableOptions, TypeFamily,
};

/// A constraint or index declared inside a table body or added by ALTER TABLE.
#[derive(Debug)]
pub enum Constraint {
    PrimaryKey(KeyConstraint),
    Unique(KeyConstraint),
    ForeignKey(ForeignKey),
    Check(Check),
    /// `CONSTRAINT DF DEFAULT expr FOR column` (ALTER TABLE only).
    Default {
        column: String,
        value: DefaultValue,
    },
    Index(Index),
    Period(Period),
    /// Graph edge `CONNECTION (a TO b)`, kept verbatim.
    Connection(OptionValue),
}

/// One element of a column list. Short-lived (one element at a time), so the size
/// difference between variants costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Element {
    Column(Column, Vec<Constraint>),
    Constraint(Constraint),
}

/// Parses CREATE TABLE after the `TABLE` keyword. `None` when not even a name was found.
pub fn create_table(cur: &mut Cursor, diags: &mut Diags, stmt_start: usize) -> Option<Table> {
    let name = cur.object_name()?;
    let mut table = Table {
        is_temporary: name.name.starts_with('#'),
        name,
        ..Table::default()
    };
    if cur.eat_kws(&["AS", "FILETABLE"]) {
        table.options.filetable = true;
    }
    if let Some((lo, hi)) = cur.group() {
        body(cur, lo, hi, &mut table, diags);
    } else if !table.options.filetable && !cur.is_kw("AS") {
        diags.clause(cur.here(), "CREATE TABLE without a column list".into());
    }
    trailing_options(cur, &mut table.options, diags);
    table.span = cur.span(stmt_start, cur.pos);
    Some(table)
}

/// The clauses after the column list: AS NODE/EDGE, ON, TEXTIMAGE_ON, FILESTREAM_ON, WITH.
pub fn trailing_options(cur: &mut Cursor, options: &mut TableOptions, diags: &mut Diags) {
    loop {
        if cur.eat_kws(&["AS", "NODE"]) {
            options.graph = Some(GraphKind::Node);
        } else if cur.eat_kws(&["AS", "EDGE"]) {
            options.graph = Some(GraphKind::Edge);
        } else if cur.eat_kw("ON") {
            options.storage = storage(cur);
        } else if cur.eat_kw("TEXTIMAGE_ON") {
            options.textimage_on = cur.ident_or_string();
        } else if cur.eat_kw("FILESTREAM_ON") {
            options.filestream_on = cur.ident_or_string();
        } else if let Some(items) = with_options(cur, diags) {
            table_options(cur, &items, options, diags);
        } else {
            return;
        }
    }
}

/// Applies table-level WITH options; those without a model field are kept in `other`.
pub fn table_options(
    cur: &Cursor,
    items: &[OptionItem],
    options: &mut TableOptions,
    diags: &mut Diags,
) {
    for item in items {
        let value = item.option.value.trim();
        match item.option.name.as_str() {
            "MEMORY_OPTIMIZED" => options.memory_optimized = is_on(value),
            "DURABILITY" if value.eq_ignore_ascii_case("SCHEMA_ONLY") => {
                options.durability = Some(Durability::SchemaOnly)
            }
            "DURABILITY" if value.eq_ignore_ascii_case("SCHEMA_AND_DATA") => {
                options.durability = Some(Durability::SchemaAndData)
            }
            "SYSTEM_VERSIONING" => {
                options.system_versioning = Some(system_versioning(cur, item.value, diags))
            }
            "DATA_COMPRESSION" => {
                options.data_compression = Some(
                    value
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_ascii_uppercase(),
                );
                if value.split_whitespace().count() > 1 {
                    options.other.push(item.option.clone());
                }
            }
            "LEDGER" => options.ledger = Some(ledger(cur, item.value, diags)),
            "LOCK_ESCALATION" => options.lock_escalation = Some(value.to_ascii_uppercase()),
            _ => options.other.push(item.option.clone()),
        }
    }
}

fn system_versioning(
    cur: &Cursor,
    (lo, hi): (usize, usize),
    diags: &mut Diags,
) -> SystemVersioning {
    let mut v = Cursor::new(cur.src, cur.lexed, lo, hi);
    let mut sv = SystemVersioning {
        enabled: v.eat_kw("ON"),
        ..SystemVersioning::default()
    };
    v.eat_kw("OFF");
    if let Some((a, b)) = v.group() {
        for item in option_list(&v, a, b, diags) {
            let text = item.option.value.trim();
            match item.option.name.as_str() {
                "HISTORY_TABLE" => {
                    let mut n = Cursor::new(cur.src, cur.lexed, item.value.0, item.value.1);
                    sv.history_table = n.object_name();
                }
                "HISTORY_RETENTION_PERIOD" => sv.retention = Some(text.to_string()),
                "DATA_CONSISTENCY_CHECK" => sv.data_consistency_check = Some(is_on(text)),
                other => diags.clause(
                    item.span,
                    format!("SYSTEM_VERSIONING option `{other}` not understood"),
                ),
            }
        }
    }
    if !v.at_end() {
        diags.clause(
            v.here(),
            format!(
                "SYSTEM_VERSIONING value `{}` not understood",
                v.quote(v.pos, hi)
            ),
        );
    }
    sv
}

fn ledger(cur: &Cursor, (lo, hi): (usize, usize), diags: &mut Diags) -> Ledger {
    let mut v = Cursor::new(cur.src, cur.lexed, lo, hi);
    let mut ledger = Ledger {
        enabled: v.eat_kw("ON"),
        append_only: false,
    };
    v.eat_kw("OFF");
    if let Some((a, b)) = v.group() {
        for item in option_list(&v, a, b, diags) {
            match item.option.name.as_str() {
                "APPEND_ONLY" => ledger.append_only = is_on(&item.option.value),
                // The ledger view's name does not change the table's shape.
                "LEDGER_VIEW" => {}
                other => diags.clause(item.span, format!("LEDGER option `{other}` not understood")),
            }
        }
    }
    ledger
}

/// Parses the column list `lo..hi` (inside the brackets) into `table`.
pub fn body(cur: &Cursor, lo: usize, hi: usize, table: &mut Table, diags: &mut Diags) {
    let parts = split_commas(cur, lo, hi);
    let mut attach = comments::ElementComments::new(cur, lo, hi, &parts);
    for (k, &(a, b)) in parts.iter().enumerate() {
        let mut ec = Cursor::new(cur.src, cur.lexed, a, b);
        let notes = attach.take(k);
        match element(&mut ec, diags) {
            Some(Element::Column(mut column, constraints)) => {
                column.comments = notes;
                table.columns.push(column);
                for c in constraints {
                    add_constraint(table, c, diags);
                }
            }
            Some(Element::Constraint(Constraint::Index(mut index))) => {
                index.comments = notes;
                table.indexes.push(index);
            }
            Some(Element::Constraint(c)) => {
                table.comments.extend(notes);
                add_constraint(table, c, diags);
            }
            None => table.comments.extend(notes),
        }
    }
    table.comments.extend(attach.rest());
}

/// Adds a constraint to a table, resolving CHECK columns against the table's columns.
pub fn add_constraint(table: &mut Table, constraint: Constraint, diags: &mut Diags) {
    match constraint {
        Constraint::PrimaryKey(pk) => {
            for key in &pk.columns {
                if let Some(col) = table.column_mut(&key.name) {
                    if !col.nullable_explicit {
                        col.nullable = false;
                    }
                }
            }
            table.primary_key = Some(pk);
        }
        Constraint::Unique(u) => table.unique_constraints.push(u),
        Constraint::ForeignKey(fk) => table.foreign_keys.push(fk),
        Constraint::Check(mut check) => {
            check.columns = check
                .columns
                .iter()
                .filter_map(|name| table.column(name).map(|c| c.name.clone()))
                .collect();
            table.checks.push(check);
        }
        Constraint::Default { column, value } => match table
            .columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(&column))
        {
            Some(i) => table.columns[i].default = Some(value),
            None if table.external => {
                // A placeholder learns its columns from what the script says about them.
                let mut col = Column::new(
                    column,
                    DataType::simple(TypeFamily::Unknown, ""),
                    value.span,
                );
                col.default = Some(value);
                table.columns.push(col);
            }
            None => diags.push(
                crate::model::DiagnosticSeverity::Warning,
                crate::model::codes::UNKNOWN_MEMBER,
                value.span,
                format!(
                    "DEFAULT constraint for column `{column}`, which `{}` does not have",
                    table.name
                ),
            ),
        },
        Constraint::Index(index) => table.indexes.push(index),
        Constraint::Period(period) => table.options.period_for_system_time = Some(period),
        Constraint::Connection(c) => table.options.other.push(c),
    }
}

/// One element of a column list (or one ALTER TABLE ADD item).
pub fn element(ec: &mut Cursor, diags: &mut Diags) -> Option<Element> {
    let start = ec.pos;
    if ec.at_end() {
        diags.clause(ec.here(), "empty element in column list".into());
        return None;
    }
    let constraint = if ec.eat_kw("CONSTRAINT") {
        let name = ec.ident();
        table_constraint(ec, name, None, start, diags)
    } else if ec.is_kw("PRIMARY")
        || ec.is_kw("UNIQUE")
        || ec.is_kw("FOREIGN")
        || ec.is_kw("CHECK")
        || ec.is_kw("CONNECTION")
        || ec.is_kw("DEFAULT")
    {
        table_constraint(ec, None, None, start, diags)
    } else if ec.is_kw("INDEX") && looks_like_index(ec) {
        ec.pos += 1;
        inline_index(ec, None, start, diags).map(Constraint::Index)
    } else if ec.is_kws(&["PERIOD", "FOR", "SYSTEM_TIME"]) {
        ec.pos += 3;
        period(ec, start, diags).map(Constraint::Period)
    } else {
        return column(ec, diags).map(|(c, cs)| Element::Column(c, cs));
    };
    if !ec.at_end() {
        diags.clause(
            ec.here(),
            format!(
                "`{}` in constraint not understood",
                ec.quote(ec.pos, ec.end)
            ),
        );
    }
    constraint.map(Element::Constraint)
}

/// `INDEX` is reserved, so an unquoted INDEX starts an inline index unless what follows
/// reads as a type: `INDEX name (10)` with a number inside is a column named Index.
fn looks_like_index(ec: &Cursor) -> bool {
    let after_name = ec.pos + 2;
    match ec.tok(after_name).map(|t| &t.token) {
        Some(Token::LParen) => !matches!(
            ec.tok(after_name + 1).map(|t| &t.token),
            Some(Token::Number(..))
        ),
        _ => true,
    }
}

fn period(ec: &mut Cursor, start: usize, diags: &mut Diags) -> Option<Period> {
    let here = ec.here();
    let names = name_list(ec, diags);
    match names.as_deref() {
        Some([a, b]) => Some(Period {
            start_column: a.clone(),
            end_column: b.clone(),
            span: ec.span(start, ec.pos),
        }),
        _ => {
            diags.clause(here, "PERIOD FOR SYSTEM_TIME needs two columns".into());
            None
        }
    }
}

/// A table constraint after its optional `CONSTRAINT name`.
pub fn table_constraint(
    ec: &mut Cursor,
    name: Option<String>,
    column: Option<&str>,
    start: usize,
    diags: &mut Diags,
) -> Option<Constraint> {
    if ec.eat_kws(&["PRIMARY", "KEY"]) {
        Some(Constraint::PrimaryKey(key_constraint(
            ec, name, column, start, diags,
        )))
    } else if ec.eat_kw("UNIQUE") {
        Some(Constraint::Unique(key_constraint(
            ec, name, column, start, diags,
        )))
    } else if ec.is_kw("FOREIGN") || ec.is_kw("REFERENCES") {
        foreign_key(ec, name, column, start, diags).map(Constraint::ForeignKey)
    } else if ec.eat_kw("CHECK") {
        check(ec, name, start, diags).map(Constraint::Check)
    } else if ec.eat_kw("DEFAULT") {
        default_for(ec, name, column, start, diags)
    } else if ec.eat_kw("CONNECTION") {
        let lo = ec.pos;
        ec.group();
        Some(Constraint::Connection(OptionValue {
            name: "CONNECTION".into(),
            value: ec.text(lo, ec.pos).to_string(),
        }))
    } else {
        diags.clause(
            ec.here(),
            format!("constraint `{}` not understood", ec.quote(start, ec.end)),
        );
        ec.pos = ec.end;
        None
    }
}

fn key_constraint(
    ec: &mut Cursor,
    name: Option<String>,
    column: Option<&str>,
    start: usize,
    diags: &mut Diags,
) -> KeyConstraint {
    let mut key = KeyConstraint {
        name,
        span: Span::default(),
        columns: Vec::new(),
        clustering: clustering(ec),
        options: Vec::new(),
        storage: None,
    };
    match index_columns(ec, diags) {
        Some(cols) => key.columns = cols,
        None => match column {
            Some(col) => key.columns.push(IndexColumn::named(col)),
            None => diags.clause(ec.here(), "key without a column list".into()),
        },
    }
    loop {
        if let Some(items) = with_options(ec, diags) {
            for item in items.into_iter().filter(|i| !is_how_to_run(&i.option)) {
                if item.option.name == "BUCKET_COUNT" {
                    let count = item.option.value.trim().parse().ok();
                    key.clustering = Clustering::Hash {
                        bucket_count: count,
                    };
                    if count.is_none() {
                        key.options.push(item.option);
                    }
                } else {
                    key.options.push(item.option);
                }
            }
        } else if ec.eat_kw("ON") {
            key.storage = storage(ec);
        } else {
            break;
        }
    }
    key.span = ec.span(start, ec.pos);
    key
}

fn foreign_key(
    ec: &mut Cursor,
    name: Option<String>,
    column: Option<&str>,
    start: usize,
    diags: &mut Diags,
) -> Option<ForeignKey> {
    let mut columns: Vec<String> = column.map(str::to_string).into_iter().collect();
    if ec.eat_kws(&["FOREIGN", "KEY"]) {
        if let Some(cols) = name_list(ec, diags) {
            columns = cols;
        }
    }
    if !ec.eat_kw("REFERENCES") {
        diags.clause(ec.here(), "FOREIGN KEY without REFERENCES".into());
        return None;
    }
    let Some(referenced_table) = ec.object_name() else {
        diags.clause(ec.here(), "REFERENCES without a table name".into());
        return None;
    };
    let referenced_columns = if ec.is(&Token::LParen) {
        name_list(ec, diags).unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut fk = ForeignKey {
        name,
        span: Span::default(),
        columns,
        referenced_table,
        referenced_columns,
        on_delete: None,
        on_update: None,
        not_for_replication: false,
        nocheck: false,
        disabled: false,
        deferrable: None,
        match_kind: None,
    };
    loop {
        if ec.eat_kws(&["ON", "DELETE"]) {
            fk.on_delete = referential_action(ec);
        } else if ec.eat_kws(&["ON", "UPDATE"]) {
            fk.on_update = referential_action(ec);
        } else if ec.eat_kws(&["NOT", "FOR", "REPLICATION"]) {
            fk.not_for_replication = true;
        } else {
            break;
        }
    }
    fk.span = ec.span(start, ec.pos);
    Some(fk)
}

fn check(ec: &mut Cursor, name: Option<String>, start: usize, diags: &mut Diags) -> Option<Check> {
    let not_for_replication = ec.eat_kws(&["NOT", "FOR", "REPLICATION"]);
    let open = ec.pos;
    let Some((lo, hi)) = ec.group() else {
        diags.clause(ec.here(), "CHECK without a parenthesized condition".into());
        return None;
    };
    Some(Check {
        name,
        span: ec.span(start, ec.pos),
        expression: ec.text(open, ec.pos).to_string(),
        columns: identifiers(ec, lo, hi),
        not_for_replication,
        nocheck: false,
        disabled: false,
    })
}

/// `DEFAULT expr [FOR column] [WITH VALUES]` after DEFAULT.
fn default_for(
    ec: &mut Cursor,
    name: Option<String>,
    column: Option<&str>,
    start: usize,
    diags: &mut Diags,
) -> Option<Constraint> {
    let value = default_value(ec, name, start);
    let column = if ec.eat_kw("FOR") {
        ec.ident()
    } else {
        column.map(str::to_string)
    };
    ec.eat_kws(&["WITH", "VALUES"]);
    match column {
        Some(column) => Some(Constraint::Default { column, value }),
        None => {
            diags.clause(value.span, "DEFAULT constraint without FOR column".into());
            None
        }
    }
}

/// The expression after DEFAULT, verbatim.
fn default_value(ec: &mut Cursor, constraint_name: Option<String>, start: usize) -> DefaultValue {
    let lo = ec.pos;
    let hi = expression_end(ec, lo, ec.end);
    ec.pos = hi;
    DefaultValue {
        constraint_name,
        expression: ec.text(lo, hi).to_string(),
        span: ec.span(start, hi),
    }
}

fn inline_index(
    ec: &mut Cursor,
    column: Option<&str>,
    start: usize,
    diags: &mut Diags,
) -> Option<Index> {
    let name = ec.ident();
    let unique = ec.eat_kw("UNIQUE");
    let mut kind = match clustering(ec) {
        Clustering::Clustered => IndexKind::Clustered,
        Clustering::Hash { .. } => IndexKind::Hash,
        _ => IndexKind::NonClustered,
    };
    if ec.eat_kw("COLUMNSTORE") {
        kind = if kind == IndexKind::Clustered {
            IndexKind::ClusteredColumnstore
        } else {
            IndexKind::NonClusteredColumnstore
        };
    }
    let head = IndexHead {
        name,
        kind,
        unique,
        origin: IndexOrigin::Inline,
    };
    let mut index = index_body(ec, head, None, diags);
    if index.columns.is_empty() && kind != IndexKind::ClusteredColumnstore {
        if let Some(col) = column {
            index.columns.push(IndexColumn::named(col));
        }
    }
    index.span = ec.span(start, ec.pos);
    Some(index)
}

/// A column definition: name, then a type or `AS expression`, then its clauses.
fn column(ec: &mut Cursor, diags: &mut Diags) -> Option<(Column, Vec<Constraint>)> {
    let start = ec.pos;
    let Some(name) = ec.ident() else {
        diags.clause(
            ec.here(),
            format!(
                "column list element `{}` not understood",
                ec.quote(start, ec.end)
            ),
        );
        return None;
    };
    let mut column = Column::new(
        name,
        DataType::simple(TypeFamily::Unknown, ""),
        Span::default(),
    );
    if ec.eat_kw("AS") {
        let lo = ec.pos;
        let hi = expression_end(ec, lo, ec.end);
        ec.pos = hi;
        column.computed = Some(Computed {
            expression: ec.text(lo, hi).to_string(),
            persisted: false,
        });
        if lo == hi {
            diags.clause(
                ec.here(),
                format!("computed column `{}` has no expression", column.name),
            );
        }
    } else {
        match clauses::data_type(ec) {
            Some(t) => column.data_type = t,
            None => diags.clause(
                ec.here(),
                format!("column `{}` has no data type", column.name),
            ),
        }
    }
    let constraints = column_clauses(ec, &mut column, diags);
    // SQL Server makes IDENTITY, ROWVERSION and period columns NOT NULL whatever the
    // session default is.
    let implicitly_not_null = column.identity.is_some()
        || column.generated_always.is_some()
        || column.data_type.family == TypeFamily::RowVersion;
    if implicitly_not_null && !column.nullable_explicit {
        column.nullable = false;
    }
    column.span = ec.span(start, ec.end);
    Some((column, constraints))
}

/// The clauses after a column's type, in any order.
fn column_clauses(ec: &mut Cursor, column: &mut Column, diags: &mut Diags) -> Vec<Constraint> {
    let mut constraints = Vec::new();
    let mut constraint_name: Option<String> = None;
    let mut constraint_start = ec.pos;
    while !ec.at_end() {
        let at = ec.pos;
        if ec.eat_kw("CONSTRAINT") {
            constraint_name = ec.ident();
            constraint_start = at;
            continue;
        }
        let start = if constraint_name.is_some() {
            constraint_start
        } else {
            at
        };
        if ec.eat_kws(&["NOT", "NULL"]) {
            column.nullable = false;
            column.nullable_explicit = true;
        } else if ec.eat_kw("NULL") {
            column.nullable = true;
            column.nullable_explicit = true;
        } else if ec.eat_kws(&["NOT", "FOR", "REPLICATION"]) {
            mark_not_for_replication(column, &mut constraints);
        } else if ec.eat_kw("IDENTITY") {
            column.identity = Some(identity(ec));
        } else if ec.eat_kw("DEFAULT") {
            column.default = Some(default_value(ec, constraint_name.take(), start));
            ec.eat_kws(&["WITH", "VALUES"]);
        } else if ec.is_kw("PRIMARY")
            || ec.is_kw("UNIQUE")
            || ec.is_kw("FOREIGN")
            || ec.is_kw("REFERENCES")
            || ec.is_kw("CHECK")
        {
            let name = constraint_name.take();
            if let Some(c) = table_constraint(ec, name, Some(&column.name), start, diags) {
                constraints.push(c);
            }
        } else if ec.eat_kw("INDEX") {
            if let Some(ix) = inline_index(ec, Some(&column.name), at, diags) {
                constraints.push(Constraint::Index(ix));
            }
        } else if !simple_column_clause(ec, column, diags) {
            diags.clause(
                ec.here(),
                format!(
                    "`{}` in column `{}` not understood",
                    ec.quote(ec.pos, ec.end),
                    column.name
                ),
            );
            ec.pos = ec.end;
        }
        if ec.pos == at {
            // A clause that reported a problem without consuming anything: stop here
            // rather than loop, the diagnostic already names it.
            ec.pos = ec.end;
        }
    }
    constraints
}

/// NOT FOR REPLICATION binds to the clause before it: IDENTITY, a FOREIGN KEY or a CHECK.
fn mark_not_for_replication(column: &mut Column, constraints: &mut [Constraint]) {
    match constraints.last_mut() {
        Some(Constraint::ForeignKey(fk)) => fk.not_for_replication = true,
        Some(Constraint::Check(c)) => c.not_for_replication = true,
        _ => {
            if let Some(id) = column.identity.as_mut() {
                id.not_for_replication = true;
            }
        }
    }
}

/// The single-keyword and WITH-list column clauses. Returns false if none matched.
fn simple_column_clause(ec: &mut Cursor, column: &mut Column, diags: &mut Diags) -> bool {
    if ec.eat_kw("ROWGUIDCOL") {
        column.rowguidcol = true;
    } else if ec.eat_kw("FILESTREAM") {
        column.filestream = true;
    } else if ec.eat_kw("SPARSE") {
        column.sparse = true;
    } else if ec.eat_kw("HIDDEN") {
        column.hidden = true;
    } else if ec.eat_kw("PERSISTED") {
        match column.computed.as_mut() {
            Some(c) => c.persisted = true,
            None => diags.clause(
                ec.here(),
                format!("PERSISTED on non-computed column `{}`", column.name),
            ),
        }
    } else if ec.eat_kw("COLLATE") {
        column.collation = ec.ident();
    } else if ec.eat_kws(&["COLUMN_SET", "FOR", "ALL_SPARSE_COLUMNS"]) {
        column.column_set = true;
    } else if ec.eat_kw("MASKED") {
        if let Some(items) = with_options(ec, diags) {
            column.masked = items
                .into_iter()
                .find(|i| i.option.name == "FUNCTION")
                .map(|i| unquote(&i.option.value));
        }
    } else if ec.eat_kw("ENCRYPTED") {
        let mut enc = Encryption::default();
        for item in with_options(ec, diags).unwrap_or_default() {
            let value = item.option.value.trim().to_string();
            match item.option.name.as_str() {
                "COLUMN_ENCRYPTION_KEY" => enc.column_encryption_key = Some(value),
                "ENCRYPTION_TYPE" => enc.encryption_type = Some(value.to_ascii_uppercase()),
                "ALGORITHM" => enc.algorithm = Some(unquote(&value)),
                other => diags.clause(
                    item.span,
                    format!("ENCRYPTED option `{other}` not understood"),
                ),
            }
        }
        column.encrypted = Some(enc);
    } else if ec.eat_kws(&["GENERATED", "ALWAYS", "AS"]) {
        column.generated_always = Some(generated_always(ec, diags));
    } else {
        return false;
    }
    true
}

fn generated_always(ec: &mut Cursor, diags: &mut Diags) -> GeneratedAlways {
    if ec.eat_kws(&["ROW", "START"]) {
        return GeneratedAlways::RowStart;
    }
    if ec.eat_kws(&["ROW", "END"]) {
        return GeneratedAlways::RowEnd;
    }
    let lo = ec.pos;
    let words = [
        "TRANSACTION_ID",
        "SEQUENCE_NUMBER",
        "USER_ID",
        "USER_NAME",
        "SUSER_SID",
        "SUSER_SNAME",
    ];
    if words.iter().any(|w| ec.is_kw(w)) && (ec.is_kw_at(1, "START") || ec.is_kw_at(1, "END")) {
        ec.pos += 2;
        return GeneratedAlways::Other(ec.text(lo, ec.pos).to_ascii_uppercase());
    }
    diags.clause(
        ec.here(),
        format!(
            "GENERATED ALWAYS AS `{}` not understood",
            ec.quote(lo, ec.end)
        ),
    );
    GeneratedAlways::Other(String::new())
}

/// `IDENTITY [(seed, increment)]` after IDENTITY.
fn identity(ec: &mut Cursor) -> Identity {
    let mut id = Identity {
        seed: "1".into(),
        increment: "1".into(),
        not_for_replication: false,
        style: IdentityStyle::Identity,
        options: None,
    };
    if let Some((lo, hi)) = ec.group() {
        let parts = split_commas(ec, lo, hi);
        if let Some(&(a, b)) = parts.first() {
            id.seed = ec.text(a, b).to_string();
        }
        if let Some(&(a, b)) = parts.get(1) {
            id.increment = ec.text(a, b).to_string();
        }
    }
    id
}

/// Removes SQL string quotes and an `N` prefix.
pub fn unquote(text: &str) -> String {
    let t = text.trim();
    let t = t
        .strip_prefix('N')
        .filter(|r| r.starts_with('\''))
        .unwrap_or(t);
    match t.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        Some(inner) => inner.replace("''", "'"),
        None => t.to_string(),
    }
}
