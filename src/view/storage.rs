//! `localStorage`, read as junk may come out of it: storage that is blocked,
//! throws, is full, or is a stand-in whose `getItem` hands back something other
//! than a string leaves the defaults, and [`saving_works`] tells the reader
//! that nothing will be kept.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

use crate::core::prefs::Prefs;
use crate::view::dom::window;

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// What storage holds under `key`; `Err` when it cannot be read: none,
/// throwing, or a value that is not a string. Called through `Reflect`, so a
/// stand-in's number or object is seen as what it is.
pub fn read_item(key: &str) -> Result<Option<String>, ()> {
    let s = storage().ok_or(())?;
    let get = js_sys::Reflect::get(&s, &JsValue::from_str("getItem"))
        .map_err(|_| ())?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| ())?;
    let value = get.call1(&s, &JsValue::from_str(key)).map_err(|_| ())?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or(())
}

/// A stored value, if storage works and has it as a string.
pub fn stored(key: &str) -> Option<String> {
    read_item(key).ok().flatten()
}

/// Remember a value (private browsing may refuse: then it lasts the visit).
pub fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

thread_local! {
    static WORKS: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Whether what the reader chooses is kept: a value written reads back the
/// same (asked once a visit).
pub fn saving_works() -> bool {
    if let Some(works) = WORKS.with(Cell::get) {
        return works;
    }
    const PROBE: &str = "qazaq-reader.probe";
    let works = storage().is_some_and(|s| {
        let works = s.set_item(PROBE, "1").is_ok() && read_item(PROBE) == Ok(Some("1".into()));
        let _ = s.remove_item(PROBE);
        works
    });
    WORKS.with(|w| w.set(Some(works)));
    works
}

/// The reader's preferences from storage and the browser's languages.
pub fn load_prefs() -> Prefs {
    let langs: Vec<String> = window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Prefs::load(
        stored(Prefs::LANG_KEY).as_deref(),
        stored(Prefs::THEME_KEY).as_deref(),
        stored(Prefs::FONT_KEY).as_deref(),
        stored(Prefs::REPAIRS_KEY).as_deref(),
        langs.iter().map(String::as_str),
    )
}

/// Remember the preferences (private browsing may refuse: then they last the visit).
pub fn store_prefs(prefs: &Prefs) {
    if let Some(s) = storage() {
        let _ = s.set_item(Prefs::LANG_KEY, prefs.lang.code());
        let _ = s.set_item(Prefs::THEME_KEY, prefs.theme.code());
        let _ = s.set_item(Prefs::FONT_KEY, &prefs.font_step.to_string());
        let _ = s.set_item(Prefs::REPAIRS_KEY, prefs.repairs_code());
    }
}
