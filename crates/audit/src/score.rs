//! The table score: one documented formula.
//!
//! ```text
//! score = clamp(100 - sum over rules of penalty(rule) + bonus, 0, 100)
//! penalty(rule) = w + min(w * (n - 1) / 2, 2 * w)  n = findings of that rule on the table
//! bonus = min(2 * strengths, 10, penalties of informational findings)
//! if any finding is critical: score = min(score, 59)
//! ```
//!
//! `w` is the weight of the rule's (effective) severity and category:
//!
//! | severity | weight |
//! |---|---|
//! | critical | 25 |
//! | warning, security | 10 |
//! | warning, integrity / durability / architecture | 8 |
//! | warning, indexing / types | 5 |
//! | warning, storage | 3 |
//! | info | 2 |
//!
//! A warning is a defect a reviewer would ask to fix before merging, so a table with three of
//! them lands around 80 ("good", not "excellent"); informational notes cost little.
//!
//! Repeats of one rule cost half as much again each, at most tripling it, so one wide problem (ten
//! unindexed lookups) does not outweigh ten different problems. Integrity and security weigh
//! more than indexing and storage because they are about wrong data rather than slow data, as in
//! the seed audits. Strengths (native JSON, UTC defaults, ...) earn a small bonus that wins back
//! points lost to informational findings, never those of a warning: a table with a defect never
//! scores 100, and of two tables with similar notes the better-designed one scores higher. A critical finding caps
//! the score at [`CRITICAL_CAP`]: a table with one is never better than "poor".
//!
//! Grades follow the seed audits: excellent >= 85, good 70-84, fair 60-69, poor < 60.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::finding::{Category, Finding, Severity};

/// The highest score a table with a critical finding can get.
pub const CRITICAL_CAP: u32 = 59;
/// Points per strength, and the most strengths can add.
pub const STRENGTH_BONUS: u32 = 2;
pub const MAX_BONUS: u32 = 10;

/// The weight of one finding, in points.
pub fn weight(severity: Severity, category: Category) -> u32 {
    match (severity, category) {
        (Severity::Critical, _) => 25,
        (Severity::Warning, Category::Security) => 10,
        (
            Severity::Warning,
            Category::Integrity | Category::Durability | Category::Architecture,
        ) => 8,
        (Severity::Warning, Category::Indexing | Category::Types) => 5,
        (Severity::Warning, Category::Storage) => 3,
        (Severity::Info, _) => 2,
    }
}

/// One thing that moved a table's score, for the report's "what moved the score" list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreMove {
    /// Points added (positive) or taken away (negative).
    pub points: i32,
    /// The rule id, `strengths` or `critical-cap`.
    pub source: String,
    /// One sentence: why.
    pub reason: String,
}

/// Scores one table from its (unsuppressed) findings and its number of strengths.
pub fn score(findings: &[Finding], strengths: usize) -> u8 {
    breakdown(findings, strengths).0
}

/// The score and every move that made it, largest penalty first. From 100, the moves add up
/// to the score give or take a point of rounding, before the clamp to 0..=100.
pub fn breakdown(findings: &[Finding], strengths: usize) -> (u8, Vec<ScoreMove>) {
    let mut per_rule: BTreeMap<&str, (u32, u32, Severity)> = BTreeMap::new();
    for finding in findings {
        let entry = per_rule
            .entry(finding.rule)
            .or_insert((0, 0, finding.severity));
        let w = weight(finding.severity, finding.category);
        if w > entry.0 {
            entry.0 = w;
            entry.2 = finding.severity;
        }
        entry.1 += 1;
    }
    let mut moves = Vec::new();
    // Penalties are counted in half points so that the halves of repeats add up exactly.
    let mut half_points = 0u32;
    let mut info_half_points = 0u32;
    for (rule, (w, count, severity)) in &per_rule {
        let repeats = (count - 1) * w;
        let half = 2 * w + repeats.min(4 * w);
        half_points += half;
        if *severity == Severity::Info {
            info_half_points += half;
        }
        moves.push(ScoreMove {
            points: -(half.div_ceil(2) as i32),
            source: rule.to_string(),
            reason: if *count == 1 {
                format!("one {} finding of `{rule}`", severity.as_str())
            } else {
                format!("{count} {} findings of `{rule}`", severity.as_str())
            },
        });
    }
    let bonus = (strengths as u32)
        .saturating_mul(STRENGTH_BONUS)
        .min(MAX_BONUS)
        .min(info_half_points.div_ceil(2));
    if bonus > 0 {
        moves.push(ScoreMove {
            points: bonus as i32,
            source: "strengths".to_string(),
            reason: format!(
                "{strengths} strength{} (at most {MAX_BONUS} points, and no more than the informational findings cost)",
                if strengths == 1 { "" } else { "s" }
            ),
        });
    }
    let raw = (100 + bonus).saturating_sub(half_points.div_ceil(2));
    let mut score = raw.min(100);
    if findings.iter().any(|f| f.severity == Severity::Critical) && score > CRITICAL_CAP {
        moves.push(ScoreMove {
            points: CRITICAL_CAP as i32 - score as i32,
            source: "critical-cap".to_string(),
            reason: format!("a critical finding caps the score at {CRITICAL_CAP}"),
        });
        score = CRITICAL_CAP;
    }
    moves.sort_by_key(|m| (m.points, m.source.clone()));
    (score as u8, moves)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    Excellent,
    Good,
    Fair,
    Poor,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor];

    pub fn of(score: u8) -> Grade {
        match score {
            85.. => Grade::Excellent,
            70..=84 => Grade::Good,
            60..=69 => Grade::Fair,
            _ => Grade::Poor,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Excellent => "excellent",
            Grade::Good => "good",
            Grade::Fair => "fair",
            Grade::Poor => "poor",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_bands_follow_the_seeds() {
        assert_eq!(Grade::of(100), Grade::Excellent);
        assert_eq!(Grade::of(85), Grade::Excellent);
        assert_eq!(Grade::of(84), Grade::Good);
        assert_eq!(Grade::of(70), Grade::Good);
        assert_eq!(Grade::of(69), Grade::Fair);
        assert_eq!(Grade::of(60), Grade::Fair);
        assert_eq!(Grade::of(59), Grade::Poor);
    }

    #[test]
    fn the_breakdown_names_each_move() {
        let finding = |rule: &'static str, severity, category| Finding {
            id: format!("t:{rule}"),
            rule,
            severity,
            category,
            table: "t".into(),
            columns: Vec::new(),
            message: String::new(),
            fix: None,
            span: schema_audit_ddl::Span::default(),
        };
        let findings = [
            finding(
                "foreign-key-unindexed",
                Severity::Warning,
                Category::Indexing,
            ),
            finding(
                "foreign-key-unindexed",
                Severity::Warning,
                Category::Indexing,
            ),
            finding(
                "tenant-column-missing",
                Severity::Critical,
                Category::Security,
            ),
            finding(
                "audit-columns-missing",
                Severity::Info,
                Category::Architecture,
            ),
        ];
        let (score, moves) = breakdown(&findings, 3);
        assert_eq!(score, 59);
        let sources: Vec<(&str, i32)> = moves
            .iter()
            .map(|m| (m.source.as_str(), m.points))
            .collect();
        // Three strengths would earn 6, but only the 2 points the info finding cost come back.
        assert_eq!(
            sources,
            [
                ("tenant-column-missing", -25),
                ("critical-cap", -8),
                ("foreign-key-unindexed", -8),
                ("audit-columns-missing", -2),
                ("strengths", 2)
            ]
        );
        assert!(moves[2].reason.contains("2 warning findings"));
        assert_eq!(100 + moves.iter().map(|m| m.points).sum::<i32>(), 59);
    }

    #[test]
    fn strengths_never_win_back_a_warning() {
        let warning = Finding {
            id: "t:enum-without-check".into(),
            rule: "enum-without-check",
            severity: Severity::Warning,
            category: Category::Integrity,
            table: "t".into(),
            columns: Vec::new(),
            message: String::new(),
            fix: None,
            span: schema_audit_ddl::Span::default(),
        };
        assert_eq!(score(&[warning], 5), 92);
    }

    #[test]
    fn no_findings_is_a_perfect_score() {
        assert_eq!(score(&[], 0), 100);
        assert_eq!(score(&[], 9), 100);
    }
}
