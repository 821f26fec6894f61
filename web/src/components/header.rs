//! The page header: title, audit status, Copy link and the theme switch.

use yew::prelude::*;

use crate::state::{AuditStatus, Theme};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub status: AuditStatus,
    /// Size of the input in bytes, to say what is being audited.
    pub input_bytes: usize,
    pub theme: Theme,
    pub on_copy_link: Callback<()>,
    pub on_theme: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let copy = props.on_copy_link.reform(|_: MouseEvent| ());
    let theme = props.on_theme.reform(|_: MouseEvent| ());
    html! {
        <header class="top">
            <div class="brand">
                <h1>{"Schema Audit"}</h1>
                <p class="tagline">{"SQL DDL auditor. Runs entirely in your browser: nothing you paste is sent anywhere."}</p>
            </div>
            <div class="top-actions">
                <Status status={props.status.clone()} input_bytes={props.input_bytes} />
                <button id="copy-link" class="primary" onclick={copy}>{"Copy link"}</button>
                <button id="theme-toggle" onclick={theme}
                    aria-label={format!("Theme: {} (change)", props.theme.key())}
                    title="Switch between system, light and dark themes">
                    {match props.theme { Theme::System => "◐ Auto", Theme::Light => "☀ Light", Theme::Dark => "☾ Dark" }}
                </button>
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct StatusProps {
    status: AuditStatus,
    input_bytes: usize,
}

#[function_component(Status)]
fn status(props: &StatusProps) -> Html {
    let (class, text) = match &props.status {
        AuditStatus::Auditing if props.input_bytes > 100_000 => (
            "auditing",
            format!("Auditing {}…", human_size(props.input_bytes)),
        ),
        AuditStatus::Auditing => ("auditing", "Auditing…".to_string()),
        AuditStatus::Done { millis } => ("done", format!("Audited in {millis:.0} ms")),
        AuditStatus::Failed(_) => ("failed", "Audit unreadable".to_string()),
        AuditStatus::WorkerDied(_) => ("failed", "Audit stopped".to_string()),
    };
    html! {
        <span id="audit-status" class={classes!("status", class)} role="status" aria-live="polite">
            if class == "auditing" { <span class="spinner" aria-hidden="true"></span> }
            {text}
        </span>
    }
}

pub fn human_size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}
