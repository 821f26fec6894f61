//! The Findings view: filters, search, and the list; a click jumps to the line.

use std::rc::Rc;

use schema_audit::{Category, Severity};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::common::{inline, SeverityChip};
use super::Shared;
use crate::report::{ReportData, TableData};
use crate::state::FindingFilter;

/// Findings rendered at most; the count says how many matched.
const LIST_LIMIT: usize = 500;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Shared<ReportData>,
    pub filter: FindingFilter,
    pub selected: Option<String>,
    pub on_filter: Callback<FindingFilter>,
    pub on_finding: Callback<String>,
}

#[function_component(FindingsView)]
pub fn findings_view(props: &FindingsProps) -> Html {
    let selected_ref = use_node_ref();
    {
        let selected_ref = selected_ref.clone();
        let key = (props.selected.clone(), props.report.clone());
        use_effect_with(key, move |_| {
            if let Some(el) = selected_ref.cast::<web_sys::Element>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let report = &props.report;
    // (table, finding's position in it): rows take the table, shared with the previous
    // report when unchanged, so a keystroke renders only the rows of the table it changed.
    let matching: Vec<(&Rc<TableData>, usize)> = report
        .tables
        .iter()
        .flat_map(|t| (0..t.findings.len()).map(move |i| (t, i)))
        .filter(|(t, i)| props.filter.matches(&t.findings[*i]))
        .collect();
    let mut rules: Vec<&str> = report.findings().map(|f| f.rule.as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    let tables: Vec<&str> = report.tables.iter().map(|t| t.name.as_str()).collect();

    let filter = &props.filter;
    let set = |change: fn(&mut FindingFilter, String)| {
        let (filter, on_filter) = (filter.clone(), props.on_filter.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut next = filter.clone();
            change(&mut next, value);
            on_filter.emit(next);
        })
    };
    let on_search = {
        let (filter, on_filter) = (filter.clone(), props.on_filter.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_filter.emit(FindingFilter {
                search: input.value(),
                ..filter.clone()
            });
        })
    };
    let option = |value: &str, label: &str, selected: bool| {
        html! { <option value={value.to_string()} {selected}>{label.to_string()}</option> }
    };
    html! {
        <div class="findings">
            <div class="filters" role="search">
                <label class="field"><span>{"Severity"}</span>
                    <select id="filter-severity" onchange={set(|f, v| f.severity = Severity::ALL.into_iter().find(|s| s.as_str() == v))}>
                        {option("", "All", filter.severity.is_none())}
                        { for Severity::ALL.iter().map(|s| option(s.as_str(), s.as_str(), filter.severity == Some(*s))) }
                    </select>
                </label>
                <label class="field"><span>{"Category"}</span>
                    <select id="filter-category" onchange={set(|f, v| f.category = Category::ALL.into_iter().find(|c| c.as_str() == v))}>
                        {option("", "All", filter.category.is_none())}
                        { for Category::ALL.iter().map(|c| option(c.as_str(), c.as_str(), filter.category == Some(*c))) }
                    </select>
                </label>
                <label class="field"><span>{"Rule"}</span>
                    <select id="filter-rule" onchange={set(|f, v| f.rule = (!v.is_empty()).then_some(v))}>
                        {option("", "All", filter.rule.is_none())}
                        { for rules.iter().map(|r| option(r, r, filter.rule.as_deref() == Some(*r))) }
                    </select>
                </label>
                <label class="field"><span>{"Table"}</span>
                    <select id="filter-table" onchange={set(|f, v| f.table = (!v.is_empty()).then_some(v))}>
                        {option("", "All", filter.table.is_none())}
                        { for tables.iter().map(|t| option(t, t, filter.table.as_deref() == Some(*t))) }
                    </select>
                </label>
                <label class="field grow"><span>{"Search"}</span>
                    <input id="filter-search" type="search" placeholder="message, column, rule…" value={filter.search.clone()} oninput={on_search} />
                </label>
            </div>
            <p class="muted small" id="finding-match-count">{format!("{} of {} findings", matching.len(), report.summary.findings.total)}</p>
            <ul class="finding-list plain">
                { for matching.iter().take(LIST_LIMIT).map(|(table, index)| {
                    let selected = props.selected.as_deref() == Some(table.findings[*index].id.as_str());
                    html! {
                        <FindingRow table={Shared((*table).clone())} index={*index} {selected}
                            node_ref={selected.then(|| selected_ref.clone())} on_finding={props.on_finding.clone()} />
                    }
                }) }
            </ul>
            if matching.len() > LIST_LIMIT {
                <p class="muted">{format!("Showing the first {LIST_LIMIT}; narrow the filters to see the rest.")}</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FindingRowProps {
    table: Shared<TableData>,
    /// The finding's position in `table.findings`.
    index: usize,
    selected: bool,
    /// Only the selected row's: a fresh `NodeRef` per row would render every row again.
    node_ref: Option<NodeRef>,
    on_finding: Callback<String>,
}

#[function_component(FindingRow)]
fn finding_row(props: &FindingRowProps) -> Html {
    let Some(f) = props.table.findings.get(props.index) else {
        return Html::default();
    };
    let selected = props.selected;
    let id = f.id.clone();
    html! {
        <li class={classes!("finding", selected.then_some("selected"))} data-finding={f.id.clone()}
            ref={props.node_ref.clone().unwrap_or_default()}>
            <button class="finding-main" onclick={props.on_finding.reform(move |_: MouseEvent| id.clone())}
                aria-current={selected.then_some("true")}
                title="Show this line in the editor">
                <SeverityChip severity={f.severity} />
                <span class="finding-text">{inline(&f.message)}</span>
                <span class="finding-meta">
                    <code>{f.rule.clone()}</code>{" · "}{f.table.clone()}{format!(" · line {}", f.span.line)}
                </span>
            </button>
            if let Some(fix) = &f.fix {
                <details class="fix">
                    <summary>{format!("Fix ({}): {}", fix.applicability, fix.description)}</summary>
                    <pre class="code">{fix.sql.clone()}</pre>
                </details>
            }
        </li>
    }
}
