//! The three silent misreads plain sqlparser makes on T-SQL cannot happen here, in any of
//! the spellings real scripts use; and comments land on the object they describe, which
//! the audit's suppressions and DEPRECATED markers depend on.

#![allow(clippy::unwrap_used)]

use schema_audit_ddl::{parse, Clustering, Dialect, IndexKind, StatementState, Table, TypeFamily};

fn only_table(sql: &str) -> Table {
    let out = parse(sql, Dialect::MsSql);
    assert!(
        out.statement_log
            .iter()
            .all(|r| r.state == StatementState::Understood),
        "{sql}: {:?}",
        out.diagnostics
    );
    assert_eq!(out.schema.tables.len(), 1, "{sql}");
    out.schema.tables.into_iter().next().unwrap()
}

const KEYWORDS: &[&str] = &["CLUSTERED", "NONCLUSTERED", "HASH", "INDEX", "AS"];

fn no_keyword_names(table: &Table) {
    for c in &table.columns {
        assert!(
            !KEYWORDS.iter().any(|k| c.name.eq_ignore_ascii_case(k)),
            "column {}",
            c.name
        );
        assert!(
            !KEYWORDS
                .iter()
                .any(|k| c.data_type.raw.eq_ignore_ascii_case(k)),
            "type {}",
            c.data_type.raw
        );
    }
    let key_names = table
        .primary_key
        .iter()
        .chain(&table.unique_constraints)
        .filter_map(|k| k.name.as_deref());
    let index_names = table.indexes.iter().filter_map(|i| i.name.as_deref());
    for name in key_names.chain(index_names) {
        assert!(
            !KEYWORDS.iter().any(|k| name.eq_ignore_ascii_case(k)),
            "name {name}"
        );
    }
}

#[test]
fn clustered_keyword_is_clustering_not_a_name() {
    let cases = [
        ("CREATE TABLE t (a INT NOT NULL, CONSTRAINT PK_t PRIMARY KEY CLUSTERED (a))", Some("PK_t"), Clustering::Clustered),
        ("CREATE TABLE t (a INT NOT NULL, PRIMARY KEY NONCLUSTERED (a))", None, Clustering::NonClustered),
        ("CREATE TABLE t (a INT NOT NULL PRIMARY KEY CLUSTERED)", None, Clustering::Clustered),
        ("CREATE TABLE t (a INT NOT NULL CONSTRAINT [PK] PRIMARY KEY NONCLUSTERED)", Some("PK"), Clustering::NonClustered),
        (
            "CREATE TABLE t (a INT NOT NULL, CONSTRAINT PK_t PRIMARY KEY NONCLUSTERED HASH (a) WITH (BUCKET_COUNT = 64))",
            Some("PK_t"),
            Clustering::Hash { bucket_count: Some(64) },
        ),
    ];
    for (sql, name, clustering) in cases {
        let table = only_table(sql);
        let pk = table.primary_key.clone().unwrap();
        assert_eq!(pk.name.as_deref(), name, "{sql}");
        assert_eq!(pk.clustering, clustering, "{sql}");
        assert_eq!(pk.columns[0].name, "a", "{sql}");
        no_keyword_names(&table);
    }
    let table = only_table("CREATE TABLE t (a INT, CONSTRAINT UQ_a UNIQUE CLUSTERED (a))");
    assert_eq!(table.unique_constraints[0].name.as_deref(), Some("UQ_a"));
    assert_eq!(
        table.unique_constraints[0].clustering,
        Clustering::Clustered
    );
}

#[test]
fn inline_index_is_an_index_not_a_column() {
    for sql in [
        "CREATE TABLE t (a INT, INDEX ix (a))",
        "CREATE TABLE t (a INT, INDEX ix NONCLUSTERED (a))",
        "CREATE TABLE t (a INT, INDEX [ix] CLUSTERED ([a] DESC))",
        "CREATE TABLE t (a INT, index ix unique (a))",
        "CREATE TABLE t (a INT NOT NULL INDEX ix)",
        "CREATE TABLE t (a INT NOT NULL, INDEX ix HASH (a) WITH (BUCKET_COUNT = 8)) WITH (MEMORY_OPTIMIZED = ON)",
    ] {
        let table = only_table(sql);
        assert_eq!(table.columns.len(), 1, "{sql}");
        assert_eq!(table.columns[0].name, "a", "{sql}");
        assert_eq!(table.indexes.len(), 1, "{sql}");
        assert_eq!(table.indexes[0].name.as_deref(), Some("ix"), "{sql}");
        assert_eq!(table.indexes[0].columns[0].name, "a", "{sql}");
        no_keyword_names(&table);
    }
    // A quoted [Index] is a column, and so is one whose "index columns" are a type length.
    let table = only_table("CREATE TABLE t ([Index] INT, a INT)");
    assert_eq!(table.columns[0].name, "Index");
    assert!(table.indexes.is_empty());
    assert_eq!(
        only_table("CREATE TABLE t (a INT, INDEX ix CLUSTERED COLUMNSTORE)").indexes[0].kind,
        IndexKind::ClusteredColumnstore
    );
}

#[test]
fn computed_column_is_computed_not_a_type_named_as() {
    for (sql, expression, persisted) in [
        ("CREATE TABLE t (a INT, Total AS (a))", "(a)", false),
        ("CREATE TABLE t (a INT, Total AS a)", "a", false),
        (
            "CREATE TABLE t (a INT, Total AS (a * 2) PERSISTED)",
            "(a * 2)",
            true,
        ),
        (
            "CREATE TABLE t (a INT, Total AS a + 1 PERSISTED NOT NULL)",
            "a + 1",
            true,
        ),
        (
            "CREATE TABLE t (a INT, Total AS CASE WHEN a IS NOT NULL THEN 1 ELSE 0 END)",
            "CASE WHEN a IS NOT NULL THEN 1 ELSE 0 END",
            false,
        ),
    ] {
        let table = only_table(sql);
        let total = table.column("Total").unwrap();
        assert_eq!(total.data_type.family, TypeFamily::Unknown, "{sql}");
        let computed = total.computed.clone().unwrap();
        assert_eq!(computed.expression, expression, "{sql}");
        assert_eq!(computed.persisted, persisted, "{sql}");
        no_keyword_names(&table);
    }
}

#[test]
fn comments_attach_to_their_objects() {
    let sql = "-- DEPRECATED: use Customer2\n-- schema-audit: ignore tenant-column-missing\nCREATE TABLE t (\n  a INT, -- DEPRECATED column\n  -- schema-audit: ignore some-rule\n  b INT,\n  CONSTRAINT pk PRIMARY KEY (a) -- key note\n); -- trailing\n\n-- about the index\nCREATE INDEX ix ON t (b);\n";
    let out = parse(sql, Dialect::MsSql);
    let t = &out.schema.tables[0];
    let texts =
        |c: &[schema_audit_ddl::Comment]| c.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&t.comments),
        vec![
            "DEPRECATED: use Customer2",
            "schema-audit: ignore tenant-column-missing",
            "key note",
            "trailing"
        ]
    );
    assert_eq!(texts(&t.columns[0].comments), vec!["DEPRECATED column"]);
    assert_eq!(
        texts(&t.columns[1].comments),
        vec!["schema-audit: ignore some-rule"]
    );
    assert_eq!(texts(&t.indexes[0].comments), vec!["about the index"]);
}
