//! The reader's preferences: read after the first render (which must match the
//! pre-rendered HTML), applied to the page whenever they change.

use yew::prelude::*;

use crate::core::prefs::Prefs;
use crate::view::dom;
use crate::view::state::{Action, Dispatch};
use crate::view::storage;

#[hook]
pub fn use_prefs(prefs: Option<Prefs>, dispatch: Dispatch) {
    use_effect_with((), move |_| {
        dispatch.dispatch(Action::Prefs(storage::load_prefs()))
    });
    use_effect_with(prefs, |p| {
        if let Some(p) = p {
            dom::apply_prefs(p);
        }
    });
}

/// Change the preferences and remember them (private browsing may refuse:
/// then they last the visit).
pub fn set_prefs(dispatch: &Dispatch, prefs: Prefs) {
    storage::store_prefs(&prefs);
    dispatch.dispatch(Action::Prefs(prefs));
}
