//! "Copy link" for a paragraph: puts the paragraph's full address on the
//! clipboard and says so for a moment.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;

/// Icons drawn inline (stroked in the text colour), since not every system has
/// a glyph for `⧉`: two sheets, and a tick once copied.
const COPY: &str = "M5.5 5.5h8v8h-8z M10.5 5.5v-3h-8v8h3";
const CHECK: &str = "M3 8.5l3.2 3.2L13 4.8";

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub id: String,
}

#[function_component(CopyLink)]
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let t = use_t();
    let copied = use_state_eq(|| false);
    let onclick = {
        let copied = copied.clone();
        let hash = Route::block(&props.id).to_hash();
        Callback::from(move |_: MouseEvent| {
            if dom::copy_to_clipboard(&dom::url_with_hash(&hash)) {
                copied.set(true);
                let copied = copied.clone();
                gloo_timers::callback::Timeout::new(2000, move || copied.set(false)).forget();
            }
        })
    };
    let label = if *copied { t.link_copied } else { t.copy_link };
    html! {
        <button type="button" class="copy-link" aria-label={label} title={label} {onclick}>
            { if *copied { icon(CHECK) } else { icon(COPY) } }
        </button>
    }
}
