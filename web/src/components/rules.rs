//! The Rules view: every rule's documentation, from the same text as `docs/rules`.

use yew::prelude::*;

use super::common::Markdown;
use super::Shared;
use crate::protocol::RuleDoc;

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub rules: Option<Shared<Vec<RuleDoc>>>,
}

#[function_component(RulesView)]
pub fn rules_view(props: &RulesProps) -> Html {
    let Some(rules) = &props.rules else {
        return html! { <p class="muted">{"Loading the rule catalog…"}</p> };
    };
    html! {
        <div class="rules">
            <p class="muted">{format!("{} rules.", rules.len())}</p>
            { for rules.iter().map(|rule| html! {
                <details class="card rule" id={format!("rule-{}", rule.id)}>
                    <summary>
                        <code>{rule.id.clone()}</code>
                        <span class={classes!("chip", format!("sev-{}", rule.severity.as_str()))}>{rule.severity.as_str()}</span>
                        <span class="chip cat">{rule.category.as_str()}</span>
                        <span class="rule-summary">{rule.summary.clone()}</span>
                    </summary>
                    <Markdown text={rule.markdown.clone()} />
                </details>
            }) }
        </div>
    }
}
