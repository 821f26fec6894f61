//! Playground state: the DDL being edited and the report computed from it.

use std::rc::Rc;

use schema_audit::{AuditOptions, Report};
use yew::Reducible;

/// Everything the page shows.
#[derive(Debug, Clone)]
pub struct State {
    pub ddl: String,
    pub options: AuditOptions,
    /// Shared so that components can hold it cheaply; replaced, never mutated.
    pub report: Rc<Report>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.ddl == other.ddl && Rc::ptr_eq(&self.report, &other.report)
    }
}

/// What a person can do to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The DDL text changed; re-audit it.
    Edit(String),
}

impl State {
    pub fn new(ddl: impl Into<String>) -> Self {
        let ddl = ddl.into();
        let options = AuditOptions::default();
        let report = Rc::new(schema_audit::audit(&ddl, &options));
        Self {
            ddl,
            options,
            report,
        }
    }

    /// Applies one action, returning the next state.
    pub fn apply(&self, action: Action) -> Self {
        match action {
            Action::Edit(ddl) if ddl == self.ddl => self.clone(),
            Action::Edit(ddl) => Self::new(ddl),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_reaudits() {
        let state = State::new("CREATE TABLE a (x INT);");
        assert_eq!(state.report.statement_count, 1);
        let next = state.apply(Action::Edit(
            "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);".into(),
        ));
        assert_eq!(next.report.statement_count, 2);
    }

    #[test]
    fn sample_schema_has_statements() {
        let report = &State::new(crate::SAMPLE_SCHEMA).report;
        assert_eq!(report.tables.len(), 6);
        assert!(report.tables.iter().any(|t| !t.findings.is_empty()));
    }
}
