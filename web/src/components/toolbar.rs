//! Input controls: samples, opening a file, the dialect, and the audit options.

use schema_audit::Severity;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::Shared;
use crate::options::{Options, DIALECTS, TENANCIES};
use crate::protocol::RuleDoc;
use crate::samples::{self, SAMPLES};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub options: Options,
    pub rules: Option<Shared<Vec<RuleDoc>>>,
    pub on_options: Callback<Options>,
    pub on_load: Callback<String>,
    pub on_error: Callback<String>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let on_sample = {
        let on_load = props.on_load.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(sample) = samples::by_key(&select.value()) {
                on_load.emit(sample.ddl.to_string());
            }
            select.set_value("");
        })
    };
    let on_file = {
        let (on_load, on_error) = (props.on_load.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                crate::browser::read_file(file, on_load.clone(), on_error.clone());
            }
            input.set_value("");
        })
    };
    let on_dialect = {
        let (options, on_options) = (props.options.clone(), props.on_options.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(dialect) = select.value().parse() {
                on_options.emit(Options {
                    dialect,
                    ..options.clone()
                });
            }
        })
    };
    let on_tenant = {
        let (options, on_options) = (props.options.clone(), props.on_options.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_options.emit(Options {
                tenant_column: input.value().trim().to_string(),
                ..options.clone()
            });
        })
    };
    let on_tenancy = {
        let (options, on_options) = (props.options.clone(), props.on_options.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some((tenancy, _, _)) =
                TENANCIES.iter().find(|(_, key, _)| *key == select.value())
            {
                on_options.emit(Options {
                    tenancy: *tenancy,
                    // The choice replaces the older flag, which would otherwise win.
                    multi_tenant: None,
                    ..options.clone()
                });
            }
        })
    };
    let tenancy = props.options.to_audit().tenancy();
    let changed = props.options.disabled_rules.len() + props.options.severity_overrides.len();
    html! {
        <div class="toolbar" role="toolbar" aria-label="Input">
            <label class="field">
                <span>{"Sample"}</span>
                <select id="sample-picker" onchange={on_sample} aria-label="Load a sample schema">
                    <option value="" selected=true>{"Load a sample…"}</option>
                    { for SAMPLES.iter().map(|s| html! { <option value={s.key}>{s.name}</option> }) }
                </select>
            </label>
            <label class="button file-button">
                {"Open .sql file"}
                <input id="file-input" type="file" accept=".sql,.txt,text/plain" onchange={on_file} />
            </label>
            <label class="field">
                <span>{"Dialect"}</span>
                <select id="dialect" onchange={on_dialect}>
                    { for DIALECTS.iter().map(|(d, label)| html! {
                        <option value={d.as_str()} selected={*d == props.options.dialect}>{*label}</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span>{"Tenant column"}</span>
                <input id="tenant-column" type="text" size="10" value={props.options.tenant_column.clone()}
                    onchange={on_tenant} spellcheck="false" />
            </label>
            <label class="field">
                <span>{"Tenancy"}</span>
                <select id="tenancy" onchange={on_tenancy}>
                    { for TENANCIES.iter().map(|(t, key, label)| html! {
                        <option value={*key} selected={*t == tenancy}>{*label}</option>
                    }) }
                </select>
            </label>
            <details class="rule-options">
                <summary>{format!("Rules{}", if changed > 0 { format!(" ({changed} changed)") } else { String::new() })}</summary>
                { match &props.rules {
                    Some(rules) => html! { <RuleSettings options={props.options.clone()} rules={rules.clone()} on_options={props.on_options.clone()} /> },
                    None => html! { <p class="muted">{"Loading rules…"}</p> },
                } }
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RuleSettingsProps {
    options: Options,
    rules: Shared<Vec<RuleDoc>>,
    on_options: Callback<Options>,
}

/// One row per rule: enabled, and the severity it reports at.
#[function_component(RuleSettings)]
fn rule_settings(props: &RuleSettingsProps) -> Html {
    let row = |rule: &RuleDoc| {
        let id = rule.id.clone();
        let enabled = !props.options.disabled_rules.contains(&id);
        let on_toggle = {
            let (options, on_options, id) =
                (props.options.clone(), props.on_options.clone(), id.clone());
            Callback::from(move |_: Event| {
                let mut options = options.clone();
                if !options.disabled_rules.remove(&id) {
                    options.disabled_rules.insert(id.clone());
                }
                on_options.emit(options);
            })
        };
        let on_severity = {
            let (options, on_options, id) =
                (props.options.clone(), props.on_options.clone(), id.clone());
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let mut options = options.clone();
                match Severity::ALL.iter().find(|s| s.as_str() == select.value()) {
                    Some(severity) => options.severity_overrides.insert(id.clone(), *severity),
                    None => options.severity_overrides.remove(&id),
                };
                on_options.emit(options);
            })
        };
        let current = props.options.severity_overrides.get(&id).copied();
        html! {
            <tr>
                <td><label><input type="checkbox" checked={enabled} onchange={on_toggle} />{" "}<code>{id.clone()}</code></label></td>
                <td>
                    <select aria-label={format!("Severity of {id}")} onchange={on_severity}>
                        <option value="" selected={current.is_none()}>{format!("default ({})", rule.severity.as_str())}</option>
                        { for Severity::ALL.iter().map(|s| html! {
                            <option value={s.as_str()} selected={current == Some(*s)}>{s.as_str()}</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    };
    html! {
        <table class="rule-table">
            <thead><tr><th>{"Rule"}</th><th>{"Severity"}</th></tr></thead>
            <tbody>{ for props.rules.iter().map(row) }</tbody>
        </table>
    }
}
