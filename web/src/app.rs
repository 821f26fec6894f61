//! The root component and the side effects that follow the state: the audit worker,
//! localStorage, the URL fragment, the theme. Everything decided lives in `state.rs`;
//! this file only carries decisions out.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::components::atomization::AtomizationView;
use crate::components::banners::{BannerState, Banners};
use crate::components::editor::Editor;
use crate::components::export::ExportBar;
use crate::components::findings::FindingsView;
use crate::components::header::Header;
use crate::components::migration::{self, CompareInput, MigrationView};
use crate::components::revised::RevisedView;
use crate::components::rules::RulesView;
use crate::components::summary::SummaryView;
use crate::components::tables::TablesView;
use crate::components::tabs::Tabs;
use crate::components::toolbar::Toolbar;
use crate::components::Shared;
use crate::protocol::{ExportAction, ExportFormat, MigrationQuery, Request};
use crate::report::ReportData;
use crate::share::{self, View};
use crate::state::{Action, Boot, MigrationAnswer, State, Theme};
use crate::worker::{AuditClient, Reply};

/// Quiet time after a keystroke before auditing a big script (over `SMALL_INPUT_BYTES`): its
/// audit takes long enough that auditing every intermediate state would only queue work.
/// Small scripts audit at once: they take a few tens of milliseconds off the main thread, and
/// the worker client keeps at most one audit in flight, sending the newest text when it
/// answers, so fast typing coalesces by itself.
const DEBOUNCE_MS: u32 = 150;
/// A report older than the input is dimmed once its successor has taken this long. Sooner
/// would flash the panel on every keystroke (and restyle and repaint it twice).
const DIM_STALE_MS: u32 = 150;
const SMALL_INPUT_BYTES: usize = 64 * 1024;
const SAVE_DELAY_MS: u32 = 400;
const LINK_DELAY_MS: u32 = 300;
/// Inputs above this (the input plus the Compare view's text) are not written into the
/// URL: the link would be unwieldy.
const SHARE_INPUT_LIMIT: usize = 512 * 1024;
/// A worker still busy on an older input after this long is replaced rather than waited
/// for, so typing into a huge script always audits the newest text next.
const RESTART_BUSY_WORKER_MS: f64 = 300.0;

fn initial_state() -> State {
    let mut state = State::boot(Boot {
        fragment: browser::fragment(),
        saved: browser::load_saved(),
        fault_injection: browser::query_has("fault-injection"),
    });
    state.theme = Theme::from_key(&browser::load_theme().unwrap_or_default());
    state
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let export = use_audit_worker(&state);
    use_persistence(&state);

    let dispatch = use_action(&state, |action: Action| action);
    let toast = use_action(&state, |text: String| Action::Toast(Some(text)));
    let on_load = use_action(&state, Action::Load);
    let on_copy_link = {
        let (state, toast) = (state.clone(), toast.clone());
        Callback::from(move |_| copy_link(&state, &toast))
    };
    let on_bug_report = {
        let (state, toast) = (state.clone(), toast.clone());
        Callback::from(move |_| bug_report(&state, &toast))
    };
    let on_file = {
        let (load, toast) = (on_load.clone(), toast.clone());
        let on_file = use_memo((), move |_| {
            Callback::from(move |file| browser::read_file(file, load.clone(), toast.clone()))
        });
        (*on_file).clone()
    };
    let on_edit = use_action(&state, Action::Edit);
    let on_options = use_action(&state, Action::SetOptions);
    let views = ViewActions {
        on_table: use_action(&state, Action::ShowTable),
        on_select_table: use_action(&state, Action::SelectTable),
        on_finding: use_action(&state, Action::JumpToFinding),
        on_filter: use_action(&state, Action::SetFilter),
        on_allow_data_loss: use_action(&state, Action::SetAllowDataLoss),
        on_compare: use_action(&state, Action::EditCompare),
        on_copy_migration: {
            let toast = toast.clone();
            (*use_memo((), move |_| {
                Callback::from(move |sql: Rc<str>| {
                    copy_text(sql.to_string(), "Migration copied", &toast)
                })
            }))
            .clone()
        },
        on_download_migration: {
            let toast = toast.clone();
            (*use_memo(state.options.dialect, move |dialect| {
                let name = migration::file_name(*dialect);
                Callback::from(move |sql: Rc<str>| {
                    if let Err(e) = browser::download(&name, "application/sql", &sql) {
                        toast.emit(format!("Download failed: {e}"));
                    }
                })
            }))
            .clone()
        },
    };

    {
        let dispatcher = state.dispatcher();
        let seq = state.input_seq;
        use_effect_with((seq, state.is_current()), move |(_, current)| {
            let task = (!current).then(|| {
                Timeout::new(DIM_STALE_MS, move || {
                    dispatcher.dispatch(Action::StaleFor(seq))
                })
            });
            move || drop(task)
        });
    }
    let report = state.report.clone().map(Shared);
    let marks = use_memo(report.clone(), |report| {
        Rc::new(
            report
                .as_ref()
                .map(|r| r.gutter_marks())
                .unwrap_or_default(),
        )
    });
    // Marks of a report older than the text are dimmed while the next audit runs, and
    // hidden once no audit is coming (the worker died or its answer was unreadable).
    let editor_marks = if state.is_auditing() || state.is_current() {
        Shared((*marks).clone())
    } else {
        Shared(Rc::new(Vec::new()))
    };
    let findings_badge = report.as_ref().map_or(0, |r| r.summary.findings.total);
    let view = state.view;

    html! {
        <>
            <Header status={state.status.clone()} input_bytes={state.ddl.len()} theme={state.theme}
                {on_copy_link} on_theme={dispatch.reform(|_| Action::CycleTheme)} />
            <Banners state={BannerState::of(&state)} dispatch={dispatch.clone()} {on_bug_report} />
            <main class="workspace">
                <section class="input-pane" aria-label="Input">
                    <Toolbar options={state.options.clone()} rules={state.rules.clone().map(Shared)}
                        {on_options} {on_load} on_error={toast.clone()} />
                    <Editor ddl={state.ddl.clone()} dialect={state.options.dialect} marks={editor_marks}
                        stale={state.dim_stale} reveal={state.reveal} {on_edit} {on_file} />
                    if let Some(report) = &report {
                        <Diagnostics report={report.clone()} />
                    }
                </section>
                <section class="report-pane" aria-label="Report">
                    <Tabs selected={view} badges={vec![(View::Findings, findings_badge)]}
                        on_select={dispatch.reform(Action::SelectView)} />
                    <ExportBar on_export={export} />
                    <div class={classes!("panel", state.dim_stale.then_some("stale"))} role="tabpanel"
                        id={format!("panel-{}", view.key())} aria-labelledby={format!("tab-{}", view.key())} tabindex="0">
                        if let Some(diagnostic) = report.as_ref().and_then(|r| {
                            r.diagnostics.iter().find(|d| d.code == schema_audit_ddl::codes::INPUT_TOO_LARGE)
                        }) {
                            <p class="banner" id="too-large-notice" role="note">{format!("Not audited: {}.", diagnostic.message)}</p>
                        }
                        if let Some(report) = report.as_ref().filter(|r| r.omitted_tables > 0) {
                            <p class="banner" id="omitted-notice" role="note">{format!(
                                "This schema has {} tables. To stay responsive, the page shows the {} lowest-scoring in detail; the summary counts every table, and the Markdown, JSON and SARIF exports cover them all.",
                                report.summary.tables, report.tables.len()
                            )}</p>
                        }
                        { match &report {
                            None => html! { <p class="muted loading">{"Auditing…"}</p> },
                            Some(report) => render_view(&state, report, &views, &toast),
                        } }
                    </div>
                </section>
            </main>
            <footer class="foot">
                {"Schema Audit runs as WebAssembly in this tab. Your DDL is kept in this browser's local storage and in the page address (for sharing); it is never uploaded. "}
                <a href="embed/">{"Embed the auditor in your own tool"}</a>
                {"."}
            </footer>
        </>
    }
}

/// The report views' callbacks. Each is made once (see [`use_action`]).
struct ViewActions {
    on_table: Callback<String>,
    on_select_table: Callback<Option<String>>,
    on_finding: Callback<String>,
    on_filter: Callback<crate::state::FindingFilter>,
    on_allow_data_loss: Callback<bool>,
    on_compare: Callback<String>,
    on_copy_migration: Callback<Rc<str>>,
    on_download_migration: Callback<Rc<str>>,
}

/// A callback that dispatches `action`, made once per page. A fresh callback on every render
/// would compare unequal and render again, on every keystroke, each component it is given:
/// the rule settings, every table card, the summary.
#[hook]
fn use_action<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    (*use_memo((), move |_| {
        Callback::from(move |value: T| dispatcher.dispatch(action(value)))
    }))
    .clone()
}

fn render_view(
    state: &UseReducerHandle<State>,
    report: &Shared<ReportData>,
    views: &ViewActions,
    toast: &Callback<String>,
) -> Html {
    let on_finding = views.on_finding.clone();
    match state.view {
        View::Summary => html! {
            <SummaryView summary={Shared(report.summary.clone())} context={Shared(report.context.clone())} on_table={views.on_table.clone()} />
        },
        View::Tables => html! {
            <TablesView report={report.clone()} selected={state.selected_table.clone()}
                on_select={views.on_select_table.clone()} {on_finding} />
        },
        View::Findings => html! {
            <FindingsView report={report.clone()} filter={state.filter.clone()}
                selected={state.selected_finding.clone()} on_filter={views.on_filter.clone()} {on_finding} />
        },
        View::Atomization => html! { <AtomizationView report={report.clone()} /> },
        View::Revised => {
            let revised = report.revised_schema.to_string();
            let on_copy = {
                let (revised, toast) = (revised.clone(), toast.clone());
                Callback::from(move |_| copy_text(revised.clone(), "Revised SQL copied", &toast))
            };
            let on_download = {
                let (revised, toast) = (revised.clone(), toast.clone());
                Callback::from(move |_| {
                    if let Err(e) =
                        browser::download("revised-schema.sql", "application/sql", &revised)
                    {
                        toast.emit(format!("Download failed: {e}"));
                    }
                })
            };
            html! { <RevisedView input={state.ddl.clone()} revised={AttrValue::from(revised)} {on_copy} {on_download} /> }
        }
        View::Migration => migration_view(
            state,
            views,
            "The revised schema needs no change to a live database: the audit's fixes here are all notes or need a decision, or there are none.",
        ),
        View::Compare => html! {
            <>
                <CompareInput text={state.compare.clone()} input={state.ddl.clone()} on_edit={views.on_compare.clone()} />
                { migration_view(state, views, "The two versions define the same schema: a database at the old one needs no change.") }
            </>
        },
        View::Rules => html! { <RulesView rules={state.rules.clone().map(Shared)} /> },
    }
}

fn migration_view(state: &State, views: &ViewActions, empty_text: &'static str) -> Html {
    html! {
        <MigrationView shown={state.migration_shown()} dialect={state.options.dialect}
            allow_data_loss={state.allow_data_loss} empty_text={empty_text}
            on_allow_data_loss={views.on_allow_data_loss.clone()}
            on_copy={views.on_copy_migration.clone()} on_download={views.on_download_migration.clone()} />
    }
}

#[derive(Properties, PartialEq)]
struct DiagnosticsProps {
    report: Shared<ReportData>,
}

/// Parse diagnostics under the editor, each with its line (the gutter marks them too).
#[function_component(Diagnostics)]
fn diagnostics(props: &DiagnosticsProps) -> Html {
    let list = &props.report.diagnostics;
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <details class="diagnostics" open={list.len() <= 5}>
            <summary>{format!("{} parse diagnostics", list.len())}</summary>
            <ul class="plain small">
                { for list.iter().take(200).map(|d| html! {
                    <li><span class="chip diag">{d.code.clone()}</span>{format!(" line {}: {}", d.span.line, d.message)}</li>
                }) }
            </ul>
        </details>
    }
}

type ClientSlot = Rc<RefCell<Option<AuditClient>>>;

/// Runs audits in the worker (big scripts debounced) and returns the export callback.
#[hook]
fn use_audit_worker(state: &UseReducerHandle<State>) -> Callback<(ExportFormat, ExportAction)> {
    let slot: ClientSlot = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    let handlers = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let d = dispatcher.clone();
            let on_reply = Callback::from(move |r: Reply| handle_reply(&d, r));
            let d = dispatcher.clone();
            let on_death = Callback::from(move |m: String| d.dispatch(Action::WorkerDied(m)));
            (on_reply, on_death)
        })
    };
    {
        let (slot, handlers, timer) = (slot.clone(), handlers.clone(), timer.clone());
        let (seq, options, fault_injection) = (
            state.input_seq,
            state.options.clone(),
            state.fault_injection,
        );
        let ddl = state.ddl.clone();
        let first = state.report.is_none() && !state.worker_died();
        use_effect_with(seq, move |_| {
            // The script is copied here, once per edit, not on every render.
            let request = Request::Audit {
                seq,
                base: 0,
                ddl: ddl.to_string(),
                options,
                fault_injection,
            };
            // Replacing the timer cancels the previous keystroke's pending audit.
            if first || ddl.len() <= SMALL_INPUT_BYTES {
                // At once, not from a zero-delay timer: that would wait for the browser to
                // lay out and paint the edit first, and the worker would sit idle meanwhile.
                *timer.borrow_mut() = None;
                send(&slot, &handlers, request, true);
            } else {
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                    send(&slot, &handlers, request, true);
                }));
            }
        });
    }
    {
        let (slot, handlers) = (slot.clone(), handlers.clone());
        let timer = use_mut_ref(|| None::<Timeout>);
        let wanted = state
            .wanted_migration()
            .filter(|query| !state.has_migration(*query));
        let request = wanted.map(|query| {
            let new = (query == MigrationQuery::Compare).then(|| state.compare.clone());
            (query, state.ddl.clone(), new)
        });
        let (seq, options, allow_data_loss) = (
            state.migration_seq,
            state.options.clone(),
            state.allow_data_loss,
        );
        use_effect_with((seq, wanted), move |_| {
            *timer.borrow_mut() = None;
            let Some((query, old, new)) = request else {
                return;
            };
            let small = old.len().max(new.as_ref().map_or(0, |n| n.len())) <= SMALL_INPUT_BYTES;
            let request = Request::Migrate {
                seq,
                query,
                old: old.to_string(),
                new: new.map(|n| n.to_string()),
                options,
                allow_data_loss,
            };
            // Like audits: small scripts at once, big ones once the typing pauses.
            if small {
                send(&slot, &handlers, request, false);
            } else {
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                    send(&slot, &handlers, request, false);
                }));
            }
        });
    }
    let (ddl, options) = (state.ddl.clone(), state.options.clone());
    Callback::from(move |(format, action): (ExportFormat, ExportAction)| {
        let request = Request::Render {
            seq: 0,
            ddl: ddl.to_string(),
            options: options.clone(),
            format,
            action,
        };
        send(&slot, &handlers, request, false);
    })
}

/// Sends a request, first replacing the worker if it died (or, for audits, if it is
/// stuck on an older input).
fn send(
    slot: &ClientSlot,
    handlers: &(Callback<Reply>, Callback<String>),
    request: Request,
    replace_if_busy: bool,
) {
    let mut slot = slot.borrow_mut();
    // The default worker reads T-SQL only; PostgreSQL and MySQL start the full one, which
    // then stays (it reads T-SQL too).
    let replace = slot.as_ref().is_none_or(|client| {
        client.is_dead()
            || !client.can_answer(&request)
            || (replace_if_busy && client.busy_for(browser::now()) > RESTART_BUSY_WORKER_MS)
    });
    if replace {
        let full = request.needs_full_worker() || slot.as_ref().is_some_and(AuditClient::is_full);
        // Dropping the old client terminates its worker.
        *slot = None;
        match AuditClient::spawn(full, handlers.0.clone(), handlers.1.clone()) {
            Ok(client) => {
                let _ = client.send(Request::Rules);
                *slot = Some(client);
            }
            Err(e) => {
                handlers
                    .1
                    .emit(format!("could not start the audit worker: {e}"));
                return;
            }
        }
    }
    if let Some(client) = slot.as_ref() {
        if let Err(e) = client.send(request) {
            handlers
                .1
                .emit(format!("could not reach the audit worker: {e}"));
        }
    }
}

fn handle_reply(dispatcher: &UseReducerDispatcher<State>, reply: Reply) {
    match reply {
        Reply::Audited {
            seq,
            report,
            millis,
        } => dispatcher.dispatch(match report {
            Ok(report) => Action::Audited {
                seq,
                report,
                millis,
            },
            Err(message) => Action::AuditUnreadable { seq, message },
        }),
        Reply::Rules(rules) => dispatcher.dispatch(Action::RulesLoaded(Rc::new(rules))),
        Reply::Migrated {
            seq,
            query,
            migration,
        } => dispatcher.dispatch(Action::Migrated(MigrationAnswer {
            seq,
            query,
            result: migration,
        })),
        Reply::Rendered {
            format,
            action,
            text,
        } => {
            let toast = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |t: String| dispatcher.dispatch(Action::Toast(Some(t))))
            };
            match action {
                ExportAction::Download => {
                    if let Err(e) = browser::download(format.file_name(), format.mime(), &text) {
                        toast.emit(format!("Download failed: {e}"));
                    }
                }
                ExportAction::Copy => {
                    copy_text(text, &format!("{} copied", format.label()), &toast)
                }
            }
        }
    }
}

fn copy_text(text: String, done: &str, toast: &Callback<String>) {
    let (done, toast) = (done.to_string(), toast.clone());
    yew::platform::spawn_local(async move {
        match browser::copy(&text).await {
            Ok(()) => toast.emit(done),
            Err(e) => toast.emit(format!("Could not copy ({e}).")),
        }
    });
}

fn copy_link(state: &State, toast: &Callback<String>) {
    if state.ddl.len() + state.compare.len() > SHARE_INPUT_LIMIT {
        toast.emit("This schema is too large to share as a link; download it instead.".into());
        return;
    }
    browser::set_fragment(&share::encode(&state.shared()));
    let href = browser::href();
    let toast = toast.clone();
    yew::platform::spawn_local(async move {
        match browser::copy(&href).await {
            Ok(()) => toast.emit("Link copied".into()),
            Err(_) => toast.emit("The link is in the address bar; copy it from there.".into()),
        }
    });
}

fn bug_report(state: &State, toast: &Callback<String>) {
    let report = serde_json::json!({
        "about": "Schema Audit bug report: the audit worker stopped on this input.",
        "error": match &state.status { crate::state::AuditStatus::WorkerDied(m) => m.clone(), _ => String::new() },
        "version": env!("CARGO_PKG_VERSION"),
        "options": state.options,
        "ddl": &*state.ddl,
    });
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    if let Err(e) = browser::download("schema-audit-bug-report.json", "application/json", &text) {
        toast.emit(format!("Download failed: {e}"));
    }
}

/// Saves the work to localStorage and mirrors the state into the URL fragment.
#[hook]
fn use_persistence(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    {
        let saved = state.saved();
        let (allowed, warned) = (state.save_allowed, state.storage_warning.is_some());
        let dispatcher = dispatcher.clone();
        use_effect_with((state.migration_seq, allowed), move |_| {
            let task = allowed.then(|| {
                Timeout::new(SAVE_DELAY_MS, move || {
                    if let Err(e) = browser::save(&saved) {
                        if !warned {
                            dispatcher.dispatch(Action::StorageFailed(e));
                        }
                    }
                })
            });
            move || drop(task)
        });
    }
    {
        let shared = state.shared();
        let keep_damaged_link = state.link_error.is_some();
        let key = (
            state.migration_seq,
            state.view,
            state.selected_table.clone(),
            state.selected_finding.clone(),
            keep_damaged_link,
        );
        use_effect_with(key, move |_| {
            // A link that could not be opened stays in the address bar until dismissed, so
            // the person can still see (and retry) what they were sent.
            let task = (!keep_damaged_link).then(|| {
                Timeout::new(LINK_DELAY_MS, move || {
                    let size = shared.ddl.len() + shared.compare.as_ref().map_or(0, String::len);
                    if size <= SHARE_INPUT_LIMIT {
                        browser::set_fragment(&share::encode(&shared));
                    } else {
                        browser::set_fragment("");
                    }
                })
            });
            move || drop(task)
        });
    }
    // A link pasted into the address bar of an open tab changes only the fragment, which
    // reloads nothing; reload so that it goes through the same checks as a fresh visit.
    // (`replaceState`, which the page uses for its own updates, fires no `hashchange`.)
    use_effect_with((), |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", |_| {
                let _ = gloo::utils::window().location().reload();
            });
        move || drop(listener)
    });
    use_effect_with(state.theme, |theme| {
        browser::apply_theme(theme.key());
        browser::save_theme(theme.key());
    });
    use_effect_with(state.toast.clone(), move |toast| {
        let task = toast
            .is_some()
            .then(|| Timeout::new(3000, move || dispatcher.dispatch(Action::Toast(None))));
        move || drop(task)
    });
}
