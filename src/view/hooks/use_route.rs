//! The route, read from `location.hash` and kept in step with it.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom::{self, Listener};

/// The current route; re-renders on every `hashchange` (links, back, forward).
#[hook]
pub fn use_route() -> Route {
    let route = use_state_eq(|| Route::parse(&dom::location_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = dom::window().map(|w| {
                Listener::new(&w, "hashchange", move |_| {
                    route.set(Route::parse(&dom::location_hash()));
                })
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}
