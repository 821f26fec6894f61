fn main() {
    // The same wasm runs the page and, in a worker, the audit (see web/worker.js). The full
    // build (feature `full`) only ever runs as the worker, so the page's code is left out.
    if cfg!(feature = "full") || schema_audit_web::worker::in_worker() {
        schema_audit_web::worker::run();
    } else {
        yew::Renderer::<schema_audit_web::app::App>::new().render();
    }
}
