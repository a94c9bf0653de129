//! The search box in the top bar: results as you type, `/` to focus, `Esc` to
//! leave the search, `↓` to the results and `Enter` to the first one.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::view::dom;
use crate::view::hooks::use_t::use_t;

/// The id the `/` shortcut focuses.
pub const SEARCH_INPUT_ID: &str = "search";
/// The result links, in order (see `SearchResults`).
const RESULT_LINKS: &str = ".results a.result";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query shown in the box (from the route).
    pub query: String,
    pub on_query: Callback<String>,
    /// `Esc`: the box is cleared; back to where the reader was reading.
    pub on_escape: Callback<()>,
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
        let on_escape = props.on_escape.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            match e.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    let input: HtmlInputElement = e.target_unchecked_into();
                    input.set_value("");
                    on_escape.emit(());
                }
                "ArrowDown" => {
                    if let Some(first) = dom::first(RESULT_LINKS) {
                        e.prevent_default();
                        let _ = first.focus();
                    }
                }
                _ => {}
            }
        })
    };
    let on_focus = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |_: FocusEvent| on_focus.emit(()))
    };
    // Enter opens the first result (the page must not reload).
    let on_submit = Callback::from(|e: SubmitEvent| {
        e.prevent_default();
        if let Some(first) = dom::first(RESULT_LINKS) {
            first.click();
        }
    });
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
