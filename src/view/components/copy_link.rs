//! "Copy link" for a paragraph: puts the paragraph's full address on the
//! clipboard and says so for a moment.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;

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
            { if *copied { "✓" } else { "⧉" } }
        </button>
    }
}
