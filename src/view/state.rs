//! The App's state in one reducer: where the reader is and what is open.
//! Components read it through props and change it by dispatching an
//! [`Action`]; nothing else in the view keeps app-wide state.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::prefs::Prefs;
use crate::core::route::{Page, Route};

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The route as the address gives it; resolved against the library when shown.
    /// The first render is always `Home`, as the pre-rendered HTML is.
    pub route: Route,
    /// The sidebar, on narrow screens.
    pub menu_open: bool,
    /// The list of keyboard shortcuts.
    pub help_open: bool,
    /// `None` until read from storage after the first render: applying the
    /// defaults first would flash the wrong theme.
    pub prefs: Option<Prefs>,
    /// Where to put the page once this route is drawn: the scroll position the
    /// reader left its history entry at (Back, Forward, reload); none for a new
    /// entry, which shows its target.
    pub restore: Option<f64>,
    /// Counts route changes, so a return to the same route still restores.
    pub seq: u32,
}

impl Default for State {
    fn default() -> Self {
        State {
            route: Page::Home.into(),
            menu_open: false,
            help_open: false,
            prefs: None,
            restore: None,
            seq: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address changed (a link, back or forward, a replaced entry).
    Route(Route),
    /// Back to a history entry (or a reload): the route, and where the reader
    /// left it.
    Return(Route, f64),
    ToggleMenu,
    CloseMenu,
    ToggleHelp,
    CloseHelp,
    /// Preferences read from storage, or changed by the reader.
    Prefs(Prefs),
}

impl State {
    fn show(&mut self, route: Route, restore: Option<f64>) {
        // Following a link from the menu closes it; the first reading of the
        // address (the page it opened on) leaves open a menu opened before.
        if self.seq > 0 || route != self.route {
            self.menu_open = false;
        }
        self.route = route;
        self.restore = restore;
        self.seq = self.seq.wrapping_add(1);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Route(route) => next.show(route, None),
            Action::Return(route, y) => next.show(route, Some(y)),
            Action::ToggleMenu => next.menu_open = !next.menu_open,
            Action::CloseMenu => next.menu_open = false,
            Action::ToggleHelp => next.help_open = !next.help_open,
            Action::CloseHelp => next.help_open = false,
            Action::Prefs(prefs) => next.prefs = Some(prefs),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// A dispatcher to hand down to components.
pub type Dispatch = UseReducerDispatcher<State>;
