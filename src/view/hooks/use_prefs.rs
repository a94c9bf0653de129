//! The reader's preferences: read after the first render (which must match the
//! pre-rendered HTML), applied to the page whenever they change.

use yew::prelude::*;

use crate::core::prefs::{Lang, Prefs};
use crate::view::dom;
use crate::view::state::{Action, Dispatch};
use crate::view::storage;

#[hook]
pub fn use_prefs(prefs: Option<Prefs>, dispatch: Dispatch, page_lang: Option<Lang>) {
    // A page in one language (`people.en.html`) stays in it: the link that
    // led here was made in it. The reader may still change it.
    use_effect_with((), move |_| {
        let stored = storage::load_prefs();
        let lang = page_lang.unwrap_or(stored.lang);
        dispatch.dispatch(Action::Prefs(Prefs { lang, ..stored }))
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
