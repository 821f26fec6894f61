//! Messages above the work area: a link that could not open, a choice between a link and
//! saved work, storage trouble, a crashed worker, and short confirmations.

use yew::prelude::*;

use crate::state::{Action, AuditStatus, State};

#[derive(Properties, PartialEq)]
pub struct BannersProps {
    pub state: std::rc::Rc<State>,
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
            if let AuditStatus::WorkerDied(message) = &state.status {
                <div class="banner error" id="worker-died" role="alert">
                    <strong>{"The audit stopped unexpectedly. "}</strong>
                    {"Your text is safe in the editor; the next edit starts a fresh audit. "}
                    // The first line says what happened; the stack goes in the bug report.
                    <span class="muted">{format!("({})", message.lines().next().unwrap_or_default())}</span>
                    <button onclick={props.on_bug_report.reform(|_: MouseEvent| ())}>{"Download a bug report"}</button>
                </div>
            }
            if let AuditStatus::Failed(message) = &state.status {
                <div class="banner error" role="alert">{format!("The audit result could not be read: {message}")}</div>
            }
            if let Some(toast) = &state.toast {
                <div class="toast" id="toast" role="status" aria-live="polite">{toast.clone()}</div>
            }
        </div>
    }
}
