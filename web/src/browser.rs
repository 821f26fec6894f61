//! Thin wrappers over browser APIs the app uses for side effects. Every fallible call
//! returns a `Result` with a readable message: storage can be disabled or full, the
//! clipboard can be refused, and none of that may crash the page.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::state::Saved;

const STORAGE_KEY: &str = "schema-audit.work.v1";
const THEME_KEY: &str = "schema-audit.theme";

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    window
        .local_storage()
        .map_err(describe)?
        .ok_or_else(|| "storage is disabled".to_string())
}

/// The saved work, `Ok(None)` when there is none, `Err` when storage cannot be read.
pub fn load_saved() -> Result<Option<Saved>, String> {
    let text = storage()?.get_item(STORAGE_KEY).map_err(describe)?;
    // Unreadable saved data (another version, hand-edited) is treated as absent.
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

pub fn save(saved: &Saved) -> Result<(), String> {
    let text = serde_json::to_string(saved).map_err(|e| e.to_string())?;
    storage()?.set_item(STORAGE_KEY, &text).map_err(describe)
}

pub fn load_theme() -> Option<String> {
    storage().ok()?.get_item(THEME_KEY).ok().flatten()
}

pub fn save_theme(key: &str) {
    // The theme is a nicety; failing to remember it is not worth a warning.
    if let Ok(storage) = storage() {
        let _ = storage.set_item(THEME_KEY, key);
    }
}

pub fn apply_theme(key: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", key);
    }
}

/// The URL fragment without `#`.
pub fn fragment() -> String {
    gloo::utils::window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// Replaces the fragment without adding a history entry or firing `hashchange`.
pub fn set_fragment(fragment: &str) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{fragment}");
    let current = window.location().hash().unwrap_or_default();
    if current != url {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

pub fn href() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Whether the page's query string has `flag` (e.g. `?fault-injection`).
pub fn query_has(flag: &str) -> bool {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|part| part.split('=').next() == Some(flag))
}

/// Offers `text` as a file download. Uses a same-origin `blob:` URL; nothing is fetched.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: revoking at once can cancel the download before it starts.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(describe)
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The largest file the page reads, matching the documented input limit.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Reads a dropped or chosen file as text and hands it to `on_text`, or says why not.
pub fn read_file(
    file: web_sys::File,
    on_text: yew::Callback<String>,
    on_error: yew::Callback<String>,
) {
    if file.size() > MAX_FILE_BYTES {
        on_error.emit(format!(
            "{} is larger than 20 MB, the most this page audits.",
            file.name()
        ));
        return;
    }
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(text) => on_text.emit(text.as_string().unwrap_or_default()),
            Err(e) => on_error.emit(format!("Could not read {}: {}", file.name(), describe(e))),
        }
    });
}
