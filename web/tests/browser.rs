//! Renders the report views in a real browser and checks what they show. (The whole app,
//! with its worker, is covered by the end-to-end tests against the Trunk build.)

use schema_audit_web::components::findings::{FindingsProps, FindingsView};
use schema_audit_web::components::summary::{SummaryProps, SummaryView};
use schema_audit_web::components::tables::{TablesProps, TablesView};
use schema_audit_web::components::Shared;
use schema_audit_web::report::ReportData;
use schema_audit_web::state::FindingFilter;
use schema_audit_web::worker::audit_for_page;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("can create a div");
    document
        .body()
        .expect("page has a body")
        .append_child(&root)
        .expect("can append");
    root
}

fn report(ddl: &str) -> Shared<ReportData> {
    Shared(audit_for_page(ddl, &Default::default()))
}

async fn settle() {
    gloo::timers::future::TimeoutFuture::new(20).await;
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn summary_shows_the_report_counts() {
    let report = report(schema_audit_web::SAMPLE_SCHEMA);
    let root = mount_point();
    let props = SummaryProps {
        summary: Shared(report.summary.clone()),
        context: Shared(report.context.clone()),
        on_table: Callback::noop(),
    };
    yew::Renderer::<SummaryView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(text(&root, "#table-count"), report.tables.len().to_string());
    let tenancy = text(&root, "#tenancy-verdict");
    let expected = if report.context.tenancy.multi_tenant {
        "Multi-tenant"
    } else {
        "Single-tenant"
    };
    assert_eq!(tenancy, expected);
    assert_eq!(
        text(&root, "#finding-count"),
        report.summary.findings.total.to_string()
    );
}

#[wasm_bindgen_test]
async fn tables_render_one_card_each() {
    let report = report(schema_audit_web::SAMPLE_SCHEMA);
    let root = mount_point();
    let props = TablesProps {
        report: report.clone(),
        selected: None,
        on_select: Callback::noop(),
        on_finding: Callback::noop(),
    };
    yew::Renderer::<TablesView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let cards = root
        .query_selector_all("article.table-card")
        .expect("valid");
    assert_eq!(cards.length() as usize, report.tables.len());
}

#[wasm_bindgen_test]
async fn markup_in_ddl_renders_as_text() {
    let ddl = "-- <img src=x onerror=\"window.__pwned=1\">\nCREATE TABLE [<script>window.__pwned=2</script>] (Id INT, [<b>x</b>] NVARCHAR(MAX));";
    let report = report(ddl);
    let root = mount_point();
    let props = FindingsProps {
        report: report.clone(),
        filter: FindingFilter::default(),
        selected: None,
        on_filter: Callback::noop(),
        on_finding: Callback::noop(),
    };
    yew::Renderer::<FindingsView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert!(root.query_selector("script").expect("valid").is_none());
    assert!(root.query_selector("b").expect("valid").is_none());
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"__pwned".into()).expect("get");
    assert!(pwned.is_undefined());
}
