//! Keyboard shortcuts for the whole page.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::view::dom;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// `/`: the search box.
    Search,
    /// `?`: the list of shortcuts.
    Help,
    /// `Escape` outside a field: close what is open.
    Escape,
    /// `[` and `]`: previous and next section.
    PreviousSection,
    NextSection,
}

fn shortcut(key: &str) -> Option<Shortcut> {
    Some(match key {
        "/" => Shortcut::Search,
        "?" => Shortcut::Help,
        "Escape" => Shortcut::Escape,
        "[" => Shortcut::PreviousSection,
        "]" => Shortcut::NextSection,
        _ => return None,
    })
}

/// Calls `on_key` for each shortcut pressed outside a text field (typing `/`
/// into a field is not a shortcut). `/` also focuses `search_input_id`.
#[hook]
pub fn use_shortcuts(search_input_id: &'static str, on_key: Callback<Shortcut>) {
    // The listener lives as long as the page; it calls the latest callback.
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        let latest = Rc::clone(&latest);
        let listener = dom::window().and_then(|w| w.document()).map(|d| {
            // Not passive: `/` must be kept out of the search box it focuses.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&d, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let Some(key) = shortcut(&e.key()) else {
                    return;
                };
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
                if key == Shortcut::Search {
                    if let Some(input) = dom::element_by_id(search_input_id)
                        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
                    {
                        e.prevent_default();
                        let _ = input.focus();
                    }
                }
                let callback = latest.borrow().clone();
                callback.emit(key);
            })
        });
        move || drop(listener)
    });
}
