//! The DDL of fixes a human applies: statements a rule suggests but the revised schema does
//! not apply (a type change that needs a look at the data, a partitioning scaffold, an index
//! with an access method the model has no field for), spelled in the script's dialect.
//!
//! Rules decide *what* to suggest; these functions know how each dialect writes it, so that
//! only the printer prints DDL. Names are quoted with [`ident`] and [`qualified`], like the
//! rest of the printer. A statement a dialect has no form for is not built: the rule that
//! would suggest it stays silent in that dialect instead.

use schema_audit_ddl::{Dialect, Index, IndexKind, QualifiedName};

use super::{ident, idents, qualified};

/// `ALTER TABLE t` in every dialect.
fn alter_table(table: &QualifiedName, dialect: Dialect) -> String {
    format!("ALTER TABLE {}", qualified(table, dialect))
}

fn null_text(nullable: bool) -> &'static str {
    if nullable {
        "NULL"
    } else {
        "NOT NULL"
    }
}

/// Gives a column a new type, keeping its nullability: T-SQL `ALTER COLUMN c T NULL`,
/// PostgreSQL `ALTER COLUMN c TYPE T USING c::T` (text converts to dates and numbers only
/// with an explicit cast), MySQL `MODIFY c T NULL`.
pub fn alter_column_type(
    table: &QualifiedName,
    column: &str,
    new_type: &str,
    nullable: bool,
    dialect: Dialect,
) -> String {
    let (alter, c) = (alter_table(table, dialect), ident(column, dialect));
    let null = null_text(nullable);
    match dialect {
        Dialect::MsSql => format!("{alter} ALTER COLUMN {c} {new_type} {null};"),
        Dialect::Postgres => {
            format!("{alter} ALTER COLUMN {c} TYPE {new_type} USING {c}::{new_type};")
        }
        Dialect::MySql => format!("{alter} MODIFY {c} {new_type} {null};"),
    }
}

/// Converts a `timestamp` holding UTC wall-clock times to `timestamptz` (PostgreSQL), saying
/// which zone the stored values are read in.
pub fn to_timestamptz(table: &QualifiedName, column: &str, dialect: Dialect) -> String {
    let c = ident(column, dialect);
    format!(
        "{} ALTER COLUMN {c} TYPE timestamptz USING {c} AT TIME ZONE 'UTC'; -- if the stored values are UTC",
        alter_table(table, dialect)
    )
}

/// Makes a column NOT NULL; T-SQL and MySQL restate its type.
pub fn set_not_null(
    table: &QualifiedName,
    column: &str,
    current_type: &str,
    dialect: Dialect,
) -> String {
    let (alter, c) = (alter_table(table, dialect), ident(column, dialect));
    match dialect {
        Dialect::MsSql => format!("{alter} ALTER COLUMN {c} {current_type} NOT NULL;"),
        Dialect::Postgres => format!("{alter} ALTER COLUMN {c} SET NOT NULL;"),
        Dialect::MySql => format!("{alter} MODIFY {c} {current_type} NOT NULL;"),
    }
}

/// Sets or (with `None`) removes a column's default. T-SQL defaults are constraints: a new
/// one is added after the old is dropped, and removing one drops its constraint by name.
/// MySQL wants an expression default in parentheses.
pub fn set_default(
    table: &QualifiedName,
    column: &str,
    expression: Option<&str>,
    constraint: Option<&str>,
    dialect: Dialect,
) -> String {
    let (alter, c) = (alter_table(table, dialect), ident(column, dialect));
    match (dialect, expression) {
        (Dialect::MsSql, Some(e)) => {
            format!("{alter} ADD DEFAULT {e} FOR {c}; -- after dropping the old default")
        }
        (Dialect::MsSql, None) => {
            let name = constraint
                .map(|n| ident(n, dialect).into_owned())
                .unwrap_or_else(|| format!("/* the default constraint of {column} */"));
            format!("{alter} DROP CONSTRAINT {name};")
        }
        (Dialect::MySql, Some(e)) if !e.trim_start().starts_with('(') => {
            format!("{alter} ALTER COLUMN {c} SET DEFAULT ({e});")
        }
        (_, Some(e)) => format!("{alter} ALTER COLUMN {c} SET DEFAULT {e};"),
        (_, None) => format!("{alter} ALTER COLUMN {c} DROP DEFAULT;"),
    }
}

pub fn drop_column(table: &QualifiedName, column: &str, dialect: Dialect) -> String {
    format!(
        "{} DROP COLUMN {};",
        alter_table(table, dialect),
        ident(column, dialect)
    )
}

/// Adds a column of the given type (written as the dialect writes types), with an optional
/// default.
pub fn add_column(
    table: &QualifiedName,
    column: &str,
    data_type: &str,
    nullable: bool,
    default: Option<&str>,
    dialect: Dialect,
) -> String {
    let add = if dialect == Dialect::MsSql {
        "ADD"
    } else {
        "ADD COLUMN"
    };
    let default = default.map(|d| format!(" DEFAULT {d}")).unwrap_or_default();
    format!(
        "{} {add} {} {data_type} {}{default};",
        alter_table(table, dialect),
        ident(column, dialect),
        null_text(nullable)
    )
}

pub fn add_check(table: &QualifiedName, name: &str, expression: &str, dialect: Dialect) -> String {
    format!(
        "{} ADD CONSTRAINT {} CHECK {expression};",
        alter_table(table, dialect),
        ident(name, dialect)
    )
}

pub fn add_unique(
    table: &QualifiedName,
    name: &str,
    columns: &[String],
    dialect: Dialect,
) -> String {
    format!(
        "{} ADD CONSTRAINT {} UNIQUE ({});",
        alter_table(table, dialect),
        ident(name, dialect),
        idents(columns, dialect)
    )
}

pub fn add_foreign_key(
    table: &QualifiedName,
    name: &str,
    columns: &[String],
    parent: &QualifiedName,
    parent_columns: &[String],
    dialect: Dialect,
) -> String {
    format!(
        "{} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({});",
        alter_table(table, dialect),
        ident(name, dialect),
        idents(columns, dialect),
        qualified(parent, dialect),
        idents(parent_columns, dialect)
    )
}

/// Makes existing columns the primary key; `clustered` only means something in T-SQL.
pub fn add_primary_key(
    table: &QualifiedName,
    name: &str,
    columns: &[String],
    clustered: Option<bool>,
    dialect: Dialect,
) -> String {
    let clustering = match (dialect, clustered) {
        (Dialect::MsSql, Some(true)) => " CLUSTERED",
        (Dialect::MsSql, Some(false)) => " NONCLUSTERED",
        _ => "",
    };
    format!(
        "{} ADD CONSTRAINT {} PRIMARY KEY{clustering} ({});",
        alter_table(table, dialect),
        ident(name, dialect),
        idents(columns, dialect)
    )
}

/// Adds a generated BIGINT surrogate as the primary key: T-SQL `IDENTITY(1, 1)`, PostgreSQL
/// `GENERATED BY DEFAULT AS IDENTITY` (the standard form `serial` predates), MySQL
/// `AUTO_INCREMENT`.
pub fn add_surrogate_primary_key(
    table: &QualifiedName,
    column: &str,
    constraint: &str,
    dialect: Dialect,
) -> String {
    let (alter, c) = (alter_table(table, dialect), ident(column, dialect));
    match dialect {
        Dialect::MsSql => format!(
            "{alter} ADD {c} BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT {} PRIMARY KEY;",
            ident(constraint, dialect)
        ),
        Dialect::Postgres => {
            format!("{alter} ADD COLUMN {c} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY;")
        }
        Dialect::MySql => {
            format!("{alter} ADD COLUMN {c} BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY;")
        }
    }
}

/// Re-keys a table whose clustered key is wide on a narrow generated surrogate, keeping the
/// composite unique. Only T-SQL and InnoDB cluster rows on a key.
/// `existing` says the table already has the surrogate (an AUTO_INCREMENT column kept
/// unique): the key moves to it instead of a new column.
pub fn recluster_on_surrogate(
    table: &QualifiedName,
    surrogate: &str,
    key: &[String],
    existing: bool,
    dialect: Dialect,
) -> String {
    let (alter, s) = (alter_table(table, dialect), ident(surrogate, dialect));
    let key = idents(key, dialect);
    match dialect {
        Dialect::MySql if existing => format!(
            "{alter} DROP PRIMARY KEY, ADD PRIMARY KEY ({s}), ADD UNIQUE ({key}); -- after dropping foreign keys that use the old key"
        ),
        Dialect::MySql => format!(
            "{alter} DROP PRIMARY KEY, ADD COLUMN {s} BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, ADD UNIQUE ({key}); -- after dropping foreign keys that use the old key"
        ),
        _ => format!(
            "{alter} ADD {s} BIGINT IDENTITY(1, 1) NOT NULL; -- then recreate the primary key as UNIQUE NONCLUSTERED ({key}) and cluster on {s}"
        ),
    }
}

/// Creates `index` on the table. `inline` indexes (on memory-optimized tables) are added with
/// ALTER TABLE, the only way those tables take one. A plain rowstore index carries no
/// clustering keyword: nonclustered is the default in T-SQL and the only kind elsewhere.
pub fn create_index(
    table: &QualifiedName,
    index: &Index,
    inline: bool,
    dialect: Dialect,
) -> String {
    let name = ident(index.name.as_deref().unwrap_or_default(), dialect);
    let key = super::key_columns(&index.columns, dialect);
    if inline && dialect == Dialect::MsSql {
        return format!(
            "{} ADD INDEX {name} NONCLUSTERED ({key});",
            alter_table(table, dialect)
        );
    }
    let unique = if index.unique { "UNIQUE " } else { "" };
    let kind = match index.kind {
        IndexKind::Spatial => "SPATIAL ",
        IndexKind::ClusteredColumnstore => "CLUSTERED COLUMNSTORE ",
        IndexKind::Vector => "VECTOR ",
        _ => "",
    };
    let mut sql = format!(
        "CREATE {unique}{kind}INDEX {name} ON {}",
        qualified(table, dialect)
    );
    if index.kind != IndexKind::ClusteredColumnstore {
        sql.push_str(&format!(" ({key})"));
    }
    if !index.include.is_empty() {
        sql.push_str(&format!(" INCLUDE ({})", idents(&index.include, dialect)));
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

/// A PostgreSQL index with an access method (`gin`, `gist`, `brin`, `hnsw`) over one column,
/// with an optional operator class.
pub fn create_index_using(
    table: &QualifiedName,
    name: &str,
    method: &str,
    column: &str,
    operator_class: Option<&str>,
    dialect: Dialect,
) -> String {
    let class = operator_class.map(|c| format!(" {c}")).unwrap_or_default();
    format!(
        "CREATE INDEX {} ON {} USING {method} ({}{class});",
        ident(name, dialect),
        qualified(table, dialect),
        ident(column, dialect)
    )
}

pub fn drop_index(table: &QualifiedName, name: &str, inline: bool, dialect: Dialect) -> String {
    let index = ident(name, dialect);
    match dialect {
        Dialect::MsSql if inline => {
            format!("{} DROP INDEX {index};", alter_table(table, dialect))
        }
        // A PostgreSQL index lives in its table's schema and is dropped by that name alone.
        Dialect::Postgres => {
            let qualified_index = QualifiedName {
                name: name.to_string(),
                ..table.clone()
            };
            format!("DROP INDEX {};", qualified(&qualified_index, dialect))
        }
        _ => format!("DROP INDEX {index} ON {};", qualified(table, dialect)),
    }
}

/// A spatial index: T-SQL with its grid options, PostgreSQL (PostGIS) as GiST, MySQL as a
/// SPATIAL index (which needs a NOT NULL column with an SRID).
pub fn spatial_index(
    table: &QualifiedName,
    name: &str,
    column: &str,
    geography: bool,
    dialect: Dialect,
) -> String {
    let (t, n, c) = (
        qualified(table, dialect),
        ident(name, dialect),
        ident(column, dialect),
    );
    match dialect {
        Dialect::MsSql => {
            let options = if geography {
                "CELLS_PER_OBJECT = 64"
            } else {
                "BOUNDING_BOX = (xmin, ymin, xmax, ymax), CELLS_PER_OBJECT = 64"
            };
            format!("CREATE SPATIAL INDEX {n} ON {t} ({c}) WITH ({options});")
        }
        Dialect::Postgres => create_index_using(table, name, "GIST", column, None, dialect),
        Dialect::MySql => format!(
            "CREATE SPATIAL INDEX {n} ON {t} ({c}); -- the column must be NOT NULL with an SRID"
        ),
    }
}

/// A vector index: T-SQL DiskANN, PostgreSQL pgvector HNSW. MySQL has none.
pub fn vector_index(
    table: &QualifiedName,
    name: &str,
    column: &str,
    dialect: Dialect,
) -> Option<String> {
    match dialect {
        Dialect::MsSql => Some(format!(
            "CREATE VECTOR INDEX {} ON {} ({}) WITH (METRIC = 'cosine', TYPE = 'diskann');",
            ident(name, dialect),
            qualified(table, dialect),
            ident(column, dialect)
        )),
        Dialect::Postgres => Some(create_index_using(
            table,
            name,
            "hnsw",
            column,
            Some("vector_cosine_ops"),
            dialect,
        )),
        Dialect::MySql => None,
    }
}

/// Indexes one path of a JSON column: T-SQL through a persisted computed column, PostgreSQL
/// with a GIN index over the document, MySQL with a functional index on the extracted value.
pub fn json_path_index(
    table: &QualifiedName,
    column: &str,
    index_name: &str,
    dialect: Dialect,
) -> String {
    let (t, c) = (qualified(table, dialect), ident(column, dialect));
    match dialect {
        Dialect::MsSql => {
            let key = ident(&format!("{column}Key"), dialect).into_owned();
            let index = ident(&format!("{index_name}Key"), dialect).into_owned();
            format!(
                "ALTER TABLE {t} ADD {key} AS JSON_VALUE({c}, '$.key') PERSISTED; CREATE INDEX {index} ON {t} ({key}) WHERE {key} IS NOT NULL;"
            )
        }
        Dialect::Postgres => create_index_using(
            table,
            index_name,
            "GIN",
            column,
            Some("jsonb_path_ops"),
            dialect,
        ),
        Dialect::MySql => format!(
            "CREATE INDEX {} ON {t} ((CAST({c}->>'$.key' AS CHAR(64)) COLLATE utf8mb4_bin));",
            ident(index_name, dialect)
        ),
    }
}

/// Keeps a delimited string as a JSON array beside it.
pub fn structured_string_as_json(
    table: &QualifiedName,
    column: &str,
    json_type: &str,
    dialect: Dialect,
) -> String {
    let (t, c) = (qualified(table, dialect), ident(column, dialect));
    match dialect {
        Dialect::MsSql => {
            let json = ident(&format!("{column}Json"), dialect).into_owned();
            format!("ALTER TABLE {t} ADD {json} AS CONVERT({json_type}, {c}) PERSISTED;")
        }
        Dialect::Postgres => format!(
            "ALTER TABLE {t} ALTER COLUMN {c} TYPE {json_type} USING to_jsonb(string_to_array({c}, ','));"
        ),
        Dialect::MySql => {
            let json = ident(&format!("{column}_json"), dialect).into_owned();
            format!(
                "ALTER TABLE {t} ADD COLUMN {json} {json_type}; UPDATE {t} SET {json} = CONCAT('[\"', REPLACE({c}, ',', '\",\"'), '\"]');"
            )
        }
    }
}

/// A table of its own for one large column, keyed by the parent's key.
pub fn side_table(
    table: &QualifiedName,
    side: &QualifiedName,
    column: &str,
    column_type: &str,
    dialect: Dialect,
) -> String {
    let c = ident(column, dialect);
    format!(
        "CREATE TABLE {} (/* primary key of {} */ {c} {column_type} NOT NULL); -- copy, then drop {c}",
        qualified(side, dialect),
        qualified(table, dialect)
    )
}

/// T-SQL: moves a varbinary column to FILESTREAM storage.
pub fn filestream_column(table: &QualifiedName, column: &str) -> String {
    let dialect = Dialect::MsSql;
    let stream = ident(&format!("{column}Stream"), dialect).into_owned();
    format!(
        "{} ADD {stream} VARBINARY(MAX) FILESTREAM NULL; -- needs a ROWGUIDCOL column and a FILESTREAM filegroup; copy, then drop {}",
        alter_table(table, dialect),
        ident(column, dialect)
    )
}

/// T-SQL: stores a table as a clustered columnstore.
pub fn clustered_columnstore(
    table: &QualifiedName,
    name: &str,
    has_clustered_index: bool,
) -> String {
    let dialect = Dialect::MsSql;
    let create = format!(
        "CREATE CLUSTERED COLUMNSTORE INDEX {} ON {};",
        ident(name, dialect),
        qualified(table, dialect)
    );
    if has_clustered_index {
        format!("/* first make the clustered primary key or index NONCLUSTERED: a table has one clustered index */ {create}")
    } else {
        create
    }
}

/// T-SQL: rebuilds a clustered primary key in place of a nonclustered one.
pub fn recluster_primary_key(
    table: &QualifiedName,
    old_name: Option<&str>,
    new_name: &str,
    key: &[String],
    has_dependents: bool,
) -> String {
    let dialect = Dialect::MsSql;
    let alter = alter_table(table, dialect);
    let drop = match old_name {
        Some(name) => format!("{alter} DROP CONSTRAINT {};", ident(name, dialect)),
        None => format!("{alter} DROP CONSTRAINT /* the primary key's generated name */;"),
    };
    let dependents = if has_dependents {
        "/* first drop the foreign keys that reference it, and add them again after */ "
    } else {
        ""
    };
    format!(
        "{dependents}{drop} {alter} ADD CONSTRAINT {} PRIMARY KEY CLUSTERED ({});",
        ident(new_name, dialect),
        idents(key, dialect)
    )
}

/// T-SQL: a clustered index on an ever-increasing column, or a placeholder for one.
pub fn clustered_index(table: &QualifiedName, name: &str, column: Option<&str>) -> String {
    let dialect = Dialect::MsSql;
    let key = column
        .map(|c| ident(c, dialect).into_owned())
        .unwrap_or_else(|| "/* an ever-increasing column, e.g. a creation time */".to_string());
    format!(
        "CREATE CLUSTERED INDEX {} ON {} ({key});",
        ident(name, dialect),
        qualified(table, dialect)
    )
}

/// T-SQL: resizes a hash index, or replaces it with a range index.
pub fn hash_index_resize(
    table: &QualifiedName,
    name: &str,
    columns: &[String],
    buckets: Option<u64>,
) -> String {
    let dialect = Dialect::MsSql;
    let (alter, n) = (alter_table(table, dialect), ident(name, dialect));
    match buckets {
        Some(count) => format!(
            "{alter} ALTER INDEX {n} REBUILD WITH (BUCKET_COUNT = {count}); -- 1-2x the expected distinct keys"
        ),
        None => format!(
            "{alter} DROP INDEX {n}; {alter} ADD INDEX {n} NONCLUSTERED ({});",
            idents(columns, dialect)
        ),
    }
}

/// T-SQL: the recreation a memory-optimized table needs to change its durability.
pub fn recreate_durable(table: &QualifiedName) -> String {
    format!(
        "-- Recreate {} WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA) and copy the rows across.",
        qualified(table, Dialect::MsSql)
    )
}

/// T-SQL: rebuilds a spatial index with more cells per object.
pub fn spatial_index_cells(table: &QualifiedName, name: &str, cells: u32) -> String {
    let dialect = Dialect::MsSql;
    format!(
        "ALTER INDEX {} ON {} REBUILD WITH (CELLS_PER_OBJECT = {cells}); -- or recreate with DROP_EXISTING = ON",
        ident(name, dialect),
        qualified(table, dialect)
    )
}

/// T-SQL: bounds a temporal table's history.
pub fn history_retention(table: &QualifiedName, history: Option<&QualifiedName>) -> String {
    let dialect = Dialect::MsSql;
    let history = history
        .map(|h| format!("HISTORY_TABLE = {}, ", qualified(h, dialect)))
        .unwrap_or_default();
    format!(
        "{} SET (SYSTEM_VERSIONING = ON ({history}HISTORY_RETENTION_PERIOD = 1 YEAR));",
        alter_table(table, dialect)
    )
}

/// Range partitioning on `key`, as each dialect declares it: T-SQL a partition function and
/// scheme the clustered index is rebuilt on; PostgreSQL a declaratively partitioned copy the
/// rows move into (a table cannot be partitioned in place); MySQL `PARTITION BY RANGE
/// COLUMNS`, which rebuilds the table.
pub fn partition_by_range(
    table: &QualifiedName,
    key: &str,
    key_type: &str,
    dialect: Dialect,
) -> String {
    let (t, k) = (qualified(table, dialect), ident(key, dialect));
    let bare = &table.name;
    match dialect {
        Dialect::MsSql => {
            let function = ident(&format!("PF_{bare}_{key}"), dialect).into_owned();
            let scheme = ident(&format!("PS_{bare}_{key}"), dialect).into_owned();
            format!(
                "CREATE PARTITION FUNCTION {function} ({key_type}) AS RANGE RIGHT FOR VALUES (/* boundaries */); CREATE PARTITION SCHEME {scheme} AS PARTITION {function} ALL TO ([PRIMARY]); -- then rebuild the clustered index ON {scheme} ({k})"
            )
        }
        Dialect::Postgres => {
            let parent = QualifiedName {
                name: format!("{bare}_partitioned"),
                ..table.clone()
            };
            let first = QualifiedName {
                name: format!("{bare}_p1"),
                ..table.clone()
            };
            let (p, f) = (qualified(&parent, dialect), qualified(&first, dialect));
            format!(
                "CREATE TABLE {p} (LIKE {t} INCLUDING ALL) PARTITION BY RANGE ({k}); CREATE TABLE {f} PARTITION OF {p} FOR VALUES FROM (/* lower bound */) TO (/* upper bound */); -- the primary key must include {k}; copy the rows, then swap the names"
            )
        }
        Dialect::MySql => format!(
            "ALTER TABLE {t} PARTITION BY RANGE COLUMNS ({k}) (PARTITION p1 VALUES LESS THAN (/* upper bound */), PARTITION pmax VALUES LESS THAN (MAXVALUE)); -- every unique key must include {k}, and InnoDB partitions cannot have foreign keys"
        ),
    }
}

/// Compression in the dialect's own form: T-SQL `DATA_COMPRESSION`; PostgreSQL, which
/// compresses large values itself (TOAST), lz4 for those columns (PostgreSQL 14+); InnoDB
/// compressed pages.
pub fn compress(
    table: &QualifiedName,
    setting: &str,
    toasted_columns: &[String],
    dialect: Dialect,
) -> String {
    let alter = alter_table(table, dialect);
    match dialect {
        Dialect::MsSql => format!("{alter} REBUILD WITH (DATA_COMPRESSION = {setting});"),
        Dialect::Postgres => {
            let columns: Vec<String> = toasted_columns
                .iter()
                .map(|c| format!("ALTER COLUMN {} SET COMPRESSION lz4", ident(c, dialect)))
                .collect();
            format!(
                "{alter} {}; -- PostgreSQL 14+; applies to values written from now on",
                columns.join(", ")
            )
        }
        Dialect::MySql => format!("{alter} ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8;"),
    }
}

/// Deletes rows older than 90 days in batches, for a scheduled job.
pub fn purge_old_rows(
    table: &QualifiedName,
    time_column: Option<&str>,
    dialect: Dialect,
) -> String {
    let t = qualified(table, dialect);
    let c = time_column.map_or_else(
        || "/* the column that dates each row */".to_string(),
        |c| ident(c, dialect).into_owned(),
    );
    let job = "-- run repeatedly from a scheduled job";
    match dialect {
        Dialect::MsSql => format!(
            "DELETE TOP (10000) FROM {t} WHERE {c} < DATEADD(DAY, -90, SYSUTCDATETIME()); {job}"
        ),
        Dialect::Postgres => format!(
            "DELETE FROM {t} WHERE ctid = ANY (ARRAY(SELECT ctid FROM {t} WHERE {c} < now() - interval '90 days' LIMIT 10000)); {job}"
        ),
        Dialect::MySql => format!(
            "DELETE FROM {t} WHERE {c} < UTC_TIMESTAMP() - INTERVAL 90 DAY LIMIT 10000; {job}"
        ),
    }
}

/// MySQL: converts a table's text columns to `utf8mb4`.
pub fn convert_to_utf8mb4(table: &QualifiedName) -> String {
    format!(
        "{} CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; -- rebuilds the table; check index prefixes on long VARCHAR keys",
        alter_table(table, Dialect::MySql)
    )
}

/// PostgreSQL: turns a `serial` column into an identity column that continues its numbering.
/// The old sequence (`<table>_<column>_seq`, as the server names it) is dropped once the
/// default is.
pub fn serial_to_identity(table: &QualifiedName, column: &str) -> String {
    let dialect = Dialect::Postgres;
    let (alter, c) = (alter_table(table, dialect), ident(column, dialect));
    let sequence = super::serial_sequence(table, column);
    format!(
        "{alter} ALTER COLUMN {c} DROP DEFAULT; DROP SEQUENCE {}; {alter} ALTER COLUMN {c} ADD GENERATED BY DEFAULT AS IDENTITY; -- then RESTART WITH one past the highest {c}",
        qualified(&sequence, dialect)
    )
}

/// Adds a tenant column in two steps: nullable, backfilled, then NOT NULL.
pub fn add_tenant_column(
    table: &QualifiedName,
    column: &str,
    data_type: &str,
    dialect: Dialect,
) -> String {
    format!(
        "{} -- backfill, then: {}",
        add_column(table, column, data_type, true, None, dialect),
        set_not_null(table, column, data_type, dialect)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orders(schema: Option<&str>) -> QualifiedName {
        QualifiedName {
            database: None,
            schema: schema.map(str::to_string),
            name: "Orders".to_string(),
        }
    }

    #[test]
    fn each_dialect_spells_a_surrogate_key_its_own_way() {
        let t = orders(None);
        let cases = [
            (Dialect::MsSql, "IDENTITY(1, 1)"),
            (Dialect::Postgres, "GENERATED BY DEFAULT AS IDENTITY"),
            (Dialect::MySql, "AUTO_INCREMENT"),
        ];
        for (dialect, expected) in cases {
            let sql = add_surrogate_primary_key(&t, "OrderId", "PK_Orders", dialect);
            assert!(sql.contains(expected), "{dialect}: {sql}");
        }
    }

    #[test]
    fn partitioning_and_compression_use_the_dialects_own_form() {
        let t = orders(Some("sales"));
        let pg = partition_by_range(&t, "created_at", "timestamptz", Dialect::Postgres);
        assert!(pg.contains("PARTITION BY RANGE (created_at)"), "{pg}");
        let my = partition_by_range(&t, "created_at", "DATETIME(6)", Dialect::MySql);
        assert!(
            my.contains("PARTITION BY RANGE COLUMNS (created_at)"),
            "{my}"
        );
        let columns = ["body".to_string()];
        let pg = compress(&t, "PAGE", &columns, Dialect::Postgres);
        assert!(pg.contains("ALTER COLUMN body SET COMPRESSION lz4"), "{pg}");
        let my = compress(&t, "PAGE", &columns, Dialect::MySql);
        assert!(my.contains("ROW_FORMAT=COMPRESSED"), "{my}");
    }

    #[test]
    fn defaults_are_set_and_dropped_as_each_dialect_does() {
        let t = orders(None);
        assert_eq!(
            set_default(&t, "At", Some("UTC_TIMESTAMP()"), None, Dialect::MySql),
            "ALTER TABLE Orders ALTER COLUMN At SET DEFAULT (UTC_TIMESTAMP());"
        );
        assert_eq!(
            set_default(&t, "tenant_id", None, None, Dialect::Postgres),
            // The model keeps a PostgreSQL name as the server holds it: `Orders` was quoted.
            "ALTER TABLE \"Orders\" ALTER COLUMN tenant_id DROP DEFAULT;"
        );
        assert_eq!(
            set_default(&t, "TenantId", None, Some("DF_T"), Dialect::MsSql),
            "ALTER TABLE Orders DROP CONSTRAINT DF_T;"
        );
    }

    #[test]
    fn a_postgres_index_is_dropped_by_its_schema_qualified_name() {
        let t = orders(Some("sales"));
        assert_eq!(
            drop_index(&t, "ix_a", false, Dialect::Postgres),
            "DROP INDEX sales.ix_a;"
        );
        assert_eq!(
            drop_index(&t, "ix_a", false, Dialect::MySql),
            "DROP INDEX ix_a ON sales.Orders;"
        );
    }
}
