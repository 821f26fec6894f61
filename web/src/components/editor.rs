//! The DDL editor: a transparent textarea over a highlighted copy of its text, with line
//! numbers and finding markers in the gutter. Both layers share one scroll container, so
//! they stay aligned without scroll syncing.

use std::rc::Rc;

use schema_audit::{Dialect, Severity};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Shared;
use crate::highlight::{self, HIGHLIGHT_LIMIT};
use crate::report::GutterMark;
use crate::state::Reveal;

/// Must match `--line-height` in style.css: markers and the reveal band are placed by it.
const LINE_HEIGHT_PX: f64 = 20.0;
/// Gutter marks drawn at most; each is an SVG element, and a huge script can have tens of
/// thousands. The Findings view lists them all.
const MAX_MARKS: usize = 3000;
/// Must match `--editor-pad` in style.css.
const EDITOR_PAD_PX: f64 = 10.0;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub ddl: Rc<str>,
    pub dialect: Dialect,
    pub marks: Shared<Vec<GutterMark>>,
    /// The marks belong to an older input while an audit runs; they are dimmed.
    pub stale: bool,
    pub reveal: Option<Reveal>,
    pub on_edit: Callback<String>,
    pub on_file: Callback<web_sys::File>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let scroll = use_node_ref();
    let area = use_node_ref();
    let dragging = use_state(|| false);

    let pieces = {
        let (ddl, dialect) = (props.ddl.clone(), props.dialect);
        use_memo((ddl, dialect), |(ddl, dialect)| {
            (ddl.len() <= HIGHLIGHT_LIMIT).then(|| highlight::highlight(ddl, *dialect))
        })
    };
    let line_count = highlight::line_count(&props.ddl);
    let numbers = use_memo(line_count, |n| {
        let mut text = String::with_capacity(n * 6);
        for i in 1..=*n {
            text.push_str(&i.to_string());
            text.push('\n');
        }
        text
    });

    {
        let (scroll, area, ddl) = (scroll.clone(), area.clone(), props.ddl.clone());
        use_effect_with(props.reveal, move |reveal| {
            if let Some(reveal) = reveal {
                show_line(&scroll, &area, &ddl, reveal.line);
            }
        });
    }

    let on_input = props.on_edit.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (dragging, on_file) = (dragging.clone(), props.on_file.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                on_file.emit(file);
            }
        })
    };

    let text: Html = match pieces.as_ref() {
        Some(pieces) => html! {
            { for pieces.iter().map(|p| match p.class {
                Some(class) => html! { <span class={class}>{&props.ddl[p.range.clone()]}</span> },
                None => html! { {&props.ddl[p.range.clone()]} },
            }) }
        },
        None => Html::default(),
    };
    // Past the highlighting limit the textarea shows its own text: a second multi-megabyte
    // layer would double the layout work of every edit for no colour.
    let plain = pieces.is_none();
    // Positions are SVG attributes, not inline styles: the page's CSP forbids `style=`.
    let band = props.reveal.map(|r| html! {
        <svg class="band-layer" aria-hidden="true">
            <rect class="reveal-band" x="0" y={line_top(r.line).to_string()} width="100%" height={LINE_HEIGHT_PX.to_string()} />
        </svg>
    });
    let gutter_height = EDITOR_PAD_PX * 2.0 + (line_count + 1) as f64 * LINE_HEIGHT_PX;

    html! {
        <div class={classes!("editor", (*dragging).then_some("dragging"), props.stale.then_some("stale"), plain.then_some("plain"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <div class="editor-scroll" ref={scroll}>
                <div class="editor-inner">
                    <div class="gutter">
                        <pre class="line-numbers" aria-hidden="true">{(*numbers).clone()}</pre>
                        <svg class="marks" width="14" height={gutter_height.to_string()}>
                            { for props.marks.iter().take(MAX_MARKS).map(mark) }
                        </svg>
                    </div>
                    <div class="code">
                        {band}
                        if !plain { <pre class="highlight" aria-hidden="true">{text}{"\n"}</pre> }
                        <textarea id="ddl-input" ref={area} aria-label="SQL DDL to audit"
                            spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"
                            rows={plain.then(|| (line_count + 1).to_string())}
                            value={props.ddl.to_string()} oninput={on_input} />
                    </div>
                </div>
            </div>
            if *dragging { <div class="drop-hint">{"Drop a .sql file to audit it"}</div> }
        </div>
    }
}

fn mark(mark: &GutterMark) -> Html {
    let y = line_top(mark.line) + LINE_HEIGHT_PX / 2.0;
    let class = match mark.severity {
        Some(Severity::Critical) => "mark-critical",
        Some(Severity::Warning) => "mark-warning",
        Some(Severity::Info) => "mark-info",
        None => "mark-diagnostic",
    };
    let classes = classes!(
        "mark",
        class,
        mark.has_diagnostic.then_some("has-diagnostic")
    );
    let title = html! { <title>{mark.messages.clone()}</title> };
    if mark.severity.is_none() {
        return html! {
            <rect class={classes} x="2.5" y={(y - 4.5).to_string()} width="9" height="9" data-line={mark.line.to_string()} role="img">{title}</rect>
        };
    }
    html! {
        <circle class={classes} cx="7" cy={y.to_string()} r="4.5" data-line={mark.line.to_string()} role="img">{title}</circle>
    }
}

/// Top of a 1-based line inside the editor, in pixels.
fn line_top(line: u32) -> f64 {
    EDITOR_PAD_PX + f64::from(line.saturating_sub(1)) * LINE_HEIGHT_PX
}

/// Scrolls the editor to `line` and selects it, so the person sees where a finding is.
fn show_line(scroll: &NodeRef, area: &NodeRef, ddl: &str, line: u32) {
    if let Some(scroll) = scroll.cast::<HtmlElement>() {
        let top = f64::from(line.saturating_sub(1)) * LINE_HEIGHT_PX;
        let view = f64::from(scroll.client_height());
        scroll.set_scroll_top((top - view / 3.0).max(0.0) as i32);
        // Bring the editor itself into view on narrow layouts, where it sits above the report.
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        scroll.scroll_into_view_with_scroll_into_view_options(&options);
    }
    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
        let (start, end) = line_range_utf16(ddl, line);
        let _ = area.set_selection_range(start, end);
        if let Some(el) = area.dyn_ref::<HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
}

/// The UTF-16 offsets (what the DOM counts) of the start and end of a 1-based line.
pub fn line_range_utf16(text: &str, line: u32) -> (u32, u32) {
    let mut offset = 0u32;
    for (i, content) in text.split('\n').enumerate() {
        let length = content.encode_utf16().count() as u32;
        if i + 1 == line as usize {
            return (offset, offset + length);
        }
        offset += length + 1;
    }
    (offset, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ranges_count_utf16_units() {
        assert_eq!(line_range_utf16("ab\n日本\n🚀x", 2), (3, 5));
        assert_eq!(line_range_utf16("ab\n日本\n🚀x", 3), (6, 9));
    }
}
