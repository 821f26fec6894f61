//! The audit worker: the worker side ([`run`]) and the page's handle on it ([`AuditClient`]).
//!
//! The worker runs the page's own wasm: `web/worker.js` is a module worker that imports
//! the same wasm-bindgen glue and module, and `main` starts [`run`] instead of the app when
//! it finds itself in a worker. One download serves both threads.
//!
//! The page talks to the worker with `web_sys::Worker` directly rather than through
//! gloo-worker's bridge: the bridge has no hook for the worker's `error` event (needed to
//! notice a crash and replace the worker) and cannot terminate a busy worker, and its
//! default spawner builds the worker from a `blob:` URL, which the page's CSP forbids.
//! Messages are this crate's [`Request`]/[`Response`] through serde-wasm-bindgen.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, ErrorEvent, MessageEvent, Worker};
use yew::Callback;

use crate::options::Options;
use crate::protocol::{
    ExportAction, ExportFormat, MigrationQuery, Request, Response, RuleDoc, CRASH_MARKER,
};
use crate::report::{MigrationData, PageDecoder, PageEncoder, ReportData};

/// The worker's loader script, copied into dist/ by Trunk.
const WORKER_SCRIPT: &str = "./worker.js";
/// The boot script element whose data attributes name the hashed glue and wasm files.
const BOOT_SCRIPT_ID: &str = "schema-audit-boot";

/// Whether this wasm instance runs in a worker rather than in the page.
pub fn in_worker() -> bool {
    js_sys::global().dyn_into::<web_sys::Window>().is_err()
}

/// The worker's URL: the loader plus the glue and wasm paths it should boot from. The
/// default build is the page's own; the full one (PostgreSQL and MySQL too, see the `full`
/// feature) is the one `cargo xtask full-worker` wrote next to it.
fn worker_url(full: bool) -> Result<String, String> {
    let boot = gloo::utils::document()
        .get_element_by_id(BOOT_SCRIPT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or("the page was not started by boot.js")?;
    let data = boot.dataset();
    let (js, wasm) = if full {
        data.get("fullJs")
            .zip(data.get("fullWasm"))
            .filter(|(js, wasm)| !js.contains(FULL_PLACEHOLDER) && !wasm.contains(FULL_PLACEHOLDER))
            .ok_or(
                "this build has no PostgreSQL/MySQL reader: dist/full/ was not built (run `cargo xtask full-worker` as Trunk's post-build hook)",
            )?
    } else {
        data.get("js")
            .zip(data.get("wasm"))
            .ok_or("boot.js names no glue or wasm file")?
    };
    let encode = |s: &str| String::from(js_sys::encode_uri_component(s));
    Ok(format!(
        "{WORKER_SCRIPT}?js={}&wasm={}",
        encode(&js),
        encode(&wasm)
    ))
}

/// What Trunk.toml's boot script names the full worker's files until `cargo xtask
/// full-worker` writes their hashed names in.
const FULL_PLACEHOLDER: &str = "@full-worker@";

/// The worker's entry point: answers requests until the page terminates it.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    std::panic::set_hook(Box::new(|info| {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        // The JS stack names the wasm functions (in builds that keep names), which is
        // what a bug report needs most.
        let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into())
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        post(&scope, &Response::Crashed(format!("{info}\n{stack}")));
    }));
    let mut state = WorkerState::default();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Ok(request) = serde_wasm_bindgen::from_value::<Request>(event.data()) else {
            return;
        };
        post(&reply_to, &state.answer(request));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its global scope; so does its message handler.
    on_message.forget();
    post(&scope, &Response::Ready);
}

/// What the worker keeps between requests.
#[derive(Default)]
struct WorkerState {
    /// The last report, kept so that an export does not audit the same input again.
    last: Option<Cached>,
    /// What the page was last sent, so that the next report goes as changes.
    encoder: PageEncoder,
}

struct Cached {
    ddl: String,
    options: Options,
    report: Rc<schema_audit::Report>,
}

impl WorkerState {
    fn answer(&mut self, request: Request) -> Response {
        match request {
            Request::Audit {
                seq,
                base,
                ddl,
                options,
                fault_injection,
            } => {
                if fault_injection && ddl.contains(CRASH_MARKER) {
                    panic!("fault injection: the DDL asked the worker to crash");
                }
                let started = js_sys::Date::now();
                let report = Rc::new(audit(&ddl, &options));
                let update = self.encoder.encode(report.clone(), base);
                let millis = js_sys::Date::now() - started;
                self.last = Some(Cached {
                    ddl,
                    options,
                    report,
                });
                Response::Audited {
                    seq,
                    update,
                    millis,
                }
            }
            Request::Rules => Response::Rules(crate::protocol::RuleDoc::catalog()),
            Request::Render {
                seq,
                ddl,
                options,
                format,
                action,
            } => {
                let report = match &self.last {
                    Some(last) if last.ddl == ddl && last.options == options => last.report.clone(),
                    _ => {
                        let report = Rc::new(audit(&ddl, &options));
                        self.last = Some(Cached {
                            ddl,
                            options,
                            report: report.clone(),
                        });
                        report
                    }
                };
                Response::Rendered {
                    seq,
                    format,
                    action,
                    text: schema_audit::render(&report, format.engine_format()),
                }
            }
            Request::Migrate {
                seq,
                query,
                old,
                new,
                options,
                allow_data_loss,
            } => Response::Migrated {
                seq,
                query,
                json: migration(&old, new.as_deref(), &options, allow_data_loss).and_then(|m| {
                    serde_json::to_string(&crate::report::MigrationOut::of(&m))
                        .map_err(|e| format!("unreadable migration: {e}"))
                }),
            },
        }
    }
}

/// The migration from `old` to `new`, or with no `new` from `old` to its revised schema,
/// within the same size limit as audits.
pub fn migration(
    old: &str,
    new: Option<&str>,
    options: &Options,
    allow_data_loss: bool,
) -> Result<schema_audit::migrate::Migration, String> {
    let largest = old.len().max(new.map_or(0, str::len));
    if largest > PLAYGROUND_MAX_BYTES {
        return Err(format!(
            "a script is {:.1} MiB; the playground compares scripts up to {} MiB. Use the CLI for larger ones",
            largest as f64 / (1024.0 * 1024.0),
            PLAYGROUND_MAX_BYTES / (1024 * 1024)
        ));
    }
    Ok(match new {
        Some(new) => schema_audit::migrate::diff_sources(
            old,
            new,
            &schema_audit::migrate::MigrateOptions {
                dialect: options.dialect,
                allow_data_loss,
            },
        ),
        None => schema_audit::migrate::migrate(old, &options.to_audit(), allow_data_loss),
    })
}

/// The playground audits scripts up to this size. Its report of a script this size already
/// takes about a gigabyte of the worker's memory (wasm32 has four) and some seconds; the
/// CLI reads up to [`schema_audit_ddl::MAX_INPUT_BYTES`].
pub const PLAYGROUND_MAX_BYTES: usize = 4 * 1024 * 1024;

/// Audits `ddl`, or, past [`PLAYGROUND_MAX_BYTES`], reports the limit as a diagnostic on
/// line 1 so that the page says why there is nothing to show (and the text stays editable).
fn audit(ddl: &str, options: &Options) -> schema_audit::Report {
    if ddl.len() <= PLAYGROUND_MAX_BYTES {
        return schema_audit::audit(ddl, &options.to_audit());
    }
    let mut report = schema_audit::audit("", &options.to_audit());
    report
        .diagnostics
        .push(schema_audit_ddl::Diagnostic::input_too_large(format!(
            "the script is {:.1} MiB; the playground audits scripts up to {} MiB. Audit it with the CLI (`schema-audit audit FILE`, up to {} MiB), or paste it in parts",
            ddl.len() as f64 / (1024.0 * 1024.0),
            PLAYGROUND_MAX_BYTES / (1024 * 1024),
            schema_audit_ddl::MAX_INPUT_BYTES / (1024 * 1024)
        )));
    report
}

fn post(scope: &DedicatedWorkerGlobalScope, response: &Response) {
    if let Ok(value) = serde_wasm_bindgen::to_value(response) {
        // A failed post means the page is gone; there is no one left to tell.
        let _ = scope.post_message(&value);
    }
}

/// A worker's answer as the page uses it, with reports already decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The report for input `seq`, or why it could not be read.
    Audited {
        seq: u64,
        report: Result<Rc<ReportData>, String>,
        millis: f64,
    },
    Rules(Vec<RuleDoc>),
    Rendered {
        format: ExportFormat,
        action: ExportAction,
        text: String,
    },
    Migrated {
        seq: u64,
        query: MigrationQuery,
        migration: Result<Rc<MigrationData>, String>,
    },
}

/// The page's handle on one worker. Dropping it terminates the worker.
pub struct AuditClient {
    inner: Rc<ClientInner>,
    /// Whether this is the full worker, which reads every dialect.
    full: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct ClientInner {
    worker: Worker,
    /// Requests sent before the worker said it was ready; `None` once it has.
    pending: RefCell<Option<Vec<Request>>>,
    dead: Cell<bool>,
    /// When the audit in flight was sent (ms), to spot a worker stuck on old input.
    busy_since: Cell<Option<f64>>,
    /// The newest audit asked for while another was in flight. It goes out when the worker
    /// answers, replacing any older one still waiting, so at most one audit runs and the next
    /// one is always of the newest text.
    queued: RefCell<Option<Request>>,
    /// The last report read from this worker: the next one comes as changes to it.
    decoder: RefCell<PageDecoder>,
}

impl ClientInner {
    /// Posts a request, naming for an audit the report the page holds at this moment.
    fn post(&self, mut request: Request) -> Result<(), String> {
        if let Request::Audit { base, .. } = &mut request {
            *base = self.decoder.borrow().base();
        }
        let message = serde_wasm_bindgen::to_value(&request).map_err(|e| e.to_string())?;
        self.worker.post_message(&message).map_err(describe)
    }
}

impl AuditClient {
    /// Starts a worker, the full one (every dialect) when `full` is set. `on_death` runs once
    /// if it crashes or fails to load.
    pub fn spawn(
        full: bool,
        on_reply: Callback<Reply>,
        on_death: Callback<String>,
    ) -> Result<Self, String> {
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = Worker::new_with_options(&worker_url(full)?, &options).map_err(describe)?;
        let inner = Rc::new(ClientInner {
            worker,
            pending: RefCell::new(Some(Vec::new())),
            dead: Cell::new(false),
            busy_since: Cell::new(None),
            queued: RefCell::new(None),
            decoder: RefCell::new(PageDecoder::default()),
        });

        let on_message = {
            let (inner, on_death) = (inner.clone(), on_death.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let Ok(response) = serde_wasm_bindgen::from_value::<Response>(event.data()) else {
                    return;
                };
                match response {
                    Response::Ready => {
                        for request in inner.pending.borrow_mut().take().unwrap_or_default() {
                            let _ = inner.post(request);
                        }
                    }
                    Response::Crashed(message) => {
                        if !inner.dead.replace(true) {
                            on_death.emit(message);
                        }
                    }
                    Response::Audited {
                        seq,
                        update,
                        millis,
                    } => {
                        // Decode first: the queued audit names this report as its base.
                        let report = inner.decoder.borrow_mut().decode(update);
                        let next = inner.queued.borrow_mut().take();
                        inner
                            .busy_since
                            .set(next.as_ref().map(|_| js_sys::Date::now()));
                        if let Some(next) = next {
                            let _ = inner.post(next);
                        }
                        on_reply.emit(Reply::Audited {
                            seq,
                            report,
                            millis,
                        });
                    }
                    Response::Rules(rules) => on_reply.emit(Reply::Rules(rules)),
                    Response::Rendered {
                        format,
                        action,
                        text,
                        ..
                    } => on_reply.emit(Reply::Rendered {
                        format,
                        action,
                        text,
                    }),
                    Response::Migrated { seq, query, json } => on_reply.emit(Reply::Migrated {
                        seq,
                        query,
                        migration: json
                            .and_then(|json| MigrationData::from_json(&json))
                            .map(Rc::new),
                    }),
                }
            })
        };
        let on_error = {
            let inner = inner.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
                // Keep the error from also surfacing as an uncaught page error.
                event.prevent_default();
                if !inner.dead.replace(true) {
                    let message = event.message();
                    on_death.emit(if message.is_empty() {
                        "the audit worker could not start".to_string()
                    } else {
                        message
                    });
                }
            })
        };
        inner
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        inner
            .worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(AuditClient {
            inner,
            full,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn is_dead(&self) -> bool {
        self.inner.dead.get()
    }

    /// Whether this is the full worker.
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// Whether this worker can answer `request`: the default one reads T-SQL only.
    pub fn can_answer(&self, request: &Request) -> bool {
        self.full || !request.needs_full_worker()
    }

    /// How long (ms) the worker has been on an audit it has not answered yet.
    pub fn busy_for(&self, now: f64) -> f64 {
        self.inner.busy_since.get().map_or(0.0, |since| now - since)
    }

    /// Sends a request. An audit asked for while another is in flight waits for it (see
    /// `queued`) instead of piling up behind it.
    pub fn send(&self, request: Request) -> Result<(), String> {
        let inner = &self.inner;
        let audit = matches!(request, Request::Audit { .. });
        if let Some(queue) = inner.pending.borrow_mut().as_mut() {
            if audit && inner.busy_since.get().is_none() {
                inner.busy_since.set(Some(js_sys::Date::now()));
            }
            queue.push(request);
            return Ok(());
        }
        if audit {
            if inner.busy_since.get().is_some() {
                *inner.queued.borrow_mut() = Some(request);
                return Ok(());
            }
            inner.busy_since.set(Some(js_sys::Date::now()));
        }
        inner.post(request)
    }
}

impl Drop for AuditClient {
    fn drop(&mut self) {
        let worker = &self.inner.worker;
        worker.set_onmessage(None);
        worker.set_onerror(None);
        worker.terminate();
    }
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Audits on the current thread, as the worker does (with its size limit), and decodes the
/// report as the page would receive it whole. The page never does this; tests use it.
pub fn audit_for_page(ddl: &str, options: &Options) -> Rc<ReportData> {
    crate::report::page_copy(audit(ddl, options))
}

/// A migration as the page receives it from [`migration`] (for tests).
pub fn migration_for_page(
    old: &str,
    new: Option<&str>,
    options: &Options,
    allow_data_loss: bool,
) -> Result<Rc<MigrationData>, String> {
    let migration = migration(old, new, options, allow_data_loss)?;
    let json = serde_json::to_string(&crate::report::MigrationOut::of(&migration))
        .map_err(|e| e.to_string())?;
    MigrationData::from_json(&json).map(Rc::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_over_the_playground_limit_gets_a_clear_diagnostic() {
        let table = "CREATE TABLE dbo.T (Id INT NOT NULL PRIMARY KEY);\n";
        let ddl = table.repeat(PLAYGROUND_MAX_BYTES / table.len() + 1);
        let report = audit_for_page(&ddl, &Options::default());
        assert!(report.tables.is_empty());
        assert_eq!(report.diagnostics.len(), 1);
        let diagnostic = &report.diagnostics[0];
        assert_eq!(diagnostic.code, schema_audit_ddl::codes::INPUT_TOO_LARGE);
        assert_eq!(diagnostic.span.line, 1);
        assert!(
            diagnostic
                .message
                .contains("the playground audits scripts up to 4 MiB"),
            "{}",
            diagnostic.message
        );
    }

    #[test]
    fn a_script_under_the_limit_is_audited() {
        let report = audit_for_page("CREATE TABLE dbo.T (Id INT NOT NULL);", &Options::default());
        assert_eq!(report.tables.len(), 1);
        assert!(report.diagnostics.is_empty());
    }
}
