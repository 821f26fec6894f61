//! The statement that applies one [`Edit`] to a live database, in the table's dialect. A
//! finding's fix SQL is this text, so the fix a person reads and the change the revised schema
//! makes cannot disagree.

use schema_audit_ddl::{Column, Dialect, Durability, Table};

use crate::finding::Edit;

use super::{ident, qualified};

/// The SQL for `edit` on `table` (the table the finding is on).
pub fn edit_sql(table: &Table, edit: &Edit, dialect: Dialect) -> String {
    let name = qualified(&table.name, dialect);
    let tsql = dialect == Dialect::MsSql;
    match edit {
        Edit::AddColumn(column) => {
            let add = if tsql { "ADD" } else { "ADD COLUMN" };
            format!(
                "ALTER TABLE {name} {add} {};\n",
                super::print_column_of(column, dialect)
            )
        }
        Edit::ChangeType { column, data_type } => {
            let Some(current) = table.column(column) else {
                return String::new();
            };
            let changed = Column {
                data_type: data_type.clone(),
                ..current.clone()
            };
            let col = ident(column, dialect);
            match dialect {
                Dialect::MsSql => format!(
                    "ALTER TABLE {name} ALTER COLUMN {col} {} {};\n",
                    data_type.raw,
                    if current.nullable { "NULL" } else { "NOT NULL" }
                ),
                // Text converts to dates, numbers and JSON only with an explicit cast.
                Dialect::Postgres => format!(
                    "ALTER TABLE {name} ALTER COLUMN {col} TYPE {raw} USING {col}::{raw};\n",
                    raw = data_type.raw
                ),
                Dialect::MySql => modify(&name, &changed, dialect),
            }
        }
        Edit::SetDefault { column, expression } => {
            let Some(current) = table.column(column) else {
                return String::new();
            };
            set_default(&name, table, current, expression.as_deref(), dialect)
        }
        Edit::AddPrimaryKey(key) => format!(
            "ALTER TABLE {name} ADD {};\n",
            super::print_key(key, "PRIMARY KEY", dialect)
        ),
        Edit::AddCheck(check) => format!(
            "ALTER TABLE {name} ADD {};\n",
            super::print_check(check, dialect)
        ),
        // PostgreSQL checks new rows at once and the existing ones in a second statement,
        // which takes a lighter lock and can be retried after orphans are fixed.
        Edit::AddForeignKey(fk) => match (dialect, &fk.name) {
            // A partitioned table takes no NOT VALID foreign key.
            (Dialect::Postgres, Some(constraint)) if table.options.partition_by.is_none() => format!(
                "ALTER TABLE {name} ADD {} NOT VALID;\nALTER TABLE {name} VALIDATE CONSTRAINT {};\n",
                super::print_foreign_key(fk, dialect),
                ident(constraint, dialect)
            ),
            _ => format!(
                "ALTER TABLE {name} ADD {};\n",
                super::print_foreign_key(fk, dialect)
            ),
        },
        Edit::AddIndex(index) if tsql && table.options.memory_optimized => format!(
            "ALTER TABLE {name} ADD {};\n",
            super::print_inline_index(index, dialect)
        ),
        Edit::AddIndex(index) => super::print_create_index(table, index, dialect),
        Edit::AddIndexTo {
            table: target,
            index,
        } => {
            let target = Table {
                name: target.clone(),
                ..Table::default()
            };
            super::print_create_index(&target, index, dialect)
        }
        Edit::DropIndex { name: index } => {
            let index_name = ident(index, dialect);
            match dialect {
                Dialect::MsSql if table.options.memory_optimized => {
                    format!("ALTER TABLE {name} DROP INDEX {index_name};\n")
                }
                Dialect::Postgres => {
                    // An index lives in its table's schema.
                    let schema = table
                        .name
                        .schema
                        .as_deref()
                        .map(|s| format!("{}.", ident(s, dialect)))
                        .unwrap_or_default();
                    format!("DROP INDEX {schema}{index_name};\n")
                }
                _ => format!("DROP INDEX {index_name} ON {name};\n"),
            }
        }
        Edit::SetIndexOption { index, option } => format!(
            "ALTER INDEX {} ON {name} REBUILD WITH ({} = {});\n",
            ident(index, dialect),
            option.name,
            option.value
        ),
        Edit::SetCompression(setting) => match dialect {
            Dialect::MySql => format!("ALTER TABLE {name} ROW_FORMAT={setting};\n"),
            _ => format!("ALTER TABLE {name} REBUILD WITH (DATA_COMPRESSION = {setting});\n"),
        },
        Edit::SetDurability(durability) => {
            let value = match durability {
                Durability::SchemaAndData => "SCHEMA_AND_DATA",
                Durability::SchemaOnly => "SCHEMA_ONLY",
            };
            format!(
                "-- DURABILITY cannot be altered in place: create the table again WITH (MEMORY_OPTIMIZED = ON, DURABILITY = {value}), copy the rows, and swap the names.\n"
            )
        }
    }
}

/// MySQL's `MODIFY COLUMN` restates the whole column.
fn modify(name: &str, column: &Column, dialect: Dialect) -> String {
    format!(
        "ALTER TABLE {name} MODIFY COLUMN {};\n",
        super::print_column_of(column, dialect)
    )
}

pub(crate) fn set_default(
    name: &str,
    table: &Table,
    column: &Column,
    expression: Option<&str>,
    dialect: Dialect,
) -> String {
    let col = ident(&column.name, dialect);
    match dialect {
        Dialect::Postgres => match expression {
            Some(e) => format!("ALTER TABLE {name} ALTER COLUMN {col} SET DEFAULT {e};\n"),
            None => format!("ALTER TABLE {name} ALTER COLUMN {col} DROP DEFAULT;\n"),
        },
        Dialect::MySql => {
            let changed = Column {
                default: expression.map(|e| schema_audit_ddl::DefaultValue {
                    constraint_name: None,
                    expression: e.to_string(),
                    span: Default::default(),
                }),
                ..column.clone()
            };
            modify(name, &changed, dialect)
        }
        Dialect::MsSql => {
            // A default is a constraint in SQL Server: an existing one goes first, by the name
            // the script gave it or, when the server named it, by looking that name up.
            let mut out = String::new();
            match column.default.as_ref().map(|d| &d.constraint_name) {
                Some(Some(existing)) => out.push_str(&format!(
                    "ALTER TABLE {name} DROP CONSTRAINT {};\n",
                    ident(existing, dialect)
                )),
                Some(None) => out.push_str(&drop_generated_default(table, column)),
                None => {}
            }
            if let Some(e) = expression {
                let constraint = column
                    .default
                    .as_ref()
                    .and_then(|d| d.constraint_name.clone())
                    .unwrap_or_else(|| {
                        format!(
                            "DF_{}_{}",
                            table.name.name.trim_start_matches('#'),
                            column.name
                        )
                    });
                out.push_str(&format!(
                    "ALTER TABLE {name} ADD CONSTRAINT {} DEFAULT {e} FOR {col};\n",
                    ident(&constraint, dialect)
                ));
            }
            out
        }
    }
}

/// T-SQL that drops the default constraint SQL Server named itself, found by its column.
pub(crate) fn drop_generated_default(table: &Table, column: &Column) -> String {
    let object = qualified(&table.name, Dialect::MsSql).replace('\'', "''");
    let col = column.name.replace('\'', "''");
    format!(
        "DECLARE @default sysname = (SELECT d.name FROM sys.default_constraints AS d JOIN sys.columns AS c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id WHERE d.parent_object_id = OBJECT_ID(N'{object}') AND c.name = N'{col}');\nIF @default IS NOT NULL EXEC (N'ALTER TABLE {} DROP CONSTRAINT ' + QUOTENAME(@default));\n",
        object
    )
}
