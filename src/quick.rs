//! The small search runtime (`--features search-runtime`, its own Wasm
//! module, `qazaq_search`): the core's search without Yew, so that a reader
//! who types before the app has arrived gets the app's results
//! (`Library::results_page`). `src/view/quick_search.js` fetches it with the
//! article and the translations (the very files the app reads, so the app
//! finds them in the cache) and shows what this returns, as text.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::core::article::Article;
use crate::core::library::Library;
use crate::core::names::index::NameData;
use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::core::translation::{Reading, TrLang, Translation};

thread_local! {
    static LIB: RefCell<Option<Library>> = const { RefCell::new(None) };
}

fn read<T: serde::de::DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("{what} data is malformed: {e}")))
}

/// The article, as the browser parsed `article.json`: first, before any
/// translation. People and places are not needed to search.
#[wasm_bindgen]
pub fn take_article(value: JsValue) -> Result<(), JsError> {
    let article: Article = read(value, "article")?;
    let lib = Library::new(article, Vec::new(), Vec::new(), NameData::default());
    LIB.with(|l| *l.borrow_mut() = Some(lib));
    Ok(())
}

/// A translation (`translations/<lang>.json`), searched from now on as the
/// app searches it.
#[wasm_bindgen]
pub fn take_translation(value: JsValue) -> Result<(), JsError> {
    let tr: Translation = read(value, "translation")?;
    let lang =
        TrLang::parse(&tr.lang).ok_or_else(|| JsError::new("translation of no known language"))?;
    LIB.with(|l| match &*l.borrow() {
        Some(lib) => {
            lib.set_translation(lang, tr);
            Ok(())
        }
        None => Err(JsError::new("a translation before the article")),
    })
}

/// Builds an index ahead of the first search, one a call so each is its own
/// task: `kk`, or a translation's code once it is taken.
#[wasm_bindgen]
pub fn warm(lang: &str) {
    LIB.with(|l| {
        if let Some(lib) = &*l.borrow() {
            match TrLang::parse(lang) {
                Some(tr) => {
                    lib.translated_index(tr);
                }
                None => {
                    lib.search();
                }
            }
        }
    });
}

/// The results page for `query` (see `ResultsPage`), for the interface
/// language `ui` and the page's address `hash` with the stored reading
/// `stored` (the reading in effect, as the app works it out), on the opening
/// page or (`away`) on a page of its own.
#[wasm_bindgen]
pub fn search(
    query: &str,
    ui: &str,
    hash: &str,
    stored: &str,
    away: bool,
) -> Result<JsValue, JsError> {
    let ui = Lang::parse(ui).unwrap_or_default();
    let current = Reading::parse(stored).unwrap_or_default();
    let reading = Route::parse_or(hash, current).reading;
    LIB.with(|l| {
        let lib = l.borrow();
        let lib = lib.as_ref().ok_or_else(|| JsError::new("no article yet"))?;
        let page = lib.results_page(query, ui, reading, away);
        serde_wasm_bindgen::to_value(&page).map_err(|e| JsError::new(&e.to_string()))
    })
}
