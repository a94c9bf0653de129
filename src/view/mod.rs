//! The Yew front end: a thin layer that renders `core` data and wires the DOM.

mod app;
mod components;
mod dom;
mod hooks;
mod strings;

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::core::article::Article;

/// Entry point called by `boot.js` with the article as parsed by the browser's
/// `JSON.parse`; serde-wasm-bindgen turns it into Rust types, so no JSON parser
/// ships in the Wasm.
#[wasm_bindgen]
pub fn start(article: JsValue) -> Result<(), JsError> {
    dom::install_panic_hook();
    let article: Article = serde_wasm_bindgen::from_value(article)
        .map_err(|e| JsError::new(&format!("article data is malformed: {e}")))?;
    let root = dom::element_by_id("app").ok_or_else(|| JsError::new("no #app element"))?;
    root.set_inner_html("");
    let props = app::AppProps {
        article: Rc::new(article),
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    Ok(())
}
