//! Never panic, never overflow the stack: hostile and broken input gives diagnostics.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use schema_audit_ddl::{codes, parse, DiagnosticSeverity, Dialect, StatementState, MAX_NESTING};

const DIALECTS: [Dialect; 3] = [Dialect::MsSql, Dialect::Postgres, Dialect::MySql];

fn corpus_statements() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/constructs");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().extension().is_some_and(|x| x == "sql") {
            out.push(std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    out.sort();
    out
}

/// Runs `f` on a thread with a small stack, as a browser worker or a fuzzer might have.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn ten_thousand_nested_parens_give_a_diagnostic() {
    for dialect in DIALECTS {
        on_small_stack(move || {
            let deep = format!(
                "CREATE TABLE t (a INT CHECK {}a{}); CREATE TABLE u (b INT);",
                "(".repeat(10_000),
                ")".repeat(10_000)
            );
            let out = parse(&deep, dialect);
            assert!(
                out.diagnostics
                    .iter()
                    .any(|d| d.code == codes::NESTING_TOO_DEEP),
                "{dialect}: {:?}",
                out.diagnostics
            );
            // The statement after the deep one is still read.
            assert!(
                out.schema.tables.iter().any(|t| t.name.name == "u"),
                "{dialect}"
            );
        });
    }
}

#[test]
fn deep_nesting_in_every_position_is_bounded() {
    on_small_stack(|| {
        let open = "(".repeat(5_000);
        for sql in [
            open.clone(),
            format!("SELECT {open}"),
            format!("CREATE TABLE t (a AS {open}"),
            format!("CREATE INDEX ix ON t {open}"),
            format!("ALTER TABLE t ADD CONSTRAINT c CHECK {open}"),
            format!(
                "CREATE TABLE t (a INT DEFAULT {}1{})",
                "(".repeat(200),
                ")".repeat(200)
            ),
            format!("SELECT {}", "-".repeat(20_000)),
            format!("SELECT {}", "NOT ".repeat(5_000)),
            format!("SELECT {}1", "CASE WHEN 1=1 THEN ".repeat(2_000)),
        ] {
            for dialect in DIALECTS {
                let _ = parse(&sql, dialect);
            }
        }
    });
}

#[test]
fn nesting_at_the_limit_is_still_read() {
    let sql = format!(
        "CREATE TABLE t (a INT CHECK {}a > 0{})",
        "(".repeat(MAX_NESTING - 2),
        ")".repeat(MAX_NESTING - 2)
    );
    let out = parse(&sql, Dialect::MsSql);
    assert_eq!(
        out.statement_log[0].state,
        StatementState::Understood,
        "{:?}",
        out.diagnostics
    );
}

/// Regressions: inputs that once hung or crashed the front end.
#[test]
fn known_regressions_terminate() {
    for sql in [
        // A column clause that reported a problem without consuming a token looped forever.
        "CREATE TABLE dbo.Child (ParentId INT NOT NULL FOREIGN ",
        "CREATE TABLE t (a INT FOREIGN)",
        "ALTER TABLE t ADD a INT REFERENCES",
    ] {
        for dialect in DIALECTS {
            let _ = parse(sql, dialect);
        }
    }
}

#[test]
fn empty_and_trivial_inputs() {
    for sql in [
        "",
        " ",
        "\u{feff}",
        ";;;",
        "GO",
        "GO\nGO 5\n",
        "\n\r\n",
        "--",
        "/*",
        "'",
        "[",
        "\"",
        "N'",
    ] {
        for dialect in DIALECTS {
            let out = parse(sql, dialect);
            assert_eq!(out.schema.tables.len(), 0, "{sql:?}");
        }
    }
}

#[test]
fn bom_and_crlf_are_harmless() {
    let out = parse(
        "\u{feff}CREATE TABLE t (a INT)\r\nGO\r\nCREATE TABLE u (b INT)\r\n",
        Dialect::MsSql,
    );
    assert_eq!(out.schema.tables.len(), 2);
    assert_eq!(out.schema.tables[1].span.line, 3);
    assert_eq!(out.statements.understood, 2);
}

#[test]
fn truncated_statements_at_every_token_never_panic() {
    for text in corpus_statements().iter().take(200) {
        let cut_points: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(3).collect();
        for cut in cut_points {
            let _ = parse(&text[..cut], Dialect::MsSql);
        }
    }
}

fn token_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "CREATE",
        "TABLE",
        "INDEX",
        "ALTER",
        "ADD",
        "CONSTRAINT",
        "PRIMARY",
        "KEY",
        "FOREIGN",
        "REFERENCES",
        "CHECK",
        "DEFAULT",
        "UNIQUE",
        "CLUSTERED",
        "NONCLUSTERED",
        "HASH",
        "WITH",
        "ON",
        "AS",
        "GO",
        "\nGO\n",
        "(",
        ")",
        ",",
        ";",
        ".",
        "[x]",
        "\"y\"",
        "'s'",
        "N'n'",
        "1",
        "-",
        "NOT",
        "NULL",
        "IDENTITY",
        "IF",
        "BEGIN",
        "END",
        "CASE",
        "WHEN",
        "FOR",
        "EXEC",
        "sp_addextendedproperty",
        "@name",
        "=",
        "INCLUDE",
        "WHERE",
        "PERIOD",
        "SYSTEM_TIME",
        "GENERATED",
        "ALWAYS",
        "ROW",
        "START",
        "SEQUENCE",
        "PARTITION",
        "FUNCTION",
        "SCHEME",
        "TYPE",
        "FROM",
        "DECLARE",
        "@t",
        "DROP",
        "COLUMN",
        "SET",
        "--c\n",
        "/*b*/",
        "t",
        "a",
        "INT",
        "NVARCHAR",
        "MAX",
        "SERIAL",
        "JSONB",
        "AUTO_INCREMENT",
        "`q`",
        "$$",
        "::",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn token_soup_never_panics(sql in token_soup()) {
        for dialect in DIALECTS {
            let out = parse(&sql, dialect);
            prop_assert!(out.statements.total >= out.statements.understood);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(sql in "\\PC{0,300}") {
        for dialect in DIALECTS {
            let _ = parse(&sql, dialect);
        }
    }

    #[test]
    fn binary_garbage_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let sql = String::from_utf8_lossy(&bytes);
        for dialect in DIALECTS {
            let _ = parse(&sql, dialect);
        }
    }

    #[test]
    fn huge_identifiers_never_panic(len in 1usize..20_000, quoted in any::<bool>()) {
        let name = "x".repeat(len);
        let name = if quoted { format!("[{name}]") } else { name };
        let out = parse(&format!("CREATE TABLE {name} ({name} INT)"), Dialect::MsSql);
        prop_assert_eq!(out.schema.tables.len(), 1);
    }

    #[test]
    fn mutated_constructs_never_panic(index in 0usize..124, at in 0usize..400, insert in "[()\\[\\]',;.\\-a-z ]{0,6}", remove in 0usize..6) {
        let texts = corpus_statements();
        let text = &texts[index % texts.len()];
        let chars: Vec<char> = text.chars().collect();
        let at = at.min(chars.len());
        let end = (at + remove).min(chars.len());
        let mutated: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
        for dialect in DIALECTS {
            let _ = parse(&mutated, dialect);
        }
    }
}

#[test]
fn a_script_over_the_size_limit_gives_one_clear_error() {
    let table = "CREATE TABLE dbo.T (Id INT NOT NULL PRIMARY KEY);\n";
    let text = table.repeat(schema_audit_ddl::MAX_INPUT_BYTES / table.len() + 1);
    assert!(text.len() > schema_audit_ddl::MAX_INPUT_BYTES);
    for dialect in DIALECTS {
        let out = parse(&text, dialect);
        assert_eq!(out.diagnostics.len(), 1);
        let d = &out.diagnostics[0];
        assert_eq!(d.code, codes::INPUT_TOO_LARGE);
        assert_eq!(d.severity, DiagnosticSeverity::Error);
        assert_eq!((d.span.line, d.span.column), (1, 1));
        assert!(
            d.message.contains("over the 16.0 MiB limit"),
            "{}",
            d.message
        );
        assert!(out.schema.tables.is_empty());
        assert_eq!(out.statements.total, 0);
    }
}
