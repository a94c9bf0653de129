//! The Yew front end: a thin layer that renders `core` data and wires the DOM.

mod app;
mod components;
mod dom;
#[cfg(feature = "csr")]
pub mod extras;
mod hooks;
mod io;
mod lib;
mod plural;
mod reading;
mod state;
mod strings;

use std::rc::Rc;

use crate::core::library::Library;

/// The attribute that marks `#app` as holding pre-rendered HTML to hydrate.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// Entry point called by `boot.js` with the article, the people, the places
/// and where the article names the people (worked out at build time), as
/// parsed by the browser's `JSON.parse`; serde-wasm-bindgen turns them into
/// Rust types, so no JSON parser ships in the Wasm. The build checked the
/// data. Hydrates the pre-rendered page when there is one, so the text on
/// screen is kept, not rebuilt.
///
/// Exported only from the main module: the module loaded on first use
/// (`--features extras`) starts from `extras::init` instead.
#[cfg(feature = "csr")]
#[cfg_attr(not(feature = "extras"), wasm_bindgen::prelude::wasm_bindgen)]
pub fn start(
    article: wasm_bindgen::JsValue,
    people: wasm_bindgen::JsValue,
    places: wasm_bindgen::JsValue,
    mentions: wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsError> {
    use wasm_bindgen::JsError;

    dom::install_panic_hook();
    let lib = Library::new(
        read(article, "article")?,
        read(people, "people")?,
        read(places, "places")?,
        read(mentions, "mentions")?,
    );
    let root = dom::element_by_id("app").ok_or_else(|| JsError::new("no #app element"))?;
    let props = app::AppProps {
        lib: lib::Lib(Rc::new(lib)),
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root.clone(), props);
    if root.has_attribute(PRERENDERED_ATTR) {
        renderer.hydrate();
    } else {
        root.set_inner_html("");
        renderer.render();
    }
    Ok(())
}

/// Data parsed by the browser as a Rust type.
#[cfg(feature = "csr")]
fn read<T: serde::de::DeserializeOwned>(
    value: wasm_bindgen::JsValue,
    what: &str,
) -> Result<T, wasm_bindgen::JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| wasm_bindgen::JsError::new(&format!("{what} data is malformed: {e}")))
}

/// The app's HTML for the article's opening route, for `#app` in index.html.
#[cfg(feature = "ssr")]
pub fn render_to_html(
    article: crate::core::article::Article,
    people: Vec<crate::core::people::Person>,
    places: Vec<crate::core::places::Place>,
) -> String {
    // Yew renders on its own thread: the (non-Send) library is built there.
    let props = move || app::AppProps {
        lib: lib::Lib(Rc::new(Library::computed(article, people, places))),
    };
    let renderer = yew::ServerRenderer::<app::App>::with_props(props).hydratable(true);
    futures_executor::block_on(renderer.render())
}

/// The strings the page needs before or without the app (the update banner,
/// the error box of `boot.js`, the not-found page of `404.js`), for every
/// language, as JSON for a `<script type="application/json" id="strings">`
/// block: the build writes it into `index.html` and `404.html`, so these
/// strings live in `strings.rs` with the rest.
#[cfg(feature = "ssr")]
pub fn page_strings_json() -> String {
    use crate::core::prefs::Lang;
    let mut table = serde_json::Map::new();
    for lang in Lang::ALL {
        let t = strings::strings(lang);
        let entries = [
            ("update_ready", t.update_ready),
            ("update_button", t.update_button),
            ("update_label", t.update_label),
            ("load_failed", t.load_failed),
            ("not_found_title", t.not_found_title),
            ("redirecting", t.redirecting),
        ];
        let entries = entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), serde_json::Value::from(v)));
        table.insert(lang.code().to_string(), entries.collect());
    }
    // Inside a <script> element `</script>` must not appear: escape every `<`.
    serde_json::Value::Object(table)
        .to_string()
        .replace('<', "\\u003c")
}
