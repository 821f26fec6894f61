//! One table's part of the report. Its own module so that the summary, which reads table
//! reports, sits below the report that holds the summary.

use schema_audit_ddl::Span;
use serde::Serialize;

use crate::atomization::Atomization;
use crate::capabilities::Capabilities;
use crate::finding::Finding;
use crate::roles::RoleAssessment;
use crate::score::{Grade, ScoreMove};
use crate::strengths::Strength;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableReport {
    /// Schema-qualified, without brackets.
    pub name: String,
    pub span: Span,
    pub score: u8,
    pub grade: Grade,
    /// What the table is and the evidence for it; rules judge it by this.
    pub role: RoleAssessment,
    /// What moved the score from 100, largest penalty first.
    pub score_breakdown: Vec<ScoreMove>,
    pub findings: Vec<Finding>,
    pub strengths: Vec<Strength>,
    pub capabilities: Capabilities,
    pub atomization: Atomization,
}
