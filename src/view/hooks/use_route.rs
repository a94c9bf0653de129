//! The route, read from `location.hash` and kept in step with it, and the
//! reader's place in each history entry, so Back, Forward and reload return to it.
//!
//! The address always says what the reader reads: one that names no reading
//! (an old link, the pre-rendered page's) is read in the reading in effect and
//! written back with it, so a copied address opens what the reader saw.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::prefs::Lang;
use crate::core::route::{Page, Route};
use crate::core::translation::{Reading, READING_KEY};
use crate::view::dom::{self, Entry};
use crate::view::state::{Action, Dispatch};

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
                let entry = Entry {
                    key: Some(key),
                    from,
                    y: None,
                };
                if left_at.is_some() {
                    dom::set_history_entry(entry);
                } else {
                    // At start-up, a task later: `replaceState` is slow enough
                    // to matter in the task that hydrates the page.
                    gloo_timers::callback::Timeout::new(0, move || dom::set_history_entry(entry))
                        .forget();
                }
                None
            }
        }
    }
}

thread_local! {
    /// The route last shown: what an address without a reading is read in.
    static SHOWN: RefCell<Option<Route>> = const { RefCell::new(None) };
    /// The route of the page the build wrote for it (`people.html`), when
    /// the app runs on one: what its address names while it has no hash.
    static OWN: RefCell<Option<Route>> = const { RefCell::new(None) };
}

/// The page the app runs on, if the build wrote it for one route
/// (`person-abai.ru.html`): that route, and the interface language the
/// page is in. `None` on the opening page.
#[cfg(feature = "csr")]
pub fn own_page() -> Option<(Route, Lang)> {
    let own = Route::from_file(&dom::location_path());
    OWN.with(|o| *o.borrow_mut() = own.as_ref().map(|(r, _)| r.clone()));
    own
}

/// The hash, or on a page of its own without one, that page's route's.
fn address() -> String {
    let hash = dom::location_hash();
    if !hash.trim_start_matches('#').is_empty() {
        return hash;
    }
    OWN.with(|o| o.borrow().as_ref().map(Route::to_hash))
        .unwrap_or(hash)
}

/// The route in the address, read as the app reads it. The address, not
/// the rendered route: fast typing can outrun the re-render.
pub fn current() -> Route {
    Route::parse_or(&address(), in_effect())
}

/// The reading shown, or at start the one the reader chose last time.
fn in_effect() -> Reading {
    SHOWN
        .with(|s| s.borrow().as_ref().map(|r| r.reading))
        .or_else(|| crate::view::storage::stored(READING_KEY).and_then(|c| Reading::parse(&c)))
        .unwrap_or_default()
}

/// The route in the address; one without a reading gets the reading in
/// effect written in.
fn read_address() -> Route {
    let hash = address();
    let route = Route::parse_or(&hash, in_effect());
    if route.unknown_reading.is_none() && Route::parse(&hash).reading != route.reading {
        dom::replace_hash(&route.to_hash());
    }
    route
}

fn shown(route: &Route) {
    SHOWN.with(|s| *s.borrow_mut() = Some(route.clone()));
}

/// Tell the state the route in the address, and where to put the page.
fn show(dispatch: &Dispatch, restore: Option<f64>) {
    let route = read_address();
    shown(&route);
    dispatch.dispatch(match restore {
        Some(y) => Action::Return(route, y),
        None => Action::Route(route),
    });
}

/// Reads the address once the first render (always the article from the top,
/// as the pre-rendered HTML is, so hydration finds the DOM it expects) is
/// done, then on every `hashchange` (links, back, forward). The app puts the
/// page where it was itself: the browser would do it before the page is drawn.
#[hook]
pub fn use_hash_route(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        dom::manual_scroll_restoration();
        let start = js_sys::Date::now();
        let places = Rc::new(RefCell::new(Places {
            current: start,
            next: start + 1.0,
            y: Vec::new(),
        }));
        // On a reload the entry still has its key and the place it was left at.
        let restore = places.borrow_mut().arrive(None);
        show(&dispatch, restore);
        let listeners = dom::window().map(|w| {
            let links = follow_links(&w, dispatch.clone());
            let on_change = Rc::clone(&places);
            let change = EventListener::new(&w, "hashchange", move |_| {
                // Still the old page's scroll: the new route is not drawn yet.
                let restore = on_change.borrow_mut().arrive(Some(dom::scroll_y()));
                show(&dispatch, restore);
            });
            // Keep the place in the entry itself whenever scrolling stops, for
            // a reload or a return from another site (this memory is gone then).
            // Only the entry the app has arrived at: a `scrollend` that comes
            // late, after a link pushed a new entry but before its `hashchange`,
            // must not name that new entry after the page it left.
            let keep = EventListener::new(&w, "scrollend", move |_| {
                let mut entry = dom::history_entry();
                let current = places.borrow().current;
                if entry.key != Some(current) {
                    return;
                }
                entry.y = Some(dom::scroll_y());
                dom::set_history_entry(entry);
            });
            (change, keep, links)
        });
        move || drop(listeners)
    });
}

/// The app's own links, followed without loading a page: one to a route's
/// page (`people.html`, which a reader without the app, or opening it in a
/// new tab, loads), or, from such a page, to the opening page's hash
/// (`./#/p/p7`). A click with a modifier key, or one a component handled,
/// is left to the browser.
fn follow_links(w: &web_sys::Window, dispatch: Dispatch) -> Option<EventListener> {
    let document = w.document()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "click",
        options,
        move |event| {
            let Some(href) = dom::plain_link_click(event) else {
                return;
            };
            let to = match href.strip_prefix("./#") {
                Some(hash) => Some(Route::parse_or(hash, in_effect())),
                None if !href.contains(['/', ':']) => Route::from_file(&href).map(|(r, _)| r),
                None => None,
            };
            if let Some(to) = to {
                event.prevent_default();
                navigate(&dispatch, to, false);
            }
        },
    ))
}

/// Go to a route. Replacing keeps history short while typing a search (and
/// fires no `hashchange`, so the state is told here); pushing lets the back
/// button return.
pub fn navigate(dispatch: &Dispatch, to: Route, replace: bool) {
    if replace {
        dom::replace_hash(&to.to_hash());
        shown(&to);
        dispatch.dispatch(Action::Route(to));
    } else {
        dom::push_hash(&to.to_hash());
    }
}

thread_local! {
    /// Where the reader was when a search began: the page and its scroll.
    static SEARCH_ORIGIN: RefCell<Option<(Route, f64)>> = const { RefCell::new(None) };
}

/// Start a search from the page on screen: remember where the reader was, so
/// that `Esc` returns there even if the search's history entry never learnt
/// where it was opened from (a fast first keystroke can outrun `hashchange`).
pub fn start_search(dispatch: &Dispatch, to: Route) {
    let origin = current();
    SEARCH_ORIGIN.with(|o| *o.borrow_mut() = Some((origin, dom::scroll_y())));
    navigate(dispatch, to, false);
}

/// Leave the search (`Esc` in the box) for the paragraph being read: from the
/// results, back to the page the search started from, at the place the reader
/// left it (the article's top if the search was the visit's first page); from
/// a hit, the same paragraph without the marks, the page kept still.
pub fn leave_search(dispatch: &Dispatch) {
    let here = current();
    match &here.page {
        Page::Search(_) => match SEARCH_ORIGIN.with(|o| o.borrow_mut().take()) {
            // Typed here: back to the page the search began on, at the place
            // it was left, in place of the search (exact whatever the order
            // of the first keystroke's `hashchange` and the page's scroll).
            // In the reading in effect now, which the reader may have changed.
            Some((origin, y)) if !matches!(origin.page, Page::Search(_)) => {
                let origin = here.to(origin.page);
                dom::replace_hash(&origin.to_hash());
                shown(&origin);
                dispatch.dispatch(Action::Return(origin, y));
            }
            _ if dom::history_entry().from.is_some() => dom::history_back(),
            _ => navigate(dispatch, here.to(Page::Home), true),
        },
        Page::Block { id, query } if !query.is_empty() => {
            let to = here.to(Page::block(id));
            dom::replace_hash(&to.to_hash());
            shown(&to);
            dispatch.dispatch(Action::Return(to, dom::scroll_y()));
        }
        _ => {}
    }
}

/// Makes the app's links: each a [`Route`] in the reading in effect, to the
/// route's own page in the interface language where it has one (see
/// `Route::href`), which the app follows without loading it (`follow_links`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Link {
    pub reading: Reading,
    pub ui: Lang,
    /// On a page of its own (`people.html`): a link to the opening page's
    /// hash names that page (`./#/p/p7`), so it works without the app.
    pub away: bool,
}

/// Provided by the App on a page the build wrote for one route.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Away;

#[derive(Properties, PartialEq)]
pub struct AwayProps {
    pub away: bool,
    pub children: Html,
}

/// Tells the links (`use_link`) that this is a page of its own, not the
/// opening page; provides nothing on the opening page.
#[function_component(AwayProvider)]
pub fn away_provider(props: &AwayProps) -> Html {
    match props.away {
        true => html! {
            <ContextProvider<Away> context={Away}>{ props.children.clone() }</ContextProvider<Away>>
        },
        false => props.children.clone(),
    }
}

impl Link {
    pub fn route(self, page: Page) -> Route {
        Route::new(page, self.reading)
    }

    pub fn href(self, page: Page) -> String {
        let href = self.route(page).href(self.ui);
        match self.away && href.starts_with('#') {
            true => format!("./{href}"),
            false => href,
        }
    }
}

/// The link maker for the reading and interface language the App (or a page
/// loaded on first use) provides; Kazakh without them.
#[hook]
pub fn use_link() -> Link {
    Link {
        reading: use_context::<Reading>().unwrap_or_default(),
        ui: use_context::<Lang>().unwrap_or_default(),
        away: use_context::<Away>().is_some(),
    }
}
