//! What each table is, judged from the DDL: one `check(sql, dialect, expected)` per case, in
//! the rust-analyzer style. The roles decide what the rules say, so each case also names a
//! rule that must stay silent or speak because of the role.

#![allow(clippy::unwrap_used)]

use schema_audit::roles::{RoleSource, TableRole};
use schema_audit::{audit, AuditOptions, Dialect, Report};

fn run(sql: &str, dialect: Dialect) -> Report {
    audit(
        sql,
        &AuditOptions {
            dialect,
            ..AuditOptions::default()
        },
    )
}

#[track_caller]
fn check(sql: &str, dialect: Dialect, expected: &[(&str, TableRole)]) {
    let report = run(sql, dialect);
    for (table, role) in expected {
        let t = report
            .table(table)
            .unwrap_or_else(|| panic!("no table {table}"));
        assert_eq!(
            t.role.role, *role,
            "{table}: {:?} because {:?}",
            t.role.role, t.role.evidence
        );
        assert!(!t.role.evidence.is_empty(), "{table} has no evidence");
    }
}

#[test]
fn oltp_roles() {
    check(
        "CREATE TABLE dbo.OrderStatus (StatusCode CHAR(3) PRIMARY KEY, Name NVARCHAR(50) NOT NULL);
         CREATE TABLE dbo.Customer (CustomerId INT IDENTITY PRIMARY KEY, Email NVARCHAR(254) NOT NULL,
             Name NVARCHAR(200) NOT NULL, Phone NVARCHAR(30) NULL, Notes NVARCHAR(MAX) NULL);
         CREATE TABLE dbo.CustomerProfile (CustomerId INT PRIMARY KEY REFERENCES dbo.Customer (CustomerId),
             Bio NVARCHAR(MAX) NULL);
         CREATE TABLE dbo.[Order] (OrderId INT IDENTITY PRIMARY KEY,
             CustomerId INT NOT NULL REFERENCES dbo.Customer (CustomerId),
             StatusCode CHAR(3) NOT NULL REFERENCES dbo.OrderStatus (StatusCode),
             OrderedAt DATETIME2(3) NOT NULL, Total DECIMAL(12, 2) NOT NULL);
         CREATE TABLE dbo.Tag (TagId INT IDENTITY PRIMARY KEY, Name NVARCHAR(50) NOT NULL);
         CREATE TABLE dbo.OrderTag (OrderId INT NOT NULL REFERENCES dbo.[Order] (OrderId),
             TagId INT NOT NULL REFERENCES dbo.Tag (TagId), PRIMARY KEY (OrderId, TagId));",
        Dialect::MsSql,
        &[
            ("dbo.OrderStatus", TableRole::Lookup),
            ("dbo.Customer", TableRole::Entity),
            ("dbo.CustomerProfile", TableRole::Extension),
            ("dbo.Order", TableRole::Entity),
            ("dbo.Tag", TableRole::Lookup),
            ("dbo.OrderTag", TableRole::Junction),
        ],
    );
}

#[test]
fn warehouse_roles() {
    check(
        "CREATE TABLE Dimension.City ([City Key] INT NOT NULL PRIMARY KEY, [WWI City ID] INT NOT NULL,
             City NVARCHAR(50) NOT NULL, [Valid From] DATETIME2(7) NOT NULL, [Valid To] DATETIME2(7) NOT NULL,
             [Lineage Key] INT NOT NULL);
         CREATE TABLE dbo.DimDate (DateKey INT PRIMARY KEY, FullDate DATE NOT NULL);
         CREATE TABLE Fact.Sale ([Sale Key] BIGINT NOT NULL, [City Key] INT NOT NULL, [Invoice Date Key] DATE NOT NULL,
             Quantity INT NOT NULL, [Total Excluding Tax] DECIMAL(18, 2) NOT NULL, [Lineage Key] INT NOT NULL);
         CREATE TABLE dbo.FactOrders (DateKey INT NOT NULL REFERENCES dbo.DimDate (DateKey), Amount DECIMAL(18,2) NOT NULL);
         CREATE TABLE Integration.Customer_Staging ([Customer Staging Key] INT NOT NULL, Name NVARCHAR(100));",
        Dialect::MsSql,
        &[
            ("Dimension.City", TableRole::Dimension),
            ("dbo.DimDate", TableRole::Dimension),
            ("Fact.Sale", TableRole::Fact),
            ("dbo.FactOrders", TableRole::Fact),
            ("Integration.Customer_Staging", TableRole::Staging),
        ],
    );
}

#[test]
fn operational_and_vendor_roles() {
    check(
        "CREATE TABLE job_queue (id bigint PRIMARY KEY, payload jsonb, run_at timestamptz NOT NULL);
         CREATE TABLE audit_log (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, what text);
         CREATE TABLE page_views (id bigint PRIMARY KEY, viewed_at timestamptz NOT NULL, path text);
         CREATE TABLE price_history (id bigint PRIMARY KEY, price numeric(12,2), valid_from timestamptz);
         CREATE TABLE user_sessions (id text PRIMARY KEY, data text, expires_at timestamptz);
         CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY);
         CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, script varchar(1000));
         CREATE TABLE \"Clock\" (id int PRIMARY KEY, tick_at timestamptz, updated_at timestamptz);
         CREATE TABLE building (id int PRIMARY KEY, name text, updated_at timestamptz);",
        Dialect::Postgres,
        &[
            ("public.job_queue", TableRole::Queue),
            ("public.audit_log", TableRole::Log),
            ("public.page_views", TableRole::Log),
            ("public.price_history", TableRole::History),
            ("public.user_sessions", TableRole::Cache),
            ("public.schema_migrations", TableRole::Vendor),
            ("public.flyway_schema_history", TableRole::Vendor),
            ("public.Clock", TableRole::Entity),
            ("public.building", TableRole::Entity),
        ],
    );
    check(
        "CREATE TABLE dbo.sysdiagrams (name sysname NOT NULL, principal_id INT NOT NULL,
             diagram_id INT IDENTITY PRIMARY KEY, version INT NULL, definition VARBINARY(MAX) NULL);
         CREATE TABLE dbo.ASPStateTempSessions (SessionId NVARCHAR(88) NOT NULL PRIMARY KEY,
             Created DATETIME NOT NULL DEFAULT GETUTCDATE(), Expires DATETIME NOT NULL, SessionItemLong IMAGE NULL);
         CREATE TABLE #work (id INT);",
        Dialect::MsSql,
        &[
            ("dbo.sysdiagrams", TableRole::Vendor),
            ("dbo.ASPStateTempSessions", TableRole::Vendor),
            ("#work", TableRole::Scratch),
        ],
    );
}

#[test]
fn vendor_tables_get_no_design_findings_and_say_why() {
    let report = run(
        "CREATE TABLE dbo.ASPStateTempSessions (SessionId NVARCHAR(88) NOT NULL,
             Created DATETIME NOT NULL DEFAULT GETDATE(), Expires DATETIME NOT NULL, SessionItemLong IMAGE NULL);",
        Dialect::MsSql,
    );
    let t = &report.tables[0];
    assert!(t.findings.is_empty(), "{:?}", t.findings);
    assert_eq!(t.score, 100);
    assert!(t.role.why().contains("session-state"), "{}", t.role.why());
}

#[test]
fn staging_tables_are_not_told_to_add_keys_or_durability() {
    let report = run(
        "CREATE TABLE Integration.Order_Staging (OrderId INT NULL, InvoiceAmount DECIMAL(18,2) NULL, Status NVARCHAR(20) NULL)
         WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);",
        Dialect::MsSql,
    );
    let t = &report.tables[0];
    assert_eq!(t.role.role, TableRole::Staging);
    assert!(t.findings.is_empty(), "{:?}", t.findings);
}

#[test]
fn the_user_overrides_a_role_by_option_or_comment() {
    let sql = "-- schema-audit: role log
CREATE TABLE dbo.Readings (ReadingId BIGINT IDENTITY PRIMARY KEY, SensorId INT NOT NULL, Value DECIMAL(9,3) NOT NULL);
CREATE TABLE dbo.Things (ThingId INT IDENTITY PRIMARY KEY, Name NVARCHAR(50) NOT NULL);";
    let options = AuditOptions::from_json(r#"{"roles": {"dbo.Things": "vendor"}}"#).unwrap();
    let report = audit(sql, &options);
    let readings = report.table("dbo.Readings").unwrap();
    assert_eq!(readings.role.role, TableRole::Log);
    assert_eq!(readings.role.source, RoleSource::Comment);
    assert!(
        readings.role.why().contains("line 1"),
        "{}",
        readings.role.why()
    );
    let things = report.table("dbo.Things").unwrap();
    assert_eq!(things.role.role, TableRole::Vendor);
    assert_eq!(things.role.source, RoleSource::Option);
    assert!(things.findings.is_empty());
}

#[test]
fn tenancy_comes_from_evidence_or_the_option() {
    let single = "CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
                  CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));";
    let report = run(single, Dialect::Postgres);
    assert!(!report.context.tenancy.multi_tenant);
    assert!(!report.findings().any(|f| f.rule.starts_with("tenant-")));

    let saas = "CREATE TABLE tenants (tenant_id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE projects (tenant_id bigint NOT NULL REFERENCES tenants (tenant_id), id bigint NOT NULL,
                    name text NOT NULL, PRIMARY KEY (tenant_id, id));
                CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);";
    let report = run(saas, Dialect::Postgres);
    assert!(
        report.context.tenancy.multi_tenant,
        "{:?}",
        report.context.tenancy
    );
    let tenants = report.table("public.tenants").unwrap();
    assert!(!tenants
        .findings
        .iter()
        .any(|f| f.rule == "tenant-column-missing"));
    let notes = report.table("public.notes").unwrap();
    let missing = notes
        .findings
        .iter()
        .find(|f| f.rule == "tenant-column-missing")
        .unwrap();
    assert_eq!(missing.severity, schema_audit::Severity::Critical);
    // The suggested column follows the schema's spelling.
    assert!(
        missing.fix.as_ref().unwrap().sql.contains("tenant_id"),
        "{:?}",
        missing.fix
    );

    // `[Tenant ID]` is the configured `TenantId` in another style.
    let spaced = "CREATE TABLE dbo.A ([Tenant ID] INT NOT NULL, Id INT PRIMARY KEY);
                  CREATE TABLE dbo.B ([Tenant ID] INT NOT NULL, Id INT PRIMARY KEY);";
    assert!(run(spaced, Dialect::MsSql).context.tenancy.multi_tenant);

    let forced = AuditOptions::from_json(r#"{"tenancy": "single"}"#).unwrap();
    assert!(!audit(
        saas,
        &AuditOptions {
            dialect: Dialect::Postgres,
            ..forced
        }
    )
    .findings()
    .any(|f| f.rule.starts_with("tenant-")));
}

#[test]
fn suggested_columns_follow_the_schemas_style() {
    let snake = run(
        "CREATE TABLE orders (order_id bigint PRIMARY KEY, customer_name text NOT NULL, created_at timestamptz NOT NULL);",
        Dialect::Postgres,
    );
    let fix = snake
        .findings()
        .find(|f| f.rule == "audit-columns-missing")
        .and_then(|f| f.fix.as_ref())
        .unwrap();
    assert!(fix.sql.contains("updated_at"), "{}", fix.sql);
    let pascal = run(
        "CREATE TABLE dbo.Orders (OrderId BIGINT PRIMARY KEY, CustomerName NVARCHAR(100) NOT NULL, CreatedAt DATETIME2 NOT NULL);",
        Dialect::MsSql,
    );
    let fix = pascal
        .findings()
        .find(|f| f.rule == "audit-columns-missing")
        .and_then(|f| f.fix.as_ref())
        .unwrap();
    assert!(fix.sql.contains("UpdatedAt"), "{}", fix.sql);
}
