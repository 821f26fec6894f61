//! The Tables view: one card per table with its gauge, findings, strengths,
//! capabilities and column verdicts.

use yew::prelude::*;

use super::common::{inline, ScoreGauge, SeverityChip};
use super::Shared;
use crate::report::{ReportData, TableData};

/// Cards rendered before "Show all": thousands of cards would stall the page.
const CARD_LIMIT: usize = 40;

#[derive(Properties, PartialEq)]
pub struct TablesProps {
    pub report: Shared<ReportData>,
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
    pub on_finding: Callback<String>,
}

#[function_component(TablesView)]
pub fn tables_view(props: &TablesProps) -> Html {
    let show_all = use_state(|| false);
    let selected_ref = use_node_ref();
    {
        let selected_ref = selected_ref.clone();
        use_effect_with(props.selected.clone(), move |_| {
            if let Some(el) = selected_ref.cast::<web_sys::Element>() {
                el.scroll_into_view();
            }
        });
    }
    let tables = &props.report.tables;
    let limit = if *show_all { tables.len() } else { CARD_LIMIT };
    // A selected table is always shown, even past the limit.
    let visible = tables
        .iter()
        .enumerate()
        .filter(|(i, t)| *i < limit || props.selected.as_deref() == Some(t.name.as_str()));
    html! {
        <div class="table-cards">
            if tables.is_empty() { <p class="muted">{"No tables found in the input."}</p> }
            { for visible.map(|(_, t)| {
                let selected = props.selected.as_deref() == Some(t.name.as_str());
                html! {
                    <TableCard table={Shared(t.clone())} {selected}
                        node_ref={selected.then(|| selected_ref.clone())}
                        on_select={props.on_select.clone()} on_finding={props.on_finding.clone()} />
                }
            }) }
            if tables.len() > limit {
                <button class="show-all" onclick={let s = show_all.clone(); move |_| s.set(true)}>
                    {format!("Show all {} tables", tables.len())}
                </button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    /// Shared with the previous report when the table did not change, so its card is not
    /// rendered again.
    table: Shared<TableData>,
    selected: bool,
    /// Only the selected card's: a fresh `NodeRef` per card would render every card again.
    node_ref: Option<NodeRef>,
    on_select: Callback<Option<String>>,
    on_finding: Callback<String>,
}

#[function_component(TableCard)]
fn table_card(props: &CardProps) -> Html {
    let t = &props.table;
    let name = t.name.clone();
    let selected = props.selected;
    let on_select = props
        .on_select
        .reform(move |_: MouseEvent| (!selected).then(|| name.clone()));
    html! {
        <article class={classes!("card", "table-card", selected.then_some("selected"))} ref={props.node_ref.clone().unwrap_or_default()}
            aria-label={format!("Table {}", t.name)}>
            <header class="table-head">
                <ScoreGauge score={t.score} grade={t.grade.clone()} />
                <div>
                    <h3><button class="link table-name" onclick={on_select} aria-pressed={selected.to_string()}>{t.name.clone()}</button></h3>
                    <span class="muted">{format!("{} · line {} · {} findings", t.grade, t.span.line, t.findings.len())}</span>
                    <p class="role" title={format!("role {} ({})", t.role.role, t.role.source)}>
                        <span class={classes!("role-pill", format!("role-{}", t.role.role))}>{t.role.role.clone()}</span>
                        <span class="small muted">{t.role.evidence.join("; ")}</span>
                    </p>
                </div>
            </header>
            if !t.score_breakdown.is_empty() {
                <details class="score-breakdown">
                    <summary>{"What moved the score"}</summary>
                    <ul class="plain small">
                        { for t.score_breakdown.iter().map(|m| html! {
                            <li><span class="num">{format!("{:+}", m.points)}</span>{" "}{inline(&m.reason)}</li>
                        }) }
                    </ul>
                </details>
            }
            if !t.findings.is_empty() {
                <ul class="plain findings-mini">
                    { for t.findings.iter().map(|f| {
                        let id = f.id.clone();
                        html! {
                            <li>
                                <SeverityChip severity={f.severity} />
                                <button class="link" onclick={props.on_finding.reform(move |_: MouseEvent| id.clone())}>{inline(&f.message)}</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !t.strengths.is_empty() {
                <h4>{"Strengths"}</h4>
                <ul class="plain strengths">
                    { for t.strengths.iter().map(|s| html! { <li>{"✓ "}{inline(&s.message)}</li> }) }
                </ul>
            }
            <h4>{"Capabilities"}</h4>
            <table class="caps">
                <tbody>
                    { for t.capabilities.named().iter().map(|(name, c)| html! {
                        <tr>
                            <th scope="row">{*name}</th>
                            <td><span class={classes!("status-pill", c.status.clone())}>{c.status.replace('-', " ")}</span></td>
                            <td class="num">{c.score}</td>
                            <td class="small">{inline(&c.recommendation)}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h4>{"Columns"}</h4>
            <ul class="columns">
                { for t.atomization.columns.iter().map(|c| html! {
                    <li class={classes!("col", format!("verdict-{}", c.verdict))} title={c.reason.replace('-', " ")}>
                        <code>{c.column.clone()}</code><span class="verdict">{c.verdict.clone()}</span>
                    </li>
                }) }
            </ul>
        </article>
    }
}
