//! The frame the second module's dialogs open in ("Cite this", the note
//! dialog): over the page, titled, closed by its button, a click beside it or
//! Escape wherever the focus is (a click may have left it on the page).

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::view::dom;

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
        let onclose = props.onclose.clone();
        use_effect_with(props.onclose.clone(), move |_| {
            let keys = dom::window().and_then(|w| w.document()).map(|d| {
                EventListener::new(&d, "keydown", move |e| {
                    if e.dyn_ref::<KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape")
                    {
                        onclose.emit(());
                    }
                })
            });
            move || drop(keys)
        });
    }
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <div class="overlay" onclick={close.clone()}>
            <div class={classes!("dialog", props.class.to_string())} role="dialog" aria-modal="true"
                 aria-labelledby={props.title_id.clone()} tabindex="-1" ref={props.node.clone()}
                 onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <h2 id={props.title_id.clone()}>{ props.title.clone() }</h2>
                { props.children.clone() }
                <button type="button" class="close" onclick={close}>{ props.close_label.clone() }</button>
            </div>
        </div>
    }
}
