//! The route, read from `location.hash` and kept in step with it.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom::{self, Listener};

/// The current route and a way to change it.
#[derive(Clone, PartialEq)]
pub struct RouteHandle {
    pub route: Route,
    /// Go to a route: `(route, replace)`. Replacing keeps history short while
    /// typing a search; pushing lets the back button return.
    pub navigate: Callback<(Route, bool)>,
}

/// Re-renders on every `hashchange` (links, back, forward) and on `navigate`.
///
/// The first render is always the article from the top, as the pre-rendered
/// HTML is, so hydration finds the DOM it expects; the real route follows at once.
#[hook]
pub fn use_route() -> RouteHandle {
    let route = use_state_eq(|| Route::Home);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            route.set(Route::parse(&dom::location_hash()));
            let listener = dom::window().map(|w| {
                Listener::new(&w, "hashchange", move |_| {
                    route.set(Route::parse(&dom::location_hash()));
                })
            });
            move || drop(listener)
        });
    }
    let navigate = {
        let route = route.clone();
        Callback::from(move |(to, replace): (Route, bool)| {
            if replace {
                // replaceState fires no hashchange: update the state here.
                dom::replace_hash(&to.to_hash());
                route.set(to);
            } else {
                dom::push_hash(&to.to_hash());
            }
        })
    };
    RouteHandle {
        route: (*route).clone(),
        navigate,
    }
}
