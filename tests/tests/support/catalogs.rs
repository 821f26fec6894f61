//! Reads a database's tables from the server's own catalog into [`Shapes`].
//!
//! PostgreSQL: `pg_catalog` (`format_type()` for types, `pg_constraint` for keys,
//! `pg_index` for indexes that back no constraint). Tables created by an extension are
//! left out: the script did not write them.
//!
//! MariaDB: `information_schema` (`COLUMNS.COLUMN_TYPE`, `STATISTICS`, `KEY_COLUMN_USAGE`).
//! InnoDB adds an index for a foreign key that has none; [`implicit_foreign_key_index`]
//! recognises those so the caller can leave them out when the script did not declare them.

use super::servers::Database;
use super::shape::{
    loose_columns, postgres_index_entry, ColumnShape, ForeignKeyShape, IndexShape, Shapes,
    TableShape,
};
use super::types;

/// Separates the names inside one aggregated column; no identifier contains it.
const LIST_SEPARATOR: char = '\u{1d}';

/// The user tables of the current database, keyed as [`Shapes`] keys them.
const PG_TABLES: &str = "\
WITH t AS (
  SELECT c.oid,
         CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END AS key
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\\_%'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
";

const PG_COLUMNS: &str = "
SELECT t.key, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
FROM t JOIN pg_attribute a ON a.attrelid = t.oid
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY t.key, a.attnum;";

const PG_CONSTRAINTS: &str = "
SELECT t.key, con.contype,
  (SELECT string_agg(a.attname, chr(29) ORDER BY k.ord)
     FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
  COALESCE((SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.oid = con.confrelid), ''),
  COALESCE((SELECT string_agg(a.attname, chr(29) ORDER BY k.ord)
              FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num), '')
FROM t JOIN pg_constraint con ON con.conrelid = t.oid
WHERE con.contype IN ('p', 'u', 'f')
ORDER BY 1, 2, con.conname;";

/// Indexes that back no PRIMARY KEY, UNIQUE or EXCLUDE constraint (those are compared as
/// constraints). Key columns only (not INCLUDE); an expression comes as its text.
const PG_INDEXES: &str = "
SELECT t.key, ix.indisunique, am.amname,
  (SELECT string_agg(
            CASE WHEN ix.indkey[k.i] = 0 THEN pg_get_indexdef(ix.indexrelid, k.i + 1, true)
                 ELSE (SELECT a.attname FROM pg_attribute a
                        WHERE a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.i]) END
            || CASE WHEN (ix.indoption[k.i] & 1) = 1 THEN ' DESC' ELSE '' END,
            chr(29) ORDER BY k.i)
     FROM generate_series(0, ix.indnkeyatts - 1) AS k(i))
FROM t JOIN pg_index ix ON ix.indrelid = t.oid
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_am am ON am.oid = i.relam
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY 1, i.relname;";

/// The tables of a PostgreSQL database as its catalog states them.
pub fn postgres(db: &Database) -> Result<Shapes, String> {
    let mut shapes = Shapes::new();
    for row in db.query(&format!("{PG_TABLES}SELECT key FROM t;"))? {
        shapes.insert(field(&row, 0), TableShape::default());
    }
    for row in db.query(&format!("{PG_TABLES}{PG_COLUMNS}"))? {
        let table = table_mut(&mut shapes, &row)?;
        table.columns.push(ColumnShape {
            name: field(&row, 1),
            data_type: types::postgres(&field(&row, 2)),
            nullable: field(&row, 3) != "t",
        });
    }
    for row in db.query(&format!("{PG_TABLES}{PG_CONSTRAINTS}"))? {
        let columns = list(&field(&row, 2));
        let table = table_mut(&mut shapes, &row)?;
        match field(&row, 1).as_str() {
            "p" => table.primary_key = Some(columns),
            "u" => table.unique_keys.push(columns),
            _ => table.foreign_keys.push(ForeignKeyShape {
                columns,
                referenced_table: field(&row, 3),
                referenced_columns: list(&field(&row, 4)),
            }),
        }
    }
    for row in db.query(&format!("{PG_TABLES}{PG_INDEXES}"))? {
        let table = table_mut(&mut shapes, &row)?;
        table.indexes.push(IndexShape {
            columns: list(&field(&row, 3))
                .iter()
                .map(|entry| postgres_index_entry(entry))
                .collect(),
            unique: field(&row, 1) == "t",
            method: field(&row, 2).to_lowercase(),
        });
    }
    Ok(shapes)
}

const MARIADB_TABLES: &str = "
SELECT TABLE_NAME FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'";

/// A MariaDB index the server made for a foreign key, as opposed to one the script declared.
#[derive(Debug, Clone)]
pub struct ImplicitIndexCandidate {
    pub table: String,
    pub index: IndexShape,
}

/// The tables of a MariaDB database as its catalog states them, and the non-unique indexes
/// that may be InnoDB's own foreign key indexes (see [`implicit_foreign_key_index`]).
pub fn mariadb(db: &Database) -> Result<(Shapes, Vec<ImplicitIndexCandidate>), String> {
    let mut shapes = Shapes::new();
    for row in db.query(&format!("{MARIADB_TABLES};"))? {
        shapes.insert(field(&row, 0), TableShape::default());
    }
    let columns = format!(
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ({MARIADB_TABLES})
         ORDER BY TABLE_NAME, ORDINAL_POSITION;"
    );
    for row in db.query(&columns)? {
        let table = table_mut(&mut shapes, &row)?;
        table.columns.push(ColumnShape {
            name: field(&row, 1),
            data_type: types::mariadb(&field(&row, 2), false),
            nullable: field(&row, 3) == "YES",
        });
    }
    let foreign_keys = mariadb_foreign_keys(db)?;
    for (table_name, _, fk) in &foreign_keys {
        if let Some(table) = shapes.get_mut(table_name) {
            table.foreign_keys.push(fk.clone());
        }
    }
    let mut candidates = Vec::new();
    for (table_name, index_name, index) in mariadb_indexes(db)? {
        let Some(table) = shapes.get_mut(&table_name) else {
            continue;
        };
        if index_name == "PRIMARY" {
            table.primary_key = Some(index.columns);
        } else if index.unique {
            table.unique_keys.push(index.columns);
        } else {
            let implicit = foreign_keys.iter().any(|(t, constraint, fk)| {
                *t == table_name
                    && fk.columns == index.columns
                    && (index_name == *constraint || fk.columns.first() == Some(&index_name))
            });
            if implicit {
                candidates.push(ImplicitIndexCandidate {
                    table: table_name.clone(),
                    index: index.clone(),
                });
            }
            table.indexes.push(index);
        }
    }
    Ok((shapes, candidates))
}

/// Whether `candidate` is InnoDB's own index for a foreign key rather than a declared one:
/// it is named after the key (its constraint name or first column) and the model has no
/// index or unique key on those columns. Only the server adds such an index, so the model
/// cannot have it; when the script declared one, it is compared like any other. "Those
/// columns" is judged loosely (quotes, case and prefix lengths aside), so that a declared
/// index the model spells wrongly is still compared and reported.
#[allow(dead_code)] // The migration tests compare two databases and drop every candidate.
pub fn implicit_foreign_key_index(candidate: &ImplicitIndexCandidate, model: &Shapes) -> bool {
    let wanted = loose_columns(&candidate.index.columns);
    model.get(&candidate.table).is_none_or(|table| {
        !table
            .indexes
            .iter()
            .map(|i| &i.columns)
            .chain(&table.unique_keys)
            .any(|columns| loose_columns(columns) == wanted)
    })
}

fn mariadb_foreign_keys(db: &Database) -> Result<Vec<(String, String, ForeignKeyShape)>, String> {
    let rows = db.query(
        "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
         FROM information_schema.KEY_COLUMN_USAGE
         WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
         ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION;",
    )?;
    let mut out: Vec<(String, String, ForeignKeyShape)> = Vec::new();
    for row in rows {
        let (table, constraint) = (field(&row, 0), field(&row, 1));
        match out.last_mut() {
            Some((t, c, fk)) if *t == table && *c == constraint => {
                fk.columns.push(field(&row, 2));
                fk.referenced_columns.push(field(&row, 4));
            }
            _ => out.push((
                table,
                constraint,
                ForeignKeyShape {
                    columns: vec![field(&row, 2)],
                    referenced_table: field(&row, 3),
                    referenced_columns: vec![field(&row, 4)],
                },
            )),
        }
    }
    Ok(out)
}

fn mariadb_indexes(db: &Database) -> Result<Vec<(String, String, IndexShape)>, String> {
    let rows = db.query(
        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, INDEX_TYPE,
                COALESCE(SUB_PART, '')
         FROM information_schema.STATISTICS
         WHERE TABLE_SCHEMA = DATABASE()
         ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX;",
    )?;
    let mut out: Vec<(String, String, IndexShape)> = Vec::new();
    for row in rows {
        let (table, name) = (field(&row, 0), field(&row, 1));
        // A prefix index keys the first SUB_PART characters: `name(191)`.
        let prefix = match field(&row, 6) {
            p if p.is_empty() => String::new(),
            p => format!("({p})"),
        };
        let column = if field(&row, 4) == "D" {
            format!("{}{prefix} DESC", field(&row, 3))
        } else {
            format!("{}{prefix}", field(&row, 3))
        };
        match out.last_mut() {
            Some((t, n, index)) if *t == table && *n == name => index.columns.push(column),
            _ => out.push((
                table,
                name,
                IndexShape {
                    columns: vec![column],
                    unique: field(&row, 2) == "0",
                    method: field(&row, 5).to_lowercase(),
                },
            )),
        }
    }
    Ok(out)
}

fn field(row: &[String], i: usize) -> String {
    row.get(i).cloned().unwrap_or_default()
}

fn list(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split(LIST_SEPARATOR).map(str::to_string).collect()
    }
}

fn table_mut<'s>(shapes: &'s mut Shapes, row: &[String]) -> Result<&'s mut TableShape, String> {
    let key = field(row, 0);
    shapes
        .get_mut(&key)
        .ok_or_else(|| format!("the catalog names table `{key}`, which is not among its tables"))
}

/// What [`postgres`] and [`mariadb`] leave out, one line per fact, for comparing two
/// databases with each other (not with a model): column defaults and identity, every
/// constraint with its name and definition (checks, foreign-key actions included), and every
/// index with its name and full definition (method, INCLUDE, predicate).
///
/// PostgreSQL prints each as the server would dump it (`pg_get_expr`, `pg_get_constraintdef`,
/// `pg_get_indexdef`), so two databases built by different scripts compare by meaning.
#[allow(dead_code)] // Only the migration tests compare two databases.
pub fn postgres_details(db: &Database) -> Result<std::collections::BTreeSet<String>, String> {
    let queries = [
        "SELECT t.key || '.' || a.attname || ' default ' || pg_get_expr(d.adbin, d.adrelid)
         FROM t JOIN pg_attrdef d ON d.adrelid = t.oid
         JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
         WHERE NOT a.attisdropped;",
        "SELECT t.key || '.' || a.attname || ' identity ' || a.attidentity::text
         FROM t JOIN pg_attribute a ON a.attrelid = t.oid
         WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attidentity <> '';",
        "SELECT t.key || ' constraint ' || con.conname || ': ' || pg_get_constraintdef(con.oid)
         FROM t JOIN pg_constraint con ON con.conrelid = t.oid;",
        "SELECT t.key || ' index: ' || pg_get_indexdef(ix.indexrelid)
         FROM t JOIN pg_index ix ON ix.indrelid = t.oid;",
    ];
    // One round trip: each client start costs more than the queries.
    let union: Vec<&str> = queries.iter().map(|q| q.trim_end_matches(';')).collect();
    let rows = db.query(&format!("{PG_TABLES}{};", union.join("\nUNION ALL\n")))?;
    Ok(rows.iter().map(|row| field(row, 0)).collect())
}

/// The MariaDB counterpart of [`postgres_details`], from `information_schema`: defaults and
/// `EXTRA` (auto_increment, ON UPDATE), check constraints, foreign-key rules, and each index's
/// name, uniqueness, type and columns.
#[allow(dead_code)] // Only the migration tests compare two databases.
pub fn mariadb_details(db: &Database) -> Result<std::collections::BTreeSet<String>, String> {
    let queries = [
        "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' default ',
                       COALESCE(COLUMN_DEFAULT, '(none)'), ' extra ', EXTRA)
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
           AND (COLUMN_DEFAULT IS NOT NULL OR EXTRA <> '');",
        "SELECT CONCAT(TABLE_NAME, ' check ', CONSTRAINT_NAME, ': ', CHECK_CLAUSE)
         FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE();",
        "SELECT CONCAT(TABLE_NAME, ' foreign key ', CONSTRAINT_NAME, ' -> ', REFERENCED_TABLE_NAME,
                       ' on update ', UPDATE_RULE, ' on delete ', DELETE_RULE)
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE();",
        "SELECT CONCAT(TABLE_NAME, ' index ', INDEX_NAME, IF(NON_UNIQUE = 0, ' unique', ''), ' ',
                       INDEX_TYPE, ' (',
                       GROUP_CONCAT(CONCAT(COLUMN_NAME, COALESCE(CONCAT('(', SUB_PART, ')'), ''),
                                           IF(COLLATION = 'D', ' DESC', ''))
                                    ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ')')
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
         GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE;",
    ];
    // One round trip: each client start costs more than the queries.
    let rows = db.query(&queries.join("\n"))?;
    Ok(rows.iter().map(|row| field(row, 0)).collect())
}
