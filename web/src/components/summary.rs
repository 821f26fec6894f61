//! The Summary view: average score, grade distribution, findings by severity and
//! category, candidate rankings and migration priorities.

use schema_audit::{Category, Severity};
use yew::prelude::*;

use super::common::{grade_class, inline};
use super::Shared;
use crate::report::{ContextData, Ranked, SummaryData, GRADES};

/// Longest list shown in full; longer ones say how many more there are.
const LIST_LIMIT: usize = 12;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// Shared with the previous report when unchanged, so typing that changes no count or
    /// ranking does not render the summary again.
    pub summary: Shared<SummaryData>,
    /// Tenancy and warehouse judgement, shared with the previous report when unchanged.
    pub context: Shared<ContextData>,
    pub on_table: Callback<String>,
}

#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    let summary = &props.summary;
    let counts = &summary.findings;
    let max_grade = GRADES
        .iter()
        .map(|g| summary.distribution.get(*g).copied().unwrap_or(0))
        .max()
        .unwrap_or(0)
        .max(1);
    let max_category = counts
        .by_category
        .values()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let rankings = [
        (
            "In-memory OLTP candidates",
            &summary.rankings.memory_optimized,
        ),
        ("Columnstore candidates", &summary.rankings.columnstore),
        ("Partitioning candidates", &summary.rankings.partitioning),
        ("Compression candidates", &summary.rankings.compression),
    ];
    let priorities = [
        (
            "Critical",
            "sev-critical",
            &summary.migration_priority.critical,
        ),
        ("High", "sev-warning", &summary.migration_priority.high),
        ("Medium", "sev-info", &summary.migration_priority.medium),
    ];
    html! {
        <div class="summary">
            <div class="cards">
                <div class="card stat-card">
                    <div class="stat-label">{"Average score"}</div>
                    <div class="stat big" id="average-score">{format!("{:.0}", summary.average_score)}</div>
                    <div class="muted">{"out of 100"}</div>
                </div>
                <div class="card stat-card" id="tenancy-card">
                    <div class="stat-label">{"Tenancy"}</div>
                    <div class="stat" id="tenancy-verdict">{if props.context.tenancy.multi_tenant { "Multi-tenant" } else { "Single-tenant" }}</div>
                    <div class="muted small" id="tenancy-evidence">{inline(&props.context.tenancy.evidence)}</div>
                </div>
                <div class="card stat-card">
                    <div class="stat-label">{"Tables"}</div>
                    <div class="stat big" id="table-count">{summary.tables}</div>
                    <div class="muted">{format!("{} columns, {} indexes, {} foreign keys", summary.columns, summary.indexes, summary.foreign_keys)}</div>
                </div>
                <div class="card stat-card">
                    <div class="stat-label">{"Findings"}</div>
                    <div class="stat big" id="finding-count">{counts.total}</div>
                    <div class="sev-row">
                        { for Severity::ALL.iter().map(|s| html! {
                            <span class={classes!("chip", format!("sev-{}", s.as_str()))}>
                                {format!("{} {}", counts.by_severity.get(s).copied().unwrap_or(0), s.as_str())}
                            </span>
                        }) }
                    </div>
                </div>
                <div class="card stat-card">
                    <div class="stat-label">{"Statements"}</div>
                    <div class="stat big" id="statement-count">{summary.statements.total}</div>
                    <div class="muted">{format!("{} understood, {} partial, {} failed", summary.statements.understood, summary.statements.partial, summary.statements.failed)}</div>
                </div>
            </div>
            <div class="cards two">
                <section class="card" aria-labelledby="grade-chart-title">
                    <h3 id="grade-chart-title">{"Grade distribution"}</h3>
                    <div class="bars" role="list">
                        { for GRADES.iter().map(|grade| {
                            let n = summary.distribution.get(*grade).copied().unwrap_or(0);
                            bar(grade, n, max_grade, &grade_class(grade))
                        }) }
                    </div>
                </section>
                <section class="card" aria-labelledby="category-chart-title">
                    <h3 id="category-chart-title">{"Findings by category"}</h3>
                    <div class="bars" role="list">
                        { for Category::ALL.iter().map(|c| {
                            let n = counts.by_category.get(c).copied().unwrap_or(0);
                            bar(c.as_str(), n, max_category, "cat")
                        }) }
                    </div>
                </section>
            </div>
            <section class="card">
                <h3>{"Migration priorities"}</h3>
                <div class="cards three">
                    { for priorities.iter().map(|(title, class, items)| html! {
                        <div>
                            <h4><span class={classes!("chip", *class)}>{*title}</span>{format!(" {}", items.len())}</h4>
                            <ul class="plain small">
                                { for items.iter().take(LIST_LIMIT).map(|line| html! { <li>{inline(line)}</li> }) }
                                if items.len() > LIST_LIMIT { <li class="muted">{format!("and {} more", items.len() - LIST_LIMIT)}</li> }
                                if items.is_empty() { <li class="muted">{"None"}</li> }
                            </ul>
                        </div>
                    }) }
                </div>
            </section>
            <section class="card">
                <h3>{"Candidate rankings"}</h3>
                <div class="cards two">
                    { for rankings.iter().map(|(title, items)| ranking(title, items, &props.on_table)) }
                </div>
            </section>
        </div>
    }
}

fn bar(label: &str, n: usize, max: usize, class: &str) -> Html {
    let width = n as f64 * 100.0 / max as f64;
    html! {
        <div class="bar-row" role="listitem" aria-label={format!("{label}: {n}")}>
            <span class="bar-label">{label.to_string()}</span>
            <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect class={classes!("bar-fill", class.to_string())} x="0" y="0" width={format!("{width:.1}")} height="10" rx="1.5" />
            </svg>
            <span class="bar-value">{n}</span>
        </div>
    }
}

fn ranking(title: &str, items: &[Ranked], on_table: &Callback<String>) -> Html {
    html! {
        <div>
            <h4>{title.to_string()}</h4>
            if items.is_empty() { <p class="muted small">{"No candidates."}</p> }
            <ol class="ranking small">
                { for items.iter().take(LIST_LIMIT).map(|r| {
                    let table = r.table.clone();
                    html! {
                        <li>
                            <button class="link" onclick={on_table.reform(move |_: MouseEvent| table.clone())}>{r.table.clone()}</button>
                            <span class="score-pill">{r.score}</span>
                            <span class="muted">{" "}{inline(&r.recommendation)}</span>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
