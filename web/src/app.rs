//! The root component.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::state::{Action, State};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(crate::SAMPLE_SCHEMA));
    let on_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::Edit(area.value()));
        })
    };
    html! {
        <>
            <header>
                <h1>{"Schema Audit"}</h1>
                <p>{"Paste SQL DDL. Everything runs in your browser; nothing is sent anywhere."}</p>
            </header>
            <main>
                <textarea
                    id="ddl-input"
                    aria-label="SQL DDL to audit"
                    spellcheck="false"
                    value={state.ddl.clone()}
                    oninput={on_input}
                />
                <Summary report={state.report.clone()} />
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    report: schema_audit::Report,
}

#[function_component(Summary)]
fn summary(props: &SummaryProps) -> Html {
    let report = &props.report;
    html! {
        <section class="result" aria-live="polite" aria-label="Audit result">
            <div class="stat" id="statement-count">{report.statement_count}</div>
            <div>{"statements"}</div>
            if !report.diagnostics.is_empty() {
                <ul class="diagnostics">
                    { for report.diagnostics.iter().map(|d| html! { <li>{d}</li> }) }
                </ul>
            }
        </section>
    }
}
