//! The route, read from `location.hash` and kept in step with it, and the
//! reader's place in each history entry, so Back and Forward return to it.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom::{self, Entry, Listener};

/// The current route and a way to change it.
#[derive(Clone, PartialEq)]
pub struct RouteHandle {
    pub route: Route,
    /// Where to put the page once it is drawn: the scroll position the reader
    /// left this history entry at (Back, Forward, reload), or none for a new
    /// entry, which shows its target (see `dom::reveal`).
    pub restore: Option<f64>,
    /// Counts route changes, so returning to an entry with the same route
    /// still restores its place.
    pub seq: u32,
    /// Go to a route: `(route, replace)`. Replacing keeps history short while
    /// typing a search; pushing lets the back button return.
    pub navigate: Callback<(Route, bool)>,
    /// Leave the search (`Esc` in the box) for the paragraph being read: from the
    /// results, back to the page the search started from, at the place the reader
    /// left it (the article's top if the search was the visit's first page);
    /// from a hit, the same paragraph without the marks, the page kept still.
    pub leave_search: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Shown {
    route: Route,
    restore: Option<f64>,
    seq: u32,
}

/// The history entries of this visit: each one's key and scroll position.
#[derive(Default)]
struct Places {
    /// The key of the entry shown; keys start at the time of loading, so they
    /// never repeat the keys of an earlier visit in the same tab.
    current: f64,
    next: f64,
    /// `(key, y)`, a few per visit: a list is smaller in the Wasm than a map.
    y: Vec<(f64, f64)>,
}

impl Places {
    /// The history entry changed (a link, Back, Forward): note where the reader
    /// was on the old one, and say where the new one should be.
    fn arrive(&mut self, left_at: Option<f64>) -> Option<f64> {
        if let Some(y) = left_at {
            let current = self.current;
            self.y.retain(|(k, _)| *k != current);
            self.y.push((current, y));
        }
        let entry = dom::history_entry();
        match entry.key {
            Some(key) => {
                self.current = key;
                let known = self.y.iter().find(|(k, _)| *k == key).map(|(_, y)| *y);
                known.or(entry.y)
            }
            None => {
                // A new entry (a link or `navigate`): name it and say where from.
                let key = self.next;
                self.next += 1.0;
                let from = left_at.map(|_| self.current);
                self.current = key;
                dom::set_history_entry(Entry {
                    key: Some(key),
                    from,
                    y: None,
                });
                None
            }
        }
    }
}

/// Re-renders on every `hashchange` (links, back, forward) and on `navigate`.
///
/// The first render is always the article from the top, as the pre-rendered
/// HTML is, so hydration finds the DOM it expects; the real route follows at once.
#[hook]
pub fn use_route() -> RouteHandle {
    let shown = use_state_eq(|| Shown {
        route: Route::Home,
        restore: None,
        seq: 0,
    });
    let places = use_mut_ref(Places::default);
    {
        let shown = shown.clone();
        let places = Rc::clone(&places);
        use_effect_with((), move |_| {
            dom::manual_scroll_restoration();
            let start = js_sys::Date::now();
            {
                let mut p = places.borrow_mut();
                p.current = start;
                p.next = start + 1.0;
            }
            let seq = Rc::new(RefCell::new(1u32));
            let show = {
                let shown = shown.clone();
                move |restore: Option<f64>, seq: u32| {
                    shown.set(Shown {
                        route: Route::parse(&dom::location_hash()),
                        restore,
                        seq,
                    });
                }
            };
            // On a reload the entry still has its key and the place it was left at.
            let restore = places.borrow_mut().arrive(None);
            show(restore, 1);
            let listeners = dom::window().map(|w| {
                let places_change = Rc::clone(&places);
                let show = show.clone();
                let change = Listener::new(&w, "hashchange", move |_| {
                    // Still the old page's scroll: the new route is not drawn yet.
                    let restore = places_change.borrow_mut().arrive(Some(dom::scroll_y()));
                    let mut seq = seq.borrow_mut();
                    *seq += 1;
                    show(restore, *seq);
                });
                // Keep the place in the entry itself whenever scrolling stops, for
                // a reload or a return from another site (this memory is gone then).
                let places_keep = Rc::clone(&places);
                let keep = Listener::new(&w, "scrollend", move |_| {
                    let mut entry = dom::history_entry();
                    entry.key = Some(places_keep.borrow().current);
                    entry.y = Some(dom::scroll_y());
                    dom::set_history_entry(entry);
                });
                (change, keep)
            });
            move || drop(listeners)
        });
    }
    let navigate = {
        let shown = shown.clone();
        Callback::from(move |(to, replace): (Route, bool)| {
            if replace {
                // replaceState fires no hashchange: update the state here.
                dom::replace_hash(&to.to_hash());
                shown.set(Shown {
                    route: to,
                    restore: None,
                    seq: shown.seq.wrapping_add(1),
                });
            } else {
                dom::push_hash(&to.to_hash());
            }
        })
    };
    let leave_search = {
        let navigate = navigate.clone();
        let shown = shown.clone();
        Callback::from(move |()| match Route::parse(&dom::location_hash()) {
            Route::Search(_) if dom::history_entry().from.is_some() => dom::history_back(),
            Route::Search(_) => navigate.emit((Route::Home, true)),
            Route::Block { id, query } if !query.is_empty() => {
                let to = Route::block(&id);
                dom::replace_hash(&to.to_hash());
                shown.set(Shown {
                    route: to,
                    restore: Some(dom::scroll_y()),
                    seq: shown.seq.wrapping_add(1),
                });
            }
            _ => {}
        })
    };
    RouteHandle {
        route: shown.route.clone(),
        restore: shown.restore,
        seq: shown.seq,
        navigate,
        leave_search,
    }
}
