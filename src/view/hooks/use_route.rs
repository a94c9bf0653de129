//! The route, read from `location.hash` and kept in step with it.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom;
use crate::view::state::{Action, Dispatch};

/// Reads the address once the first render (always the article from the top,
/// as the pre-rendered HTML is, so hydration finds the DOM it expects) is
/// done, then on every `hashchange` (links, back, forward).
#[hook]
pub fn use_hash_route(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        dispatch.dispatch(Action::Route(Route::parse(&dom::location_hash())));
        let listener = dom::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                dispatch.dispatch(Action::Route(Route::parse(&dom::location_hash())));
            })
        });
        move || drop(listener)
    });
}

/// Go to a route. Replacing keeps history short while typing a search (and
/// fires no `hashchange`, so the state is told here); pushing lets the back
/// button return.
pub fn navigate(dispatch: &Dispatch, to: Route, replace: bool) {
    if replace {
        dom::replace_hash(&to.to_hash());
        dispatch.dispatch(Action::Route(to));
    } else {
        dom::push_hash(&to.to_hash());
    }
}
