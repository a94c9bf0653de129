//! Where a page of the Wasm loaded on first use goes (the map, the word list,
//! the overview; see `view::extras`): an element that says "loading" until
//! `boot.js` has loaded that module and mounted the page in it. Meanwhile
//! `boot.js` shows the route's own pre-rendered page there, if it has one: a
//! few kB that come long before the module's 260.

use yew::prelude::*;

use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;

#[derive(Properties, PartialEq)]
pub struct ExtrasHostProps {
    /// The route to show, as its hash.
    pub hash: AttrValue,
}

#[function_component(ExtrasHost)]
pub fn extras_host(props: &ExtrasHostProps) -> Html {
    let t = use_t();
    let lang = use_context::<Lang>().unwrap_or_default();
    let node = use_node_ref();
    // On a page of its own the page is there already, pre-rendered.
    let kept = *use_state(dom::take_extras_kept);
    {
        let node = node.clone();
        use_effect_with((props.hash.clone(), lang), move |(hash, lang)| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                let file = Route::parse(hash).file(*lang);
                dom::request_extras(&el, hash, lang.code(), file.as_deref());
            }
        });
    }
    // Only when the host goes: the page inside keeps its state (zoom, say)
    // while its route changes.
    use_effect_with((), |_| dom::release_extras);
    html! {
        <div class="extras-host" ref={node}>
            if !kept {
                <p class="loading" role="status">{ t.loading }</p>
            }
        </div>
    }
}
