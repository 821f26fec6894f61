//! Export buttons: the report as Markdown, JSON or SARIF (rendered by the worker).

use yew::prelude::*;

use crate::protocol::{ExportAction, ExportFormat};

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub on_export: Callback<(ExportFormat, ExportAction)>,
}

#[function_component(ExportBar)]
pub fn export_bar(props: &ExportProps) -> Html {
    html! {
        <div class="export" role="group" aria-label="Export the report">
            <span class="muted">{"Export report:"}</span>
            { for ExportFormat::ALL.iter().map(|format| {
                let format = *format;
                let key = format.label().to_lowercase();
                html! {
                    <span class="split">
                        <button id={format!("download-{key}")} title={format!("Download {}", format.file_name())}
                            onclick={props.on_export.reform(move |_: MouseEvent| (format, ExportAction::Download))}>
                            {format!("⬇ {}", format.label())}
                        </button>
                        <button id={format!("copy-{key}")} aria-label={format!("Copy {}", format.label())} title={format!("Copy {}", format.label())}
                            onclick={props.on_export.reform(move |_: MouseEvent| (format, ExportAction::Copy))}>
                            {"Copy"}
                        </button>
                    </span>
                }
            }) }
        </div>
    }
}
