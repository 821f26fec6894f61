fn main() {
    // The same wasm runs the page and, in a worker, the audit (see web/worker.js).
    if schema_audit_web::worker::in_worker() {
        schema_audit_web::worker::run();
    } else {
        yew::Renderer::<schema_audit_web::app::App>::new().render();
    }
}
