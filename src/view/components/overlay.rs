//! The frame the second module's dialogs open in ("Cite this", the note
//! dialog): the platform's modal `<dialog>` (`showModal`), so the browser keeps
//! Tab inside it, makes the page behind inert, closes it with Escape and gives
//! focus back to the control that opened it. Closed by its button, a click
//! beside it or Escape; every way ends in the `close` event.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement};
use yew::prelude::*;

use crate::view::components::shortcuts_help::keep_tab_inside;

#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    /// The dialog's own class, beside `dialog`.
    pub class: AttrValue,
    pub title_id: AttrValue,
    pub title: AttrValue,
    pub close_label: AttrValue,
    pub onclose: Callback<()>,
    /// The dialog element, for the opener to focus.
    pub node: NodeRef,
    pub children: Html,
}

#[function_component(Overlay)]
pub fn overlay(props: &OverlayProps) -> Html {
    {
        let node = props.node.clone();
        use_effect_with((), move |_| {
            if let Some(d) = node.cast::<HtmlDialogElement>() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        });
    }
    let close = {
        let node = props.node.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = node.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // A click on the backdrop lands on the dialog element itself (its padding
    // is on the body inside).
    let backdrop = {
        let node = props.node.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                .is_some();
            if let (true, Some(d)) = (on_dialog, node.cast::<HtmlDialogElement>()) {
                d.close();
            }
        })
    };
    let onclose = props.onclose.reform(|_: Event| ());
    let onkeydown = {
        let node = props.node.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(d) = node.cast::<Element>() {
                keep_tab_inside(&e, &d);
            }
        })
    };
    html! {
        <dialog class={classes!("dialog", props.class.to_string())}
                aria-labelledby={props.title_id.clone()} tabindex="-1" ref={props.node.clone()}
                onclose={onclose} onclick={backdrop} {onkeydown}>
            <div class="dialog-body">
                <h2 id={props.title_id.clone()}>{ props.title.clone() }</h2>
                { props.children.clone() }
                <button type="button" class="close" onclick={close}>{ props.close_label.clone() }</button>
            </div>
        </dialog>
    }
}
