//! The Yew front end: a thin layer that renders `core` data and wires the DOM.

mod app;
mod arrival;
mod components;
mod dom;
#[cfg(feature = "csr")]
pub mod extras;
mod hooks;
mod io;
mod lib;
#[cfg(feature = "csr")] // the Wasm loaded on first use only
mod notes_draw;
#[cfg(feature = "csr")]
mod notes_store;
#[cfg(feature = "csr")]
mod notes_strings;
mod plural;
mod quote_bar;
mod reading;
mod selection;
mod state;
mod storage;
mod strings;

use std::rc::Rc;

use crate::core::library::Library;

pub use arrival::SITE_TITLE_ATTR;

/// The attribute that marks `#app` as holding pre-rendered HTML to hydrate.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// The start-up data converted so far: `boot.js` hands over one file at a
/// time ([`take`]) and lets the browser breathe between them, so no single
/// task converts everything and then hydrates as well.
#[cfg(feature = "csr")]
#[derive(Default)]
struct Taken {
    article: Option<crate::core::article::Article>,
    people: Option<Vec<crate::core::people::Person>>,
    places: Option<Vec<crate::core::places::Place>>,
    mentions: Option<crate::core::names::index::NameData>,
    /// The interface language's translation, for a Russian or English
    /// reader: the titles and names around the text are in it from the start.
    translation: Option<crate::core::translation::Translation>,
    places_mentions: Option<crate::core::names::index::NameData>,
    dates: Option<crate::core::library::Dates>,
}

#[cfg(feature = "csr")]
thread_local! {
    static TAKEN: std::cell::RefCell<Taken> = std::cell::RefCell::new(Taken::default());
}

/// Called by `boot.js` with each start-up file (`article`, `people`, `places`,
/// `mentions`: the article, the people, the places, and where the article
/// names the people, worked out at build time), as parsed by the browser's
/// `JSON.parse`; serde-wasm-bindgen turns it into Rust types, so no JSON
/// parser ships in the Wasm. The build checked the data.
#[cfg(feature = "csr")]
#[cfg_attr(not(feature = "extras"), wasm_bindgen::prelude::wasm_bindgen)]
pub fn take(name: &str, value: wasm_bindgen::JsValue) -> Result<(), wasm_bindgen::JsError> {
    dom::install_panic_hook();
    TAKEN.with(|t| {
        let mut t = t.borrow_mut();
        match name {
            "article" => t.article = Some(read(value, name)?),
            "people" => t.people = Some(read(value, name)?),
            "places" => t.places = Some(read(value, name)?),
            "mentions" => t.mentions = Some(read(value, name)?),
            "translation" => t.translation = Some(read(value, name)?),
            // What a page of its own shows needs at once (see `data-load`).
            "mentions-places.json" => t.places_mentions = Some(read(value, name)?),
            "dates.json" => t.dates = Some(read(value, name)?),
            _ => return Err(wasm_bindgen::JsError::new(&format!("unknown data: {name}"))),
        }
        Ok(())
    })
}

/// Called by `boot.js` once every file is taken: builds the library and
/// hydrates the pre-rendered page when there is one, so the text on screen
/// is kept, not rebuilt.
///
/// Exported only from the main module: the module loaded on first use
/// (`--features extras`) starts from `extras::init` instead.
#[cfg(feature = "csr")]
#[cfg_attr(not(feature = "extras"), wasm_bindgen::prelude::wasm_bindgen)]
pub fn start() -> Result<(), wasm_bindgen::JsError> {
    use wasm_bindgen::JsError;

    let taken = TAKEN.with(|t| std::mem::take(&mut *t.borrow_mut()));
    let missing = |what: &str| JsError::new(&format!("{what} data was not given"));
    let lib = Library::new(
        taken.article.ok_or_else(|| missing("article"))?,
        taken.people.ok_or_else(|| missing("people"))?,
        taken.places.ok_or_else(|| missing("places"))?,
        taken.mentions.ok_or_else(|| missing("mentions"))?,
    );
    if let Some(data) = taken.places_mentions {
        lib.load_places(data);
    }
    if let Some(dates) = taken.dates {
        lib.load_dates(dates);
    }
    if let Some(tr) = taken.translation {
        if let Some(lang) = crate::core::translation::TrLang::parse(&tr.lang) {
            lib.set_translation(lang, tr);
        }
    }
    let root = dom::element_by_id("app").ok_or_else(|| JsError::new("no #app element"))?;
    let props = app::AppProps {
        lib: lib::Lib(Rc::new(lib)),
        lang: None,
        page: hooks::use_route::own_page(),
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root.clone(), props);
    if root.has_attribute(PRERENDERED_ATTR) {
        let aside = dom::set_aside_extras();
        dom::start_hydrating();
        renderer.hydrate();
        // The hydration runs next, in this task; then the page comes back.
        if let Some((host, nodes)) = aside {
            wasm_bindgen_futures::spawn_local(async move {
                for node in nodes {
                    let _ = host.append_child(&node);
                }
            });
        }
    } else {
        root.set_inner_html("");
        renderer.render();
    }
    Ok(())
}

/// Data parsed by the browser as a Rust type.
#[cfg(feature = "csr")]
fn read<T: serde::de::DeserializeOwned>(
    value: wasm_bindgen::JsValue,
    what: &str,
) -> Result<T, wasm_bindgen::JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| wasm_bindgen::JsError::new(&format!("{what} data is malformed: {e}")))
}

/// What the build renders pages from: the same data the page loads, so
/// hydration finds what was rendered, and what the build works out from it.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Source {
    pub article: crate::core::article::Article,
    pub people: Vec<crate::core::people::Person>,
    pub places: Vec<crate::core::places::Place>,
    pub data: crate::core::library::BuildData,
}

/// The app's HTML for `#app`: the opening page (`page` none) or a route's
/// page of its own; in Kazakh (`lang` none, as the app's first render on the
/// opening page) or in `lang`, with that language's translation for the
/// labels around the text, as the app soon has it.
#[cfg(feature = "ssr")]
pub fn render_to_html(
    source: &Source,
    lang: Option<crate::core::prefs::Lang>,
    translation: Option<(
        crate::core::translation::TrLang,
        crate::core::translation::Translation,
    )>,
    page: Option<crate::core::route::Route>,
) -> String {
    let source = source.clone();
    // Yew renders on its own thread: the (non-Send) library is built there.
    let props = move || {
        let library =
            Library::with_build_data(source.article, source.people, source.places, source.data);
        if let Some((l, tr)) = translation {
            library.set_translation(l, tr);
        }
        app::AppProps {
            lib: lib::Lib(Rc::new(library)),
            lang,
            page: page.map(|route| (route, lang.unwrap_or_default())),
        }
    };
    let renderer = yew::ServerRenderer::<app::App>::with_props(props).hydratable(true);
    futures_executor::block_on(renderer.render())
}

/// The data of the pages loaded on first use, for their pre-render.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Lazies {
    pub map: crate::core::map::MapData,
    pub words: crate::core::words::Vocabulary,
}

/// The HTML of a page of the module loaded on first use (the map, the word
/// list, the overview) for `route`, in `lang`, on a page of its own: what
/// the build puts in that page's `.extras-host`.
#[cfg(feature = "ssr")]
pub fn render_extras_to_html(
    source: &Source,
    lang: crate::core::prefs::Lang,
    translation: Option<(
        crate::core::translation::TrLang,
        crate::core::translation::Translation,
    )>,
    route: crate::core::route::Route,
    lazies: &Lazies,
) -> String {
    use components::extras_page::{PageApp, PageProps};
    use hooks::use_lazy::seed;

    let (source, lazies) = (source.clone(), lazies.clone());
    let props = move || {
        let library =
            Library::with_build_data(source.article, source.people, source.places, source.data);
        if let Some((l, tr)) = translation {
            library.set_translation(l, tr);
        }
        // As the browser keeps them once fetched (see `use_lazy`).
        let mut words = lazies.words;
        words
            .entries
            .iter_mut()
            .for_each(crate::core::words::fill_keys);
        seed("map.json", lazies.map);
        seed("words.json", words);
        PageProps {
            lib: lib::Lib(Rc::new(library)),
            route,
            lang,
            away: true,
        }
    };
    let renderer = yew::ServerRenderer::<PageApp>::with_props(props).hydratable(false);
    futures_executor::block_on(renderer.render())
}

/// Every string of the interface's table (`strings.rs`) in one language,
/// sorted: the browser tests look for the Kazakh ones on the pages of the
/// other languages.
#[cfg(feature = "ssr")]
pub fn table_strings(lang: crate::core::prefs::Lang) -> Vec<String> {
    fn leaves(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| leaves(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| leaves(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for table in [
        serde_json::to_value(strings::strings(lang)),
        serde_json::to_value(strings::glance(lang)),
    ] {
        leaves(&table.unwrap_or_default(), &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The strings the page needs before or without the app (the update banner,
/// the error box of `boot.js`, the offline notice of `offline.js`, the
/// not-found page of `404.js`), for every
/// language, as JSON for a `<script type="application/json" id="strings">`
/// block: the build writes it into `index.html` and `404.html`, so these
/// strings live in `strings.rs` with the rest.
#[cfg(feature = "ssr")]
pub fn page_strings_json() -> String {
    use crate::core::prefs::Lang;
    let mut table = serde_json::Map::new();
    for lang in Lang::ALL {
        let t = strings::strings(lang);
        let entries = [
            ("update_ready", t.update_ready),
            ("update_button", t.update_button),
            ("update_label", t.update_label),
            ("load_failed", t.load_failed),
            ("offline_seen_only", t.offline_seen_only),
            ("close", t.close),
            ("app_unavailable", t.app_unavailable),
            ("not_found_title", t.not_found_title),
            ("redirecting", t.redirecting),
            // The first search's results before the app (quick_search.js).
            ("search_results", t.search_results),
            ("no_results", t.no_results),
            ("did_you_mean", t.did_you_mean),
            ("query_truncated", t.query_truncated),
            ("found_in_en", t.found_in_en),
            ("found_in_ru", t.found_in_ru),
            ("opening_part", t.opening_part),
            ("in_bibliography", t.in_bibliography),
        ];
        let mut entries: serde_json::Map<String, serde_json::Value> = entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), serde_json::Value::from(v)))
            .collect();
        for (k, p) in [("paragraphs", &t.paragraphs), ("matches", &t.matches)] {
            let forms =
                serde_json::json!({ "one": p.one, "few": p.few, "many": p.many, "other": p.other });
            entries.insert(k.to_string(), forms);
        }
        table.insert(lang.code().to_string(), entries.into());
    }
    // Inside a <script> element `</script>` must not appear: escape every `<`.
    serde_json::Value::Object(table)
        .to_string()
        .replace('<', "\\u003c")
}
