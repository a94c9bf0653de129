//! The list of keyboard shortcuts, opened with `?`: a native modal `<dialog>`
//! (`showModal`), so the browser keeps focus inside it, makes the page behind
//! inert and closes it with `Esc`; Tab goes round inside it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement};
use yew::prelude::*;

use crate::view::hooks::use_t::use_t;

#[derive(Properties, PartialEq)]
pub struct ShortcutsHelpProps {
    /// The dialog closed (its button, `Esc`, or a click beside it).
    pub on_close: Callback<()>,
}

#[function_component(ShortcutsHelp)]
pub fn shortcuts_help(props: &ShortcutsHelpProps) -> Html {
    let t = use_t();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        });
    }
    let close_button = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // A click on the backdrop lands on the dialog element itself.
    let backdrop = {
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                .is_some();
            if let (true, Some(d)) = (on_dialog, dialog.cast::<HtmlDialogElement>()) {
                d.close();
            }
        })
    };
    let on_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let onkeydown = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(d) = dialog.cast::<Element>() {
                keep_tab_inside(&e, &d);
            }
        })
    };
    let rows = [
        ("/", t.shortcut_search),
        ("Esc", t.shortcut_escape),
        ("[ ]", t.shortcut_sections),
        ("H", t.shortcut_highlight),
        ("?", t.shortcut_help),
    ];
    html! {
        <dialog class="dialog" aria-labelledby="shortcuts-title" ref={dialog}
                onclose={on_close} onclick={backdrop} {onkeydown}>
            // The padding is inside this box, so a click on the dialog itself is
            // always beside it.
            <div class="dialog-body">
                <h2 id="shortcuts-title">{ t.shortcuts }</h2>
                <dl class="keys">
                    { for rows.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
                </dl>
                <button type="button" onclick={close_button}>{ t.close }</button>
            </div>
        </dialog>
    }
}

/// What Tab stops at inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex=\"-1\"])";

/// Tab from a modal dialog's last control goes to its first, Shift+Tab from its
/// first to its last: the browser would leave the page for its own controls,
/// and a reader who Tabs on lands back at the dialog's start, not outside.
pub fn keep_tab_inside(e: &KeyboardEvent, dialog: &Element) {
    if e.key() != "Tab" || e.alt_key() || e.ctrl_key() || e.meta_key() {
        return;
    }
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let stops: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|el| el.offset_width() > 0 || el.offset_height() > 0)
        .collect();
    let (Some(first), Some(last)) = (stops.first(), stops.last()) else {
        return;
    };
    let active = dialog.owner_document().and_then(|d| d.active_element());
    let at = |el: &HtmlElement| active.as_ref() == Some(el.unchecked_ref::<Element>());
    let on_dialog = active.as_ref() == Some(dialog);
    let to = match e.shift_key() {
        true if at(first) || on_dialog => last,
        false if at(last) => first,
        _ => return,
    };
    e.prevent_default();
    let _ = to.focus();
}
