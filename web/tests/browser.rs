//! Renders the app in a real browser and checks what it shows.

use wasm_bindgen_test::*;

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

#[wasm_bindgen_test]
async fn app_renders_the_sample_audit() {
    let root = mount_point();
    yew::Renderer::<schema_audit_web::app::App>::with_root(root.clone()).render();
    gloo::timers::future::TimeoutFuture::new(10).await;

    let input = root.query_selector("#ddl-input").expect("valid selector");
    assert!(input.is_some(), "the DDL editor is rendered");
    let count = root
        .query_selector("#table-count")
        .expect("valid selector")
        .expect("the table count is rendered")
        .text_content()
        .unwrap_or_default();
    let options = schema_audit::AuditOptions::default();
    let expected = schema_audit::audit(schema_audit_web::SAMPLE_SCHEMA, &options)
        .tables
        .len();
    assert_eq!(count, expected.to_string());
    let rows = root
        .query_selector_all("li.table-score")
        .expect("valid selector");
    assert_eq!(rows.length() as usize, expected);
}
