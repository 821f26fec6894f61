//! What a migration says and in what order, per dialect. Whether migrations reach their
//! target is proven by the oracles in `tests/tests/migration_*.rs`.

use schema_audit::migrate::{diff_sources, MigrateOptions, Migration, StepKind};
use schema_audit::Dialect;

fn diff(old: &str, new: &str, dialect: Dialect, allow_data_loss: bool) -> Migration {
    diff_sources(
        old,
        new,
        &MigrateOptions {
            dialect,
            allow_data_loss,
        },
    )
}

/// The script's lines that are statements (not comments or blank).
fn statements(sql: &str) -> Vec<&str> {
    sql.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("--"))
        .collect()
}

fn kinds(m: &Migration) -> Vec<StepKind> {
    m.steps.iter().map(|s| s.kind).collect()
}

#[test]
fn the_same_schema_needs_no_step() {
    for (dialect, ddl) in [
        (Dialect::MsSql, "CREATE TABLE dbo.T (Id int NOT NULL PRIMARY KEY, Name nvarchar(50) NULL DEFAULT ((N'x')));"),
        (Dialect::Postgres, "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) DEFAULT 'x');\nCREATE INDEX t_name ON t (name);"),
        (Dialect::MySql, "CREATE TABLE t (id int NOT NULL, name varchar(50), PRIMARY KEY (id), KEY t_name (name)) ENGINE=InnoDB;"),
    ] {
        let m = diff(ddl, ddl, dialect, false);
        assert!(m.is_empty(), "{dialect}: {:?}", m.steps);
        assert!(statements(&m.sql).is_empty(), "{}", m.sql);
        assert!(m.sql.contains("nothing to run"), "{}", m.sql);
    }
}

#[test]
fn steps_that_lose_data_are_listed_and_left_out_unless_allowed() {
    let old = "CREATE TABLE t (id int PRIMARY KEY, note varchar(50), code varchar(20));\nCREATE TABLE gone (id int PRIMARY KEY);";
    let new = "CREATE TABLE t (id int PRIMARY KEY, code varchar(10));";
    let m = diff(old, new, Dialect::Postgres, false);
    assert_eq!(m.data_loss.len(), 3, "{:?}", m.data_loss);
    assert!(m
        .data_loss
        .iter()
        .any(|d| d.contains("drops column t.note")));
    assert!(m.data_loss.iter().any(|d| d.contains("drops table gone")));
    assert!(m.data_loss.iter().any(|d| d.contains("t.code")));
    let live = statements(&m.sql);
    assert!(!live.iter().any(|l| l.contains("DROP")), "{}", m.sql);
    assert!(m.sql.contains("--allow-data-loss"), "{}", m.sql);
    assert!(
        m.sql.contains("-- ALTER TABLE t DROP COLUMN note;"),
        "{}",
        m.sql
    );

    let allowed = diff(old, new, Dialect::Postgres, true);
    let live = statements(&allowed.sql);
    assert!(
        live.contains(&"ALTER TABLE t DROP COLUMN note;"),
        "{}",
        allowed.sql
    );
    assert!(live.contains(&"DROP TABLE gone;"), "{}", allowed.sql);
    assert!(allowed.sql.contains("WARNING: this migration loses data"));
}

#[test]
fn widening_is_safe_and_narrowing_is_not() {
    let old = "CREATE TABLE t (id int PRIMARY KEY, a varchar(20), b int);";
    let new = "CREATE TABLE t (id int PRIMARY KEY, a varchar(40), b bigint);";
    let m = diff(old, new, Dialect::MySql, false);
    assert!(m.data_loss.is_empty(), "{:?}", m.data_loss);
    assert_eq!(
        kinds(&m),
        vec![StepKind::AlterColumn, StepKind::AlterColumn]
    );
    let back = diff(new, old, Dialect::MySql, false);
    assert_eq!(back.data_loss.len(), 2, "{:?}", back.data_loss);
}

#[test]
fn tsql_batches_end_with_go_and_online_operations_say_what_they_need() {
    let old = "CREATE TABLE dbo.[Order Details] (Id int NOT NULL CONSTRAINT PK_OD PRIMARY KEY, Qty smallint NOT NULL DEFAULT ((1)));";
    let new = "CREATE TABLE dbo.[Order Details] (Id int NOT NULL CONSTRAINT PK_OD PRIMARY KEY, Qty int NOT NULL DEFAULT ((1)));\nCREATE INDEX IX_Qty ON dbo.[Order Details] (Qty);";
    let m = diff(old, new, Dialect::MsSql, false);
    let live = statements(&m.sql);
    assert_eq!(
        live.iter().filter(|l| **l == "GO").count(),
        m.steps.len(),
        "{}",
        m.sql
    );
    // The default SQL Server named itself is found by its column, dropped, and added back
    // after the column changes.
    assert!(m.sql.contains("sys.default_constraints"), "{}", m.sql);
    assert!(
        live.contains(
            &"ALTER TABLE dbo.[Order Details] ALTER COLUMN Qty int NOT NULL WITH (ONLINE = ON);"
        ),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER TABLE dbo.[Order Details] ADD DEFAULT ((1)) FOR Qty;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(
            &"CREATE NONCLUSTERED INDEX IX_Qty ON dbo.[Order Details] (Qty) WITH (ONLINE = ON);"
        ),
        "{}",
        m.sql
    );
    assert!(m.sql.contains("Enterprise"), "{}", m.sql);
    let order = kinds(&m);
    let position = |k| {
        order
            .iter()
            .position(|x| *x == k)
            .expect("the step is there")
    };
    assert!(position(StepKind::DropDefault) < position(StepKind::AlterColumn));
    assert!(position(StepKind::AlterColumn) < position(StepKind::SetDefault));
}

#[test]
fn tsql_drops_an_index_and_key_on_a_column_before_altering_it_and_recreates_them() {
    let old = "CREATE TABLE dbo.A (Id int NOT NULL CONSTRAINT PK_A PRIMARY KEY);\nCREATE TABLE dbo.B (Id int NOT NULL CONSTRAINT PK_B PRIMARY KEY, AId int NOT NULL CONSTRAINT FK_B_A REFERENCES dbo.A (Id));\nCREATE INDEX IX_B_A ON dbo.B (AId);";
    let new = "CREATE TABLE dbo.A (Id bigint NOT NULL CONSTRAINT PK_A PRIMARY KEY);\nCREATE TABLE dbo.B (Id int NOT NULL CONSTRAINT PK_B PRIMARY KEY, AId bigint NOT NULL CONSTRAINT FK_B_A REFERENCES dbo.A (Id));\nCREATE INDEX IX_B_A ON dbo.B (AId);";
    let m = diff(old, new, Dialect::MsSql, false);
    let live = statements(&m.sql);
    let at = |needle: &str| {
        live.iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no `{needle}` in\n{}", m.sql))
    };
    assert!(at("DROP CONSTRAINT FK_B_A") < at("DROP CONSTRAINT PK_A"));
    assert!(at("DROP CONSTRAINT PK_A") < at("ALTER COLUMN Id bigint"));
    assert!(at("DROP INDEX IX_B_A") < at("ALTER COLUMN AId bigint"));
    assert!(at("ALTER COLUMN AId bigint") < at("CREATE NONCLUSTERED INDEX IX_B_A"));
    assert!(at("ADD CONSTRAINT PK_A") < at("ADD CONSTRAINT FK_B_A"));
    assert!(!live.iter().any(|l| l.contains("PK_B")), "{}", m.sql);
}

#[test]
fn postgres_builds_indexes_concurrently_and_validates_after_the_transaction() {
    let old = "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int, qty int);";
    let new = "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id), qty int CHECK (qty > 0));\nCREATE INDEX b_a ON b (a_id);";
    let m = diff(old, new, Dialect::Postgres, false);
    let live = statements(&m.sql);
    let at = |needle: &str| {
        live.iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no `{needle}` in\n{}", m.sql))
    };
    assert!(at("BEGIN;") < at("NOT VALID"));
    assert!(at("ADD FOREIGN KEY (a_id) REFERENCES a (id) NOT VALID;") < at("COMMIT;"));
    assert!(at("COMMIT;") < at("CREATE INDEX CONCURRENTLY b_a ON b (a_id);"));
    assert!(at("COMMIT;") < at("VALIDATE CONSTRAINT b_a_id_fkey;"));
    assert!(at("COMMIT;") < at("VALIDATE CONSTRAINT b_qty_check;"));
}

#[test]
fn mysql_changes_innodb_makes_in_place_say_so() {
    let old = "CREATE TABLE t (id int NOT NULL, a int, b int, PRIMARY KEY (id), KEY t_b (b)) ENGINE=InnoDB;";
    let new = "CREATE TABLE t (id int NOT NULL, a int, b int, c int, PRIMARY KEY (id), KEY t_a (a)) ENGINE=InnoDB;";
    let m = diff(old, new, Dialect::MySql, false);
    let live = statements(&m.sql);
    assert!(
        live.contains(&"ALTER TABLE t ADD KEY t_a (a), ALGORITHM=INPLACE, LOCK=NONE;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER TABLE t DROP INDEX t_b, ALGORITHM=INPLACE, LOCK=NONE;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER TABLE t ADD COLUMN c INT, ALGORITHM=INPLACE, LOCK=NONE;"),
        "{}",
        m.sql
    );
}

#[test]
fn a_new_not_null_column_without_a_default_is_backfilled_before_it_is_required() {
    let old = "CREATE TABLE t (id int PRIMARY KEY);";
    let new = "CREATE TABLE t (id int PRIMARY KEY, tenant_id int NOT NULL);";
    let m = diff(old, new, Dialect::Postgres, false);
    assert_eq!(
        kinds(&m),
        vec![
            StepKind::AddColumn,
            StepKind::Backfill,
            StepKind::SetNotNull
        ]
    );
    let live = statements(&m.sql);
    assert!(
        live.contains(&"ALTER TABLE t ADD COLUMN tenant_id INT NULL;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER TABLE t ALTER COLUMN tenant_id SET NOT NULL;"),
        "{}",
        m.sql
    );
    assert!(m.sql.contains("-- UPDATE t SET tenant_id ="), "{}", m.sql);
    // With a default, existing rows get it: one step.
    let with_default = "CREATE TABLE t (id int PRIMARY KEY, tenant_id int NOT NULL DEFAULT 0);";
    assert_eq!(
        kinds(&diff(old, with_default, Dialect::Postgres, false)),
        vec![StepKind::AddColumn]
    );
}

#[test]
fn renames_keep_data_and_are_said_to_be_assumed() {
    let old = "CREATE TABLE people (id int PRIMARY KEY, name varchar(50) NOT NULL);\nCREATE INDEX people_name ON people (name);";
    let new = "CREATE TABLE persons (id int PRIMARY KEY, full_name varchar(50) NOT NULL);\nCREATE INDEX persons_full_name ON persons (full_name);";
    let m = diff(old, new, Dialect::Postgres, false);
    assert_eq!(
        kinds(&m),
        vec![
            StepKind::RenameTable,
            StepKind::RenameColumn,
            StepKind::RenameIndex,
            StepKind::RenameConstraint
        ],
        "{}",
        m.sql
    );
    assert!(m.data_loss.is_empty());
    let live = statements(&m.sql);
    assert!(
        live.contains(&"ALTER TABLE people RENAME TO persons;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER TABLE persons RENAME COLUMN name TO full_name;"),
        "{}",
        m.sql
    );
    assert!(
        live.contains(&"ALTER INDEX people_name RENAME TO persons_full_name;"),
        "{}",
        m.sql
    );
    // PostgreSQL named the key after the table; a new schema's would have the new name.
    assert!(
        live.contains(&"ALTER TABLE persons RENAME CONSTRAINT people_pkey TO persons_pkey;"),
        "{}",
        m.sql
    );
    assert!(m.sql.contains("taken as a rename"));
    let tsql = diff(
        "CREATE TABLE dbo.[Order Details] (Id int NOT NULL, [Old Name] int NULL);",
        "CREATE TABLE dbo.[Order Details] (Id int NOT NULL, NewName int NULL);",
        Dialect::MsSql,
        false,
    );
    assert!(
        tsql.sql
            .contains("EXEC sp_rename N'dbo.[Order Details].[Old Name]', N'NewName', N'COLUMN';"),
        "{}",
        tsql.sql
    );
}

#[test]
fn new_tables_come_after_the_tables_they_reference() {
    let old = "CREATE TABLE a (id int PRIMARY KEY);";
    let new = "CREATE TABLE c (id int PRIMARY KEY, b_id int REFERENCES b (id));\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));\nCREATE TABLE a (id int PRIMARY KEY);";
    let m = diff(old, new, Dialect::Postgres, false);
    let b = m.sql.find("CREATE TABLE b").expect("b created");
    let c = m.sql.find("CREATE TABLE c").expect("c created");
    assert!(b < c, "{}", m.sql);
    // c's key to b (created just before) stays in CREATE TABLE; b's to a is added after.
    assert!(
        m.sql[c..].contains("FOREIGN KEY (b_id) REFERENCES b (id)"),
        "{}",
        m.sql
    );
    assert!(
        m.sql
            .contains("ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a (id);"),
        "{}",
        m.sql
    );
}

#[test]
fn what_cannot_be_migrated_is_a_manual_step_not_silence() {
    let old = "CREATE TABLE dbo.T (Id int NOT NULL PRIMARY KEY, N int NULL) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);";
    let new = "CREATE TABLE dbo.T (Id int NOT NULL PRIMARY KEY, N int NULL) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_AND_DATA);";
    let m = diff(old, new, Dialect::MsSql, false);
    assert_eq!(kinds(&m), vec![StepKind::Manual], "{}", m.sql);
    assert!(
        m.sql.contains("-- MANUAL: table options of dbo.T"),
        "{}",
        m.sql
    );
    assert!(m.sql.contains("DURABILITY"), "{}", m.sql);
    assert!(statements(&m.sql).iter().all(|l| *l == "GO"), "{}", m.sql);
}

#[test]
fn every_step_of_a_revision_migration_reads_back_in_its_dialect() {
    for (dialect, ddl) in [
        (Dialect::MsSql, "CREATE TABLE dbo.Orders (OrderId int NOT NULL, CustomerId int NOT NULL, Notes nvarchar(max) NULL, Status varchar(20) NULL);\nCREATE TABLE dbo.Customers (CustomerId int NOT NULL PRIMARY KEY, Email varchar(200) NULL);"),
        (Dialect::Postgres, "CREATE TABLE orders (order_id int, customer_id int NOT NULL, created timestamp, status varchar(20));\nCREATE TABLE customers (customer_id serial PRIMARY KEY, email varchar(200));"),
        (Dialect::MySql, "CREATE TABLE orders (order_id int, customer_id int NOT NULL, created datetime, status varchar(20)) ENGINE=MyISAM DEFAULT CHARSET=latin1;\nCREATE TABLE customers (customer_id int NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(200)) ENGINE=InnoDB;"),
    ] {
        let options = schema_audit::AuditOptions { dialect, ..Default::default() };
        let report = schema_audit::audit(ddl, &options);
        let m = &report.migration;
        assert!(!m.is_empty(), "{dialect}: the revision changes something");
        let parsed = schema_audit_ddl::parse(&m.sql, dialect);
        let errors: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == schema_audit_ddl::DiagnosticSeverity::Error)
            .collect();
        assert!(errors.is_empty(), "{dialect}: {errors:?}\n{}", m.sql);
        let md = schema_audit::render(&report, schema_audit::Format::Markdown);
        let tail = &md[md.rfind("## Migration").expect("the report ends with the migration")..];
        assert!(tail.contains(&m.sql), "{dialect}");
    }
}

#[test]
fn what_the_front_end_cannot_read_is_named_in_the_header() {
    let old = "CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE broken (id int,, x);";
    let new = "CREATE TABLE t (id int PRIMARY KEY, note text);";
    let m = diff(old, new, Dialect::Postgres, false);
    assert!(!m.unread.is_empty());
    assert!(
        m.unread.iter().all(|u| u.starts_with("old line 2:")),
        "{:?}",
        m.unread
    );
    assert!(m.sql.contains("-- NOT COVERED:"), "{}", m.sql);
    assert!(m.sql.contains("--   - old line 2:"), "{}", m.sql);
}

#[test]
fn identity_changes_are_made_in_place_where_the_server_can() {
    // PostgreSQL: a serial becomes an identity that starts after the existing values.
    let old = "CREATE TABLE t (id serial PRIMARY KEY, v text);";
    let new = "CREATE TABLE t (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);";
    let m = diff(old, new, Dialect::Postgres, false);
    assert_eq!(
        statements(&m.sql),
        vec![
            "BEGIN;",
            "ALTER TABLE t ALTER COLUMN id DROP DEFAULT;",
            "DROP SEQUENCE t_id_seq;",
            "ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;",
            "SELECT setval(pg_get_serial_sequence('t', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM t;",
            "COMMIT;",
        ],
        "{}",
        m.sql
    );
    // ALWAYS and BY DEFAULT trade places; an identity can also stop.
    let old = "CREATE TABLE a (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\nCREATE TABLE b (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);";
    let new = "CREATE TABLE a (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY);";
    let m = diff(old, new, Dialect::Postgres, false);
    let lines = statements(&m.sql);
    assert!(
        lines.contains(&"ALTER TABLE a ALTER COLUMN id SET GENERATED BY DEFAULT;"),
        "{}",
        m.sql
    );
    assert!(
        lines.contains(&"ALTER TABLE b ALTER COLUMN id DROP IDENTITY;"),
        "{}",
        m.sql
    );
    assert!(
        !m.steps.iter().any(|s| s.kind == StepKind::Manual),
        "{}",
        m.sql
    );

    // MySQL restates the column with AUTO_INCREMENT.
    let old = "CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));";
    let new = "CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, PRIMARY KEY (id));";
    let m = diff(old, new, Dialect::MySql, false);
    assert_eq!(
        statements(&m.sql),
        vec!["ALTER TABLE t MODIFY COLUMN id INT NOT NULL AUTO_INCREMENT;"],
        "{}",
        m.sql
    );

    // SQL Server cannot: a manual step says how.
    let old = "CREATE TABLE dbo.T (Id int NOT NULL PRIMARY KEY);";
    let new = "CREATE TABLE dbo.T (Id int IDENTITY(1,1) NOT NULL PRIMARY KEY);";
    let m = diff(old, new, Dialect::MsSql, false);
    assert_eq!(kinds(&m), vec![StepKind::Manual], "{}", m.sql);
    assert!(m.sql.contains("IDENTITY_INSERT"), "{}", m.sql);
}

#[test]
fn an_unnamed_element_meets_the_named_one_the_server_would_have_made() {
    // pg_dump names every constraint; a hand-written script leaves them unnamed.
    let old = "CREATE TABLE p (id int NOT NULL, CONSTRAINT p_pkey PRIMARY KEY (id));\n\
               CREATE TABLE c (id int NOT NULL, p_id int, CONSTRAINT c_pkey PRIMARY KEY (id), \
               CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p (id), \
               CONSTRAINT c_p_id_key UNIQUE (p_id));\nCREATE INDEX c_p_id_idx ON c (p_id);";
    let new = "CREATE TABLE p (id int PRIMARY KEY);\n\
               CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id) UNIQUE);\n\
               CREATE INDEX ON c (p_id);";
    let m = diff(old, new, Dialect::Postgres, false);
    assert!(m.is_empty(), "{}", m.sql);
    // A name the server would not have given is a different element.
    let renamed = old.replace("c_p_id_fkey", "fk_c_p");
    let m = diff(&renamed, new, Dialect::Postgres, false);
    assert_eq!(
        kinds(&m),
        vec![
            StepKind::DropForeignKey,
            StepKind::AddForeignKey,
            StepKind::ValidateConstraint
        ],
        "{}",
        m.sql
    );
    // mysqldump's `t_ibfk_1` is the unnamed foreign key.
    let old = "CREATE TABLE p (id int NOT NULL, PRIMARY KEY (id));\n\
               CREATE TABLE c (id int NOT NULL, p_id int, PRIMARY KEY (id), KEY p_id (p_id), \
               CONSTRAINT c_ibfk_1 FOREIGN KEY (p_id) REFERENCES p (id));";
    let new = "CREATE TABLE p (id int NOT NULL, PRIMARY KEY (id));\n\
               CREATE TABLE c (id int NOT NULL, p_id int, PRIMARY KEY (id), KEY (p_id), \
               FOREIGN KEY (p_id) REFERENCES p (id));";
    let m = diff(old, new, Dialect::MySql, false);
    assert!(m.is_empty(), "{}", m.sql);
}

#[test]
fn a_dump_diffs_cleanly_against_the_same_schema_written_by_hand() {
    // mysqldump writes DEFAULT NULL on every nullable column, names the foreign key's index
    // and the foreign key; a hand-written script says none of it, and the server keeps the same.
    let dump =
        "CREATE TABLE `p` (`id` int NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n\
                CREATE TABLE `c` (`id` int NOT NULL AUTO_INCREMENT, `p_id` int DEFAULT NULL, \
                `note` varchar(50) DEFAULT NULL, PRIMARY KEY (`id`), KEY `p_id` (`p_id`), \
                CONSTRAINT `c_ibfk_1` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`)) ENGINE=InnoDB;";
    let by_hand = "CREATE TABLE p (id int NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n\
                   CREATE TABLE c (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, p_id int, \
                   note varchar(50), FOREIGN KEY (p_id) REFERENCES p (id)) ENGINE=InnoDB;";
    for (old, new) in [(dump, by_hand), (by_hand, dump)] {
        let m = diff(old, new, Dialect::MySql, false);
        assert!(m.is_empty(), "{}", m.sql);
    }
    // The index goes when another one serves the foreign key.
    let served = by_hand.replace(
        "FOREIGN KEY (p_id)",
        "KEY ix_p_note (p_id, note), FOREIGN KEY (p_id)",
    );
    let m = diff(dump, &served, Dialect::MySql, false);
    let lines = statements(&m.sql);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("ALTER TABLE c DROP INDEX p_id")),
        "{}",
        m.sql
    );
    // pg_dump's `DEFAULT NULL::text` is no default either.
    let m = diff(
        "CREATE TABLE t (a text DEFAULT NULL::text, b int DEFAULT NULL);",
        "CREATE TABLE t (a text, b int);",
        Dialect::Postgres,
        false,
    );
    assert!(m.is_empty(), "{}", m.sql);
    // SQL Server makes a default constraint of DEFAULT NULL: dropping it is a step.
    let m = diff(
        "CREATE TABLE dbo.T (A int NULL CONSTRAINT DF_T_A DEFAULT NULL);",
        "CREATE TABLE dbo.T (A int NULL);",
        Dialect::MsSql,
        false,
    );
    assert_eq!(kinds(&m), vec![StepKind::DropDefault], "{}", m.sql);
}
