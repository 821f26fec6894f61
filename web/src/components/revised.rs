//! The Revised schema view: a side-by-side diff against the input, with copy and download.

use std::rc::Rc;

use yew::prelude::*;

use crate::diff::{self, RowKind, DIFF_LIMIT};

/// Rows rendered at most; a diff of a huge script is summarised instead.
const ROW_LIMIT: usize = 4000;

#[derive(Properties, PartialEq)]
pub struct RevisedProps {
    pub input: Rc<str>,
    pub revised: AttrValue,
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
}

#[function_component(RevisedView)]
pub fn revised_view(props: &RevisedProps) -> Html {
    let only_changes = use_state(|| false);
    let rows = {
        let (input, revised) = (props.input.clone(), props.revised.clone());
        use_memo((input, revised), |(input, revised)| {
            (input.len() <= DIFF_LIMIT).then(|| {
                diff::side_by_side(input, revised)
                    .into_iter()
                    .map(|r| {
                        (
                            r.kind,
                            r.left.map(|(n, t)| (n, t.to_string())),
                            r.right.map(|(n, t)| (n, t.to_string())),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let toggle = {
        let only_changes = only_changes.clone();
        Callback::from(move |_: Event| only_changes.set(!*only_changes))
    };
    let cell = |side: &Option<(usize, String)>| match side {
        Some((n, text)) => {
            html! { <><td class="ln">{*n}</td><td class="src">{text.clone()}</td></> }
        }
        None => html! { <><td class="ln"></td><td class="src empty"></td></> },
    };
    html! {
        <div class="revised">
            <div class="view-actions">
                <button id="copy-revised" onclick={props.on_copy.reform(|_: MouseEvent| ())}>{"Copy revised SQL"}</button>
                <button id="download-revised" onclick={props.on_download.reform(|_: MouseEvent| ())}>{"Download .sql"}</button>
                <label><input type="checkbox" checked={*only_changes} onchange={toggle} />{" Only changed lines"}</label>
            </div>
            { match rows.as_ref() {
                Some(rows) => {
                    let shown: Vec<_> = rows.iter().filter(|(kind, _, _)| !*only_changes || *kind != RowKind::Same).take(ROW_LIMIT).collect();
                    html! {
                        <div class="diff-scroll">
                            <table class="diff" aria-label="Input on the left, revised schema on the right">
                                <colgroup><col class="ln" /><col /><col class="ln" /><col /></colgroup>
                                <thead><tr><th colspan="2">{"Your input"}</th><th colspan="2">{"Revised"}</th></tr></thead>
                                <tbody>
                                    { for shown.iter().map(|(kind, left, right)| html! {
                                        <tr class={match kind { RowKind::Same => "same", RowKind::Removed => "removed", RowKind::Added => "added", RowKind::Changed => "changed" }}>
                                            {cell(left)}{cell(right)}
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                            if shown.len() == ROW_LIMIT { <p class="muted">{format!("Showing the first {ROW_LIMIT} rows.")}</p> }
                        </div>
                    }
                }
                None => html! {
                    <>
                        <p class="muted">{"The input is too large for a side-by-side diff; here is the revised schema."}</p>
                        <pre class="code">{props.revised.clone()}</pre>
                    </>
                },
            } }
        </div>
    }
}
