//! The list of keyboard shortcuts, opened with `?`.

use yew::prelude::*;

use crate::view::hooks::use_t::use_t;

#[derive(Properties, PartialEq)]
pub struct ShortcutsHelpProps {
    pub on_close: Callback<MouseEvent>,
}

#[function_component(ShortcutsHelp)]
pub fn shortcuts_help(props: &ShortcutsHelpProps) -> Html {
    let t = use_t();
    let dialog = use_node_ref();
    {
        // Focus the dialog so Escape and screen readers start there.
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(el) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let rows = [
        ("/", t.shortcut_search),
        ("Esc", t.shortcut_escape),
        ("[ ]", t.shortcut_sections),
        ("?", t.shortcut_help),
    ];
    html! {
        <div class="overlay" onclick={props.on_close.clone()}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title"
                 tabindex="-1" ref={dialog} onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <h2 id="shortcuts-title">{ t.shortcuts }</h2>
                <dl class="keys">
                    { for rows.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
                </dl>
                <button type="button" onclick={props.on_close.clone()}>{ t.close }</button>
            </div>
        </div>
    }
}
