//! The statements of a migration (the `migrate` module), one function per kind of change, in
//! each dialect. Every statement ends in `;\n`; the script's layout (batches, transactions,
//! the warning header) is `script`.
//!
//! Online forms: T-SQL index builds and column changes on existing tables get
//! `WITH (ONLINE = ON)`; MySQL changes InnoDB makes in place get `ALGORITHM=INPLACE,
//! LOCK=NONE`; PostgreSQL builds indexes `CONCURRENTLY` and adds constraints `NOT VALID`,
//! validating them afterwards.

use schema_audit_ddl::{
    Check, Column, Dialect, ForeignKey, IdentityStyle, Index, IndexKind, KeyConstraint,
    OptionValue, QualifiedName, Table,
};

use super::{ident, qualified};

/// MySQL's clause for changes InnoDB makes without blocking writes.
const MYSQL_ONLINE: &str = ", ALGORITHM=INPLACE, LOCK=NONE";

/// Said in the header of a T-SQL migration that uses ONLINE = ON.
pub const ONLINE_NOTE: &str =
    "Index builds and column changes use WITH (ONLINE = ON), which needs SQL Server Enterprise or Developer edition, or Azure SQL: remove it on other editions.";

fn tsql_string(text: &str) -> String {
    text.replace('\'', "''")
}

pub fn create_schema(name: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::MsSql => format!("CREATE SCHEMA {};\n", ident(name, dialect)),
        _ => format!("CREATE SCHEMA IF NOT EXISTS {};\n", ident(name, dialect)),
    }
}

pub fn drop_table(name: &QualifiedName, dialect: Dialect) -> String {
    format!("DROP TABLE {};\n", qualified(name, dialect))
}

/// The new name keeps the old one's schema.
pub fn rename_table(old: &QualifiedName, new: &QualifiedName, dialect: Dialect) -> String {
    match dialect {
        Dialect::MsSql => format!(
            "EXEC sp_rename N'{}', N'{}';\n",
            tsql_string(&qualified(old, dialect)),
            tsql_string(&new.name)
        ),
        Dialect::Postgres => format!(
            "ALTER TABLE {} RENAME TO {};\n",
            qualified(old, dialect),
            ident(&new.name, dialect)
        ),
        Dialect::MySql => format!(
            "RENAME TABLE {} TO {};\n",
            qualified(old, dialect),
            qualified(new, dialect)
        ),
    }
}

pub fn rename_column(table: &QualifiedName, old: &str, new: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::MsSql => format!(
            "EXEC sp_rename N'{}.{}', N'{}', N'COLUMN';\n",
            tsql_string(&qualified(table, dialect)),
            tsql_string(&ident(old, dialect)),
            tsql_string(new)
        ),
        _ => format!(
            "ALTER TABLE {} RENAME COLUMN {} TO {};\n",
            qualified(table, dialect),
            ident(old, dialect),
            ident(new, dialect)
        ),
    }
}

pub fn rename_index(table: &QualifiedName, old: &str, new: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::MsSql => format!(
            "EXEC sp_rename N'{}.{}', N'{}', N'INDEX';\n",
            tsql_string(&qualified(table, dialect)),
            tsql_string(&ident(old, dialect)),
            tsql_string(new)
        ),
        Dialect::Postgres => format!(
            "ALTER INDEX {}{} RENAME TO {};\n",
            schema_prefix(table, dialect),
            ident(old, dialect),
            ident(new, dialect)
        ),
        Dialect::MySql => format!(
            "ALTER TABLE {} RENAME INDEX {} TO {}{MYSQL_ONLINE};\n",
            qualified(table, dialect),
            ident(old, dialect),
            ident(new, dialect)
        ),
    }
}

pub fn rename_constraint(table: &QualifiedName, old: &str, new: &str, dialect: Dialect) -> String {
    format!(
        "ALTER TABLE {} RENAME CONSTRAINT {} TO {};\n",
        qualified(table, dialect),
        ident(old, dialect),
        ident(new, dialect)
    )
}

/// `schema.` of a PostgreSQL index, which lives in its table's schema.
fn schema_prefix(table: &QualifiedName, dialect: Dialect) -> String {
    table
        .schema
        .as_deref()
        .map(|s| format!("{}.", ident(s, dialect)))
        .unwrap_or_default()
}

/// Whether InnoDB adds this column in place without blocking writes.
/// Whether InnoDB adds this column in place without blocking writes: not an auto-increment or
/// generated column, nor one whose default is an expression (MariaDB copies the table for
/// `DEFAULT (UTC_TIMESTAMP())`).
fn mysql_online_column(column: &Column) -> bool {
    column.identity.is_none()
        && column.computed.is_none()
        && column
            .default
            .as_ref()
            .is_none_or(|d| !d.expression.contains('('))
}

pub fn add_column(table: &QualifiedName, column: &Column, dialect: Dialect) -> String {
    let name = qualified(table, dialect);
    let definition = super::print_column_of(column, dialect);
    match dialect {
        Dialect::MsSql => format!("ALTER TABLE {name} ADD {definition};\n"),
        Dialect::Postgres => format!("ALTER TABLE {name} ADD COLUMN {definition};\n"),
        Dialect::MySql => {
            let online = if mysql_online_column(column) {
                MYSQL_ONLINE
            } else {
                ""
            };
            format!("ALTER TABLE {name} ADD COLUMN {definition}{online};\n")
        }
    }
}

pub fn drop_column(table: &QualifiedName, column: &str, dialect: Dialect) -> String {
    let name = qualified(table, dialect);
    let column = ident(column, dialect);
    match dialect {
        Dialect::MySql => format!("ALTER TABLE {name} DROP COLUMN {column}{MYSQL_ONLINE};\n"),
        _ => format!("ALTER TABLE {name} DROP COLUMN {column};\n"),
    }
}

/// Changes a column's type and nullability to `new`'s. MySQL restates the whole column
/// (default included); T-SQL restates type and nullability; PostgreSQL changes what differs
/// (`retyped` says whether the type does).
pub fn alter_column(
    table: &QualifiedName,
    old: &Column,
    new: &Column,
    retyped: bool,
    online: bool,
    dialect: Dialect,
) -> String {
    let name = qualified(table, dialect);
    let with_online = if online { " WITH (ONLINE = ON)" } else { "" };
    let col = ident(&new.name, dialect);
    match dialect {
        Dialect::MsSql => {
            let collate = new
                .collation
                .as_deref()
                .map(|c| format!(" COLLATE {c}"))
                .unwrap_or_default();
            format!(
                "ALTER TABLE {name} ALTER COLUMN {col} {}{collate} {}{with_online};\n",
                new.data_type.raw,
                if new.nullable { "NULL" } else { "NOT NULL" }
            )
        }
        Dialect::Postgres => {
            let mut out = String::new();
            if retyped {
                let (raw, serial) = postgres_storage_type(&new.data_type.raw);
                out.push_str(&format!(
                    "ALTER TABLE {name} ALTER COLUMN {col} TYPE {raw} USING {col}::{raw};\n"
                ));
                // A serial column's sequence has the column's integer type.
                if serial && postgres_storage_type(&old.data_type.raw).1 {
                    let sequence = super::serial_sequence(table, &new.name);
                    out.push_str(&format!(
                        "ALTER SEQUENCE {} AS {raw};\n",
                        qualified(&sequence, dialect)
                    ));
                }
            }
            if old.nullable != new.nullable {
                out.push_str(&set_nullable(table, &new.name, new.nullable, dialect));
            }
            out
        }
        Dialect::MySql => format!(
            "ALTER TABLE {name} MODIFY COLUMN {};\n",
            super::print_column_of(new, dialect)
        ),
    }
}

/// The type a PostgreSQL column is stored as: `serial` is `INTEGER` with a sequence, and so on.
/// Also says whether the written type was a serial.
fn postgres_storage_type(raw: &str) -> (&str, bool) {
    match raw.to_ascii_lowercase().as_str() {
        "smallserial" | "serial2" => ("SMALLINT", true),
        "serial" | "serial4" => ("INTEGER", true),
        "bigserial" | "serial8" => ("BIGINT", true),
        _ => (raw, false),
    }
}

/// Makes a column NOT NULL (or nullable) and nothing else; `column` is the column as it ends.
pub fn set_not_null(
    table: &QualifiedName,
    column: &Column,
    online: bool,
    dialect: Dialect,
) -> String {
    match dialect {
        Dialect::Postgres => set_nullable(table, &column.name, column.nullable, dialect),
        Dialect::MsSql => format!(
            "ALTER TABLE {} ALTER COLUMN {} {} {}{};\n",
            qualified(table, dialect),
            ident(&column.name, dialect),
            column.data_type.raw,
            if column.nullable { "NULL" } else { "NOT NULL" },
            if online { " WITH (ONLINE = ON)" } else { "" }
        ),
        Dialect::MySql => format!(
            "ALTER TABLE {} MODIFY COLUMN {};\n",
            qualified(table, dialect),
            super::print_column_of(column, dialect)
        ),
    }
}

fn set_nullable(table: &QualifiedName, column: &str, nullable: bool, dialect: Dialect) -> String {
    format!(
        "ALTER TABLE {} ALTER COLUMN {} {} NOT NULL;\n",
        qualified(table, dialect),
        ident(column, dialect),
        if nullable { "DROP" } else { "SET" }
    )
}

/// PostgreSQL: makes an existing column an identity column, then moves the identity's
/// sequence past the values the table already holds, so the next insert does not collide.
pub fn add_identity(table: &QualifiedName, column: &Column) -> String {
    let dialect = Dialect::Postgres;
    let Some(identity) = &column.identity else {
        return String::new();
    };
    let name = qualified(table, dialect);
    let col = ident(&column.name, dialect);
    let kind = generated_kind(identity.style);
    let options = identity
        .options
        .as_deref()
        .map(|o| format!(" ({o})"))
        .unwrap_or_default();
    let mut out = format!(
        "ALTER TABLE {name} ALTER COLUMN {col} ADD GENERATED {kind} AS IDENTITY{options};\n"
    );
    // A descending identity starts from its own end; only an ascending one is moved.
    if !identity.increment.trim_start().starts_with('-') {
        let seed = identity.seed.trim();
        let next = if seed == "1" {
            format!("COALESCE(MAX({col}), 0) + 1")
        } else {
            format!("GREATEST(COALESCE(MAX({col}) + 1, {seed}), {seed})")
        };
        out.push_str(&format!(
            "SELECT setval(pg_get_serial_sequence({}, {}), {next}, false) FROM {name};\n",
            super::generic::literal(&name, dialect),
            super::generic::literal(&column.name, dialect)
        ));
    }
    out
}

/// PostgreSQL: `GENERATED ALWAYS` to `BY DEFAULT` or back; the sequence stays.
pub fn set_identity_style(table: &QualifiedName, column: &str, style: IdentityStyle) -> String {
    let kind = generated_kind(style);
    format!(
        "ALTER TABLE {} ALTER COLUMN {} SET GENERATED {kind};\n",
        qualified(table, Dialect::Postgres),
        ident(column, Dialect::Postgres)
    )
}

/// `GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY`'s middle word(s).
fn generated_kind(style: IdentityStyle) -> &'static str {
    match style {
        IdentityStyle::GeneratedAlways => "ALWAYS",
        _ => "BY DEFAULT",
    }
}

/// PostgreSQL: the column keeps its values and stops numbering itself; its sequence goes.
pub fn drop_identity(table: &QualifiedName, column: &str) -> String {
    format!(
        "ALTER TABLE {} ALTER COLUMN {} DROP IDENTITY;\n",
        qualified(table, Dialect::Postgres),
        ident(column, Dialect::Postgres)
    )
}

/// PostgreSQL: a `serial` column's default and the sequence it created (named as the
/// server names it), before the column becomes an identity column.
pub fn drop_serial(table: &QualifiedName, column: &str) -> String {
    let dialect = Dialect::Postgres;
    let sequence = super::serial_sequence(table, column);
    format!(
        "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT;\nDROP SEQUENCE {};\n",
        qualified(table, dialect),
        ident(column, dialect),
        qualified(&sequence, dialect)
    )
}

/// The statement a person runs to fill a new NOT NULL column on existing rows, as a comment:
/// only they know the value.
pub fn backfill(table: &QualifiedName, column: &str, dialect: Dialect) -> String {
    format!(
        "-- UPDATE {} SET {col} = /* the value for existing rows */ WHERE {col} IS NULL;\n",
        qualified(table, dialect),
        col = ident(column, dialect)
    )
}

/// Gives `column` the default `expression` (the column has none at this point).
pub fn set_default(
    table: &QualifiedName,
    column: &str,
    constraint: Option<&str>,
    expression: &str,
    dialect: Dialect,
) -> String {
    let name = qualified(table, dialect);
    let col = ident(column, dialect);
    match dialect {
        Dialect::MsSql => {
            let constraint = constraint
                .map(|c| format!("CONSTRAINT {} ", ident(c, dialect)))
                .unwrap_or_default();
            format!("ALTER TABLE {name} ADD {constraint}DEFAULT {expression} FOR {col};\n")
        }
        Dialect::Postgres => {
            format!("ALTER TABLE {name} ALTER COLUMN {col} SET DEFAULT {expression};\n")
        }
        Dialect::MySql => {
            let online = if expression.contains('(') {
                ""
            } else {
                MYSQL_ONLINE
            };
            format!("ALTER TABLE {name} ALTER COLUMN {col} SET DEFAULT {expression}{online};\n")
        }
    }
}

/// Removes `column`'s default (in T-SQL, the constraint, looked up when the server named it).
pub fn drop_default(table: &Table, column: &Column, dialect: Dialect) -> String {
    let name = qualified(&table.name, dialect);
    let col = ident(&column.name, dialect);
    match dialect {
        Dialect::MsSql => match column
            .default
            .as_ref()
            .and_then(|d| d.constraint_name.as_deref())
        {
            Some(existing) => format!(
                "ALTER TABLE {name} DROP CONSTRAINT {};\n",
                ident(existing, dialect)
            ),
            None => super::edit::drop_generated_default(table, column),
        },
        Dialect::Postgres => format!("ALTER TABLE {name} ALTER COLUMN {col} DROP DEFAULT;\n"),
        Dialect::MySql => {
            format!("ALTER TABLE {name} ALTER COLUMN {col} DROP DEFAULT{MYSQL_ONLINE};\n")
        }
    }
}

/// `ALTER TABLE t ADD [CONSTRAINT n] PRIMARY KEY|UNIQUE (...)`; `online` on an existing
/// T-SQL table.
pub fn add_key(
    table: &QualifiedName,
    key: &KeyConstraint,
    kind: &str,
    online: bool,
    dialect: Dialect,
) -> String {
    let mut key = key.clone();
    if online && dialect == Dialect::MsSql && key.storage.is_none() {
        key.options.push(online_option());
    }
    format!(
        "ALTER TABLE {} ADD {};\n",
        qualified(table, dialect),
        super::print_key(&key, kind, dialect)
    )
}

fn online_option() -> OptionValue {
    OptionValue {
        name: "ONLINE".into(),
        value: "ON".into(),
    }
}

/// The T-SQL batch that drops a constraint SQL Server named itself, found in `catalog` by
/// `condition` (which may use `c`, the catalog's column, and `k`, the constraint).
fn tsql_lookup_drop(table: &QualifiedName, select: &str) -> String {
    let name = qualified(table, Dialect::MsSql);
    format!(
        "DECLARE @constraint sysname = ({select});\nIF @constraint IS NOT NULL EXEC (N'ALTER TABLE {} DROP CONSTRAINT ' + QUOTENAME(@constraint));\n",
        tsql_string(&name)
    )
}

fn object_id(table: &QualifiedName) -> String {
    format!(
        "OBJECT_ID(N'{}')",
        tsql_string(&qualified(table, Dialect::MsSql))
    )
}

/// PostgreSQL's name for a constraint or index it named itself: `orders_pkey`,
/// `orders_email_key`, `orders_customer_id_fkey` (the front end's rule, shortened to 63 bytes
/// as the server does).
pub fn postgres_generated_name(table: &str, columns: &[String], suffix: &str) -> String {
    let columns = (!columns.is_empty()).then(|| columns.join("_"));
    schema_audit_ddl::postgres_name(table, columns.as_deref(), suffix)
}

fn key_column_names(key: &KeyConstraint) -> Vec<String> {
    key.columns.iter().map(|c| c.name.clone()).collect()
}

/// Drops a primary key or unique constraint.
pub fn drop_key(
    table: &QualifiedName,
    key: &KeyConstraint,
    primary: bool,
    dialect: Dialect,
) -> String {
    let name = qualified(table, dialect);
    match (dialect, &key.name) {
        (Dialect::MySql, _) if primary => format!("ALTER TABLE {name} DROP PRIMARY KEY;\n"),
        (Dialect::MySql, named) => {
            let index = named.clone().unwrap_or_else(|| {
                key.columns
                    .first()
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            });
            format!(
                "ALTER TABLE {name} DROP INDEX {}{MYSQL_ONLINE};\n",
                ident(&index, dialect)
            )
        }
        (_, Some(constraint)) => format!(
            "ALTER TABLE {name} DROP CONSTRAINT {};\n",
            ident(constraint, dialect)
        ),
        (Dialect::Postgres, None) => {
            let generated = if primary {
                postgres_generated_name(&table.name, &[], "pkey")
            } else {
                postgres_generated_name(&table.name, &key_column_names(key), "key")
            };
            format!(
                "ALTER TABLE {name} DROP CONSTRAINT {};\n",
                ident(&generated, dialect)
            )
        }
        (Dialect::MsSql, None) => {
            let select = if primary {
                format!(
                    "SELECT k.name FROM sys.key_constraints AS k WHERE k.parent_object_id = {} AND k.type = 'PK'",
                    object_id(table)
                )
            } else {
                let column = key.columns.first().map(|c| c.name.as_str()).unwrap_or("");
                format!(
                    "SELECT TOP (1) k.name FROM sys.key_constraints AS k WHERE k.parent_object_id = {id} AND k.type = 'UQ' AND k.unique_index_id IN (SELECT ic.index_id FROM sys.index_columns AS ic JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE ic.object_id = {id} AND c.name = N'{}')",
                    tsql_string(column),
                    id = object_id(table)
                )
            };
            tsql_lookup_drop(table, &select)
        }
    }
}

/// Adds a check. On an existing PostgreSQL table it is added `NOT VALID`; the caller
/// validates it afterwards with [`validate_constraint`].
pub fn add_check(
    table: &QualifiedName,
    check: &Check,
    not_valid: bool,
    dialect: Dialect,
) -> String {
    let suffix = if not_valid && dialect == Dialect::Postgres {
        " NOT VALID"
    } else {
        ""
    };
    format!(
        "ALTER TABLE {} ADD {}{suffix};\n",
        qualified(table, dialect),
        super::print_check(check, dialect)
    )
}

pub fn drop_check(table: &QualifiedName, check: &Check, dialect: Dialect) -> String {
    let name = qualified(table, dialect);
    let column = if check.columns.len() == 1 {
        Some(check.columns[0].clone())
    } else {
        None
    };
    let constraint = match (dialect, &check.name) {
        (_, Some(constraint)) => constraint.clone(),
        (Dialect::Postgres, None) => {
            postgres_generated_name(&table.name, column.as_slice(), "check")
        }
        (Dialect::MySql, None) => column.clone().unwrap_or_else(|| "CONSTRAINT_1".into()),
        (Dialect::MsSql, None) => {
            return tsql_lookup_drop(
                table,
                &format!(
                    "SELECT TOP (1) k.name FROM sys.check_constraints AS k JOIN sys.columns AS c ON c.object_id = k.parent_object_id AND c.column_id = k.parent_column_id WHERE k.parent_object_id = {} AND c.name = N'{}'",
                    object_id(table),
                    tsql_string(column.as_deref().unwrap_or(""))
                ),
            )
        }
    };
    format!(
        "ALTER TABLE {name} DROP CONSTRAINT {};\n",
        ident(&constraint, dialect)
    )
}

/// Adds a foreign key; `not_valid` on an existing PostgreSQL table (validated afterwards).
pub fn add_foreign_key(
    table: &QualifiedName,
    fk: &ForeignKey,
    not_valid: bool,
    dialect: Dialect,
) -> String {
    let suffix = if not_valid && dialect == Dialect::Postgres {
        " NOT VALID"
    } else {
        ""
    };
    format!(
        "ALTER TABLE {} ADD {}{suffix};\n",
        qualified(table, dialect),
        super::print_foreign_key(fk, dialect)
    )
}

pub fn validate_constraint(table: &QualifiedName, constraint: &str, dialect: Dialect) -> String {
    format!(
        "ALTER TABLE {} VALIDATE CONSTRAINT {};\n",
        qualified(table, dialect),
        ident(constraint, dialect)
    )
}

/// The name the server gave an unnamed foreign key (`unnamed_position` counts the table's
/// unnamed foreign keys, from 1, for MySQL's `t_ibfk_N`).
pub fn foreign_key_name(
    table: &QualifiedName,
    fk: &ForeignKey,
    unnamed_position: usize,
    dialect: Dialect,
) -> Option<String> {
    if let Some(name) = &fk.name {
        return Some(name.clone());
    }
    match dialect {
        Dialect::Postgres => Some(postgres_generated_name(&table.name, &fk.columns, "fkey")),
        Dialect::MySql => Some(format!("{}_ibfk_{unnamed_position}", table.name)),
        Dialect::MsSql => None,
    }
}

pub fn drop_foreign_key(
    table: &QualifiedName,
    fk: &ForeignKey,
    unnamed_position: usize,
    dialect: Dialect,
) -> String {
    let name = qualified(table, dialect);
    match foreign_key_name(table, fk, unnamed_position, dialect) {
        Some(constraint) if dialect == Dialect::MySql => format!(
            "ALTER TABLE {name} DROP FOREIGN KEY {};\n",
            ident(&constraint, dialect)
        ),
        Some(constraint) => format!(
            "ALTER TABLE {name} DROP CONSTRAINT {};\n",
            ident(&constraint, dialect)
        ),
        None => tsql_lookup_drop(
            table,
            &format!(
                "SELECT TOP (1) f.name FROM sys.foreign_keys AS f JOIN sys.foreign_key_columns AS fc ON fc.constraint_object_id = f.object_id JOIN sys.columns AS c ON c.object_id = fc.parent_object_id AND c.column_id = fc.parent_column_id WHERE f.parent_object_id = {} AND f.referenced_object_id = {} AND c.name = N'{}'",
                object_id(table),
                object_id(&fk.referenced_table),
                tsql_string(fk.columns.first().map(String::as_str).unwrap_or(""))
            ),
        ),
    }
}

/// Whether the index can be built without blocking writes: T-SQL rowstore indexes,
/// PostgreSQL indexes, MySQL B-tree indexes.
pub fn can_build_online(table: &Table, index: &Index, dialect: Dialect) -> bool {
    match dialect {
        Dialect::MsSql => {
            !table.options.memory_optimized
                && matches!(index.kind, IndexKind::Clustered | IndexKind::NonClustered)
        }
        Dialect::Postgres => true,
        Dialect::MySql => !matches!(index.kind, IndexKind::FullText | IndexKind::Spatial),
    }
}

/// Creates an index; `online` builds it without blocking writes (see [`can_build_online`]).
pub fn create_index(table: &Table, index: &Index, online: bool, dialect: Dialect) -> String {
    let name = qualified(&table.name, dialect);
    match dialect {
        Dialect::MsSql if table.options.memory_optimized => format!(
            "ALTER TABLE {name} ADD {};\n",
            super::print_inline_index(index, dialect)
        ),
        Dialect::MsSql if online => {
            let mut index = index.clone();
            index.options.push(online_option());
            super::print_create_index(table, &index, dialect)
        }
        Dialect::Postgres if online => super::print_create_index(table, index, dialect).replacen(
            "INDEX ",
            "INDEX CONCURRENTLY ",
            1,
        ),
        Dialect::MySql if index.name.is_some() => {
            let online = if online { MYSQL_ONLINE } else { "" };
            format!(
                "ALTER TABLE {name} ADD {}{online};\n",
                super::print_inline_index(index, dialect)
            )
        }
        _ => super::print_create_index(table, index, dialect),
    }
}

/// Drops an index; `generated` is the name the server gave an unnamed one.
pub fn drop_index(table: &Table, index_name: &str, dialect: Dialect) -> String {
    let name = qualified(&table.name, dialect);
    let index = ident(index_name, dialect);
    match dialect {
        Dialect::MsSql if table.options.memory_optimized => {
            format!("ALTER TABLE {name} DROP INDEX {index};\n")
        }
        Dialect::MsSql => format!("DROP INDEX {index} ON {name};\n"),
        Dialect::Postgres => format!(
            "DROP INDEX {}{index};\n",
            schema_prefix(&table.name, dialect)
        ),
        Dialect::MySql => format!("ALTER TABLE {name} DROP INDEX {index}{MYSQL_ONLINE};\n"),
    }
}

/// Creates a sequence with the options the model holds.
pub fn create_sequence(sequence: &schema_audit_ddl::Sequence, dialect: Dialect) -> String {
    let mut text = format!("CREATE SEQUENCE {}", qualified(&sequence.name, dialect));
    if let Some(t) = &sequence.data_type {
        text.push_str(&format!(" AS {}", t.raw));
    }
    if let Some(v) = &sequence.start {
        text.push_str(&format!(" START WITH {v}"));
    }
    if let Some(v) = &sequence.increment {
        text.push_str(&format!(" INCREMENT BY {v}"));
    }
    if let Some(v) = &sequence.min_value {
        text.push_str(&format!(" MINVALUE {v}"));
    }
    if let Some(v) = &sequence.max_value {
        text.push_str(&format!(" MAXVALUE {v}"));
    }
    if sequence.cycle {
        text.push_str(" CYCLE");
    }
    text.push_str(";\n");
    text
}

pub fn drop_sequence(name: &QualifiedName, dialect: Dialect) -> String {
    format!("DROP SEQUENCE {};\n", qualified(name, dialect))
}

/// Table options the migration changes in place: T-SQL compression, MySQL row format and
/// engine, PostgreSQL storage parameters.
pub fn table_option(table: &QualifiedName, option: &str, value: &str, dialect: Dialect) -> String {
    let name = qualified(table, dialect);
    match dialect {
        Dialect::MsSql => format!("ALTER TABLE {name} REBUILD WITH ({option} = {value});\n"),
        Dialect::Postgres => format!("ALTER TABLE {name} SET ({option} = {value});\n"),
        Dialect::MySql => format!("ALTER TABLE {name} {option}={value};\n"),
    }
}

/// Prints `text` as comment lines (a step left out of the script).
pub fn commented(text: &str) -> String {
    text.lines().map(|l| format!("-- {l}\n")).collect()
}

/// Assembles the script: the header, then the steps; T-SQL ends every step with `GO`;
/// PostgreSQL runs the transactional steps in one transaction and the rest after it.
pub fn script(dialect: Dialect, header: &[String], steps: &[(String, bool)]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str("-- ");
        out.push_str(line);
        out.push('\n');
    }
    if steps.is_empty() {
        return out;
    }
    out.push('\n');
    match dialect {
        Dialect::MsSql => {
            for (text, _) in steps {
                out.push_str(text);
                out.push_str("GO\n\n");
            }
        }
        Dialect::Postgres => {
            let inside: Vec<&String> = steps.iter().filter(|s| !s.1).map(|s| &s.0).collect();
            let outside: Vec<&String> = steps.iter().filter(|s| s.1).map(|s| &s.0).collect();
            if !inside.is_empty() {
                out.push_str("BEGIN;\n\n");
                for text in inside {
                    out.push_str(text);
                    out.push('\n');
                }
                out.push_str("COMMIT;\n");
            }
            if !outside.is_empty() {
                out.push_str(
                    "\n-- Outside the transaction: CREATE INDEX CONCURRENTLY cannot run inside one, and validating constraints separately keeps the locks above short.\n\n",
                );
                for text in outside {
                    out.push_str(text);
                    out.push('\n');
                }
            }
        }
        Dialect::MySql => {
            for (text, _) in steps {
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    out
}
