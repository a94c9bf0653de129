//! The browser's asynchronous and file-like services: the clipboard (whose
//! promise may reject, so a copy is only reported once it happened), fetching
//! data on first use, files offered as Blob URLs, and today's date.

use wasm_bindgen::JsCast;
#[cfg(feature = "csr")]
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::dom::window;

/// Puts `text` on the clipboard. `Err` when there is no clipboard or the
/// browser refuses (no permission, page not focused).
pub async fn write_clipboard(text: &str) -> Result<(), ()> {
    let navigator = window().ok_or(())?.navigator();
    // Through Reflect: the typed Clipboard API is not in stable web-sys.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .map_err(|_| ())?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| ())?;
    let promise = write
        .call1(&clipboard, &text.into())
        .map_err(|_| ())?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Fetches a file of the site and parses it with the browser's `JSON.parse`.
#[cfg(feature = "csr")]
pub async fn fetch_json(path: &str) -> Result<JsValue, String> {
    let w = window().ok_or("no window")?;
    let response = JsFuture::from(w.fetch_with_str(path))
        .await
        .map_err(|_| format!("{path}: offline or blocked"))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| format!("{path}: not a response"))?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let json = response.json().map_err(|_| format!("{path}: unreadable"))?;
    JsFuture::from(json)
        .await
        .map_err(|_| format!("{path}: not JSON"))
}

/// A `blob:` URL holding `text`, to offer as a download; revoke it when done.
#[cfg(feature = "csr")] // for "Cite this" (view::extras)
pub fn blob_url(text: &str, media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

#[cfg(feature = "csr")] // for "Cite this" (view::extras)
pub fn revoke_blob_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// `value` as indented JSON text, written by the browser's `JSON.stringify`
/// (through serde-wasm-bindgen), so no JSON code ships in the Wasm.
#[cfg(feature = "csr")] // for "Cite this" (view::extras)
pub fn json_text<T: serde::Serialize>(value: &T) -> Option<String> {
    let value = serde_wasm_bindgen::to_value(value).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .map(|s| String::from(s) + "\n")
}

/// Today in the reader's time zone, for access dates.
#[cfg(feature = "csr")] // for "Cite this" (view::extras)
pub fn today() -> crate::core::cite::Day {
    let now = js_sys::Date::new_0();
    crate::core::cite::Day {
        year: now.get_full_year() as i32,
        month: (now.get_month() + 1) as u8,
        day: now.get_date() as u8,
    }
}

/// The opening page's address, without a hash: the article's stable URL,
/// whichever page of the site the reader is on.
#[cfg(feature = "csr")] // for "Cite this" (view::extras)
pub fn page_url() -> String {
    crate::view::dom::absolute("./")
}
