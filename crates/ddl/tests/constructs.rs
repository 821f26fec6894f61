//! One fixture per T-SQL construct (`tests/constructs/*.sql`): every file is parsed, its
//! model is snapshotted, schema statements must be understood, and the construct's
//! `-- expect:` items are asserted against the model with JSON pointers.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use schema_audit_ddl::{parse, DiagnosticSeverity, Dialect, ParseOutput, StatementState};
use serde_json::Value;

fn construct_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/constructs")
}

fn construct_files() -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(construct_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
}

fn parse_file(stem: &str) -> ParseOutput {
    let text = std::fs::read_to_string(construct_dir().join(format!("{stem}.sql"))).unwrap();
    parse(&text, Dialect::MsSql)
}

/// Constructs whose statements are legitimately not all understood, and why.
const NOT_ALL_UNDERSTOOD: &[&str] = &[];

#[test]
fn every_construct_is_understood_and_snapshotted() {
    let files = construct_files();
    assert!(files.len() >= 120, "found {} construct files", files.len());
    for file in files {
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        let out = parse(&text, Dialect::MsSql);
        if !NOT_ALL_UNDERSTOOD.contains(&stem.as_str()) {
            for record in &out.statement_log {
                assert!(
                    matches!(
                        record.state,
                        StatementState::Understood | StatementState::Skipped
                    ),
                    "{stem}: {:?} is {:?}: {:?}",
                    record.kind,
                    record.state,
                    out.diagnostics
                );
            }
            let problems: Vec<_> = out
                .diagnostics
                .iter()
                .filter(|d| d.severity != DiagnosticSeverity::Info)
                .collect();
            assert!(problems.is_empty(), "{stem}: {problems:?}");
        }
        insta::assert_yaml_snapshot!(stem, out);
    }
}

/// Asserts `pointer = expected` on the model serialized as JSON, one line per expectation.
fn check(stem: &str, expectations: &[(&str, Value)]) {
    let out = serde_json::to_value(parse_file(stem)).unwrap();
    for (pointer, expected) in expectations {
        let actual = out.pointer(pointer);
        assert_eq!(actual, Some(expected), "{stem}: {pointer}");
    }
}

use serde_json::json;

#[test]
fn names_identity_and_defaults() {
    check(
        "01_bracketed_names",
        &[
            ("/schema/tables/0/name/schema", json!("dbo")),
            ("/schema/tables/0/name/name", json!("Customer")),
            ("/schema/tables/0/columns/1/name", json!("Full Name")),
        ],
    );
    check(
        "02_schema_qualified",
        &[("/schema/tables/0/name/database", json!("Sales"))],
    );
    check(
        "03_identity",
        &[
            ("/schema/tables/0/columns/0/identity/seed", json!("1")),
            ("/schema/tables/0/columns/0/identity/increment", json!("1")),
        ],
    );
    check(
        "03b_identity_spaced",
        &[(
            "/schema/tables/0/columns/0/identity/not_for_replication",
            json!(true),
        )],
    );
    check(
        "03c_not_for_replication_only",
        &[(
            "/schema/tables/0/columns/0/identity/not_for_replication",
            json!(true),
        )],
    );
    check(
        "04b_named_default",
        &[
            (
                "/schema/tables/0/columns/0/default/constraint_name",
                json!("DF_T_Flag"),
            ),
            (
                "/schema/tables/0/columns/0/default/expression",
                json!("((0))"),
            ),
        ],
    );
    check(
        "04c_default_next_value",
        &[(
            "/schema/tables/0/columns/0/default/expression",
            json!("(NEXT VALUE FOR [Sequences].[OrderID])"),
        )],
    );
}

#[test]
fn keys_and_storage() {
    let t = "/schema/tables/0";
    check(
        "05_pk_clustered",
        &[
            (&format!("{t}/primary_key/name"), json!("PK_T")),
            (&format!("{t}/primary_key/clustering"), json!("clustered")),
            (
                &format!("{t}/primary_key/columns/0"),
                json!({"name": "Id", "descending": false}),
            ),
        ],
    );
    check(
        "06_pk_nonclustered",
        &[(
            &format!("{t}/primary_key/clustering"),
            json!("nonclustered"),
        )],
    );
    check(
        "06b_col_pk_clustered",
        &[
            (&format!("{t}/primary_key/clustering"), json!("clustered")),
            (&format!("{t}/primary_key/columns/0/name"), json!("Id")),
        ],
    );
    check(
        "06c_pk_with_options",
        &[
            (
                &format!("{t}/primary_key/options/0"),
                json!({"name": "PAD_INDEX", "value": "OFF"}),
            ),
            (
                &format!("{t}/primary_key/options/5"),
                json!({"name": "FILLFACTOR", "value": "90"}),
            ),
            (
                &format!("{t}/primary_key/storage"),
                json!({"filegroup": "PRIMARY"}),
            ),
            (
                &format!("{t}/options/storage"),
                json!({"filegroup": "PRIMARY"}),
            ),
        ],
    );
    check(
        "07_on_primary",
        &[(
            &format!("{t}/options/storage"),
            json!({"filegroup": "PRIMARY"}),
        )],
    );
    check(
        "07b_on_filegroup_plain",
        &[(
            &format!("{t}/options/storage"),
            json!({"filegroup": "FG_Data"}),
        )],
    );
    check(
        "08_textimage_on",
        &[(&format!("{t}/options/textimage_on"), json!("PRIMARY"))],
    );
    check(
        "15_memory_optimized",
        &[
            (&format!("{t}/options/memory_optimized"), json!(true)),
            (&format!("{t}/options/durability"), json!("SCHEMA_ONLY")),
            (
                &format!("{t}/primary_key/clustering"),
                json!("nonclustered"),
            ),
        ],
    );
    check(
        "15b_memory_optimized_only",
        &[(&format!("{t}/options/durability"), json!("SCHEMA_ONLY"))],
    );
    check(
        "17_pk_nonclustered_hash",
        &[
            (
                &format!("{t}/primary_key/clustering"),
                json!({"hash": {"bucket_count": 131072}}),
            ),
            (&format!("{t}/options/durability"), json!("SCHEMA_AND_DATA")),
        ],
    );
    check(
        "17b_col_pk_hash",
        &[
            (
                &format!("{t}/primary_key/clustering"),
                json!({"hash": {"bucket_count": 131072}}),
            ),
            (&format!("{t}/primary_key/columns/0/name"), json!("Id")),
        ],
    );
    check(
        "36_table_on_ps",
        &[(
            &format!("{t}/options/storage"),
            json!({"partition_scheme": {"scheme": "PS_Date", "column": "OrderDate"}}),
        )],
    );
    check(
        "53_constraint_with_index_options_default",
        &[
            (
                &format!("{t}/primary_key/options/0"),
                json!({"name": "FILLFACTOR", "value": "80"}),
            ),
            (
                &format!("{t}/primary_key/storage"),
                json!({"filegroup": "FG_Data"}),
            ),
        ],
    );
    check(
        "25_unique",
        &[
            (
                &format!("{t}/unique_constraints/0/columns/0/name"),
                json!("Email"),
            ),
            (
                &format!("{t}/unique_constraints/1/name"),
                json!("UQ_T_Code"),
            ),
            (
                &format!("{t}/unique_constraints/1/clustering"),
                json!("nonclustered"),
            ),
        ],
    );
    check(
        "14_rowguidcol",
        &[
            (&format!("{t}/columns/0/rowguidcol"), json!(true)),
            (
                &format!("{t}/columns/0/default/expression"),
                json!("NEWSEQUENTIALID()"),
            ),
            (
                &format!("{t}/unique_constraints/0/columns/0/name"),
                json!("Id"),
            ),
        ],
    );
}

#[test]
fn types_are_normalized() {
    let c = "/schema/tables/0/columns";
    check(
        "09_types_basic",
        &[
            (&format!("{c}/0/data_type/family"), json!("nvarchar")),
            (&format!("{c}/0/data_type/length"), json!("max")),
            (&format!("{c}/1/data_type/length"), json!("max")),
            (&format!("{c}/2/data_type/scale"), json!(7)),
            (&format!("{c}/3/data_type/precision"), json!(10)),
            (&format!("{c}/3/data_type/scale"), json!(6)),
            (
                &format!("{c}/5/data_type/family"),
                json!("uniqueidentifier"),
            ),
            (&format!("{c}/6/data_type/length"), json!({"chars": 10})),
            (&format!("{c}/8/data_type/family"), json!("real")),
        ],
    );
    check(
        "09b_types_bracketed",
        &[
            (&format!("{c}/0/data_type/raw"), json!("[nvarchar](max)")),
            (&format!("{c}/0/data_type/length"), json!("max")),
            (&format!("{c}/1/data_type/precision"), json!(18)),
            (&format!("{c}/1/data_type/scale"), json!(2)),
        ],
    );
    check(
        "09c_types_misc",
        &[
            (&format!("{c}/0/data_type/family"), json!("money")),
            (&format!("{c}/2/data_type/family"), json!("datetimeoffset")),
            (&format!("{c}/7/data_type/family"), json!("sqlvariant")),
            (&format!("{c}/8/data_type/family"), json!("hierarchyid")),
            (&format!("{c}/10/data_type/precision"), json!(53)),
            (&format!("{c}/11/data_type/family"), json!("nchar")),
        ],
    );
    check(
        "10_type_json",
        &[(&format!("{c}/0/data_type/family"), json!("json"))],
    );
    check(
        "11_type_vector",
        &[(&format!("{c}/0/data_type/length"), json!({"chars": 1536}))],
    );
    check(
        "11b_type_vector_float16",
        &[(&format!("{c}/0/data_type/args/0"), json!("float16"))],
    );
    check(
        "12_type_geometry",
        &[
            (&format!("{c}/0/data_type/family"), json!("geometry")),
            (&format!("{c}/2/data_type/family"), json!("geography")),
        ],
    );
    check(
        "12b_type_udt_alias",
        &[
            (
                &format!("{c}/0/data_type/family"),
                json!({"userdefined": "dbo.Name"}),
            ),
            (
                &format!("{c}/1/data_type/family"),
                json!({"userdefined": "Flag"}),
            ),
        ],
    );
}

#[test]
fn column_clauses() {
    let c = "/schema/tables/0/columns";
    check(
        "04_default_sysutcdatetime",
        &[
            (
                &format!("{c}/0/default/expression"),
                json!("SYSUTCDATETIME()"),
            ),
            (&format!("{c}/0/nullable"), json!(false)),
        ],
    );
    check(
        "13_filestream",
        &[(&format!("{c}/1/filestream"), json!(true))],
    );
    check(
        "18_computed_method",
        &[(
            &format!("{c}/2/computed/expression"),
            json!("(Path.STLength())"),
        )],
    );
    check(
        "18b_computed_simple_paren",
        &[
            (&format!("{c}/1/name"), json!("Total")),
            (&format!("{c}/1/computed/expression"), json!("(a)")),
            (&format!("{c}/1/data_type/family"), json!("unknown")),
        ],
    );
    check(
        "18c_computed_func",
        &[
            (
                &format!("{c}/3/computed/expression"),
                json!("(concat(a, b))"),
            ),
            (
                &format!("{c}/4/computed/expression"),
                json!("(json_query(c, N'$.Tags'))"),
            ),
        ],
    );
    check(
        "19_computed_static_persisted",
        &[(
            &format!("{c}/2/computed"),
            json!({"expression": "geometry::Point(X, Y, 0)", "persisted": true}),
        )],
    );
    check(
        "19b_computed_persisted_simple",
        &[
            (
                &format!("{c}/2/computed"),
                json!({"expression": "(Qty * Price)", "persisted": true}),
            ),
            (&format!("{c}/2/nullable"), json!(false)),
        ],
    );
    check(
        "19c_computed_no_parens",
        &[(&format!("{c}/2/computed/expression"), json!("a + b"))],
    );
    check(
        "20_temporal_row_start",
        &[
            (&format!("{c}/1/generated_always"), json!("row_start")),
            (&format!("{c}/2/generated_always"), json!("row_end")),
            (&format!("{c}/2/hidden"), json!(true)),
        ],
    );
    check(
        "20b_generated_row_start_only",
        &[(&format!("{c}/0/generated_always"), json!("row_start"))],
    );
    check(
        "25b_collate",
        &[
            (&format!("{c}/0/collation"), json!("Latin1_General_CI_AS")),
            (&format!("{c}/1/sparse"), json!(true)),
            (&format!("{c}/2/masked"), json!("email()")),
        ],
    );
    check(
        "25d_masked_only",
        &[(&format!("{c}/0/masked"), json!("email()"))],
    );
    check(
        "25e_encrypted_with",
        &[
            (&format!("{c}/0/collation"), json!("Latin1_General_BIN2")),
            (
                &format!("{c}/0/encrypted/column_encryption_key"),
                json!("CEK1"),
            ),
            (
                &format!("{c}/0/encrypted/encryption_type"),
                json!("DETERMINISTIC"),
            ),
            (
                &format!("{c}/0/encrypted/algorithm"),
                json!("AEAD_AES_256_CBC_HMAC_SHA_256"),
            ),
        ],
    );
}

#[test]
fn temporal_ledger_graph_and_filetable() {
    let o = "/schema/tables/0/options";
    check(
        "21_period_for_system_time",
        &[
            (
                &format!("{o}/period_for_system_time/start_column"),
                json!("ValidFrom"),
            ),
            (
                &format!("{o}/period_for_system_time/end_column"),
                json!("ValidTo"),
            ),
        ],
    );
    check(
        "21b_period_only",
        &[(
            &format!("{o}/period_for_system_time/end_column"),
            json!("ValidTo"),
        )],
    );
    check(
        "22_system_versioning",
        &[
            (&format!("{o}/system_versioning/enabled"), json!(true)),
            (
                &format!("{o}/system_versioning/history_table/name"),
                json!("X_History"),
            ),
        ],
    );
    check(
        "22b_system_versioning_only",
        &[
            (
                &format!("{o}/system_versioning/history_table/name"),
                json!("X_Archive"),
            ),
            (
                &format!("{o}/system_versioning/data_consistency_check"),
                json!(true),
            ),
        ],
    );
    check(
        "22c_system_versioning_history_only",
        &[(
            &format!("{o}/system_versioning/history_table/schema"),
            json!("dbo"),
        )],
    );
    check(
        "30b_table_data_compression",
        &[(&format!("{o}/data_compression"), json!("PAGE"))],
    );
    check(
        "46_graph_tables",
        &[
            (&format!("{o}/graph"), json!("node")),
            ("/schema/tables/1/options/graph", json!("edge")),
        ],
    );
    check(
        "47_ledger_table",
        &[(
            &format!("{o}/ledger"),
            json!({"enabled": true, "append_only": true}),
        )],
    );
    check(
        "51_create_table_as_filetable",
        &[
            (&format!("{o}/filetable"), json!(true)),
            (
                &format!("{o}/other/0"),
                json!({"name": "FILETABLE_DIRECTORY", "value": "'Docs'"}),
            ),
        ],
    );
    check(
        "52_temp_table",
        &[
            ("/schema/tables/0/is_temporary", json!(true)),
            ("/statement_log/1/kind/other", json!("declare table")),
            ("/statement_log/1/state", json!("skipped")),
        ],
    );
    // A table variable lives for one batch: it is not a table of the schema.
    assert_eq!(parse_file("52_temp_table").schema.tables.len(), 1);
}

#[test]
fn foreign_keys_and_checks() {
    let t = "/schema/tables/0";
    check(
        "23_fk_cascade",
        &[
            (
                &format!("{t}/foreign_keys/0/name"),
                json!("FK_Child_Parent"),
            ),
            (&format!("{t}/foreign_keys/0/columns"), json!(["ParentId"])),
            (
                &format!("{t}/foreign_keys/0/referenced_table/name"),
                json!("Parent"),
            ),
            (
                &format!("{t}/foreign_keys/0/referenced_columns"),
                json!(["Id"]),
            ),
            (&format!("{t}/foreign_keys/0/on_delete"), json!("cascade")),
        ],
    );
    check(
        "23b_fk_column_level",
        &[
            (&format!("{t}/foreign_keys/0/columns"), json!(["ParentId"])),
            (&format!("{t}/foreign_keys/0/on_update"), json!("no_action")),
            (
                &format!("{t}/foreign_keys/0/not_for_replication"),
                json!(true),
            ),
        ],
    );
    check(
        "23c_fk_column_references",
        &[(&format!("{t}/foreign_keys/0/on_delete"), json!("set_null"))],
    );
    check(
        "23d_fk_not_for_replication_table",
        &[(
            &format!("{t}/foreign_keys/0/not_for_replication"),
            json!(true),
        )],
    );
    check(
        "24_check_in",
        &[
            (&format!("{t}/checks/0/name"), json!("CK_Status")),
            (
                &format!("{t}/checks/0/expression"),
                json!("(Status IN ('a','b'))"),
            ),
            (&format!("{t}/checks/0/columns"), json!(["Status"])),
        ],
    );
    check(
        "24b_check_column",
        &[(
            &format!("{t}/checks/0/expression"),
            json!("(Status IN (N'a', N'b'))"),
        )],
    );
}

#[test]
fn create_index_kinds_and_clauses() {
    let i = "/schema/tables/0/indexes/0";
    check(
        "16_inline_hash_index",
        &[
            (&format!("{i}/name"), json!("ix_Cust")),
            (&format!("{i}/kind"), json!("hash")),
            (&format!("{i}/origin"), json!("inline")),
            (
                &format!("{i}/options/0"),
                json!({"name": "BUCKET_COUNT", "value": "1000000"}),
            ),
        ],
    );
    check(
        "16b_inline_index_nonclustered",
        &[(&format!("{i}/name"), json!("IX_Sensor"))],
    );
    check(
        "16c_inline_index_column",
        &[(&format!("{i}/columns/0/name"), json!("a"))],
    );
    check(
        "16d_inline_index_plain",
        &[(&format!("{i}/columns/0/name"), json!("a"))],
    );
    check(
        "26_create_index_include_where",
        &[
            (&format!("{i}/unique"), json!(true)),
            (&format!("{i}/kind"), json!("nonclustered")),
            (
                &format!("{i}/columns/0"),
                json!({"name": "a", "descending": true}),
            ),
            (&format!("{i}/include"), json!(["b", "c"])),
            (&format!("{i}/filter"), json!("IsActive = 1")),
        ],
    );
    check(
        "26b_create_index_clustered",
        &[(&format!("{i}/kind"), json!("clustered"))],
    );
    check(
        "26c_create_index_ssms",
        &[
            // SORT_IN_TEMPDB, DROP_EXISTING and ONLINE say how it was built: not kept.
            (
                &format!("{i}/options"),
                json!([
                    {"name": "PAD_INDEX", "value": "OFF"},
                    {"name": "STATISTICS_NORECOMPUTE", "value": "OFF"},
                    {"name": "ALLOW_ROW_LOCKS", "value": "ON"},
                    {"name": "ALLOW_PAGE_LOCKS", "value": "ON"},
                ]),
            ),
            (&format!("{i}/storage"), json!({"filegroup": "PRIMARY"})),
        ],
    );
    check(
        "26d_create_index_plain_include_where",
        &[(&format!("{i}/filter"), json!("IsActive = 1"))],
    );
    check(
        "26e_create_unique_index",
        &[(&format!("{i}/unique"), json!(true))],
    );
    check(
        "26f_create_index_with_on_fg",
        &[(&format!("{i}/options/0/name"), json!("FILLFACTOR"))],
    );
    check(
        "27_nc_columnstore",
        &[
            (&format!("{i}/kind"), json!("nonclustered_columnstore")),
            (&format!("{i}/columns/1/name"), json!("b")),
        ],
    );
    check(
        "28_clustered_columnstore",
        &[(&format!("{i}/kind"), json!("clustered_columnstore"))],
    );
    check(
        "28b_clustered_columnstore_order",
        &[
            (
                &format!("{i}/extra/0"),
                json!({"name": "ORDER", "value": "(a)"}),
            ),
            (
                &format!("{i}/options/1"),
                json!({"name": "DATA_COMPRESSION", "value": "COLUMNSTORE_ARCHIVE"}),
            ),
        ],
    );
    check(
        "29_spatial_index",
        &[
            (&format!("{i}/kind"), json!("spatial")),
            (
                &format!("{i}/extra/0"),
                json!({"name": "USING", "value": "GEOMETRY_AUTO_GRID"}),
            ),
            (
                &format!("{i}/options/0"),
                json!({"name": "BOUNDING_BOX", "value": "(0, 0, 10000, 10000)"}),
            ),
            (
                &format!("{i}/options/1"),
                json!({"name": "CELLS_PER_OBJECT", "value": "64"}),
            ),
        ],
    );
    check(
        "30_index_data_compression",
        &[(&format!("{i}/options/0/value"), json!("PAGE"))],
    );
    check(
        "30c_index_on_ps",
        &[(
            &format!("{i}/storage"),
            json!({"partition_scheme": {"scheme": "PS_Date", "column": "OrderDate"}}),
        )],
    );
    check(
        "49_json_index",
        &[
            (&format!("{i}/kind"), json!("json")),
            (
                &format!("{i}/extra/0"),
                json!({"name": "FOR", "value": "('$.customer.id')"}),
            ),
        ],
    );
    check(
        "50_vector_index",
        &[
            (&format!("{i}/kind"), json!("vector")),
            (
                &format!("{i}/options/0"),
                json!({"name": "METRIC", "value": "'cosine'"}),
            ),
        ],
    );
}

#[test]
fn alter_table_merges_into_placeholders() {
    let t = "/schema/tables/0";
    check(
        "31_alter_add_column",
        &[
            (&format!("{t}/external"), json!(true)),
            (&format!("{t}/columns/0/name"), json!("Notes")),
            (&format!("{t}/columns/1/default/expression"), json!("0")),
            (&format!("{t}/columns/1/nullable"), json!(false)),
        ],
    );
    check(
        "32_alter_add_constraint",
        &[
            (
                &format!("{t}/foreign_keys/0/name"),
                json!("FK_Child_Parent"),
            ),
            (&format!("{t}/foreign_keys/0/nocheck"), json!(false)),
        ],
    );
    check(
        "32e_alter_add_pk",
        &[(&format!("{t}/primary_key/clustering"), json!("clustered"))],
    );
    check(
        "32f_alter_alter_column",
        &[
            (
                &format!("{t}/columns/0/data_type/length"),
                json!({"chars": 100}),
            ),
            (&format!("{t}/columns/0/nullable"), json!(false)),
        ],
    );
    check(
        "32g_alter_set_sysver",
        &[(
            &format!("{t}/options/system_versioning/history_table/name"),
            json!("X_History"),
        )],
    );
    check(
        "33_alter_rebuild",
        &[(&format!("{t}/options/data_compression"), json!("PAGE"))],
    );
    check(
        "48_lock_escalation",
        &[(&format!("{t}/options/lock_escalation"), json!("AUTO"))],
    );
}

#[test]
fn other_objects() {
    check(
        "34_partition_function",
        &[
            ("/schema/partition_functions/0/range", json!("right")),
            (
                "/schema/partition_functions/0/boundaries",
                json!(["'2024-01-01'", "'2025-01-01'"]),
            ),
            (
                "/schema/partition_functions/0/input_type/family",
                json!("date"),
            ),
        ],
    );
    check(
        "35_partition_scheme",
        &[
            ("/schema/partition_schemes/0/function", json!("PF_Date")),
            ("/schema/partition_schemes/0/all_to", json!(true)),
            ("/schema/partition_schemes/0/filegroups", json!(["PRIMARY"])),
        ],
    );
    check(
        "43_create_type_table",
        &[
            (
                "/schema/user_types/0/table/primary_key/columns/0/name",
                json!("Id"),
            ),
            (
                "/schema/user_types/1/base_type/length",
                json!({"chars": 50}),
            ),
            ("/schema/user_types/1/nullable", json!(true)),
        ],
    );
    check(
        "44_create_sequence",
        &[
            ("/schema/sequences/0/start", json!("1")),
            ("/schema/sequences/0/min_value", json!("-2147483648")),
            ("/schema/sequences/0/no_cache", json!(true)),
            ("/schema/sequences/0/data_type/family", json!("int")),
        ],
    );
    check(
        "44b_create_sequence_simple",
        &[("/schema/sequences/0/increment", json!("1"))],
    );
    check("45_create_schema", &[("/schema/schemas", json!(["Sales"]))]);
    check(
        "42_exec_extended_property",
        &[(
            "/schema/extended_properties/0/levels/1",
            json!(["TABLE", "Customer"]),
        )],
    );
    check(
        "55_create_view",
        &[("/schema/views/0/name/name", json!("V"))],
    );
    check(
        "40_if_not_exists_create",
        &[("/schema/tables/0/name/name", json!("T"))],
    );
    check(
        "37b_set_multi_no_semicolon",
        &[
            ("/statements/total", json!(3)),
            ("/statements/skipped", json!(2)),
            ("/schema/tables/0/name/name", json!("T")),
        ],
    );
    check(
        "38_comments",
        &[
            (
                "/schema/tables/0/comments/2/text",
                json!("header\n   /* nested */ still comment"),
            ),
            (
                "/schema/tables/0/columns/0/comments/0/text",
                json!("trailing comment"),
            ),
        ],
    );
    check(
        "39b_create_procedure_complex",
        &[("/statement_log/0/kind", json!("procedure"))],
    );
}
