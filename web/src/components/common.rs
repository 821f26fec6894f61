//! Small pieces shared by the views: severity chips, the score gauge, Markdown.

use schema_audit::Severity;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChipProps {
    pub severity: Severity,
}

#[function_component(SeverityChip)]
pub fn severity_chip(props: &ChipProps) -> Html {
    let name = props.severity.as_str();
    html! { <span class={classes!("chip", format!("sev-{name}"))}>{name}</span> }
}

pub fn grade_class(grade: &str) -> String {
    format!("grade-{grade}")
}

#[derive(Properties, PartialEq)]
pub struct GaugeProps {
    pub score: u8,
    pub grade: AttrValue,
}

/// A ring filled to the score, in plain SVG.
#[function_component(ScoreGauge)]
pub fn score_gauge(props: &GaugeProps) -> Html {
    // Circumference of r=16 is about 100.5, so the dash length is nearly the score.
    let filled = f64::from(props.score.min(100)) * 100.53 / 100.0;
    html! {
        <svg class={classes!("gauge", grade_class(&props.grade))} viewBox="0 0 40 40" role="img"
             aria-label={format!("score {} of 100, {}", props.score, props.grade)}>
            <circle class="gauge-track" cx="20" cy="20" r="16" />
            <circle class="gauge-fill" cx="20" cy="20" r="16"
                stroke-dasharray={format!("{filled:.1} 100.53")} transform="rotate(-90 20 20)" />
            <text x="20" y="24" text-anchor="middle">{props.score}</text>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct MarkdownProps {
    pub text: AttrValue,
}

/// Renders the small Markdown subset the rule docs use (headings, paragraphs, fenced
/// code, inline code) as elements, never as HTML strings, so doc text stays inert.
#[function_component(Markdown)]
pub fn markdown(props: &MarkdownProps) -> Html {
    let mut blocks: Vec<Html> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut code: Option<Vec<&str>> = None;
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Html>| {
        if !paragraph.is_empty() {
            let text = paragraph.join(" ");
            blocks.push(html! { <p>{inline(&text)}</p> });
            paragraph.clear();
        }
    };
    for line in props.text.lines() {
        if let Some(lines) = code.as_mut() {
            if line.trim_start().starts_with("```") {
                let text = lines.join("\n");
                blocks.push(html! { <pre class="code"><code>{text}</code></pre> });
                code = None;
            } else {
                lines.push(line);
            }
        } else if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut blocks);
            code = Some(Vec::new());
        } else if let Some(heading) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(html! { <h4>{heading.to_string()}</h4> });
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else {
            paragraph.push(line.trim());
        }
    }
    flush(&mut paragraph, &mut blocks);
    html! { <div class="markdown">{for blocks}</div> }
}

/// `code` spans become `<code>`; everything else is text.
pub fn inline(text: &str) -> Html {
    let parts = text.split('`').enumerate().map(|(i, part)| {
        if i % 2 == 1 {
            html! { <code>{part.to_string()}</code> }
        } else {
            html! { {part.to_string()} }
        }
    });
    html! { <>{for parts}</> }
}
