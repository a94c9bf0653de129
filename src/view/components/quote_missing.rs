//! The notice shown when a quote link's passage is no longer in its
//! paragraph: said plainly, and the paragraph is shown whole.

use yew::prelude::*;

use crate::view::hooks::use_t::use_t;

#[function_component(QuoteMissing)]
pub fn quote_missing() -> Html {
    let t = use_t();
    html! { <p class="quote-missing" role="status">{ t.quote_not_found }</p> }
}
