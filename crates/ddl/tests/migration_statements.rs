//! The statements a migration script uses, in each dialect, change the model: parsing
//! `OLD` followed by one migration statement must give the model the new schema has.
//! Each case parses a small old script plus the statement and asserts what changed.

#![allow(clippy::unwrap_used)]

use schema_audit_ddl::{
    parse, Dialect, ParseOutput, QualifiedName, StatementState, Table, TypeFamily,
};

/// Parses `old` then `statement` and checks every statement was understood (or harmlessly
/// skipped) and nothing was reported.
fn apply(dialect: Dialect, old: &str, statement: &str) -> ParseOutput {
    let script = format!("{old}\n{statement}\n");
    let out = parse(&script, dialect);
    for record in &out.statement_log {
        assert!(
            matches!(
                record.state,
                StatementState::Understood | StatementState::Skipped
            ),
            "{statement}: {:?} is {:?}: {:?}",
            record.kind,
            record.state,
            out.diagnostics
        );
    }
    let problems: Vec<_> = out
        .diagnostics
        .iter()
        .filter(|d| d.code != "DDL006")
        .collect();
    assert!(problems.is_empty(), "{statement}: {problems:?}");
    out
}

fn pg(old: &str, statement: &str) -> ParseOutput {
    apply(Dialect::Postgres, old, statement)
}

fn my(old: &str, statement: &str) -> ParseOutput {
    apply(Dialect::MySql, old, statement)
}

fn ms(old: &str, statement: &str) -> ParseOutput {
    apply(Dialect::MsSql, old, statement)
}

/// The table `schema.name` (or bare `name`).
fn table<'a>(out: &'a ParseOutput, name: &str) -> &'a Table {
    let qualified = match name.split_once('.') {
        Some((schema, bare)) => QualifiedName {
            database: None,
            schema: Some(schema.to_string()),
            name: bare.to_string(),
        },
        None => QualifiedName::bare(name),
    };
    out.schema
        .table(&qualified)
        .unwrap_or_else(|| panic!("no table `{name}` in {:?}", table_names(out)))
}

fn table_names(out: &ParseOutput) -> Vec<String> {
    out.schema
        .tables
        .iter()
        .map(|t| t.name.to_string())
        .collect()
}

fn columns(t: &Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.name.as_str()).collect()
}

fn index_names(t: &Table) -> Vec<Option<&str>> {
    t.indexes.iter().map(|i| i.name.as_deref()).collect()
}

/// The model of `old + statement` equals the model of `new`, ignoring spans and comments.
fn same_model(dialect: Dialect, old: &str, statement: &str, new: &str) {
    let migrated = apply(dialect, old, statement);
    let expected = parse(new, dialect);
    assert_eq!(
        normalized(&migrated),
        normalized(&expected),
        "{statement} does not give the new model"
    );
}

/// The model as JSON without spans, which depend on where a statement was written.
fn normalized(out: &ParseOutput) -> serde_json::Value {
    fn strip(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("span");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(&out.schema).unwrap();
    strip(&mut value);
    value
}

// PostgreSQL

const PG_OLD: &str = "
CREATE TABLE s.parent (id int PRIMARY KEY, code varchar(10) UNIQUE, note text);
CREATE TABLE s.child (
    id int PRIMARY KEY,
    parent_id int REFERENCES s.parent (id),
    amount int CHECK (amount > 0),
    code varchar(10)
);
CREATE INDEX ON s.child (code);
CREATE INDEX child_amount_ix ON s.child (amount);
";

#[test]
fn pg_rename_column_follows_into_referencing_foreign_keys() {
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.parent RENAME COLUMN id TO parent_key;",
    );
    let parent = table(&out, "s.parent");
    assert_eq!(columns(parent), ["parent_key", "code", "note"]);
    assert_eq!(
        parent.primary_key.as_ref().unwrap().columns[0].name,
        "parent_key"
    );
    let fk = &table(&out, "s.child").foreign_keys[0];
    assert_eq!(fk.referenced_columns, ["parent_key"]);
}

#[test]
fn pg_rename_column_renames_it_in_keys_indexes_and_checks() {
    let out = pg(PG_OLD, "ALTER TABLE s.child RENAME COLUMN amount TO total;");
    let child = table(&out, "s.child");
    assert_eq!(columns(child), ["id", "parent_id", "total", "code"]);
    assert_eq!(child.indexes[1].columns[0].name, "total");
    assert_eq!(child.checks[0].columns, ["total"]);
}

#[test]
fn pg_rename_column_leaves_string_literals_alone() {
    same_model(
        Dialect::Postgres,
        "CREATE TABLE s.t (a text CHECK (a <> 'a'), b int GENERATED ALWAYS AS (length(a)) STORED);",
        "ALTER TABLE s.t RENAME COLUMN a TO \"Big A\";",
        "CREATE TABLE s.t (\"Big A\" text CHECK (\"Big A\" <> 'a'), b int GENERATED ALWAYS AS (length(\"Big A\")) STORED);",
    );
}

#[test]
fn pg_rename_constraint_and_its_generated_name() {
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.child RENAME CONSTRAINT child_parent_id_fkey TO child_parent_fk;",
    );
    let fk = &table(&out, "s.child").foreign_keys[0];
    assert_eq!(fk.name.as_deref(), Some("child_parent_fk"));
}

#[test]
fn pg_quoted_names_rename_as_written() {
    let out = pg(
        "CREATE TABLE \"S\".\"T\" (\"A\" int PRIMARY KEY);\nCREATE TABLE s.r (a int REFERENCES \"S\".\"T\" (\"A\"));",
        "ALTER TABLE \"S\".\"T\" RENAME COLUMN \"A\" TO \"B\";\nALTER TABLE \"S\".\"T\" RENAME TO \"U\";",
    );
    assert_eq!(columns(table(&out, "S.U")), ["B"]);
    let fk = &table(&out, "s.r").foreign_keys[0];
    assert_eq!(
        (
            fk.referenced_table.to_string(),
            fk.referenced_columns.clone()
        ),
        ("S.U".to_string(), vec!["B".to_string()])
    );
}

#[test]
fn pg_rename_table_keeps_its_schema_and_references_follow() {
    let out = pg(PG_OLD, "ALTER TABLE s.parent RENAME TO mother;");
    assert_eq!(table_names(&out), ["s.mother", "s.child"]);
    let fk = &table(&out, "s.child").foreign_keys[0];
    assert_eq!(fk.referenced_table.to_string(), "s.mother");
}

#[test]
fn pg_rename_index_finds_it_in_the_schema() {
    let out = pg(
        PG_OLD,
        "ALTER INDEX s.child_amount_ix RENAME TO child_total_ix;",
    );
    assert_eq!(
        index_names(table(&out, "s.child")),
        [None, Some("child_total_ix")]
    );
}

#[test]
fn pg_alter_column_type_with_using() {
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.parent ALTER COLUMN note TYPE varchar(20) USING note::varchar(20);",
    );
    let note = table(&out, "s.parent").column("note").unwrap();
    assert_eq!(note.data_type.family, TypeFamily::VarChar);
    assert_eq!(note.data_type.raw.to_ascii_lowercase(), "varchar(20)");
}

#[test]
fn pg_alter_column_type_keeps_nullability_and_default() {
    let old = "CREATE TABLE s.t (c int NOT NULL DEFAULT 0);";
    same_model(
        Dialect::Postgres,
        old,
        "ALTER TABLE s.t ALTER COLUMN c TYPE bigint;",
        "CREATE TABLE s.t (c bigint NOT NULL DEFAULT 0);",
    );
}

#[test]
fn pg_nullability_and_default() {
    let old = "CREATE TABLE s.t (c int);";
    let out = pg(
        old,
        "ALTER TABLE s.t ALTER COLUMN c SET NOT NULL;\nALTER TABLE s.t ALTER COLUMN c SET DEFAULT 7;",
    );
    let c = table(&out, "s.t").column("c").unwrap();
    assert!(!c.nullable);
    assert_eq!(c.default.as_ref().unwrap().expression, "7");
    let out = pg(
        "CREATE TABLE s.t (c int NOT NULL DEFAULT 7);",
        "ALTER TABLE s.t ALTER COLUMN c DROP NOT NULL;\nALTER TABLE s.t ALTER COLUMN c DROP DEFAULT;",
    );
    let c = table(&out, "s.t").column("c").unwrap();
    assert!(c.nullable);
    assert!(c.default.is_none());
}

#[test]
fn pg_not_valid_then_validate_equals_a_plain_foreign_key() {
    let old = "CREATE TABLE s.p (id int PRIMARY KEY);\nCREATE TABLE s.c (p int);";
    let add =
        "ALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (p) REFERENCES s.p (id) NOT VALID;";
    let out = pg(old, add);
    assert!(table(&out, "s.c").foreign_keys[0].nocheck);
    same_model(
        Dialect::Postgres,
        old,
        &format!("{add}\nALTER TABLE s.c VALIDATE CONSTRAINT c_p_fk;"),
        &format!(
            "{old}\nALTER TABLE s.c ADD CONSTRAINT c_p_fk FOREIGN KEY (p) REFERENCES s.p (id);"
        ),
    );
}

#[test]
fn pg_rename_index_of_a_key_renames_the_key() {
    let out = pg(
        PG_OLD,
        "ALTER INDEX s.parent_code_key RENAME TO parent_code_uq;",
    );
    let key = &table(&out, "s.parent").unique_constraints[0];
    assert_eq!(key.name.as_deref(), Some("parent_code_uq"));
}

#[test]
fn pg_create_index_concurrently() {
    let out = pg(
        PG_OLD,
        "CREATE INDEX CONCURRENTLY child_note_ix ON s.child (code);\nCREATE UNIQUE INDEX CONCURRENTLY child_u ON s.child (amount);",
    );
    let child = table(&out, "s.child");
    assert_eq!(
        index_names(child),
        [
            None,
            Some("child_amount_ix"),
            Some("child_note_ix"),
            Some("child_u")
        ]
    );
    assert!(child.indexes[3].unique);
    same_model(
        Dialect::Postgres,
        "CREATE TABLE s.t (c int);",
        "CREATE INDEX CONCURRENTLY i ON s.t (c);",
        "CREATE TABLE s.t (c int);\nCREATE INDEX i ON s.t (c);",
    );
}

#[test]
fn pg_drop_index_plain_and_concurrently() {
    let out = pg(
        PG_OLD,
        "DROP INDEX CONCURRENTLY IF EXISTS s.child_amount_ix;",
    );
    assert_eq!(index_names(table(&out, "s.child")), [None]);
    let out = pg(PG_OLD, "DROP INDEX s.child_amount_ix;");
    assert_eq!(index_names(table(&out, "s.child")), [None]);
}

#[test]
fn pg_drop_index_by_generated_name() {
    let out = pg(PG_OLD, "DROP INDEX s.child_code_idx;");
    assert_eq!(
        index_names(table(&out, "s.child")),
        [Some("child_amount_ix")]
    );
}

#[test]
fn pg_drop_constraints_by_generated_names() {
    let out = pg(PG_OLD, "ALTER TABLE s.child DROP CONSTRAINT child_pkey;");
    assert!(table(&out, "s.child").primary_key.is_none());
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.child DROP CONSTRAINT child_parent_id_fkey;",
    );
    assert!(table(&out, "s.child").foreign_keys.is_empty());
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.child DROP CONSTRAINT child_amount_check;",
    );
    assert!(table(&out, "s.child").checks.is_empty());
    let out = pg(
        PG_OLD,
        "ALTER TABLE s.parent DROP CONSTRAINT parent_code_key;",
    );
    assert!(table(&out, "s.parent").unique_constraints.is_empty());
    let out = pg(
        "CREATE TABLE s.t (a int, b int, CHECK (a < b), UNIQUE (a, b));",
        "ALTER TABLE s.t DROP CONSTRAINT t_check;\nALTER TABLE s.t DROP CONSTRAINT t_a_b_key;",
    );
    assert!(table(&out, "s.t").checks.is_empty());
    assert!(table(&out, "s.t").unique_constraints.is_empty());
}

#[test]
fn a_name_neither_given_nor_generated_is_still_reported() {
    for (dialect, old, statement) in [
        (
            Dialect::Postgres,
            PG_OLD,
            "ALTER TABLE s.child DROP CONSTRAINT child_note_key;",
        ),
        (
            Dialect::MySql,
            MY_OLD,
            "ALTER TABLE child DROP FOREIGN KEY child_ibfk_4;",
        ),
        (
            Dialect::MySql,
            MY_OLD,
            "ALTER TABLE child DROP INDEX qty_3;",
        ),
    ] {
        let out = parse(&format!("{old}\n{statement}"), dialect);
        assert!(
            out.diagnostics.iter().any(|d| d.code == "DDL007"),
            "{statement}: {:?}",
            out.diagnostics
        );
    }
}

#[test]
fn pg_drop_named_constraints() {
    let old = "CREATE TABLE s.p (id int);\nCREATE TABLE s.t (a int, b int,
        CONSTRAINT t_pk PRIMARY KEY (a), CONSTRAINT t_u UNIQUE (b),
        CONSTRAINT t_f FOREIGN KEY (b) REFERENCES s.p (id), CONSTRAINT t_c CHECK (a > 0));";
    let out = pg(
        old,
        "ALTER TABLE s.t DROP CONSTRAINT t_pk;\nALTER TABLE s.t DROP CONSTRAINT t_u;\nALTER TABLE s.t DROP CONSTRAINT t_f;\nALTER TABLE s.t DROP CONSTRAINT t_c;",
    );
    let t = table(&out, "s.t");
    assert!(t.primary_key.is_none());
    assert!(t.unique_constraints.is_empty() && t.foreign_keys.is_empty() && t.checks.is_empty());
}

#[test]
fn pg_drop_table_and_column_in_a_transaction() {
    let out = pg(
        PG_OLD,
        "BEGIN;\nALTER TABLE s.child DROP COLUMN code;\nDROP TABLE s.parent;\nCOMMIT;",
    );
    assert_eq!(table_names(&out), ["s.child"]);
    assert_eq!(
        columns(table(&out, "s.child")),
        ["id", "parent_id", "amount"]
    );
}

// MySQL

const MY_OLD: &str = "
CREATE TABLE parent (id int NOT NULL, code varchar(10), PRIMARY KEY (id), UNIQUE KEY (code));
CREATE TABLE child (
    id int NOT NULL PRIMARY KEY,
    parent_id int,
    other_id int,
    qty int DEFAULT 1,
    note varchar(10),
    KEY (note),
    UNIQUE KEY (qty),
    UNIQUE KEY (qty, note),
    FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT child_other_fk FOREIGN KEY (other_id) REFERENCES parent (id),
    FOREIGN KEY (other_id) REFERENCES parent (id),
    CONSTRAINT qty_positive CHECK (qty > 0)
);
";

#[test]
fn my_modify_column_replaces_the_definition_in_place() {
    let out = my(
        MY_OLD,
        "ALTER TABLE child MODIFY COLUMN qty bigint NOT NULL;",
    );
    let child = table(&out, "child");
    assert_eq!(
        columns(child),
        ["id", "parent_id", "other_id", "qty", "note"]
    );
    let qty = child.column("qty").unwrap();
    assert_eq!(qty.data_type.family, TypeFamily::BigInt);
    assert!(!qty.nullable);
    assert!(qty.default.is_none());
}

#[test]
fn my_change_column_renames_and_redefines() {
    let out = my(
        MY_OLD,
        "ALTER TABLE parent CHANGE COLUMN id parent_id bigint NOT NULL;",
    );
    let parent = table(&out, "parent");
    assert_eq!(columns(parent), ["parent_id", "code"]);
    assert_eq!(parent.columns[0].data_type.family, TypeFamily::BigInt);
    assert_eq!(
        parent.primary_key.as_ref().unwrap().columns[0].name,
        "parent_id"
    );
    let fk = &table(&out, "child").foreign_keys[0];
    assert_eq!(fk.referenced_columns, ["parent_id"]);
}

#[test]
fn my_renames() {
    let out = my(MY_OLD, "ALTER TABLE child RENAME COLUMN note TO remark;");
    assert_eq!(table(&out, "child").indexes[0].columns[0].name, "remark");
    let out = my(MY_OLD, "ALTER TABLE parent RENAME TO mother;");
    assert_eq!(
        table(&out, "child").foreign_keys[0].referenced_table.name,
        "mother"
    );
    let out = my(MY_OLD, "RENAME TABLE parent TO mother;");
    assert_eq!(table_names(&out), ["mother", "child"]);
    assert_eq!(
        table(&out, "child").foreign_keys[2].referenced_table.name,
        "mother"
    );
    let out = my(
        "CREATE TABLE t (c int, KEY ix_c (c));",
        "ALTER TABLE t RENAME INDEX ix_c TO ix_c2;",
    );
    assert_eq!(index_names(table(&out, "t")), [Some("ix_c2")]);
    // An unnamed key is renamed by the name MySQL gave it.
    let out = my(
        "CREATE TABLE t (c int, KEY (c));",
        "ALTER TABLE t RENAME INDEX c TO ix_c, ALGORITHM=INPLACE, LOCK=NONE;",
    );
    assert_eq!(index_names(table(&out, "t")), [Some("ix_c")]);
}

#[test]
fn my_column_positions() {
    let old = "CREATE TABLE t (a int, b int, c int);";
    let out = my(old, "ALTER TABLE t ADD COLUMN d int AFTER a;");
    assert_eq!(columns(table(&out, "t")), ["a", "d", "b", "c"]);
    let out = my(old, "ALTER TABLE t MODIFY COLUMN c bigint FIRST;");
    assert_eq!(columns(table(&out, "t")), ["c", "a", "b"]);
    let out = my(old, "ALTER TABLE t CHANGE COLUMN a z int AFTER c;");
    assert_eq!(columns(table(&out, "t")), ["b", "c", "z"]);
}

#[test]
fn added_columns_bring_their_inline_keys() {
    let out = pg(
        "CREATE TABLE s.p (id int PRIMARY KEY);\nCREATE TABLE s.t (a int);",
        "ALTER TABLE s.t ADD COLUMN p int REFERENCES s.p (id), ADD COLUMN u int UNIQUE CHECK (u > 0);",
    );
    let t = table(&out, "s.t");
    assert_eq!(t.foreign_keys[0].columns, ["p"]);
    assert_eq!(t.unique_constraints.len(), 1);
    assert_eq!(t.checks[0].columns, ["u"]);
}

#[test]
fn my_modify_of_a_primary_key_column_keeps_it_not_null() {
    same_model(
        Dialect::MySql,
        "CREATE TABLE t (a int NOT NULL, PRIMARY KEY (a));",
        "ALTER TABLE t MODIFY COLUMN a bigint;",
        "CREATE TABLE t (a bigint, PRIMARY KEY (a));",
    );
}

#[test]
fn my_algorithm_and_lock_clauses_after_each_operation() {
    let old = "CREATE TABLE t (a int, b int DEFAULT 1, c int, KEY ix_b (b));";
    for (statement, check) in [
        (
            "ALTER TABLE t ADD INDEX ix_a (a), ALGORITHM=INPLACE, LOCK=NONE;",
            (|t: &Table| t.indexes.len() == 2) as fn(&Table) -> bool,
        ),
        (
            "ALTER TABLE t ADD COLUMN d int, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.columns.len() == 4,
        ),
        (
            "ALTER TABLE t DROP COLUMN c, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.columns.len() == 2,
        ),
        (
            "ALTER TABLE t DROP INDEX ix_b, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.indexes.is_empty(),
        ),
        (
            "ALTER TABLE t RENAME COLUMN c TO e, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.column("e").is_some(),
        ),
        (
            "ALTER TABLE t ALTER COLUMN a SET DEFAULT 5, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.column("a").unwrap().default.is_some(),
        ),
        (
            "ALTER TABLE t ALTER COLUMN b DROP DEFAULT, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.column("b").unwrap().default.is_none(),
        ),
        (
            "ALTER TABLE t ADD UNIQUE KEY u_a (a), ALGORITHM=INPLACE, LOCK=NONE;",
            |t| t.unique_constraints.len() == 1,
        ),
        (
            "ALTER TABLE t MODIFY COLUMN a bigint NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;",
            |t| !t.column("a").unwrap().nullable,
        ),
    ] {
        let out = my(old, statement);
        assert!(check(table(&out, "t")), "{statement}");
    }
}

#[test]
fn my_several_operations_in_one_alter_all_apply() {
    let out = my(
        "CREATE TABLE t (a int, b int, KEY ix_b (b));",
        "ALTER TABLE t ADD COLUMN c int, DROP INDEX ix_b, ADD INDEX ix_c (c), MODIFY COLUMN a bigint NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;",
    );
    let t = table(&out, "t");
    assert_eq!(columns(t), ["a", "b", "c"]);
    assert_eq!(index_names(t), [Some("ix_c")]);
    assert!(!t.column("a").unwrap().nullable);
}

#[test]
fn my_drops_by_name() {
    let out = my(MY_OLD, "DROP INDEX note ON child;");
    assert!(table(&out, "child").indexes.is_empty());
    let out = my(MY_OLD, "ALTER TABLE child DROP FOREIGN KEY child_other_fk;");
    assert_eq!(table(&out, "child").foreign_keys.len(), 2);
    let out = my(MY_OLD, "ALTER TABLE child DROP PRIMARY KEY;");
    assert!(table(&out, "child").primary_key.is_none());
    let out = my(MY_OLD, "ALTER TABLE child DROP CHECK qty_positive;");
    assert!(table(&out, "child").checks.is_empty());
    let out = my(MY_OLD, "ALTER TABLE child DROP CONSTRAINT qty_positive;");
    assert!(table(&out, "child").checks.is_empty());
}

#[test]
fn my_drop_foreign_key_keeps_the_index_of_the_same_name() {
    let old = "CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (a int, KEY fk_a (a), CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES p (id));";
    let out = my(old, "ALTER TABLE t DROP FOREIGN KEY fk_a;");
    let t = table(&out, "t");
    assert!(t.foreign_keys.is_empty());
    assert_eq!(index_names(t), [Some("fk_a")]);
    let out = my(old, "ALTER TABLE t DROP INDEX fk_a;");
    let t = table(&out, "t");
    assert_eq!(t.foreign_keys.len(), 1);
    assert!(t.indexes.is_empty());
}

#[test]
fn my_drops_by_generated_names() {
    // The unnamed foreign keys are child_ibfk_1 and (counting the named one) child_ibfk_3.
    let out = my(MY_OLD, "ALTER TABLE child DROP FOREIGN KEY child_ibfk_1;");
    let names: Vec<_> = table(&out, "child")
        .foreign_keys
        .iter()
        .map(|f| f.columns[0].as_str())
        .collect();
    assert_eq!(names, ["other_id", "other_id"]);
    let out = my(MY_OLD, "ALTER TABLE child DROP FOREIGN KEY child_ibfk_3;");
    assert_eq!(table(&out, "child").foreign_keys.len(), 2);
    assert_eq!(table(&out, "child").foreign_keys[0].columns, ["parent_id"]);
    // Unnamed keys are named after their first column: qty, then qty_2.
    let out = my(MY_OLD, "ALTER TABLE child DROP INDEX qty_2;");
    let uniques = &table(&out, "child").unique_constraints;
    assert_eq!(uniques.len(), 1);
    assert_eq!(uniques[0].columns.len(), 1);
    let out = my(MY_OLD, "ALTER TABLE child DROP INDEX note;");
    assert!(table(&out, "child").indexes.is_empty());
    let out = my(MY_OLD, "ALTER TABLE parent DROP INDEX code;");
    assert!(table(&out, "parent").unique_constraints.is_empty());
}

#[test]
fn my_adds() {
    let out = my(
        "CREATE TABLE p (id int);\nCREATE TABLE t (a int NOT NULL, b int);",
        "ALTER TABLE t ADD PRIMARY KEY (a);\nALTER TABLE t ADD CONSTRAINT t_b UNIQUE (b);\nALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (b) REFERENCES p (id);",
    );
    let t = table(&out, "t");
    assert!(t.primary_key.is_some());
    assert_eq!(t.unique_constraints[0].name.as_deref(), Some("t_b"));
    assert_eq!(t.foreign_keys[0].name.as_deref(), Some("t_fk"));
}

// T-SQL

const MS_OLD: &str = "
CREATE TABLE dbo.Parent (Id int NOT NULL CONSTRAINT PK_Parent PRIMARY KEY, Code int);
GO
CREATE TABLE dbo.[Order Details] (
    Id int NOT NULL PRIMARY KEY,
    ParentId int REFERENCES dbo.Parent (Id),
    Qty int DEFAULT (1) CHECK (Qty > 0),
    Code int UNIQUE
);
GO
CREATE INDEX IX_Old ON dbo.[Order Details] (Qty);
GO
";

#[test]
fn ms_sp_rename_column_follows_into_foreign_keys() {
    for statement in [
        "EXEC sp_rename N'dbo.Parent.Id', N'ParentKey', N'COLUMN';",
        "EXECUTE sp_rename 'dbo.Parent.Id', 'ParentKey', 'COLUMN';",
        "EXEC sp_rename @objname = N'[dbo].[Parent].[Id]', @newname = N'ParentKey', @objtype = N'COLUMN';",
        "EXEC dbo.sp_rename N'Parent.Id', N'ParentKey', 'COLUMN'",
    ] {
        let out = ms(MS_OLD, statement);
        let parent = table(&out, "dbo.Parent");
        assert_eq!(columns(parent), ["ParentKey", "Code"], "{statement}");
        let fk = &table(&out, "dbo.Order Details").foreign_keys[0];
        assert_eq!(fk.referenced_columns, ["ParentKey"], "{statement}");
    }
}

#[test]
fn ms_sp_rename_bracketed_column_of_a_spaced_table() {
    let out = ms(
        MS_OLD,
        "EXEC sp_rename N'[dbo].[Order Details].[Qty]', N'Quantity', N'COLUMN';",
    );
    let details = table(&out, "dbo.Order Details");
    assert_eq!(columns(details), ["Id", "ParentId", "Quantity", "Code"]);
    assert_eq!(details.indexes[0].columns[0].name, "Quantity");
    assert_eq!(details.checks[0].columns, ["Quantity"]);
}

#[test]
fn ms_sp_rename_table_keeps_its_schema() {
    let out = ms(MS_OLD, "EXEC sp_rename N'dbo.Parent', N'Mother';");
    assert_eq!(table_names(&out), ["dbo.Mother", "dbo.Order Details"]);
    let fk = &table(&out, "dbo.Order Details").foreign_keys[0];
    assert_eq!(fk.referenced_table.name, "Mother");
}

#[test]
fn ms_sp_rename_of_a_constraint() {
    let out = ms(
        "CREATE TABLE dbo.T (A int CONSTRAINT DF_T_A DEFAULT (0), CONSTRAINT CK_T_A CHECK (A > 0));",
        "EXEC sp_rename N'dbo.CK_T_A', N'CK_T_A2';\nEXEC sp_rename N'[dbo].[DF_T_A]', N'DF_T_A2', N'OBJECT';",
    );
    let t = table(&out, "dbo.T");
    assert_eq!(t.checks[0].name.as_deref(), Some("CK_T_A2"));
    let default = t.columns[0].default.as_ref().unwrap();
    assert_eq!(default.constraint_name.as_deref(), Some("DF_T_A2"));
}

#[test]
fn ms_sp_rename_index() {
    let out = ms(
        MS_OLD,
        "EXEC sp_rename N'dbo.[Order Details].IX_Old', N'IX_New', N'INDEX';",
    );
    assert_eq!(
        index_names(table(&out, "dbo.Order Details")),
        [Some("IX_New")]
    );
}

#[test]
fn ms_sp_rename_index_of_a_primary_key_renames_the_key() {
    let out = ms(
        MS_OLD,
        "EXEC sp_rename N'dbo.Parent.PK_Parent', N'PK_Mother', N'INDEX';",
    );
    let pk = table(&out, "dbo.Parent").primary_key.as_ref().unwrap();
    assert_eq!(pk.name.as_deref(), Some("PK_Mother"));
}

#[test]
fn ms_sp_rename_shapes_not_understood_stay_skipped() {
    let out = parse(
        &format!("{MS_OLD}\nEXEC sp_rename @objname;\nEXEC sp_rename N'dbo.Parent', N'X', N'USERDATATYPE';"),
        Dialect::MsSql,
    );
    assert_eq!(table_names(&out), ["dbo.Parent", "dbo.Order Details"]);
    let last = out.statement_log.last().unwrap();
    assert_eq!(last.state, StatementState::Skipped);
}

#[test]
fn ms_add_default_for_column() {
    let out = ms(
        "CREATE TABLE dbo.T (A int, B int);",
        "ALTER TABLE dbo.T ADD DEFAULT (0) FOR A;\nALTER TABLE dbo.T ADD CONSTRAINT DF_T_B DEFAULT (1) FOR B;",
    );
    let t = table(&out, "dbo.T");
    let a = t.column("A").unwrap().default.as_ref().unwrap();
    assert_eq!(
        (a.expression.as_str(), a.constraint_name.as_deref()),
        ("(0)", None)
    );
    let b = t.column("B").unwrap().default.as_ref().unwrap();
    assert_eq!(b.constraint_name.as_deref(), Some("DF_T_B"));
}

#[test]
fn ms_online_is_not_kept_in_the_model() {
    same_model(
        Dialect::MsSql,
        "CREATE TABLE dbo.T (A int NOT NULL, B int);",
        "CREATE INDEX IX_B ON dbo.T (B) WITH (ONLINE = ON, SORT_IN_TEMPDB = ON, MAXDOP = 2, FILLFACTOR = 80);",
        "CREATE TABLE dbo.T (A int NOT NULL, B int);\nCREATE INDEX IX_B ON dbo.T (B) WITH (FILLFACTOR = 80);",
    );
    same_model(
        Dialect::MsSql,
        "CREATE TABLE dbo.T (A int NOT NULL, B int);",
        "ALTER TABLE dbo.T ADD CONSTRAINT PK_T PRIMARY KEY CLUSTERED (A) WITH (ONLINE = ON);",
        "CREATE TABLE dbo.T (A int NOT NULL, B int, CONSTRAINT PK_T PRIMARY KEY CLUSTERED (A));",
    );
    same_model(
        Dialect::MsSql,
        "CREATE TABLE dbo.T (A int NOT NULL, B int);",
        "ALTER TABLE dbo.T ALTER COLUMN B int NOT NULL WITH (ONLINE = ON);",
        "CREATE TABLE dbo.T (A int NOT NULL, B int NOT NULL);",
    );
}

#[test]
fn ms_plain_drops_adds_and_alters() {
    let out = ms(
        MS_OLD,
        "BEGIN TRANSACTION;
DROP INDEX [IX_Old] ON [dbo].[Order Details];
ALTER TABLE dbo.Parent ADD CONSTRAINT UQ_Parent_Code UNIQUE NONCLUSTERED (Code) WITH (ONLINE = ON);
ALTER TABLE dbo.[Order Details] ALTER COLUMN Code bigint NULL;
ALTER TABLE dbo.[Order Details] DROP COLUMN Code;
COMMIT TRANSACTION;
GO
ALTER TABLE [dbo].[Parent] DROP CONSTRAINT [PK_Parent];
GO",
    );
    let details = table(&out, "dbo.Order Details");
    assert!(details.indexes.is_empty());
    assert_eq!(columns(details), ["Id", "ParentId", "Qty"]);
    let parent = table(&out, "dbo.Parent");
    assert!(parent.primary_key.is_none());
    assert!(parent.unique_constraints[0].options.is_empty());
}

fn default_lookup(table: &str, column: &str) -> String {
    format!(
        "DECLARE @default sysname = (SELECT d.name FROM sys.default_constraints AS d JOIN sys.columns AS c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id WHERE d.parent_object_id = OBJECT_ID(N'{table}') AND c.name = N'{column}');
IF @default IS NOT NULL EXEC (N'ALTER TABLE {table} DROP CONSTRAINT ' + QUOTENAME(@default));
GO"
    )
}

#[test]
fn ms_lookup_drop_of_a_default() {
    for name in ["dbo.[Order Details]", "[dbo].[Order Details]"] {
        let out = ms(MS_OLD, &default_lookup(name, "Qty"));
        let details = table(&out, "dbo.Order Details");
        assert!(details.column("Qty").unwrap().default.is_none(), "{name}");
        let last = out.statement_log.last().unwrap();
        assert_eq!(last.state, StatementState::Understood);
    }
}

#[test]
fn ms_lookup_drop_with_doubled_quotes() {
    let out = ms(
        "CREATE TABLE dbo.[O'Brien] (A int DEFAULT (0));",
        &default_lookup("[dbo].[O''Brien]", "A"),
    );
    assert!(table(&out, "dbo.O'Brien").columns[0].default.is_none());
}

#[test]
fn ms_lookup_drop_of_keys() {
    let pk = "DECLARE @constraint sysname = (SELECT k.name FROM sys.key_constraints AS k WHERE k.parent_object_id = OBJECT_ID(N'dbo.[Order Details]') AND k.type = 'PK');
IF @constraint IS NOT NULL EXEC (N'ALTER TABLE dbo.[Order Details] DROP CONSTRAINT ' + QUOTENAME(@constraint));
GO";
    let out = ms(MS_OLD, pk);
    assert!(table(&out, "dbo.Order Details").primary_key.is_none());
    let uq = "DECLARE @constraint sysname = (SELECT k.name FROM sys.key_constraints AS k WHERE k.parent_object_id = OBJECT_ID(N'dbo.[Order Details]') AND k.type = 'UQ' AND k.unique_index_id IN (SELECT ic.index_id FROM sys.index_columns AS ic JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE ic.object_id = OBJECT_ID(N'dbo.[Order Details]') AND c.name = N'Code'));
IF @constraint IS NOT NULL EXEC (N'ALTER TABLE dbo.[Order Details] DROP CONSTRAINT ' + QUOTENAME(@constraint));
GO";
    let out = ms(MS_OLD, uq);
    let details = table(&out, "dbo.Order Details");
    assert!(details.unique_constraints.is_empty());
    assert!(details.primary_key.is_some());
}

#[test]
fn ms_lookup_drop_of_a_foreign_key_and_a_check() {
    let fk = "DECLARE @constraint sysname = (SELECT TOP (1) f.name FROM sys.foreign_keys AS f JOIN sys.foreign_key_columns AS fc ON fc.constraint_object_id = f.object_id JOIN sys.columns AS c ON c.object_id = fc.parent_object_id AND c.column_id = fc.parent_column_id WHERE f.parent_object_id = OBJECT_ID(N'dbo.[Order Details]') AND f.referenced_object_id = OBJECT_ID(N'dbo.Parent') AND c.name = N'ParentId');
IF @constraint IS NOT NULL EXEC (N'ALTER TABLE dbo.[Order Details] DROP CONSTRAINT ' + QUOTENAME(@constraint));
GO";
    let out = ms(MS_OLD, fk);
    assert!(table(&out, "dbo.Order Details").foreign_keys.is_empty());
    let check = "DECLARE @constraint sysname = (SELECT k.name FROM sys.check_constraints AS k JOIN sys.columns AS c ON c.object_id = k.parent_object_id AND c.column_id = k.parent_column_id WHERE k.parent_object_id = OBJECT_ID(N'dbo.[Order Details]') AND c.name = N'Qty');
IF @constraint IS NOT NULL EXEC (N'ALTER TABLE dbo.[Order Details] DROP CONSTRAINT ' + QUOTENAME(@constraint));
GO";
    let out = ms(MS_OLD, check);
    let details = table(&out, "dbo.Order Details");
    assert!(details.checks.is_empty());
    assert!(details.column("Qty").unwrap().default.is_some());
}

#[test]
fn ms_lookup_naming_another_table_in_its_exec_is_not_read() {
    let script = format!(
        "{MS_OLD}\n{}",
        default_lookup("dbo.[Order Details]", "Qty").replace(
            "EXEC (N'ALTER TABLE dbo.[Order Details]",
            "EXEC (N'ALTER TABLE dbo.Parent"
        )
    );
    let out = parse(&script, Dialect::MsSql);
    let details = table(&out, "dbo.Order Details");
    assert!(details.column("Qty").unwrap().default.is_some());
    let last = out.statement_log.last().unwrap();
    assert_eq!(last.state, StatementState::Skipped);
}

#[test]
fn ms_other_declares_are_still_reported_as_before() {
    let script = format!(
        "{MS_OLD}\nDECLARE @x sysname = (SELECT name FROM sys.tables WHERE name = N'Parent');\nIF @x IS NOT NULL EXEC (N'DROP TABLE dbo.Parent');\nGO"
    );
    let out = parse(&script, Dialect::MsSql);
    assert!(out.schema.tables.len() == 2);
    assert!(out.schema.table(&QualifiedName::bare("Parent")).is_some());
}

#[test]
fn postgres_keeps_no_unique_that_repeats_the_primary_key() {
    let out = parse(
        "CREATE TABLE a (id int PRIMARY KEY, UNIQUE (id));\nCREATE TABLE b (id int, CONSTRAINT b_u UNIQUE (id), PRIMARY KEY (id), UNIQUE (id, x), x int);",
        Dialect::Postgres,
    );
    let a = &out.schema.tables[0];
    assert!(a.unique_constraints.is_empty());
    assert_eq!(a.primary_key.as_ref().unwrap().name, None);
    let b = &out.schema.tables[1];
    assert_eq!(b.unique_constraints.len(), 1, "the two-column key stays");
    assert_eq!(b.primary_key.as_ref().unwrap().name.as_deref(), Some("b_u"));
    // Only PostgreSQL does this.
    let mysql = parse(
        "CREATE TABLE a (id int PRIMARY KEY, UNIQUE (id));",
        Dialect::MySql,
    );
    assert_eq!(mysql.schema.tables[0].unique_constraints.len(), 1);
}

#[test]
fn postgres_renames_to_the_name_it_gives_a_renamed_table_change_nothing() {
    let out = pg(
        "CREATE TABLE order_notes (id int PRIMARY KEY);",
        "ALTER TABLE order_notes RENAME TO order_comments;\nALTER TABLE order_comments RENAME CONSTRAINT order_notes_pkey TO order_comments_pkey;",
    );
    let t = &out.schema.tables[0];
    assert_eq!(t.name.name, "order_comments");
    assert_eq!(t.primary_key.as_ref().unwrap().name, None);
}

#[test]
fn tsql_drops_an_index_of_a_memory_optimized_table_through_alter_table() {
    let out = apply(
        Dialect::MsSql,
        "CREATE TABLE dbo.P (Id int NOT NULL PRIMARY KEY NONCLUSTERED, N int NOT NULL, INDEX IX_N NONCLUSTERED (N)) WITH (MEMORY_OPTIMIZED = ON);",
        "ALTER TABLE dbo.P DROP INDEX IX_N;",
    );
    assert!(out.schema.tables[0].indexes.is_empty());
    assert_eq!(
        out.schema.tables[0].columns.len(),
        2,
        "no column was dropped"
    );
}

#[test]
fn my_table_options_and_character_set_conversion() {
    let old = "CREATE TABLE t (id int PRIMARY KEY, name varchar(50)) ENGINE=MyISAM DEFAULT CHARSET=latin1;";
    let out = my(
        old,
        "ALTER TABLE t ENGINE=InnoDB, ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8;",
    );
    let options = &table(&out, "t").options;
    assert_eq!(options.engine.as_deref(), Some("InnoDB"));
    assert_eq!(options.row_format.as_deref(), Some("COMPRESSED"));
    assert_eq!(options.key_block_size.as_deref(), Some("8"));
    let out = my(
        old,
        "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
    );
    let options = &table(&out, "t").options;
    assert_eq!(options.charset.as_deref(), Some("utf8mb4"));
    assert_eq!(options.collation.as_deref(), Some("utf8mb4_unicode_ci"));
    // Options beside another operation.
    let out = my(old, "ALTER TABLE t ADD COLUMN x int, ROW_FORMAT=DYNAMIC;");
    assert!(table(&out, "t").column("x").is_some());
    assert_eq!(
        table(&out, "t").options.row_format.as_deref(),
        Some("DYNAMIC")
    );
}
