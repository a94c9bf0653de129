//! The Yew front end: a thin layer that renders `core` data and wires the DOM.

mod app;
mod components;
mod dom;
mod hooks;
mod lib;
mod strings;

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::core::article::Article;
use crate::core::library::Library;
use crate::core::people::{validate_people, Person};

/// Entry point called by `boot.js` with the article and the people as parsed by
/// the browser's `JSON.parse`; serde-wasm-bindgen turns them into Rust types, so
/// no JSON parser ships in the Wasm.
#[wasm_bindgen]
pub fn start(article: JsValue, people: JsValue) -> Result<(), JsError> {
    dom::install_panic_hook();
    let article: Article = serde_wasm_bindgen::from_value(article)
        .map_err(|e| JsError::new(&format!("article data is malformed: {e}")))?;
    let people: Vec<Person> = serde_wasm_bindgen::from_value(people)
        .map_err(|e| JsError::new(&format!("people data is malformed: {e}")))?;
    validate_people(&people).map_err(|e| JsError::new(&e.to_string()))?;
    let root = dom::element_by_id("app").ok_or_else(|| JsError::new("no #app element"))?;
    root.set_inner_html("");
    let props = app::AppProps {
        lib: lib::Lib(Rc::new(Library::new(article, people))),
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    Ok(())
}
