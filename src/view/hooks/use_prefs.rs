//! The reader's preferences: read after the first render (which must match the
//! pre-rendered HTML), applied to the page, and remembered.

use yew::prelude::*;

use crate::core::prefs::Prefs;
use crate::view::dom;

/// The preferences and a way to change them.
#[hook]
pub fn use_prefs() -> (Prefs, Callback<Prefs>) {
    // None until read: applying the defaults first would flash the wrong theme.
    let prefs = use_state_eq(|| None::<Prefs>);
    {
        let prefs = prefs.clone();
        use_effect_with((), move |_| prefs.set(Some(dom::load_prefs())));
    }
    use_effect_with(*prefs, |p| {
        if let Some(p) = p {
            dom::apply_prefs(p);
        }
    });
    let set = {
        let prefs = prefs.clone();
        Callback::from(move |p: Prefs| {
            dom::store_prefs(&p);
            prefs.set(Some(p));
        })
    };
    ((*prefs).unwrap_or_default(), set)
}
