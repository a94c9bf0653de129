//! The App's state in one reducer: where the reader is and what is open.
//! Components read it through props and change it by dispatching an
//! [`Action`]; nothing else in the view keeps app-wide state.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::prefs::Prefs;
use crate::core::route::Route;

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
}

impl Default for State {
    fn default() -> Self {
        State {
            route: Route::Home,
            menu_open: false,
            help_open: false,
            prefs: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address changed (a link, back or forward, a replaced entry).
    Route(Route),
    ToggleMenu,
    CloseMenu,
    ToggleHelp,
    CloseHelp,
    /// Preferences read from storage, or changed by the reader.
    Prefs(Prefs),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Route(route) => {
                next.route = route;
                // Following a link from the menu closes it.
                next.menu_open = false;
            }
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
