//! The labelled precision suite: real public schemas in `tests/precision/corpus`, and a
//! reviewer's verdict on every warning or critical finding in `tests/precision/labels.tsv`.
//!
//! It fails when
//! - a finding labelled `fp` or `noise` comes back at warning or above (its `now` column says
//!   it was below),
//! - a finding labelled `tp` disappears (its `now` column says it was reported),
//! - a warning or critical finding has no label (run `cargo xtask precision --bless`, which
//!   adds it with the label `?`, then judge it),
//! - precision over warning and critical findings falls under 90%, or under 100% for critical.
//!
//! `cargo xtask precision` prints precision per rule and per severity, now and at labelling
//! time (`severity` column); `--bless` records the current severity in the `now` column.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use schema_audit::{audit, AuditOptions, Dialect, Severity};

const TARGET_PRECISION: f64 = 0.90;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("precision")
}

/// One row of `labels.tsv`.
#[derive(Debug, Clone)]
struct Label {
    file: String,
    finding: String,
    rule: String,
    /// The severity when the finding was labelled.
    severity: String,
    /// `tp`, `fp`, `noise`, or `?` for not yet judged.
    label: String,
    reason: String,
    /// The finding's message when it was labelled: a verdict holds for what was said.
    message: String,
    /// The severity the auditor gave it when last blessed: `critical`, `warning`, `info` or
    /// `absent`.
    now: String,
}

const HEADER: &str = "file\tfinding\trule\tseverity\tlabel\treason\tmessage\tnow";

fn read_labels() -> Vec<Label> {
    let text = std::fs::read_to_string(root().join("labels.tsv")).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let columns: Vec<&str> = header.split('\t').collect();
    let at = |name: &str| columns.iter().position(|c| *c == name);
    let now_at = at("now");
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |name: &str| {
                at(name)
                    .and_then(|i| cells.get(i))
                    .map(|c| c.to_string())
                    .unwrap_or_default()
            };
            Label {
                file: cell("file"),
                finding: cell("finding"),
                rule: cell("rule"),
                severity: cell("severity"),
                label: cell("label"),
                reason: cell("reason"),
                message: cell("message"),
                now: now_at
                    .and_then(|i| cells.get(i))
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| cell("severity")),
            }
        })
        .collect()
}

fn write_labels(labels: &[Label]) {
    let mut out = String::from(HEADER);
    out.push('\n');
    for l in labels {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            l.file, l.finding, l.rule, l.severity, l.label, l.reason, l.message, l.now
        );
    }
    std::fs::write(root().join("labels.tsv"), out).unwrap();
}

fn dialect_of(file: &str) -> Dialect {
    match file.split('/').next() {
        Some("postgres") => Dialect::Postgres,
        Some("mysql") => Dialect::MySql,
        _ => Dialect::MsSql,
    }
}

/// Every corpus file, relative to `corpus/`, sorted.
fn corpus_files() -> Vec<String> {
    let corpus = root().join("corpus");
    let mut files = Vec::new();
    for dialect in ["mssql", "postgres", "mysql"] {
        let dir = corpus.join(dialect);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "sql") {
                files.push(format!("{dialect}/{}", file_name(&path)));
            }
        }
    }
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().to_string()
}

/// A finding as the auditor reports it now.
struct Current {
    rule: String,
    severity: Severity,
    message: String,
}

/// (file, finding id) -> the finding, for every file of the corpus.
fn current() -> BTreeMap<(String, String), Current> {
    let mut out = BTreeMap::new();
    for file in corpus_files() {
        let text = std::fs::read_to_string(root().join("corpus").join(&file)).unwrap();
        let options = AuditOptions {
            dialect: dialect_of(&file),
            ..AuditOptions::default()
        };
        let report = audit(&text, &options);
        for f in report.findings() {
            out.insert(
                (file.clone(), f.id.clone()),
                Current {
                    rule: f.rule.to_string(),
                    severity: f.severity,
                    message: f.message.replace(['\t', '\n'], " "),
                },
            );
        }
    }
    out
}

fn loud(severity: &str) -> bool {
    severity == "warning" || severity == "critical"
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    noise: usize,
    unjudged: usize,
}

impl Tally {
    fn add(&mut self, label: &str) {
        match label {
            "tp" => self.tp += 1,
            "fp" => self.fp += 1,
            "noise" => self.noise += 1,
            _ => self.unjudged += 1,
        }
    }

    fn total(&self) -> usize {
        self.tp + self.fp + self.noise + self.unjudged
    }

    fn precision(&self) -> f64 {
        if self.total() == 0 {
            1.0
        } else {
            self.tp as f64 / self.total() as f64
        }
    }
}

struct Outcome {
    problems: Vec<String>,
    report: String,
    /// Precision over warning and critical findings, and over critical ones alone.
    loud: Tally,
    critical: Tally,
    blessed: Vec<Label>,
}

fn evaluate() -> Outcome {
    let labels = read_labels();
    let now = current();
    let by_key: BTreeMap<(String, String), &Label> = labels
        .iter()
        .map(|l| ((l.file.clone(), l.finding.clone()), l))
        .collect();
    let mut problems = Vec::new();
    let mut blessed = Vec::new();
    for l in &labels {
        let key = (l.file.clone(), l.finding.clone());
        let severity = now
            .get(&key)
            .map(|c| c.severity.as_str().to_string())
            .unwrap_or_else(|| "absent".to_string());
        if matches!(l.label.as_str(), "fp" | "noise") && loud(&severity) && !loud(&l.now) {
            problems.push(format!(
                "{} {}: labelled {} ({}) but back at {severity}",
                l.file, l.finding, l.label, l.reason
            ));
        }
        if l.label == "tp" && severity == "absent" && l.now != "absent" {
            problems.push(format!(
                "{} {}: a true finding ({}) disappeared",
                l.file, l.finding, l.reason
            ));
        }
        if l.label == "?" && loud(&severity) {
            problems.push(format!("{} {}: not yet judged", l.file, l.finding));
        }
        // A verdict holds for what the finding said; a loud finding that now says something
        // else (another target table, another advice) must be judged again.
        let changed = now
            .get(&key)
            .is_some_and(|c| loud(c.severity.as_str()) && c.message != l.message);
        if changed && l.label != "?" {
            problems.push(format!(
                "{} {}: the message changed since it was labelled {}; judge it again (set the label to `?` and the message to the new one)",
                l.file, l.finding, l.label
            ));
        }
        let mut row = Label {
            now: severity,
            ..l.clone()
        };
        if changed && l.label != "?" {
            row.reason = format!("(was {}: {})", l.label, l.reason);
            row.label = "?".to_string();
            row.message = now[&key].message.clone();
        }
        blessed.push(row);
    }
    for ((file, id), c) in &now {
        if loud(c.severity.as_str()) && !by_key.contains_key(&(file.clone(), id.clone())) {
            problems.push(format!(
                "{file} {id}: a {} finding with no label",
                c.severity.as_str()
            ));
            blessed.push(Label {
                file: file.clone(),
                finding: id.clone(),
                rule: c.rule.clone(),
                severity: c.severity.as_str().to_string(),
                label: "?".to_string(),
                reason: String::new(),
                message: c.message.clone(),
                now: c.severity.as_str().to_string(),
            });
        }
    }
    blessed.sort_by(|a, b| (&a.file, &a.finding).cmp(&(&b.file, &b.finding)));

    // Now: every warning or critical finding, by its label.
    let mut per_rule: BTreeMap<String, (Tally, Tally)> = BTreeMap::new();
    let mut per_severity: BTreeMap<String, (Tally, Tally)> = BTreeMap::new();
    let mut loud_now = Tally::default();
    let mut critical_now = Tally::default();
    for ((file, id), c) in &now {
        let severity = c.severity.as_str();
        if !loud(severity) {
            continue;
        }
        let label = by_key
            .get(&(file.clone(), id.clone()))
            .map_or("?", |l| l.label.as_str());
        per_rule.entry(c.rule.clone()).or_default().1.add(label);
        per_severity
            .entry(severity.to_string())
            .or_default()
            .1
            .add(label);
        loud_now.add(label);
        if severity == "critical" {
            critical_now.add(label);
        }
    }
    // Before: what was labelled, at the severity it had then.
    let mut recall = (0usize, 0usize);
    for l in &labels {
        per_rule.entry(l.rule.clone()).or_default().0.add(&l.label);
        per_severity
            .entry(l.severity.clone())
            .or_default()
            .0
            .add(&l.label);
        if l.label == "tp" {
            recall.1 += 1;
            if now.contains_key(&(l.file.clone(), l.finding.clone())) {
                recall.0 += 1;
            }
        }
    }
    let mut report = String::new();
    let percent = |t: &Tally| {
        if t.total() == 0 {
            "-".to_string()
        } else {
            format!("{:.0}%", 100.0 * t.precision())
        }
    };
    let row = |out: &mut String, name: &str, (before, after): &(Tally, Tally)| {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            before.total(),
            percent(before),
            after.total(),
            after.tp,
            after.fp,
            after.noise + after.unjudged,
            percent(after)
        );
    };
    report.push_str("| rule | before: findings | before: precision | now: findings | tp | fp | noise | now: precision |\n|---|---|---|---|---|---|---|---|\n");
    for (rule, tallies) in &per_rule {
        row(&mut report, rule, tallies);
    }
    report.push_str("\n| severity | before: findings | before: precision | now: findings | tp | fp | noise | now: precision |\n|---|---|---|---|---|---|---|---|\n");
    for (severity, tallies) in &per_severity {
        row(&mut report, severity, tallies);
    }
    let _ = writeln!(
        report,
        "\nwarning + critical now: {} findings, precision {:.1}% (target {:.0}%); critical: {} findings, precision {:.0}%",
        loud_now.total(),
        100.0 * loud_now.precision(),
        100.0 * TARGET_PRECISION,
        critical_now.total(),
        100.0 * critical_now.precision()
    );
    let _ = writeln!(
        report,
        "labelled true findings still reported (any severity): {} of {}",
        recall.0, recall.1
    );
    Outcome {
        problems,
        report,
        loud: loud_now,
        critical: critical_now,
        blessed,
    }
}

#[test]
fn labelled_findings_keep_their_verdicts() {
    let outcome = evaluate();
    if std::env::var_os("SCHEMA_AUDIT_PRECISION_REPORT").is_some() {
        println!("{}", outcome.report);
    }
    if std::env::var_os("SCHEMA_AUDIT_BLESS_PRECISION").is_some() {
        write_labels(&outcome.blessed);
        return;
    }
    let mut problems = outcome.problems;
    if outcome.loud.precision() < TARGET_PRECISION {
        problems.push(format!(
            "precision over warning and critical findings is {:.1}%, under {:.0}%",
            100.0 * outcome.loud.precision(),
            100.0 * TARGET_PRECISION
        ));
    }
    if outcome.critical.total() > 0 && outcome.critical.tp != outcome.critical.total() {
        problems.push(format!(
            "critical precision is {:.0}%, not 100%",
            100.0 * outcome.critical.precision()
        ));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}\n\n{}",
        problems.len(),
        problems.join("\n"),
        outcome.report
    );
}

#[test]
fn every_corpus_file_has_a_source_and_a_licence() {
    let sources = std::fs::read_to_string(root().join("corpus/SOURCES.tsv")).unwrap();
    let mut lines = sources.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let license = header.iter().position(|c| *c == "license").unwrap();
    let rows: BTreeMap<&str, Vec<&str>> = lines
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            (cells[0], cells)
        })
        .collect();
    for file in corpus_files() {
        let row = rows
            .get(file.as_str())
            .unwrap_or_else(|| panic!("{file} is not in SOURCES.tsv"));
        assert!(
            row.get(license).is_some_and(|l| !l.trim().is_empty()),
            "{file} has no licence"
        );
    }
}
