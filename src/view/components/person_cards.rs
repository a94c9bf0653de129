//! Hidden one-line descriptions of every person, which name links point to with
//! `aria-describedby`, so screen readers announce who a name is.

use yew::prelude::*;

use crate::core::render::card_id;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[function_component(PersonCards)]
pub fn person_cards() -> Html {
    let t = use_t();
    let lib = use_lib();
    // In the interface language from the first paint (the page's rewrite
    // carries them): a screen reader hears who a name is in the reader's
    // language before the app runs, and the app agrees with the page.
    let cards = lib.people.entries.iter().map(|p| {
        html! { <span id={card_id(&p.slug)} key={p.slug.clone()}>{ format!("{} — {}", t.person_name(p), t.role(p)) }</span> }
    });
    html! { <div hidden=true>{ for cards }</div> }
}
