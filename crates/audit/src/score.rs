//! The table score: one documented formula.
//!
//! `score = 100 - sum(penalties)`, where each rule that fires costs its severity's weight
//! (critical 25, warning 5, info 1) and each further finding of the same rule on the same
//! table costs half of that again, up to twice the weight per rule. Repeats count less so that
//! one wide problem (ten unindexed lookups) does not outweigh ten different problems.
//! A critical finding caps the score at [`CRITICAL_CAP`], so a table with one is never better
//! than "poor". The score never goes below 0.
//!
//! Grades follow the seed audits: excellent >= 85, good 70-84, fair 60-69, poor < 60.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::finding::{Finding, Severity};

/// The highest score a table with a critical finding can get.
pub const CRITICAL_CAP: u32 = 59;

pub fn weight(severity: Severity) -> u32 {
    match severity {
        Severity::Critical => 25,
        Severity::Warning => 5,
        Severity::Info => 1,
    }
}

/// Scores one table from its (unsuppressed) findings.
pub fn score(findings: &[Finding]) -> u8 {
    let mut per_rule: BTreeMap<&str, (Severity, u32)> = BTreeMap::new();
    for finding in findings {
        let entry = per_rule
            .entry(finding.rule)
            .or_insert((finding.severity, 0));
        entry.0 = entry.0.max(finding.severity);
        entry.1 += 1;
    }
    // Penalties are in half points so that the halves of repeats add up exactly.
    let mut half_points = 0u32;
    for (severity, count) in per_rule.values() {
        let w = weight(*severity) * 2;
        let repeats = (count - 1) * w / 2;
        half_points += w + repeats.min(w);
    }
    let mut score = 100u32.saturating_sub(half_points.div_ceil(2));
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
        assert_eq!(score(&[]), 100);
    }
}
