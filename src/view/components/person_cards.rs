//! Hidden one-line descriptions of every person, which name links point to with
//! `aria-describedby`, so screen readers announce who a name is.

use yew::prelude::*;

use crate::core::render::card_id;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::strings::{strings, Strings};

#[function_component(PersonCards)]
pub fn person_cards() -> Html {
    let t = use_t();
    let lib = use_lib();
    // Pre-rendered in Kazakh whatever the language, and in the interface
    // language once the app runs: in the page's other languages they would
    // be most of what differs (some 2 kB gzip of every first visit).
    let running = use_state_eq(|| false);
    {
        let running = running.clone();
        use_effect_with((), move |_| running.set(true));
    }
    let t: &Strings = if *running {
        t
    } else {
        strings(Default::default())
    };
    let cards = lib.people.entries.iter().map(|p| {
        html! { <span id={card_id(&p.slug)} key={p.slug.clone()}>{ format!("{} — {}", t.person_name(p), t.role(p)) }</span> }
    });
    html! { <div hidden=true>{ for cards }</div> }
}
