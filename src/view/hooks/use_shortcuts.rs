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
    /// `h`: highlight the paragraph the focus is in (the keyboard's way to a
    /// selection).
    Highlight,
}

/// The shortcut for a key: by the character it types, or else by the physical
/// key (`code`), since on Russian and Kazakh layouts the keys of `/ [ ] ?` type
/// letters (`.` `х` `ъ` `,` on Russian), and readers press the keys they know.
fn shortcut(key: &str, code: &str, shift: bool) -> Option<Shortcut> {
    Some(match (key, code, shift) {
        ("/", ..) => Shortcut::Search,
        ("?", ..) => Shortcut::Help,
        ("Escape", ..) => Shortcut::Escape,
        ("[", ..) => Shortcut::PreviousSection,
        ("]", ..) => Shortcut::NextSection,
        ("h" | "H", _, false) | (_, "KeyH", false) => Shortcut::Highlight,
        (_, "Slash", false) => Shortcut::Search,
        (_, "Slash", true) => Shortcut::Help,
        (_, "BracketLeft", false) => Shortcut::PreviousSection,
        (_, "BracketRight", false) => Shortcut::NextSection,
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
                let Some(key) = shortcut(&e.key(), &e.code(), e.shift_key()) else {
                    return;
                };
                let target = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
                let typing = target.as_ref().is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.is_content_editable()
                });
                // A modal dialog is open (the page behind it is inert): it handles
                // its own keys, and no shortcut reaches the page.
                let modal = dom::first("dialog[open]").is_some();
                if typing || modal {
                    return;
                }
                if key == Shortcut::Search && dom::element_by_id(search_input_id).is_some() {
                    e.prevent_default();
                    // The box is in the sticky bar: focusing it must not move the page.
                    dom::focus_without_scroll(search_input_id);
                }
                let callback = latest.borrow().clone();
                callback.emit(key);
            })
        });
        move || drop(listener)
    });
}
