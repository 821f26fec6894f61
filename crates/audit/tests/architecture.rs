//! The invariants ARCHITECTURE.md states for this crate, checked on its source:
//! - the module graph is layered: no module reaches, through `crate::` paths, a module that
//!   reaches it back (the engine, the rules and the printer included);
//! - rules never reach the modules above them;
//! - name knowledge lives in `naming.rs`: no other module matches a table or column name
//!   against a string literal.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file with the top-level module it belongs to (`rules/foo.rs` -> `rules`).
fn sources() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut stack = vec![src()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((module_of(&path), path));
            }
        }
    }
    out.sort();
    out
}

fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(src()).unwrap();
    let first = relative.components().next().unwrap();
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// The code of a file without its `#[cfg(test)]` module and comments, which may mention
/// anything.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module -> the top-level modules its code names through `crate::`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, path) in sources() {
        let code = code(&path);
        let edges = graph.entry(module.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let target: String = code[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !target.is_empty() && target != module {
                edges.insert(target);
            }
        }
    }
    graph
}

/// A cycle in the graph, as the path that closes it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn the_module_graph_has_no_cycle() {
    let graph = graph();
    assert!(graph.len() > 15, "read {} modules", graph.len());
    if let Some(cycle) = find_cycle(&graph) {
        panic!("module cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_cycle(&graph), None);
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(find_cycle(&graph).unwrap().len(), 4);
}

#[test]
fn rules_never_reach_the_engine_the_printer_or_the_renderers() {
    let graph = graph();
    let rules = &graph["rules"];
    for above in [
        "engine",
        "check",
        "revise",
        "render",
        "report",
        "summary",
        "atomization",
    ] {
        assert!(!rules.contains(above), "rules use crate::{above}");
    }
    for printer_user in ["context", "roles", "naming", "capabilities"] {
        assert!(
            !graph[printer_user].contains("revise"),
            "{printer_user} uses the printer"
        );
    }
}

/// Methods that compare a name with a literal.
const LITERAL_MATCHES: [&str; 5] = [
    ".contains(\"",
    ".starts_with(\"",
    ".ends_with(\"",
    ".eq_ignore_ascii_case(\"",
    ".strip_suffix(\"",
];

#[test]
fn only_naming_matches_names_against_literals() {
    let mut offenders = Vec::new();
    for (module, path) in sources() {
        if module == "naming" {
            continue;
        }
        for (number, line) in code(&path).lines().enumerate() {
            if names_a_name(line) && LITERAL_MATCHES.iter().any(|m| line.contains(m)) {
                offenders.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_name_check_catches_a_substring_match() {
    let line = r#"    if column.name.to_ascii_lowercase().contains("lock") {"#;
    assert!(names_a_name(line) && LITERAL_MATCHES.iter().any(|m| line.contains(m)));
    let lowered = r#"        n.contains("expires") || n.contains("ttl")"#;
    assert!(names_a_name(lowered));
    let expression = r#"        e.contains("getdate()")"#;
    assert!(!names_a_name(expression));
}

/// Whether a line works on a table or column name: it reads `.name`, or a variable the
/// rules conventionally hold a name in (`n`, `name`, `lower`).
fn names_a_name(line: &str) -> bool {
    line.contains(".name")
        || ["n.", "name.", "lower."].iter().any(|receiver| {
            line.match_indices(receiver).any(|(i, _)| {
                i == 0
                    || !line.as_bytes()[i - 1].is_ascii_alphanumeric()
                        && line.as_bytes()[i - 1] != b'_'
            })
        })
}

/// String literals that begin a DDL statement. Only the printer (`src/print/`) may hold them:
/// every statement the audit shows comes from it, in the script's dialect.
const DDL_LITERALS: &[&str] = &["\"CREATE ", "\"ALTER ", "\"DROP "];

fn ddl_literals_outside_the_printer() -> Vec<String> {
    let mut offenders = Vec::new();
    for (module, path) in sources() {
        if module == "print" {
            continue;
        }
        for (number, line) in code(&path).lines().enumerate() {
            if DDL_LITERALS.iter().any(|l| line.contains(l)) {
                offenders.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    offenders
}

#[test]
fn only_the_printer_prints_ddl() {
    let offenders = ddl_literals_outside_the_printer();
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_ddl_check_catches_a_statement_literal() {
    let line = r#"    let sql = format!("ALTER TABLE {} ADD x INT;", name);"#;
    assert!(DDL_LITERALS.iter().any(|l| line.contains(l)));
    assert!(!DDL_LITERALS
        .iter()
        .any(|l| r#"    "creates a table""#.contains(l)));
}
