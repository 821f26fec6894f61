//! The table score: one documented formula.
//!
//! ```text
//! score = clamp(100 - sum over rules of penalty(rule) + bonus, 0, 100)
//! penalty(rule) = w + min(w * (n - 1) / 2, w)      n = findings of that rule on the table
//! bonus = min(2 * strengths, 10)
//! if any finding is critical: score = min(score, 59)
//! ```
//!
//! `w` is the weight of the rule's (effective) severity and category:
//!
//! | severity | weight |
//! |---|---|
//! | critical | 25 |
//! | warning, security | 6 |
//! | warning, integrity / durability / architecture | 5 |
//! | warning, indexing / types | 3 |
//! | warning, storage | 2 |
//! | info | 1 |
//!
//! Repeats of one rule cost half as much again, at most doubling it, so one wide problem (ten
//! unindexed lookups) does not outweigh ten different problems. Integrity and security weigh
//! more than indexing and storage because they are about wrong data rather than slow data, as in
//! the seed audits. Strengths (native JSON, UTC defaults, ...) earn a small bonus, so that of
//! two tables with similar problems the better-designed one scores higher. A critical finding caps
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
        (Severity::Warning, Category::Security) => 6,
        (
            Severity::Warning,
            Category::Integrity | Category::Durability | Category::Architecture,
        ) => 5,
        (Severity::Warning, Category::Indexing | Category::Types) => 3,
        (Severity::Warning, Category::Storage) => 2,
        (Severity::Info, _) => 1,
    }
}

/// Scores one table from its (unsuppressed) findings and its number of strengths.
pub fn score(findings: &[Finding], strengths: usize) -> u8 {
    let mut per_rule: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for finding in findings {
        let entry = per_rule.entry(finding.rule).or_insert((0, 0));
        entry.0 = entry.0.max(weight(finding.severity, finding.category));
        entry.1 += 1;
    }
    // Penalties are counted in half points so that the halves of repeats add up exactly.
    let mut half_points = 0u32;
    for (w, count) in per_rule.values() {
        let repeats = (count - 1) * w;
        half_points += 2 * w + repeats.min(2 * w);
    }
    let bonus = (strengths as u32)
        .saturating_mul(STRENGTH_BONUS)
        .min(MAX_BONUS);
    let mut score = (100 + bonus)
        .saturating_sub(half_points.div_ceil(2))
        .min(100);
    if findings.iter().any(|f| f.severity == Severity::Critical) {
        score = score.min(CRITICAL_CAP);
    }
    score as u8
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
    fn no_findings_is_a_perfect_score() {
        assert_eq!(score(&[], 0), 100);
        assert_eq!(score(&[], 9), 100);
    }
}
