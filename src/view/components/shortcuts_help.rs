//! The list of keyboard shortcuts, opened with `?`: a native modal `<dialog>`
//! (`showModal`), so the browser keeps focus inside it, makes the page behind
//! inert and closes it with `Esc`.

use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
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
    let rows = [
        ("/", t.shortcut_search),
        ("Esc", t.shortcut_escape),
        ("[ ]", t.shortcut_sections),
        ("?", t.shortcut_help),
    ];
    html! {
        <dialog class="dialog" aria-labelledby="shortcuts-title" ref={dialog}
                onclose={on_close} onclick={backdrop}>
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
