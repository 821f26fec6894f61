//! The view tabs: a WAI-ARIA tablist with arrow-key, Home and End navigation.

use yew::prelude::*;

use crate::share::View;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub selected: View,
    /// Counts shown next to some labels (e.g. findings).
    pub badges: Vec<(View, usize)>,
    pub on_select: Callback<View>,
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let list = use_node_ref();
    let on_key = {
        let (on_select, selected, list) = (props.on_select.clone(), props.selected, list.clone());
        Callback::from(move |e: KeyboardEvent| {
            let index = View::ALL.iter().position(|v| *v == selected).unwrap_or(0);
            let last = View::ALL.len() - 1;
            let target = match e.key().as_str() {
                "ArrowRight" => (index + 1) % View::ALL.len(),
                "ArrowLeft" => (index + last) % View::ALL.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(View::ALL[target]);
            focus_tab(&list, View::ALL[target]);
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label="Report views" ref={list} onkeydown={on_key}>
            { for View::ALL.iter().map(|view| {
                let selected = *view == props.selected;
                let view = *view;
                let badge = props.badges.iter().find(|(v, _)| *v == view).map(|(_, n)| *n);
                html! {
                    <button role="tab" id={format!("tab-{}", view.key())}
                        class={classes!("tab", selected.then_some("selected"))}
                        aria-selected={selected.to_string()}
                        aria-controls={format!("panel-{}", view.key())}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={props.on_select.reform(move |_: MouseEvent| view)}>
                        {view.label()}
                        if let Some(n) = badge { <span class="badge">{n}</span> }
                    </button>
                }
            }) }
        </div>
    }
}

fn focus_tab(list: &NodeRef, view: View) {
    if let Some(list) = list.cast::<web_sys::Element>() {
        if let Ok(Some(tab)) = list.query_selector(&format!("#tab-{}", view.key())) {
            if let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab) {
                let _ = tab.focus();
            }
        }
    }
}
