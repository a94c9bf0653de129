//! "Copy link" for a paragraph: puts the paragraph's full address on the
//! clipboard and says for a moment whether that worked. The clipboard's
//! promise is awaited: a refused write shows ✗, never a ✓.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;
use crate::view::{dom, io};

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub id: String,
}

#[function_component(CopyLink)]
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let t = use_t();
    // `Some(true)` copied, `Some(false)` refused, for a moment after a click.
    let result = use_state_eq(|| None::<bool>);
    let onclick = {
        let result = result.clone();
        let hash = Route::block(&props.id).to_hash();
        Callback::from(move |_: MouseEvent| {
            let result = result.clone();
            let url = dom::url_with_hash(&hash);
            yew::platform::spawn_local(async move {
                result.set(Some(io::write_clipboard(&url).await.is_ok()));
                let result = result.clone();
                gloo_timers::callback::Timeout::new(2000, move || result.set(None)).forget();
            });
        })
    };
    let (label, sign) = match *result {
        Some(true) => (t.link_copied, "✓"),
        Some(false) => (t.copy_failed, "✗"),
        None => (t.copy_link, "⧉"),
    };
    html! {
        <button type="button" class="copy-link" aria-label={label} title={label} {onclick}>
            { sign }
        </button>
    }
}
