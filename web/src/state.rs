//! Playground state and every transition of it. Components only render a [`State`] and
//! dispatch [`Action`]s; side effects (worker, storage, URL) live in `app.rs` and react to
//! the state, so everything here is plain data and tested natively.

use std::rc::Rc;

use schema_audit::{Category, Severity};
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::options::Options;
use crate::protocol::{MigrationQuery, RuleDoc};
use crate::report::{MigrationData as Migration, ReportData};
use crate::share::{self, LinkError, SharedState, View};

/// What is kept in localStorage between visits.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub ddl: String,
    pub options: Options,
    /// The Compare view's second version; empty when there is none.
    pub compare: String,
}

/// Where the audit of the current input stands.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditStatus {
    /// The input changed and an audit is scheduled or running.
    Auditing,
    /// The shown report is the current input's.
    Done { millis: f64 },
    /// The worker answered, but its answer could not be read.
    Failed(String),
    /// The worker crashed or could not start. The next edit starts a fresh one.
    WorkerDied(String),
}

/// The findings view's filters; `None` means "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FindingFilter {
    pub severity: Option<Severity>,
    pub category: Option<Category>,
    pub rule: Option<String>,
    pub table: Option<String>,
    pub search: String,
}

impl FindingFilter {
    pub fn matches(&self, finding: &crate::report::FindingData) -> bool {
        let search = self.search.trim().to_lowercase();
        self.severity.is_none_or(|s| s == finding.severity)
            && self.category.is_none_or(|c| c == finding.category)
            && self.rule.as_ref().is_none_or(|r| *r == finding.rule)
            && self.table.as_ref().is_none_or(|t| *t == finding.table)
            && (search.is_empty()
                || finding.message.to_lowercase().contains(&search)
                || finding.rule.contains(&search)
                || finding.table.to_lowercase().contains(&search)
                || finding
                    .columns
                    .iter()
                    .any(|c| c.to_lowercase().contains(&search)))
    }
}

/// A migration the worker computed for the page ([`State::wanted_migration`]).
#[derive(Debug, Clone, PartialEq)]
pub struct MigrationAnswer {
    /// The [`State::migration_seq`] it was asked for.
    pub seq: u64,
    pub query: MigrationQuery,
    pub result: Result<Rc<Migration>, String>,
}

/// What a migration view shows.
#[derive(Debug, Clone, PartialEq)]
pub enum MigrationShown {
    /// The migration of the current input.
    Ready(Rc<Migration>),
    /// Being computed; the last one of the same kind, if any, is shown dimmed meanwhile.
    Pending(Option<Rc<Migration>>),
    Failed(String),
    /// The Compare view has no second version yet.
    NothingToCompare,
    /// No report yet (the first audit is running).
    NoReport,
}

/// Asks the editor to show a line; `nonce` makes a repeated request for the same line count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reveal {
    pub line: u32,
    pub nonce: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn from_key(key: &str) -> Theme {
        match key {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Shared: the reducer clones the state on every action, and scripts can be megabytes.
    pub ddl: Rc<str>,
    pub options: Options,
    pub view: View,
    pub selected_table: Option<String>,
    pub selected_finding: Option<String>,
    pub filter: FindingFilter,
    /// The last report read from the worker; it may be older than the input while auditing.
    pub report: Option<Rc<ReportData>>,
    /// Bumped by every change of input or options; audits carry it so stale answers drop.
    pub input_seq: u64,
    pub status: AuditStatus,
    /// The report is older than the input and has been for a while ([`Action::StaleFor`]):
    /// the page dims it. Fast audits never set it, so typing repaints nothing extra.
    pub dim_stale: bool,
    pub reveal: Option<Reveal>,
    pub theme: Theme,
    /// Why the link in the URL could not be opened, if it could not.
    pub link_error: Option<LinkError>,
    /// Saved work that differs from the shared link being shown; the person chooses.
    pub conflict: Option<Rc<Saved>>,
    /// The page must not write localStorage while `conflict` is unresolved.
    pub save_allowed: bool,
    pub storage_warning: Option<String>,
    /// A short confirmation ("Link copied") or error from the last copy or download.
    pub toast: Option<String>,
    /// Test-only fault injection, from the page URL.
    pub fault_injection: bool,
    /// The rule catalog, once the worker has sent it.
    pub rules: Option<Rc<Vec<RuleDoc>>>,
    /// The Compare view's second version of the schema (NEW; the input is OLD).
    pub compare: Rc<str>,
    /// Whether migrations emit the steps that can lose data instead of commenting them out.
    pub allow_data_loss: bool,
    /// Bumped by every change to what a migration is computed from: the input, the options,
    /// the compare text, the data-loss choice. Migrations carry it so stale answers drop.
    pub migration_seq: u64,
    /// The last migration the worker computed beyond the report's own.
    pub extra_migration: Option<MigrationAnswer>,
}

/// What a person (or the worker) can do to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The DDL text changed.
    Edit(String),
    /// A sample or a file replaced the text.
    Load(String),
    SetOptions(Options),
    /// The worker returned the report for input `seq`.
    Audited {
        seq: u64,
        report: Rc<ReportData>,
        millis: f64,
    },
    AuditUnreadable {
        seq: u64,
        message: String,
    },
    WorkerDied(String),
    /// Input `seq` has waited a while for its report; dim the old one if it is still shown.
    StaleFor(u64),
    SelectView(View),
    SelectTable(Option<String>),
    /// Open the Tables view on one table.
    ShowTable(String),
    /// Select a finding and show its line in the editor.
    JumpToFinding(String),
    SetFilter(FindingFilter),
    /// Resolve a link-versus-saved-work conflict.
    KeepSharedLink,
    RestoreSavedWork,
    StorageFailed(String),
    DismissLinkError,
    DismissStorageWarning,
    Toast(Option<String>),
    CycleTheme,
    SetTheme(Theme),
    RulesLoaded(Rc<Vec<RuleDoc>>),
    /// The Compare view's second version changed.
    EditCompare(String),
    SetAllowDataLoss(bool),
    /// The worker returned a migration asked for at `answer.seq`.
    Migrated(MigrationAnswer),
}

/// What the page found when it started.
#[derive(Debug, Clone, PartialEq)]
pub struct Boot {
    /// The URL fragment, without `#`; empty when there is none.
    pub fragment: String,
    /// The saved work, or why storage could not be read.
    pub saved: Result<Option<Saved>, String>,
    pub fault_injection: bool,
}

impl Default for State {
    fn default() -> Self {
        State::with_input(crate::SAMPLE_SCHEMA, Options::default())
    }
}

impl State {
    pub fn with_input(ddl: &str, options: Options) -> Self {
        State {
            ddl: ddl.into(),
            options,
            view: View::Summary,
            selected_table: None,
            selected_finding: None,
            filter: FindingFilter::default(),
            report: None,
            input_seq: 1,
            status: AuditStatus::Auditing,
            dim_stale: false,
            reveal: None,
            theme: Theme::System,
            link_error: None,
            conflict: None,
            save_allowed: true,
            storage_warning: None,
            toast: None,
            fault_injection: false,
            rules: None,
            compare: "".into(),
            allow_data_loss: false,
            migration_seq: 1,
            extra_migration: None,
        }
    }

    /// The starting state. A share link wins over saved work, but never silently: when
    /// the saved DDL differs, it is kept aside (and storage left alone) until the person
    /// picks one. A damaged link falls back to the saved work and says why.
    pub fn boot(boot: Boot) -> Self {
        let (saved, storage_warning) = match boot.saved {
            Ok(saved) => (saved.filter(|s| !s.ddl.trim().is_empty()), None),
            Err(e) => (None, Some(storage_message(&e))),
        };
        let link = share::is_link(&boot.fragment).then(|| share::decode(&boot.fragment));
        let mut state = match (link, saved) {
            (Some(Ok(link)), saved) => {
                let conflict = saved.filter(|s| {
                    s.ddl != link.ddl
                        || s.options != link.options
                        || Some(&s.compare).filter(|c| !c.is_empty()) != link.compare.as_ref()
                });
                let mut state = State::from_shared(link);
                state.save_allowed = conflict.is_none();
                state.conflict = conflict.map(Rc::new);
                state
            }
            (Some(Err(error)), saved) => {
                let mut state = saved.map_or_else(State::default, State::from_saved);
                state.link_error = Some(error);
                state
            }
            (None, Some(saved)) => State::from_saved(saved),
            (None, None) => State::default(),
        };
        state.storage_warning = storage_warning;
        state.fault_injection = boot.fault_injection;
        state
    }

    fn from_saved(saved: Saved) -> Self {
        let mut state = State::with_input(&saved.ddl, saved.options);
        state.compare = saved.compare.into();
        state
    }

    fn from_shared(link: SharedState) -> Self {
        let mut state = State::with_input(&link.ddl, link.options);
        state.compare = link.compare.unwrap_or_default().into();
        state.allow_data_loss = link.allow_data_loss;
        state.view = link.view;
        state.selected_table = link.table;
        state.reveal = None;
        state.selected_finding = link.finding;
        state
    }

    /// What a share link of this state carries.
    pub fn shared(&self) -> SharedState {
        SharedState {
            ddl: self.ddl.to_string(),
            options: self.options.clone(),
            view: self.view,
            table: self.selected_table.clone(),
            finding: self.selected_finding.clone(),
            compare: (!self.compare.is_empty()).then(|| self.compare.to_string()),
            allow_data_loss: self.allow_data_loss,
        }
    }

    pub fn saved(&self) -> Saved {
        Saved {
            ddl: self.ddl.to_string(),
            options: self.options.clone(),
            compare: self.compare.to_string(),
        }
    }

    /// The migration the page needs from the worker for the view showing, if any: the
    /// report carries only the revision's migration without its data-loss steps.
    pub fn wanted_migration(&self) -> Option<MigrationQuery> {
        match self.view {
            View::Compare if !self.compare.trim().is_empty() => Some(MigrationQuery::Compare),
            View::Migration if self.allow_data_loss => Some(MigrationQuery::Revision),
            _ => None,
        }
    }

    /// Whether the worker has already answered [`State::wanted_migration`] for this input.
    pub fn has_migration(&self, query: MigrationQuery) -> bool {
        self.extra_migration
            .as_ref()
            .is_some_and(|a| a.seq == self.migration_seq && a.query == query)
    }

    /// What the Migration or Compare view shows.
    pub fn migration_shown(&self) -> MigrationShown {
        let Some(query) = self.wanted_migration() else {
            if self.view == View::Compare {
                return MigrationShown::NothingToCompare;
            }
            return match &self.report {
                Some(report) => MigrationShown::Ready(report.migration.clone()),
                None => MigrationShown::NoReport,
            };
        };
        match &self.extra_migration {
            Some(answer) if self.has_migration(query) => match &answer.result {
                Ok(migration) => MigrationShown::Ready(migration.clone()),
                Err(message) => MigrationShown::Failed(message.clone()),
            },
            Some(answer) if answer.query == query => {
                MigrationShown::Pending(answer.result.as_ref().ok().cloned())
            }
            _ => MigrationShown::Pending(None),
        }
    }

    pub fn is_auditing(&self) -> bool {
        self.status == AuditStatus::Auditing
    }

    /// Whether the shown report is the current input's.
    pub fn is_current(&self) -> bool {
        matches!(self.status, AuditStatus::Done { .. })
    }

    pub fn worker_died(&self) -> bool {
        matches!(self.status, AuditStatus::WorkerDied(_))
    }

    /// Applies one action, returning the next state.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match action {
            Action::Edit(ddl) | Action::Load(ddl) if *ddl == *self.ddl => return next,
            Action::Edit(ddl) | Action::Load(ddl) => {
                next.ddl = ddl.into();
                next.input_changed();
            }
            Action::SetOptions(options) if options == self.options => return next,
            Action::SetOptions(options) => {
                next.options = options;
                next.input_changed();
            }
            Action::Audited {
                seq,
                report,
                millis,
            } => {
                // An answer for an older input is dropped: a newer audit is on its way.
                if seq != self.input_seq {
                    return next;
                }
                next.report = Some(report);
                next.status = AuditStatus::Done { millis };
                next.dim_stale = false;
                // Reveal a finding selected by a link once its report is here.
                if next.reveal.is_none() {
                    next.reveal = next.selected_finding_line().map(|line| Reveal {
                        line,
                        nonce: self.input_seq,
                    });
                }
            }
            Action::AuditUnreadable { seq, message } => {
                if seq == self.input_seq {
                    next.status = AuditStatus::Failed(message);
                }
            }
            Action::WorkerDied(message) => next.status = AuditStatus::WorkerDied(message),
            Action::StaleFor(seq) if seq == self.input_seq && !self.is_current() => {
                next.dim_stale = true;
            }
            Action::StaleFor(_) => {}
            Action::SelectView(view) => next.view = view,
            Action::SelectTable(table) => next.selected_table = table,
            Action::ShowTable(table) => {
                next.view = View::Tables;
                next.selected_table = Some(table);
            }
            Action::JumpToFinding(id) => {
                next.selected_finding = Some(id);
                let nonce = self.reveal.map_or(0, |r| r.nonce) + 1;
                next.reveal = next
                    .selected_finding_line()
                    .map(|line| Reveal { line, nonce });
            }
            Action::SetFilter(filter) => next.filter = filter,
            Action::KeepSharedLink => {
                next.conflict = None;
                next.save_allowed = true;
            }
            Action::RestoreSavedWork => {
                if let Some(saved) = self.conflict.as_deref() {
                    next.ddl = saved.ddl.as_str().into();
                    next.options = saved.options.clone();
                    next.compare = saved.compare.as_str().into();
                    next.selected_finding = None;
                    next.selected_table = None;
                    next.input_changed();
                }
                next.conflict = None;
                next.save_allowed = true;
            }
            Action::StorageFailed(error) => next.storage_warning = Some(storage_message(&error)),
            Action::DismissLinkError => next.link_error = None,
            Action::DismissStorageWarning => next.storage_warning = None,
            Action::Toast(text) => next.toast = text,
            Action::CycleTheme => next.theme = self.theme.next(),
            Action::SetTheme(theme) => next.theme = theme,
            Action::RulesLoaded(rules) => next.rules = Some(rules),
            Action::EditCompare(text) if *text == *self.compare => return next,
            Action::EditCompare(text) => {
                next.compare = text.into();
                next.migration_seq += 1;
            }
            Action::SetAllowDataLoss(allow) if allow == self.allow_data_loss => return next,
            Action::SetAllowDataLoss(allow) => {
                next.allow_data_loss = allow;
                next.migration_seq += 1;
            }
            // An answer for an older input, compare text or choice is dropped.
            Action::Migrated(answer) if answer.seq != self.migration_seq => return next,
            Action::Migrated(answer) => next.extra_migration = Some(answer),
        }
        next
    }

    fn input_changed(&mut self) {
        self.input_seq += 1;
        self.migration_seq += 1;
        self.status = AuditStatus::Auditing;
    }

    fn selected_finding_line(&self) -> Option<u32> {
        let id = self.selected_finding.as_deref()?;
        Some(self.report.as_ref()?.finding(id)?.span.line)
    }
}

fn storage_message(error: &str) -> String {
    format!(
        "Your work cannot be saved in this browser ({error}). It stays in this tab only: \
         use Copy link or download the DDL to keep it."
    )
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
    use crate::report::ReportData;
    use crate::worker::audit_for_page;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn report_for(state: &State) -> Rc<ReportData> {
        audit_for_page(&state.ddl, &state.options)
    }

    fn audited(state: &State) -> State {
        state.apply(Action::Audited {
            seq: state.input_seq,
            report: report_for(state),
            millis: 1.0,
        })
    }

    fn saved(ddl: &str) -> Saved {
        Saved {
            ddl: ddl.into(),
            options: Options::default(),
            compare: String::new(),
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn editing_starts_an_audit_and_its_answer_shows() {
        let state = audited(&State::default());
        assert!(matches!(state.status, AuditStatus::Done { .. }));
        let next = state.apply(Action::Edit("CREATE TABLE a (x INT);".into()));
        assert!(next.is_auditing());
        assert_eq!(next.input_seq, state.input_seq + 1);
        let next = audited(&next);
        assert_eq!(next.report.as_ref().map(|r| r.summary.tables), Some(1));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_answer_for_an_older_input_is_dropped() {
        let first = State::default().apply(Action::Edit("CREATE TABLE a (x INT);".into()));
        let stale = Action::Audited {
            seq: first.input_seq,
            report: report_for(&first),
            millis: 1.0,
        };
        let second = first.apply(Action::Edit("CREATE TABLE b (x INT);".into()));
        let after = second.apply(stale);
        assert!(after.report.is_none());
        assert!(after.is_auditing());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_old_report_is_dimmed_only_once_its_successor_is_late() {
        let state = audited(&State::default());
        let editing = state.apply(Action::Edit("CREATE TABLE a (x INT);".into()));
        assert!(
            !editing.dim_stale,
            "a keystroke alone changes nothing on screen"
        );
        // The timer of an older input changes nothing.
        assert!(!editing.apply(Action::StaleFor(state.input_seq)).dim_stale);
        let late = editing.apply(Action::StaleFor(editing.input_seq));
        assert!(late.dim_stale);
        assert!(!audited(&late).dim_stale, "the new report is not dimmed");
        // Once the report is current, a late timer dims nothing.
        let current = audited(&editing);
        assert!(!current.apply(Action::StaleFor(current.input_seq)).dim_stale);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_unchanged_edit_does_not_reaudit() {
        let state = audited(&State::default());
        let same = state.apply(Action::Edit(crate::SAMPLE_SCHEMA.into()));
        assert_eq!(same, state);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_dead_worker_keeps_the_text_and_the_next_edit_audits_again() {
        let state = audited(&State::default());
        let dead = state.apply(Action::WorkerDied("boom".into()));
        assert!(dead.worker_died());
        assert_eq!(dead.ddl, state.ddl);
        assert!(dead.report.is_some(), "the last good report stays visible");
        let next = dead.apply(Action::Edit("CREATE TABLE a (x INT);".into()));
        assert!(next.is_auditing());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn jumping_to_a_finding_reveals_its_line() {
        let state = audited(&State::default());
        let finding = state
            .report
            .as_ref()
            .and_then(|r| r.findings().next().cloned())
            .unwrap_or_else(|| panic!("the sample has findings"));
        let next = state.apply(Action::JumpToFinding(finding.id.clone()));
        assert_eq!(next.selected_finding.as_deref(), Some(finding.id.as_str()));
        assert_eq!(next.reveal.map(|r| r.line), Some(finding.span.line));
        let again = next.apply(Action::JumpToFinding(finding.id));
        assert_ne!(again.reveal, next.reveal, "a second click scrolls again");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn boot_prefers_the_link_and_keeps_different_saved_work_aside() {
        let mut link = State::with_input("CREATE TABLE l (x INT);", Options::default()).shared();
        link.view = View::Findings;
        let fragment = share::encode(&link);
        let state = State::boot(Boot {
            fragment: fragment.clone(),
            saved: Ok(Some(saved("CREATE TABLE mine (x INT);"))),
            fault_injection: false,
        });
        assert_eq!(&*state.ddl, "CREATE TABLE l (x INT);");
        assert_eq!(state.view, View::Findings);
        assert!(
            !state.save_allowed,
            "saved work is not overwritten before a choice"
        );
        let restored = state.apply(Action::RestoreSavedWork);
        assert_eq!(&*restored.ddl, "CREATE TABLE mine (x INT);");
        assert!(restored.save_allowed);
        let kept = state.apply(Action::KeepSharedLink);
        assert_eq!(&*kept.ddl, "CREATE TABLE l (x INT);");
        assert!(kept.save_allowed);

        // The same work saved: no question to ask.
        let same = State::boot(Boot {
            fragment,
            saved: Ok(Some(saved("CREATE TABLE l (x INT);"))),
            fault_injection: false,
        });
        assert!(same.conflict.is_none() && same.save_allowed);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_damaged_link_keeps_saved_work_and_says_so() {
        let state = State::boot(Boot {
            fragment: "v1.not-really".into(),
            saved: Ok(Some(saved("CREATE TABLE mine (x INT);"))),
            fault_injection: false,
        });
        assert_eq!(&*state.ddl, "CREATE TABLE mine (x INT);");
        assert_eq!(state.link_error, Some(LinkError::Damaged));
        assert!(state.save_allowed);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn unreadable_storage_warns_and_shows_the_sample() {
        let state = State::boot(Boot {
            fragment: String::new(),
            saved: Err("SecurityError".into()),
            fault_injection: false,
        });
        assert_eq!(&*state.ddl, crate::SAMPLE_SCHEMA);
        assert!(state.storage_warning.is_some());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn share_state_round_trips_through_a_link() {
        let mut state = audited(&State::default());
        state = state.apply(Action::SelectView(View::Tables));
        state = state.apply(Action::SelectTable(Some("dbo.Model".into())));
        let link = share::encode(&state.shared());
        let opened = State::boot(Boot {
            fragment: link,
            saved: Ok(None),
            fault_injection: false,
        });
        assert_eq!(opened.shared(), state.shared());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn filters_match_findings() {
        let state = audited(&State::default());
        let report = state.report.clone().unwrap_or_else(|| panic!("audited"));
        let all = report.findings().count();
        let critical = FindingFilter {
            severity: Some(Severity::Critical),
            ..FindingFilter::default()
        };
        let n = report.findings().filter(|f| critical.matches(f)).count();
        assert_eq!(n, report.summary.findings.by_severity[&Severity::Critical]);
        let nothing = FindingFilter {
            search: "zzzz-no-such-thing".into(),
            ..FindingFilter::default()
        };
        assert_eq!(report.findings().filter(|f| nothing.matches(f)).count(), 0);
        assert!(all > 0);
    }

    const OLD: &str = "CREATE TABLE t (id INT PRIMARY KEY);";
    const NEW: &str = "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20));";

    /// The worker's answer to what `state` wants, computed here as the worker would.
    fn migrated(state: &State) -> State {
        let query = state
            .wanted_migration()
            .unwrap_or_else(|| panic!("the state wants no migration"));
        let new = (query == MigrationQuery::Compare).then_some(&*state.compare);
        let result = crate::worker::migration_for_page(
            &state.ddl,
            new,
            &state.options,
            state.allow_data_loss,
        );
        state.apply(Action::Migrated(MigrationAnswer {
            seq: state.migration_seq,
            query,
            result,
        }))
    }

    fn comparing(old: &str, new: &str) -> State {
        State::with_input(old, Options::default())
            .apply(Action::SelectView(View::Compare))
            .apply(Action::EditCompare(new.into()))
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_migration_view_shows_the_reports_migration_unless_data_loss_is_included() {
        let state = audited(&State::default()).apply(Action::SelectView(View::Migration));
        assert_eq!(state.wanted_migration(), None);
        let report = state.report.clone().unwrap_or_else(|| panic!("audited"));
        assert_eq!(
            state.migration_shown(),
            MigrationShown::Ready(report.migration.clone())
        );
        let with_loss = state.apply(Action::SetAllowDataLoss(true));
        assert_eq!(with_loss.wanted_migration(), Some(MigrationQuery::Revision));
        assert_eq!(with_loss.migration_shown(), MigrationShown::Pending(None));
        let answered = migrated(&with_loss);
        assert!(answered.has_migration(MigrationQuery::Revision));
        let MigrationShown::Ready(migration) = answered.migration_shown() else {
            panic!("the answer shows");
        };
        assert!(migration.allow_data_loss);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn compare_shows_the_migration_from_the_input_to_the_second_text() {
        let state = comparing(OLD, NEW);
        assert_eq!(state.wanted_migration(), Some(MigrationQuery::Compare));
        let answered = migrated(&state);
        assert!(matches!(
            answered.migration_shown(),
            MigrationShown::Ready(m) if !m.allow_data_loss
        ));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_empty_second_text_asks_the_worker_for_nothing() {
        let state = comparing(OLD, "  \n");
        assert_eq!(state.wanted_migration(), None);
        assert_eq!(state.migration_shown(), MigrationShown::NothingToCompare);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_migration_for_an_older_text_is_dropped_and_the_last_one_waits_dimmed() {
        let first = migrated(&comparing(OLD, NEW));
        let stale_answer = Action::Migrated(MigrationAnswer {
            seq: first.migration_seq,
            query: MigrationQuery::Compare,
            result: Err("old".into()),
        });
        for next in [
            first.apply(Action::EditCompare(format!("{NEW}\n-- more"))),
            first.apply(Action::Edit("CREATE TABLE u (id INT);".into())),
            first.apply(Action::SetAllowDataLoss(true)),
        ] {
            assert!(next.migration_seq > first.migration_seq);
            assert!(!next.has_migration(MigrationQuery::Compare));
            assert!(
                matches!(next.migration_shown(), MigrationShown::Pending(Some(_))),
                "the previous migration stays on screen while the next is computed"
            );
            assert_eq!(next.apply(stale_answer.clone()), next);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_unchanged_second_text_or_choice_is_a_no_op() {
        let state = migrated(&comparing(OLD, NEW));
        assert_eq!(state.apply(Action::EditCompare(NEW.into())), state);
        assert_eq!(state.apply(Action::SetAllowDataLoss(false)), state);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_compare_view_round_trips_through_a_link_and_saved_work() {
        let state = comparing(OLD, NEW).apply(Action::SetAllowDataLoss(true));
        let opened = State::boot(Boot {
            fragment: share::encode(&state.shared()),
            saved: Ok(None),
            fault_injection: false,
        });
        assert_eq!(opened.shared(), state.shared());
        assert_eq!(opened.wanted_migration(), Some(MigrationQuery::Compare));
        let reloaded = State::boot(Boot {
            fragment: String::new(),
            saved: Ok(Some(state.saved())),
            fault_injection: false,
        });
        assert_eq!(&*reloaded.compare, NEW);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_link_without_the_saved_second_text_asks_before_replacing_it() {
        let mut mine = saved(OLD);
        mine.compare = NEW.into();
        let link = State::with_input(OLD, Options::default()).shared();
        let state = State::boot(Boot {
            fragment: share::encode(&link),
            saved: Ok(Some(mine)),
            fault_injection: false,
        });
        assert!(state.conflict.is_some() && !state.save_allowed);
        assert_eq!(&*state.apply(Action::RestoreSavedWork).compare, NEW);
    }
}
