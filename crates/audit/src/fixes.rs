//! Builders for fixes: model fragments for `revise`, in the script's dialect, and the text
//! shown to humans, which the printer's `print::advice` spells.
//!
//! Rules describe *what* to change; this module builds the model values (columns, types,
//! indexes) each change puts into the schema, and leaves DDL text to the printer.

use schema_audit_ddl::{
    Column, DataType, Dialect, Index, IndexColumn, IndexKind, IndexOrigin, Length, OptionValue,
    QualifiedName, Span, TypeFamily,
};

use crate::context::TableContext;
use crate::finding::{Applicability, Edit, Fix};
use crate::print::advice;

/// The table's name for fix SQL. T-SQL names the schema (`dbo` when the script names none),
/// as the messages do; PostgreSQL and MySQL keep the name as the script wrote it, which the
/// search path or the current database resolves.
pub fn sql_table(ctx: &TableContext<'_>) -> QualifiedName {
    sql_name(&ctx.table.name, ctx.dialect())
}

/// Any table's name for fix SQL, with the dialect's default schema as [`sql_table`].
pub fn sql_name(table: &QualifiedName, dialect: Dialect) -> QualifiedName {
    let mut name = table.clone();
    if name.schema.is_none() && !name.name.starts_with('#') {
        name.schema = match dialect {
            Dialect::MsSql => Some("dbo".to_string()),
            Dialect::Postgres | Dialect::MySql => None,
        };
    }
    name
}

/// A fix `revise` applies.
pub fn safe(description: impl Into<String>, sql: impl Into<String>, edit: Edit) -> Fix {
    Fix {
        applicability: Applicability::Safe,
        description: description.into(),
        sql: sql.into(),
        edit: Some(edit),
    }
}

/// A structural change that is runnable but needs a decision: existing rows may not satisfy
/// it, or existing code may break (a new foreign key refuses orphans). Shown with the SQL the
/// printer makes of the edit, never applied by the revision.
pub fn unsafe_edit(description: impl Into<String>, edit: Edit) -> Fix {
    Fix {
        applicability: Applicability::Unsafe,
        description: description.into(),
        sql: String::new(),
        edit: Some(edit),
    }
}

/// A fix shown to humans only, because it needs a decision or a data migration. One that
/// holds a `/* ... */` placeholder needs values only the user knows, and says so
/// (`Applicability::Manual`).
pub fn manual(description: impl Into<String>, sql: impl Into<String>) -> Fix {
    let sql = sql.into();
    Fix {
        applicability: if has_placeholder(&sql) {
            Applicability::Manual
        } else {
            Applicability::Unsafe
        },
        description: description.into(),
        sql,
        edit: None,
    }
}

/// Whether fix SQL holds a placeholder: a `/* ... */` comment the user must replace.
pub fn has_placeholder(sql: &str) -> bool {
    sql.find("/*")
        .is_some_and(|open| sql[open..].contains("*/"))
}

/// Changes a column's type: the dialect's ALTER statement for humans, and the matching edit
/// for `revise`. Nullability is kept as it is.
pub fn change_type(
    ctx: &TableContext<'_>,
    column: &Column,
    description: impl Into<String>,
    data_type: DataType,
) -> Fix {
    let sql = alter_type_sql(ctx, column, &data_type.raw);
    let edit = Edit::ChangeType {
        column: column.name.clone(),
        data_type,
    };
    safe(description, sql, edit)
}

/// The statement that gives a column a new type in the table's dialect, keeping its
/// nullability. For fixes shown to humans, where the conversion needs a look first.
pub fn alter_type_sql(ctx: &TableContext<'_>, column: &Column, new_type: &str) -> String {
    let alter = advice::alter_column_type(
        &sql_table(ctx),
        &column.name,
        new_type,
        column.nullable,
        ctx.dialect(),
    );
    // PostgreSQL converts a column's default with it and refuses one it cannot cast; the
    // default goes first and comes back only if it suits the new type.
    match (&column.default, ctx.dialect()) {
        (Some(default), Dialect::Postgres) => format!(
            "{} {alter} -- then set the default again if `{}` suits {new_type}",
            advice::set_default(&sql_table(ctx), &column.name, None, None, ctx.dialect()),
            default.expression.trim()
        ),
        _ => alter,
    }
}

/// The statement that makes a column NOT NULL in the table's dialect.
pub fn set_not_null_sql(ctx: &TableContext<'_>, column: &Column) -> String {
    advice::set_not_null(
        &sql_table(ctx),
        &column.name,
        &column.data_type.raw,
        ctx.dialect(),
    )
}

/// A type from its family and its text, e.g. `(NVarChar, "NVARCHAR(2048)", Some(2048))`.
pub fn data_type(family: TypeFamily, raw: &str, length: Option<Length>) -> DataType {
    DataType {
        length,
        ..DataType::simple(family, raw)
    }
}

/// The type a column referencing `target` should have: the target's own, except that a
/// PostgreSQL `serial` is an integer with a sequence, and only the integer is referenced.
pub fn referencing_type(target: &DataType) -> DataType {
    let base = match target.raw.to_ascii_lowercase().as_str() {
        "serial" | "serial4" => "integer",
        "bigserial" | "serial8" => "bigint",
        "smallserial" | "serial2" => "smallint",
        _ => return target.clone(),
    };
    DataType {
        raw: base.to_string(),
        ..target.clone()
    }
}

/// The native JSON type of the dialect.
pub fn json_type(dialect: Dialect) -> DataType {
    match dialect {
        Dialect::Postgres => DataType::simple(TypeFamily::Json, "JSONB"),
        Dialect::MsSql | Dialect::MySql => DataType::simple(TypeFamily::Json, "JSON"),
    }
}

/// A NOT NULL or nullable column with an optional default.
pub fn column(name: &str, data_type: DataType, nullable: bool, default: Option<&str>) -> Column {
    let mut column = Column::new(name, data_type, Span::default());
    column.nullable = nullable;
    column.nullable_explicit = true;
    column.default = default.map(|expression| schema_audit_ddl::DefaultValue {
        constraint_name: None,
        expression: expression.to_string(),
        span: Span::default(),
    });
    column
}

/// `IX_Table_Col1_Col2`, the conventional index name.
pub fn index_name(prefix: &str, ctx: &TableContext<'_>, columns: &[&str]) -> String {
    let mut name = format!("{prefix}_{}", ctx.table.name.name.trim_start_matches('#'));
    for column in columns {
        name.push('_');
        name.push_str(column);
    }
    name
}

/// A rowstore index for the table: inline on memory-optimized tables. MySQL has no partial
/// indexes, so there the filter is left out and the index covers every row.
pub fn rowstore_index(
    ctx: &TableContext<'_>,
    name: String,
    columns: &[(&str, bool)],
    unique: bool,
    filter: Option<String>,
) -> Index {
    let mut index = bare_index(name, IndexKind::NonClustered);
    index.unique = unique;
    index.columns = columns
        .iter()
        .map(|(c, descending)| IndexColumn {
            descending: *descending,
            ..IndexColumn::named(*c)
        })
        .collect();
    index.filter = filter.filter(|_| ctx.dialect() != Dialect::MySql);
    if ctx.roles.memory_optimized {
        index.origin = IndexOrigin::Inline;
    }
    index
}

/// An index with a name and kind and nothing else; the one place that builds `Index` values,
/// so that fields the model gains only need a default here.
pub fn bare_index(name: String, kind: IndexKind) -> Index {
    Index {
        name: Some(name),
        span: Span::default(),
        kind,
        unique: false,
        columns: Vec::new(),
        include: Vec::new(),
        filter: None,
        options: Vec::new(),
        storage: None,
        origin: IndexOrigin::CreateIndex,
        extra: Vec::new(),
        comments: Vec::new(),
        description: None,
        method: None,
    }
}

pub fn option(name: &str, value: &str) -> OptionValue {
    OptionValue {
        name: name.to_string(),
        value: value.to_string(),
    }
}

/// The statement that creates `index` on the table, in the table's dialect.
pub fn create_index_sql(ctx: &TableContext<'_>, index: &Index) -> String {
    advice::create_index(
        &sql_table(ctx),
        index,
        ctx.roles.memory_optimized,
        ctx.dialect(),
    )
}

/// The filter of an index over rows whose flag is set: `IsActive = 1` on a T-SQL BIT or an
/// integer, the bare column on a PostgreSQL boolean (which does not compare with 1).
pub fn flag_set_filter(ctx: &TableContext<'_>, flag: &Column) -> String {
    let name = crate::print::ident(&flag.name, ctx.dialect());
    if ctx.dialect() == Dialect::Postgres && flag.data_type.family == TypeFamily::Boolean {
        name.into_owned()
    } else {
        format!("{name} = 1")
    }
}

/// A plain (in T-SQL, nonclustered) index on the columns, as a safe fix.
pub fn add_index_fix(
    ctx: &TableContext<'_>,
    description: impl Into<String>,
    columns: &[(&str, bool)],
    unique: bool,
    filter: Option<String>,
) -> Fix {
    let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
    let prefix = if unique { "UX" } else { "IX" };
    let index = rowstore_index(
        ctx,
        index_name(prefix, ctx, &names),
        columns,
        unique,
        filter,
    );
    safe(
        description,
        create_index_sql(ctx, &index),
        Edit::AddIndex(index),
    )
}
