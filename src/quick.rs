//! The small search runtime (`--features search-runtime`, its own Wasm
//! module, `qazaq_search`): the core's search without Yew, so that a reader
//! who types before the app has arrived gets the app's results
//! (`Library::results_page`). `src/view/quick_search.js` fetches it with the
//! article and the translations (the very files the app reads, so the app
//! finds them in the cache) and shows what this returns, as text.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::core::article::{Article, Bibliography, Block, Meta, Reference, Section};
use crate::core::library::Library;
use crate::core::names::index::NameData;
use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::core::translation::{Reading, TrLang, TrMeta, Translation};

thread_local! {
    static LIB: RefCell<Option<Library>> = const { RefCell::new(None) };
    /// The article or a translation while `quick_search.js` hands it over.
    static ARTICLE: RefCell<Option<Article>> = const { RefCell::new(None) };
    static TRANSLATION: RefCell<Option<Translation>> = const { RefCell::new(None) };
}

// The data comes in as the browser parsed it, a call a field: the runtime has
// no deserializer (serde's would be a third of its size). `quick_search.js`
// walks `article.json` and `translations/<lang>.json` in their order; the
// quick-search browser test checks that these results are the app's.

/// Starts the article: its front matter.
#[wasm_bindgen]
pub fn article_begin(
    title: String,
    author: String,
    position: String,
    dedication: String,
    lang: String,
) {
    let meta = Meta {
        title,
        author,
        position,
        dedication,
        lang,
        ornament: None,
    };
    let bibliography = Bibliography {
        id: String::new(),
        title: String::new(),
        entries: Vec::new(),
    };
    let article = Article {
        meta,
        sections: Vec::new(),
        bibliography,
        repairs: Vec::new(),
    };
    ARTICLE.with(|a| *a.borrow_mut() = Some(article));
}

fn with_article(f: impl FnOnce(&mut Article)) {
    ARTICLE.with(|a| {
        if let Some(article) = a.borrow_mut().as_mut() {
            f(article)
        }
    })
}

/// A section (`title` is `undefined` for the opening part); its blocks follow.
#[wasm_bindgen]
pub fn article_section(id: String, title: Option<String>) {
    with_article(|a| {
        a.sections.push(Section {
            id,
            title,
            blocks: Vec::new(),
        })
    });
}

/// A block of the last section: a paragraph, or a figure's caption.
#[wasm_bindgen]
pub fn article_block(id: String, text: String, figure: bool) {
    let block = if figure {
        Block::Figure { id, caption: text }
    } else {
        Block::Paragraph { id, text }
    };
    with_article(|a| {
        if let Some(section) = a.sections.last_mut() {
            section.blocks.push(block)
        }
    });
}

/// The bibliography's heading; its entries follow.
#[wasm_bindgen]
pub fn article_bibliography(id: String, title: String) {
    with_article(|a| {
        a.bibliography.id = id;
        a.bibliography.title = title;
    });
}

#[wasm_bindgen]
pub fn article_reference(id: String, text: String, url: Option<String>) {
    with_article(|a| a.bibliography.entries.push(Reference { id, text, url }));
}

/// The article is whole: search it from now on. People and places are not
/// needed to search.
#[wasm_bindgen]
pub fn article_end() {
    if let Some(article) = ARTICLE.with(|a| a.borrow_mut().take()) {
        let lib = Library::new(article, Vec::new(), Vec::new(), NameData::default());
        LIB.with(|l| *l.borrow_mut() = Some(lib));
    }
}

/// Starts a translation (`ru`, `en`): its front matter.
#[wasm_bindgen]
pub fn translation_begin(lang: String, title: String, position: String, dedication: String) {
    let tr = Translation {
        lang,
        meta: TrMeta {
            title,
            position,
            dedication,
        },
        ..Translation::default()
    };
    TRANSLATION.with(|t| *t.borrow_mut() = Some(tr));
}

/// A translated section heading (`section`), else a block's text or caption.
#[wasm_bindgen]
pub fn translation_entry(id: String, text: String, section: bool) {
    TRANSLATION.with(|t| {
        if let Some(tr) = t.borrow_mut().as_mut() {
            let map = if section {
                &mut tr.sections
            } else {
                &mut tr.blocks
            };
            map.insert(id, text);
        }
    });
}

/// The translation is whole: searched from now on as the app searches it.
#[wasm_bindgen]
pub fn translation_end() -> Result<(), JsError> {
    let Some(tr) = TRANSLATION.with(|t| t.borrow_mut().take()) else {
        return Err(JsError::new("no translation begun"));
    };
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
