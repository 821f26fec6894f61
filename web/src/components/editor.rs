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
/// Above this size the script is shown read-only, and only the lines near the viewport are
/// in the DOM. A textarea holding megabytes costs the browser seconds of layout and paint on
/// every change (2 MB: about 2 s; 20 MB would freeze the tab), and a paste that would cross
/// this size is taken from the clipboard event before the textarea ever holds it.
pub const LARGE_INPUT_BYTES: usize = 1024 * 1024;

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
    // The lines near the viewport: only they get coloured text and gutter marks, so a long
    // script costs the DOM what one screen of it does.
    let window = use_state(|| LineWindow::around(0.0, 0.0));
    let on_scroll = {
        let (scroll, window) = (scroll.clone(), window.clone());
        Callback::from(move |_: Event| {
            if let Some(el) = scroll.cast::<HtmlElement>() {
                let next =
                    LineWindow::around(f64::from(el.scroll_top()), f64::from(el.client_height()));
                if next != *window {
                    window.set(next);
                }
            }
        })
    };

    let chunks = {
        let (ddl, dialect) = (props.ddl.clone(), props.dialect);
        use_memo((ddl, dialect), |(ddl, dialect)| {
            (ddl.len() <= HIGHLIGHT_LIMIT).then(|| highlight::chunks(ddl, *dialect))
        })
    };
    let line_count = highlight::line_count(&props.ddl);
    let large = props.ddl.len() > LARGE_INPUT_BYTES;
    // A large script numbers only its visible lines (see `LargeScript`).
    let numbers = use_memo((line_count, large), |(n, large)| {
        line_numbers(1..=if *large { 0 } else { *n })
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

    let line_starts = {
        let ddl = props.ddl.clone();
        use_memo(ddl, |ddl| {
            (ddl.len() > LARGE_INPUT_BYTES).then(|| Rc::new(line_starts(ddl)))
        })
    };
    if let Some(starts) = line_starts.as_ref() {
        return html! {
            <LargeScript ddl={props.ddl.clone()} starts={starts.clone()} window={*window}
                marks={props.marks.clone()} stale={props.stale} reveal={props.reveal}
                {scroll} {on_scroll} on_edit={props.on_edit.clone()} dragging={*dragging}
                {on_drag_over} {on_drag_leave} {on_drop} />
        };
    }
    let on_paste = {
        let (on_edit, ddl) = (props.on_edit.clone(), props.ddl.clone());
        Callback::from(move |e: web_sys::Event| {
            let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(pasted) = e.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
                return;
            };
            if ddl.len() + pasted.len() <= LARGE_INPUT_BYTES {
                return;
            }
            // Too big for the textarea: insert it into the state directly.
            e.prevent_default();
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let start = area.selection_start().ok().flatten().unwrap_or(0);
            let end = area.selection_end().ok().flatten().unwrap_or(start);
            on_edit.emit(splice_utf16(&ddl, start, end, &pasted));
        })
    };
    // One component per chunk of lines: an edit re-renders the chunk it touches, and a new
    // report (new gutter marks) re-renders none of them.
    let text: Html = match chunks.as_ref() {
        Some(chunks) => html! {
            { for chunks.iter().enumerate().map(|(i, chunk)| {
                let first_line = i * highlight::CHUNK_LINES + 1;
                let visible = window.overlaps(first_line, first_line + highlight::CHUNK_LINES - 1);
                html! { <HighlightChunk key={i} chunk={chunk.clone()} {visible} /> }
            }) }
        },
        None => Html::default(),
    };
    // Past the highlighting limit the textarea shows its own text: a second multi-megabyte
    // layer would double the layout work of every edit for no colour.
    let plain = chunks.is_none();

    html! {
        <div class={classes!("editor", (*dragging).then_some("dragging"), props.stale.then_some("stale"), plain.then_some("plain"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <div class="editor-scroll" ref={scroll} onscroll={on_scroll}>
                <div class="editor-inner">
                    <div class="gutter">
                        <pre class="line-numbers" aria-hidden="true">{(*numbers).clone()}</pre>
                        <MarksLayer marks={props.marks.0.clone()} window={*window} {line_count} />
                    </div>
                    <div class="code">
                        {reveal_band(props.reveal)}
                        if !plain { <pre class="highlight" aria-hidden="true">{text}{"\n"}</pre> }
                        <textarea id="ddl-input" ref={area} aria-label="SQL DDL to audit"
                            spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"
                            rows={plain.then(|| (line_count + 1).to_string())}
                            value={props.ddl.to_string()} oninput={on_input} onpaste={on_paste} />
                    </div>
                </div>
            </div>
            if *dragging { <div class="drop-hint">{"Drop a .sql file to audit it"}</div> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LargeScriptProps {
    ddl: Rc<str>,
    starts: Rc<Vec<usize>>,
    window: LineWindow,
    marks: Shared<Vec<GutterMark>>,
    stale: bool,
    reveal: Option<Reveal>,
    scroll: NodeRef,
    on_scroll: Callback<Event>,
    on_edit: Callback<String>,
    dragging: bool,
    on_drag_over: Callback<DragEvent>,
    on_drag_leave: Callback<DragEvent>,
    on_drop: Callback<DragEvent>,
}

/// A script over [`LARGE_INPUT_BYTES`]: read-only, with only the lines near the viewport in
/// the DOM between two spacers that keep the scroll height of the whole script.
#[function_component(LargeScript)]
fn large_script(props: &LargeScriptProps) -> Html {
    let total = props.starts.len();
    let first = props.window.first.min(total);
    let last = props.window.last.min(total);
    let from = props.starts.get(first - 1).copied().unwrap_or(0);
    let to = props.starts.get(last).copied().unwrap_or(props.ddl.len());
    let numbers = line_numbers(first..=last);
    let above = (first - 1) as f64 * LINE_HEIGHT_PX;
    let below = (total - last) as f64 * LINE_HEIGHT_PX;
    // Positions are SVG attributes, not inline styles: the page's CSP forbids `style=`.
    let spacer = |height: f64| html! { <svg class="spacer" width="1" height={height.to_string()} aria-hidden="true" /> };
    let clear = props.on_edit.reform(|_: MouseEvent| String::new());
    html! {
        <div class={classes!("editor", "large", props.dragging.then_some("dragging"), props.stale.then_some("stale"))}
            ondragover={props.on_drag_over.clone()} ondragleave={props.on_drag_leave.clone()} ondrop={props.on_drop.clone()}>
            <p class="large-notice" id="large-notice" role="note">
                {format!(
                    "This script is {:.1} MiB and {} lines: it is shown read-only, so that the page stays responsive. Edit it in your own editor and open or drop it here again, or ",
                    props.ddl.len() as f64 / (1024.0 * 1024.0),
                    total
                )}
                <button id="clear-large" onclick={clear}>{"clear the editor"}</button>
                {"."}
            </p>
            <div class="editor-scroll" ref={props.scroll.clone()} onscroll={props.on_scroll.clone()}>
                <div class="editor-inner">
                    <div class="gutter">
                        {spacer(above)}
                        <pre class="line-numbers" aria-hidden="true">{numbers}</pre>
                        {spacer(below)}
                        <MarksLayer marks={props.marks.0.clone()} window={props.window} line_count={total} />
                    </div>
                    <div class="code">
                        {reveal_band(props.reveal)}
                        {spacer(above)}
                        <pre id="ddl-view" class="highlight" tabindex="0" aria-label="SQL DDL (read-only, large script)">{&props.ddl[from..to]}</pre>
                        {spacer(below)}
                    </div>
                </div>
            </div>
            if props.dragging { <div class="drop-hint">{"Drop a .sql file to audit it"}</div> }
        </div>
    }
}

/// The byte offset of every line's start (the first is 0).
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// `text` with the UTF-16 range `start..end` (what the DOM's selection counts) replaced by
/// `insert`. Offsets past the end, or inside a surrogate pair, are clamped.
pub fn splice_utf16(text: &str, start: u32, end: u32, insert: &str) -> String {
    let byte_at = |target: u32| {
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            if units >= target {
                return i;
            }
            units += c.len_utf16() as u32;
        }
        text.len()
    };
    let (start, end) = (byte_at(start.min(end)), byte_at(end.max(start)));
    let mut out = String::with_capacity(text.len() - (end - start) + insert.len());
    out.push_str(&text[..start]);
    out.push_str(insert);
    out.push_str(&text[end..]);
    out
}

/// Lines beyond the viewport, above and below, that are still drawn in full, so that
/// scrolling a little never shows uncoloured text.
const WINDOW_MARGIN_LINES: usize = 150;
/// The window moves in steps of this many lines, so scrolling re-renders the editor only
/// when it crosses a step, not on every scroll event.
const WINDOW_STEP_LINES: usize = 100;

/// The 1-based lines drawn in full: the viewport plus a margin, rounded out to steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineWindow {
    pub first: usize,
    pub last: usize,
}

impl LineWindow {
    /// The window for a viewport `height` pixels tall scrolled to `top`. Before the editor
    /// has a size (height 0), assume a tall screen.
    pub fn around(top: f64, height: f64) -> Self {
        let height = if height > 0.0 { height } else { 1600.0 };
        let first_visible = (top / LINE_HEIGHT_PX).max(0.0) as usize;
        let last_visible = ((top + height) / LINE_HEIGHT_PX).max(0.0) as usize + 1;
        let first = first_visible.saturating_sub(WINDOW_MARGIN_LINES) / WINDOW_STEP_LINES
            * WINDOW_STEP_LINES
            + 1;
        let last =
            (last_visible + WINDOW_MARGIN_LINES).div_ceil(WINDOW_STEP_LINES) * WINDOW_STEP_LINES;
        LineWindow { first, last }
    }

    pub fn overlaps(&self, first: usize, last: usize) -> bool {
        first <= self.last && last >= self.first
    }
}

#[derive(Properties, PartialEq)]
struct HighlightChunkProps {
    /// Compared by value, so an unchanged chunk is skipped even when re-highlighted.
    chunk: Rc<highlight::Chunk>,
    /// Off-screen chunks are one plain text node: same layout, a fraction of the DOM.
    visible: bool,
}

#[function_component(HighlightChunk)]
fn highlight_chunk(props: &HighlightChunkProps) -> Html {
    let chunk = &props.chunk;
    // A block of its own: the browser then lays out again only the chunk that changed, not
    // every line of the script (one inline run of thousands of spans) on each keystroke.
    if !props.visible {
        return html! { <div class="chunk">{chunk.text.clone()}</div> };
    }
    html! {
        <div class="chunk">
            { for chunk.pieces.iter().map(|p| match p.class {
                Some(class) => html! { <span class={class}>{&chunk.text[p.range.clone()]}</span> },
                None => html! { {&chunk.text[p.range.clone()]} },
            }) }
        </div>
    }
}

/// The gutter's line numbers for `lines`, one per line.
fn line_numbers(lines: std::ops::RangeInclusive<usize>) -> String {
    let mut text = String::with_capacity(lines.clone().count() * 6);
    for n in lines {
        text.push_str(&n.to_string());
        text.push('\n');
    }
    text
}

#[derive(Properties, PartialEq)]
struct MarksLayerProps {
    /// Compared by value: a new report that marks the same lines (most keystrokes) leaves
    /// the layer alone.
    marks: Rc<Vec<GutterMark>>,
    window: LineWindow,
    line_count: usize,
}

/// The gutter's finding markers inside `window`, on a layer as tall as `line_count` lines.
#[function_component(MarksLayer)]
fn marks_layer(props: &MarksLayerProps) -> Html {
    let height = EDITOR_PAD_PX * 2.0 + (props.line_count + 1) as f64 * LINE_HEIGHT_PX;
    let window = props.window;
    html! {
        <svg class="marks" width="14" height={height.to_string()}>
            { for props.marks.iter()
                .filter(|m| window.overlaps(m.line as usize, m.line as usize))
                .take(MAX_MARKS).map(mark) }
        </svg>
    }
}

/// The band that shows the line a finding link jumps to. Positions are SVG attributes, not
/// inline styles: the page's CSP forbids `style=`.
fn reveal_band(reveal: Option<Reveal>) -> Option<Html> {
    reveal.map(|r| html! {
        <svg class="band-layer" aria-hidden="true">
            <rect class="reveal-band" x="0" y={line_top(r.line).to_string()} width="100%" height={LINE_HEIGHT_PX.to_string()} />
        </svg>
    })
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
    fn the_window_covers_the_viewport_with_a_margin_in_steps() {
        let top = LineWindow::around(0.0, 600.0);
        assert_eq!(top.first, 1);
        assert!(top.last >= 30 + WINDOW_MARGIN_LINES);
        assert_eq!(top.last % WINDOW_STEP_LINES, 0);
        // Scrolled to line 1,000 of a long script: lines 1,000-1,030 are on screen.
        let middle = LineWindow::around(999.0 * LINE_HEIGHT_PX, 600.0);
        assert!(middle.overlaps(1000, 1030));
        assert!(middle.first <= 1000 - WINDOW_MARGIN_LINES);
        assert!(!middle.overlaps(1, 100));
        assert!(!middle.overlaps(5000, 5100));
        // A small scroll stays in the same window (no re-render).
        assert_eq!(
            LineWindow::around(999.0 * LINE_HEIGHT_PX, 600.0),
            LineWindow::around(1001.0 * LINE_HEIGHT_PX, 600.0)
        );
    }

    #[test]
    fn splicing_counts_utf16_units() {
        assert_eq!(splice_utf16("ab", 1, 1, "X"), "aXb");
        assert_eq!(splice_utf16("日本🚀x", 2, 4, "-"), "日本-x");
        assert_eq!(splice_utf16("abc", 0, 3, "new"), "new");
        assert_eq!(splice_utf16("abc", 9, 2, "!"), "ab!");
    }

    #[test]
    fn line_starts_index_every_line() {
        assert_eq!(line_starts(""), vec![0]);
        assert_eq!(line_starts("a\nbc\n"), vec![0, 2, 5]);
    }

    #[test]
    fn line_ranges_count_utf16_units() {
        assert_eq!(line_range_utf16("ab\n日本\n🚀x", 2), (3, 5));
        assert_eq!(line_range_utf16("ab\n日本\n🚀x", 3), (6, 9));
    }
}
