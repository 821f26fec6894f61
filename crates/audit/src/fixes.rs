//! Builders for fixes: model fragments for `revise` and the T-SQL text shown to humans.
//!
//! Rules describe *what* to change; this module knows how each change is spelled.

use schema_audit_ddl::{
    Column, DataType, Dialect, Index, IndexColumn, IndexKind, IndexOrigin, Length, OptionValue,
    Span, TypeFamily,
};

use crate::context::TableContext;
use crate::finding::{Applicability, Edit, Fix};

/// A fix `revise` applies.
pub fn safe(description: impl Into<String>, sql: impl Into<String>, edit: Edit) -> Fix {
    Fix {
        applicability: Applicability::Safe,
        description: description.into(),
        sql: sql.into(),
        edit: Some(edit),
    }
}

/// A fix shown to humans only, because it needs a decision or a data migration.
pub fn manual(description: impl Into<String>, sql: impl Into<String>) -> Fix {
    Fix {
        applicability: Applicability::Unsafe,
        description: description.into(),
        sql: sql.into(),
        edit: None,
    }
}

/// Changes a column's type: `ALTER TABLE t ALTER COLUMN c <type> [NOT] NULL` for humans, and
/// the matching edit for `revise`. Nullability is kept as it is.
pub fn change_type(
    ctx: &TableContext<'_>,
    column: &Column,
    description: impl Into<String>,
    data_type: DataType,
) -> Fix {
    let null = if column.nullable { "NULL" } else { "NOT NULL" };
    let sql = format!(
        "ALTER TABLE {} ALTER COLUMN {} {} {null};",
        ctx.name, column.name, data_type.raw
    );
    let edit = Edit::ChangeType {
        column: column.name.clone(),
        data_type,
    };
    safe(description, sql, edit)
}

/// The statement that gives a column a new type in the table's dialect, keeping its
/// nullability: T-SQL `ALTER COLUMN c T NULL`, PostgreSQL `ALTER COLUMN c TYPE T USING c::T`
/// (text converts to dates and numbers only with an explicit cast), MySQL `MODIFY c T NULL`.
/// For fixes shown to humans, where the conversion needs a look first.
pub fn alter_type_sql(ctx: &TableContext<'_>, column: &Column, new_type: &str) -> String {
    let null = if column.nullable { "NULL" } else { "NOT NULL" };
    let (table, name) = (&ctx.name, &column.name);
    match ctx.dialect() {
        Dialect::MsSql => format!("ALTER TABLE {table} ALTER COLUMN {name} {new_type} {null};"),
        Dialect::Postgres => format!(
            "ALTER TABLE {table} ALTER COLUMN {name} TYPE {new_type} USING {name}::{new_type};"
        ),
        Dialect::MySql => format!("ALTER TABLE {table} MODIFY {name} {new_type} {null};"),
    }
}

/// The statement that makes a column NOT NULL in the table's dialect.
pub fn set_not_null_sql(ctx: &TableContext<'_>, column: &Column) -> String {
    let (table, name) = (&ctx.name, &column.name);
    match ctx.dialect() {
        Dialect::MsSql => format!(
            "ALTER TABLE {table} ALTER COLUMN {name} {} NOT NULL;",
            column.data_type.raw
        ),
        Dialect::Postgres => format!("ALTER TABLE {table} ALTER COLUMN {name} SET NOT NULL;"),
        Dialect::MySql => format!(
            "ALTER TABLE {table} MODIFY {name} {} NOT NULL;",
            column.data_type.raw
        ),
    }
}

/// A type from its family and its text, e.g. `(NVarChar, "NVARCHAR(2048)", Some(2048))`.
pub fn data_type(family: TypeFamily, raw: &str, length: Option<Length>) -> DataType {
    DataType {
        length,
        ..DataType::simple(family, raw)
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

/// A rowstore index for the table: inline NONCLUSTERED on memory-optimized tables.
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
            name: c.to_string(),
            descending: *descending,
            ..IndexColumn::default()
        })
        .collect();
    index.filter = filter;
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
    let name = index.name.clone().unwrap_or_default();
    let key = key_list(index);
    if ctx.roles.memory_optimized {
        return format!(
            "ALTER TABLE {} ADD INDEX {name} NONCLUSTERED ({key});",
            ctx.name
        );
    }
    let unique = if index.unique { "UNIQUE " } else { "" };
    let kind = match index.kind {
        IndexKind::Spatial => "SPATIAL ",
        IndexKind::ClusteredColumnstore => "CLUSTERED COLUMNSTORE ",
        IndexKind::Vector => "VECTOR ",
        _ => "",
    };
    let mut sql = format!("CREATE {unique}{kind}INDEX {name} ON {}", ctx.name);
    if index.kind != IndexKind::ClusteredColumnstore {
        sql.push_str(&format!(" ({key})"));
    }
    if !index.include.is_empty() {
        sql.push_str(&format!(" INCLUDE ({})", index.include.join(", ")));
    }
    if let Some(filter) = &index.filter {
        sql.push_str(&format!(" WHERE {filter}"));
    }
    if !index.options.is_empty() {
        let options: Vec<String> = index
            .options
            .iter()
            .map(|o| format!("{} = {}", o.name, o.value))
            .collect();
        sql.push_str(&format!(" WITH ({})", options.join(", ")));
    }
    sql.push(';');
    sql
}

/// `A, B DESC`.
pub fn key_list(index: &Index) -> String {
    index
        .columns
        .iter()
        .map(|c| {
            if c.descending {
                format!("{} DESC", c.name)
            } else {
                c.name.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A plain nonclustered index on the columns, as a safe fix.
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
