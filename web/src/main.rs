fn main() {
    yew::Renderer::<schema_audit_web::app::App>::new().render();
}
