//! Hidden one-line descriptions of every person, which name links point to with
//! `aria-describedby`, so screen readers announce who a name is.

use yew::prelude::*;

use crate::core::render::card_id;
use crate::view::lib::use_lib;

#[function_component(PersonCards)]
pub fn person_cards() -> Html {
    let lib = use_lib();
    let cards = lib.people.entries.iter().map(|p| {
        html! { <span id={card_id(&p.slug)} key={p.slug.clone()}>{ format!("{} — {}", p.name, p.role_kk) }</span> }
    });
    html! { <div hidden=true>{ for cards }</div> }
}
