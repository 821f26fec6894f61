//! Playground state and every transition of it. Components only render a [`State`] and
//! dispatch [`Action`]s; side effects (worker, storage, URL) live in `app.rs` and react to
//! the state, so everything here is plain data and tested natively.

use std::rc::Rc;

use schema_audit::{Category, Severity};
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::options::Options;
use crate::protocol::RuleDoc;
use crate::report::ReportData;
use crate::share::{self, LinkError, SharedState, View};

/// What is kept in localStorage between visits.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub ddl: String,
    pub options: Options,
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
                let conflict = saved.filter(|s| s.ddl != link.ddl || s.options != link.options);
                let mut state = State::from_shared(link);
                state.save_allowed = conflict.is_none();
                state.conflict = conflict.map(Rc::new);
                state
            }
            (Some(Err(error)), saved) => {
                let mut state =
                    saved.map_or_else(State::default, |s| State::with_input(&s.ddl, s.options));
                state.link_error = Some(error);
                state
            }
            (None, Some(saved)) => State::with_input(&saved.ddl, saved.options),
            (None, None) => State::default(),
        };
        state.storage_warning = storage_warning;
        state.fault_injection = boot.fault_injection;
        state
    }

    fn from_shared(link: SharedState) -> Self {
        let mut state = State::with_input(&link.ddl, link.options);
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
        }
    }

    pub fn saved(&self) -> Saved {
        Saved {
            ddl: self.ddl.to_string(),
            options: self.options.clone(),
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
        }
        next
    }

    fn input_changed(&mut self) {
        self.input_seq += 1;
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
}
