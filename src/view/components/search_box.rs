//! The search box in the top bar: results as you type, `/` to focus, `Esc` to
//! clear.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::view::hooks::use_t::use_t;

/// The id the `/` shortcut focuses.
pub const SEARCH_INPUT_ID: &str = "search";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query shown in the box (from the route).
    pub query: String,
    pub on_query: Callback<String>,
    /// The reader is about to search: a moment to get ready.
    pub on_focus: Callback<()>,
}

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let t = use_t();
    let on_input = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_query.emit(input.value());
        })
    };
    let on_keydown = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                let input: HtmlInputElement = e.target_unchecked_into();
                input.set_value("");
                on_query.emit(String::new());
            }
        })
    };
    let on_focus = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |_: FocusEvent| on_focus.emit(()))
    };
    // Enter must not reload the page; results are already shown.
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="search" role="search" onsubmit={on_submit}>
            <label for={SEARCH_INPUT_ID} class="visually-hidden">{ t.search }</label>
            <input
                type="search"
                id={SEARCH_INPUT_ID}
                placeholder={t.search_placeholder}
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                value={props.query.clone()}
                oninput={on_input}
                onkeydown={on_keydown}
                onfocus={on_focus}
            />
            <kbd class="hint" aria-hidden="true">{ "/" }</kbd>
        </form>
    }
}
