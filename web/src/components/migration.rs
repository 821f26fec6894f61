//! The Migration and Compare views: a migration script, highlighted, with its data-loss
//! warning, copy and download. Compare adds the second version of the schema to diff to.

use std::rc::Rc;

use schema_audit::Dialect;
use yew::prelude::*;

use crate::highlight::{self, HIGHLIGHT_LIMIT};
use crate::report::MigrationData as Migration;
use crate::state::MigrationShown;

#[derive(Properties, PartialEq)]
pub struct MigrationProps {
    pub shown: MigrationShown,
    pub dialect: Dialect,
    pub allow_data_loss: bool,
    /// What an empty migration means here, in a sentence.
    pub empty_text: AttrValue,
    pub on_allow_data_loss: Callback<bool>,
    /// Both get the script's text.
    pub on_copy: Callback<Rc<str>>,
    pub on_download: Callback<Rc<str>>,
}

/// The file a migration downloads as, named by its dialect.
pub fn file_name(dialect: Dialect) -> String {
    format!("migration-{}.sql", dialect.as_str())
}

#[function_component(MigrationView)]
pub fn migration_view(props: &MigrationProps) -> Html {
    let (migration, pending) = match &props.shown {
        MigrationShown::Ready(migration) => (migration.clone(), false),
        MigrationShown::Pending(Some(migration)) => (migration.clone(), true),
        MigrationShown::Pending(None) | MigrationShown::NoReport => {
            return html! { <p class="muted loading" id="migration-pending">{"Computing the migration…"}</p> };
        }
        MigrationShown::Failed(message) => {
            return html! { <p class="banner error" id="migration-error" role="alert">{format!("No migration: {message}.")}</p> };
        }
        MigrationShown::NothingToCompare => {
            return html! {
                <p class="muted" id="migration-empty">{"Paste the new version of the schema above: the migration from your input (the old version) to it appears here."}</p>
            };
        }
    };
    let sql: Rc<str> = migration.sql.as_str().into();
    let on_allow = {
        let on_allow = props.on_allow_data_loss.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_allow.emit(input.checked());
        })
    };
    let can_lose_data = !migration.data_loss.is_empty() || props.allow_data_loss;
    html! {
        <div class={classes!("migration", pending.then_some("stale"))} aria-busy={pending.to_string()}>
            <div class="view-actions">
                <button id="copy-migration" disabled={migration.is_empty()}
                    onclick={props.on_copy.reform({ let sql = sql.clone(); move |_: MouseEvent| sql.clone() })}>{"Copy migration"}</button>
                <button id="download-migration" disabled={migration.is_empty()} title={format!("Download {}", file_name(props.dialect))}
                    onclick={props.on_download.reform({ let sql = sql.clone(); move |_: MouseEvent| sql.clone() })}>{"Download .sql"}</button>
                if can_lose_data {
                    <label><input type="checkbox" id="include-data-loss" checked={props.allow_data_loss} onchange={on_allow} />{" Include data-loss steps"}</label>
                }
                <span class="muted">{step_count(&migration)}</span>
            </div>
            <DataLossWarning migration={migration.clone()} />
            if migration.is_empty() {
                <p class="muted" id="migration-empty">{props.empty_text.clone()}</p>
            } else {
                <SqlBlock {sql} dialect={props.dialect} />
            }
        </div>
    }
}

fn step_count(migration: &Migration) -> String {
    match migration.steps {
        0 => String::new(),
        1 => "1 step".into(),
        n => format!("{n} steps"),
    }
}

#[derive(Properties, PartialEq)]
struct WarningProps {
    migration: Rc<Migration>,
}

/// The steps that can lose data, and whether they are in the script.
#[function_component(DataLossWarning)]
fn data_loss_warning(props: &WarningProps) -> Html {
    let migration = &props.migration;
    if migration.data_loss.is_empty() {
        return Html::default();
    }
    let what = if migration.allow_data_loss {
        "These steps are in the script and can lose data. Back up first, and check each one."
    } else {
        "These steps can lose data, so they are left commented out in the script. To include them, tick \"Include data-loss steps\" (the CLI's `--allow-data-loss`)."
    };
    html! {
        <div class="banner warn data-loss" id="data-loss-warning" role="note">
            <p>{crate::components::common::inline(what)}</p>
            <ul class="plain small">
                { for migration.data_loss.iter().map(|line| html! { <li>{line.clone()}</li> }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SqlProps {
    sql: Rc<str>,
    dialect: Dialect,
}

/// A read-only script, highlighted as the editor highlights (plain past its limit).
#[function_component(SqlBlock)]
fn sql_block(props: &SqlProps) -> Html {
    let sql = &props.sql;
    let body = if sql.len() > HIGHLIGHT_LIMIT {
        html! { {sql.to_string()} }
    } else {
        let pieces = highlight::highlight(sql, props.dialect);
        html! {
            { for pieces.into_iter().map(|p| match p.class {
                Some(class) => html! { <span class={class}>{&sql[p.range]}</span> },
                None => html! { {&sql[p.range]} },
            }) }
        }
    };
    html! { <pre class="code sql" id="migration-sql" tabindex="0" aria-label="Migration script"><code>{body}</code></pre> }
}

#[derive(Properties, PartialEq)]
pub struct CompareInputProps {
    pub text: Rc<str>,
    /// The input (OLD), for "Start from the input".
    pub input: Rc<str>,
    pub on_edit: Callback<String>,
}

/// The second version of the schema, to migrate the input to.
#[function_component(CompareInput)]
pub fn compare_input(props: &CompareInputProps) -> Html {
    let on_input = props.on_edit.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });
    let copy_input = {
        let input = props.input.clone();
        props.on_edit.reform(move |_: MouseEvent| input.to_string())
    };
    html! {
        <div class="compare-input">
            <div class="view-actions">
                <label for="compare-new">{"New version of the schema (your input on the left is the old one)"}</label>
                <button id="compare-from-input" onclick={copy_input}>{"Start from the input"}</button>
                if !props.text.is_empty() {
                    <button id="compare-clear" onclick={props.on_edit.reform(|_: MouseEvent| String::new())}>{"Clear"}</button>
                }
            </div>
            <textarea id="compare-new" class="compare-text" spellcheck="false" rows="12"
                placeholder="CREATE TABLE … (the schema as it should become)"
                value={props.text.to_string()} oninput={on_input} />
        </div>
    }
}
