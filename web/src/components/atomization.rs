//! The Atomization view: column verdicts and the revised tables.

use yew::prelude::*;

use super::Shared;
use crate::report::ReportData;

const TABLE_LIMIT: usize = 60;

#[derive(Properties, PartialEq)]
pub struct AtomizationProps {
    pub report: Shared<ReportData>,
}

#[function_component(AtomizationView)]
pub fn atomization_view(props: &AtomizationProps) -> Html {
    let tables = &props.report.tables;
    html! {
        <div class="atomization">
            <p class="muted">{"Columns marked atom hold source content that belongs in a shared atoms table; keep columns stay."}</p>
            { for tables.iter().take(TABLE_LIMIT).map(|t| {
                let a = &t.atomization;
                let atoms = a.columns.iter().filter(|c| c.verdict == "atom").count();
                html! {
                    <details class="card atom-card" open={atoms > 0}>
                        <summary>
                            <strong>{t.name.clone()}</strong>
                            <span class={classes!("status-pill", a.verdict.clone())}>{a.verdict.replace('-', " ")}</span>
                            <span class="muted">{format!(" {atoms} atom / {} keep", a.columns.len() - atoms)}</span>
                        </summary>
                        <table class="verdicts">
                            <thead><tr><th>{"Column"}</th><th>{"Verdict"}</th><th>{"Reason"}</th></tr></thead>
                            <tbody>
                                { for a.columns.iter().map(|c| html! {
                                    <tr class={format!("verdict-{}", c.verdict)}>
                                        <td><code>{c.column.clone()}</code></td>
                                        <td>{c.verdict.clone()}</td>
                                        <td>{c.reason.replace('-', " ")}</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        if let Some(revised) = &a.revised_table {
                            <h4>{"Revised table"}</h4>
                            <pre class="code">{revised.clone()}</pre>
                        }
                        if let Some(example) = &a.composition_example {
                            <h4>{"Composing it back"}</h4>
                            <pre class="code">{example.clone()}</pre>
                        }
                    </details>
                }
            }) }
            if tables.len() > TABLE_LIMIT {
                <p class="muted">{format!("Showing {TABLE_LIMIT} of {} tables.", tables.len())}</p>
            }
        </div>
    }
}
