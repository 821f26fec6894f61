//! Messages above the work area: a link that could not open, a choice between a link and
//! saved work, storage trouble, a crashed worker, and short confirmations.

use yew::prelude::*;

use std::rc::Rc;

use crate::share::LinkError;
use crate::state::{Action, AuditStatus, Saved, State};

/// The parts of the state the banners show: a few small fields, cheap to compare on every
/// render (the whole state holds the script and the report).
#[derive(Debug, Clone, PartialEq)]
pub struct BannerState {
    pub link_error: Option<LinkError>,
    pub conflict: Option<Rc<Saved>>,
    pub storage_warning: Option<String>,
    /// Why the worker died, if it did.
    pub worker_died: Option<String>,
    /// Why the last answer could not be read, if it could not.
    pub unreadable: Option<String>,
    pub toast: Option<String>,
}

impl BannerState {
    pub fn of(state: &State) -> Self {
        BannerState {
            link_error: state.link_error.clone(),
            conflict: state.conflict.clone(),
            storage_warning: state.storage_warning.clone(),
            worker_died: match &state.status {
                AuditStatus::WorkerDied(message) => Some(message.clone()),
                _ => None,
            },
            unreadable: match &state.status {
                AuditStatus::Failed(message) => Some(message.clone()),
                _ => None,
            },
            toast: state.toast.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct BannersProps {
    pub state: BannerState,
    pub dispatch: Callback<Action>,
    pub on_bug_report: Callback<()>,
}

#[function_component(Banners)]
pub fn banners(props: &BannersProps) -> Html {
    let state = &props.state;
    let act = |action: Action| props.dispatch.reform(move |_: MouseEvent| action.clone());
    html! {
        <div class="banners">
            if let Some(error) = &state.link_error {
                <div class="banner error" id="link-error" role="alert">
                    <strong>{"The shared link could not be opened. "}</strong>
                    {error.message()}
                    {" Your own work below is unchanged."}
                    <button onclick={act(Action::DismissLinkError)}>{"Dismiss"}</button>
                </div>
            }
            if let Some(saved) = &state.conflict {
                <div class="banner warn" id="link-conflict" role="alert">
                    <strong>{"You opened a shared link. "}</strong>
                    {format!("Your saved work ({} lines) differs from it and has not been touched. ", saved.ddl.lines().count())}
                    <button id="keep-link" onclick={act(Action::KeepSharedLink)}>{"Keep the shared schema"}</button>
                    <button id="restore-saved" onclick={act(Action::RestoreSavedWork)}>{"Go back to my work"}</button>
                </div>
            }
            if let Some(warning) = &state.storage_warning {
                <div class="banner warn" id="storage-warning" role="status">
                    {warning.clone()}
                    <button onclick={act(Action::DismissStorageWarning)}>{"Dismiss"}</button>
                </div>
            }
            if let Some(message) = &state.worker_died {
                <div class="banner error" id="worker-died" role="alert">
                    <strong>{"The audit stopped unexpectedly. "}</strong>
                    {"Your text is safe in the editor; the next edit starts a fresh audit. "}
                    // The first line says what happened; the stack goes in the bug report.
                    <span class="muted">{format!("({})", message.lines().next().unwrap_or_default())}</span>
                    <button onclick={props.on_bug_report.reform(|_: MouseEvent| ())}>{"Download a bug report"}</button>
                </div>
            }
            if let Some(message) = &state.unreadable {
                <div class="banner error" role="alert">{format!("The audit result could not be read: {message}")}</div>
            }
            if let Some(toast) = &state.toast {
                <div class="toast" id="toast" role="status" aria-live="polite">{toast.clone()}</div>
            }
        </div>
    }
}
