//! Keyboard shortcuts for the whole page: `/` focuses the search box.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::view::dom::{self, Listener};

#[hook]
pub fn use_shortcuts(search_input_id: &'static str) {
    use_effect_with((), move |_| {
        let listener = dom::window().and_then(|w| w.document()).map(|d| {
            Listener::new(&d, "keydown", move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                // Typing a `/` into a field is not a shortcut.
                let typing = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || el.is_content_editable()
                    });
                if typing {
                    return;
                }
                if let Some(input) = dom::element_by_id(search_input_id)
                    .and_then(|el| el.dyn_into::<HtmlElement>().ok())
                {
                    e.prevent_default();
                    let _ = input.focus();
                }
            })
        });
        move || drop(listener)
    });
}
