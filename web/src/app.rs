//! The root component.

use std::rc::Rc;

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

#[derive(Properties)]
struct SummaryProps {
    report: Rc<schema_audit::Report>,
}

impl PartialEq for SummaryProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

#[function_component(Summary)]
fn summary(props: &SummaryProps) -> Html {
    let report = &props.report;
    let summary = &report.summary;
    html! {
        <section class="result" aria-live="polite" aria-label="Audit result">
            <p>
                <span class="stat" id="table-count">{summary.tables}</span>{" tables, "}
                <span id="statement-count">{summary.statements.total}</span>{" statements, average score "}
                <span id="average-score">{format!("{:.0}", summary.average_score)}</span>
            </p>
            <ul class="tables">
                { for report.tables.iter().map(|t| html! {
                    <li class="table-score">
                        <strong>{&t.name}</strong>{format!(" {} ({:?}), {} findings", t.score, t.grade, t.findings.len())}
                    </li>
                }) }
            </ul>
            if !report.diagnostics.is_empty() {
                <ul class="diagnostics">
                    { for report.diagnostics.iter().map(|d| html! {
                        <li>{format!("line {}: {}", d.span.line, d.message)}</li>
                    }) }
                </ul>
            }
        </section>
    }
}
