//! The servers' catalogs as the oracle for the PostgreSQL and MySQL front end.

#[path = "support/servers.rs"]
mod servers;

#[test]
fn support_runs_scripts_and_queries_on_both_servers() {
    let pg = servers::postgres().fresh_database("support_smoke_pg");
    pg.execute("CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1, 'x\ty\nz'), (2, NULL);")
        .expect("script runs");
    let rows = pg
        .query("SELECT a, b FROM t ORDER BY a")
        .expect("query runs");
    assert_eq!(
        rows,
        vec![
            vec!["1".to_string(), "x\ty\nz".to_string()],
            vec!["2".to_string(), String::new()]
        ]
    );
    let error = pg
        .execute("SELECT 1;\nSELECT nope;\nSELECT 2;")
        .unwrap_err();
    assert!(error.contains(":2:"), "{error}");
    pg.execute_rolled_back("CREATE TABLE u (a int);")
        .expect("rolled back");
    assert!(pg
        .query("SELECT 1 FROM pg_class WHERE relname = 'u'")
        .unwrap()
        .is_empty());
    pg.drop();

    let my = servers::mariadb().fresh_database("support_smoke_my");
    my.execute(
        "CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1, 'x\\ty\\nz'), (2, NULL);",
    )
    .expect("script runs");
    let rows = my
        .query("SELECT a, b FROM t ORDER BY a")
        .expect("query runs");
    assert_eq!(
        rows,
        vec![
            vec!["1".to_string(), "x\ty\nz".to_string()],
            vec!["2".to_string(), String::new()]
        ]
    );
    let error = my
        .execute("SELECT 1;\nSELECT nope;\nSELECT 2;")
        .unwrap_err();
    assert!(error.contains("at line 2"), "{error}");
    assert!(my.execute_rolled_back("SELECT 1;").is_err());
    my.drop();
}
