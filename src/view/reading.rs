//! What the reader reads (Kazakh, Kazakh beside a translation, a translation
//! alone) and the translations and abstracts, fetched the first time they are
//! wanted: never on the first visit, so they cost it nothing. The service
//! worker keeps every file of the build, so once fetched they work offline.

use yew::prelude::*;

use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::core::translation::{lines_language, Reading, TrLang, READING_KEY};
use crate::view::hooks::use_route::navigate;
use crate::view::lib::Lib;
use crate::view::state::Dispatch;
use crate::view::storage;

/// Shared with every component that shows a translation.
#[derive(Clone, PartialEq)]
pub struct ReadingCtx {
    pub reading: Reading,
    /// What has arrived so far (a bit per translation and abstracts'
    /// language), so what shows it renders again when it does.
    pub loaded: u8,
    /// A fetch failed (offline before it was ever fetched).
    pub failed: bool,
    pub choose: Callback<Reading>,
    /// The reader is about to search: fetch both translations.
    pub warm: Callback<()>,
    /// The reader opened an abstract: fetch those of the interface language.
    pub want_abstracts: Callback<()>,
    /// A page shows lines in this translation (the timeline): fetch it.
    pub want_translation: Callback<TrLang>,
}

/// The translation that labels and lines outside the article are shown in
/// (see [`lines_language`]), asked for when first wanted; `None` for a
/// Kazakh reader. Whoever calls it renders again when the file arrives.
#[hook]
pub fn use_lines_language(ui: Lang) -> Option<TrLang> {
    let ctx = use_context::<ReadingCtx>();
    let lang = ctx.as_ref().and_then(|c| lines_language(c.reading, ui));
    let want = ctx.map(|c| c.want_translation);
    use_effect_with(lang, move |l| {
        if let (Some(l), Some(want)) = (l, want) {
            want.emit(*l);
        }
    });
    lang
}

fn loaded_bits(lib: &Lib) -> u8 {
    let mut bits = 0;
    for l in TrLang::ALL {
        if lib.translation(l).is_some() {
            bits |= 1 << l.index();
        }
    }
    for l in Lang::ALL {
        if lib.has_abstracts(l) {
            bits |= 1 << (2 + l as u8);
        }
    }
    bits
}

/// The reading choice is the route's (`?tr=en`; an address without one is
/// read as remembered, see `use_route`); what it needs is fetched here.
#[hook]
pub fn use_reading(lib: &Lib, route: &Route, lang: Lang, dispatch: Dispatch) -> ReadingCtx {
    let reading = route.reading;
    // What came with the start-up data counts as here.
    let loaded = use_state_eq(|| loaded_bits(lib));
    let failed = use_state_eq(|| false);
    let fetched = {
        let lib = lib.clone();
        let loaded = loaded.setter();
        let failed = failed.setter();
        Callback::from(move |ok: bool| {
            loaded.set(loaded_bits(&lib));
            if !ok {
                failed.set(true);
            }
        })
    };
    {
        let (lib, fetched) = (lib.clone(), fetched.clone());
        use_effect_with(reading, move |r| {
            if let Some(l) = r.translation() {
                fetch::translation(&lib, l, fetched);
            }
        });
    }
    // Abstracts come when one is first opened; after that, in whatever
    // language the interface switches to.
    let wanted_abstracts = use_state_eq(|| false);
    {
        let (lib, fetched) = (lib.clone(), fetched.clone());
        use_effect_with((lang, *wanted_abstracts), move |&(l, wanted)| {
            if wanted {
                fetch::abstracts(&lib, l, fetched);
            }
        });
    }
    let want_abstracts = {
        let wanted = wanted_abstracts.clone();
        Callback::from(move |()| wanted.set(true))
    };
    let choose = {
        let page = route.page.clone();
        Callback::from(move |r: Reading| {
            storage::store(READING_KEY, &r.code());
            // The address carries the choice, so a copied link keeps it.
            navigate(&dispatch, Route::new(page.clone(), r), true);
        })
    };
    let want_translation = {
        let (lib, fetched) = (lib.clone(), fetched.clone());
        Callback::from(move |l: TrLang| fetch::translation(&lib, l, fetched.clone()))
    };
    let warm = {
        let lib = lib.clone();
        Callback::from(move |()| {
            for l in TrLang::ALL {
                fetch::translation(&lib, l, fetched.clone());
            }
        })
    };
    ReadingCtx {
        reading,
        loaded: *loaded,
        failed: *failed,
        choose,
        warm,
        want_abstracts,
        want_translation,
    }
}

#[cfg(feature = "csr")]
pub mod fetch {
    use std::cell::RefCell;
    use std::collections::HashSet;

    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use yew::Callback;

    use crate::core::prefs::Lang;
    use crate::core::translation::{Abstracts, TrLang, Translation};
    use crate::view::dom;
    use crate::view::lib::Lib;

    thread_local! {
        /// Files asked for, so a second request never starts while one runs.
        static ASKED: RefCell<HashSet<String>> = RefCell::default();
    }

    /// The browser fetches and parses the JSON; serde-wasm-bindgen converts.
    async fn get(url: &str) -> Result<JsValue, JsValue> {
        let window = dom::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::from_str(&format!(
                "{url}: HTTP {}",
                response.status()
            )));
        }
        JsFuture::from(response.json()?).await
    }

    /// Once per file; `done(false)` when it failed (it may be asked again).
    fn once<T: serde::de::DeserializeOwned + 'static>(
        url: String,
        keep: impl FnOnce(T) + 'static,
        done: Callback<bool>,
    ) {
        if !ASKED.with(|a| a.borrow_mut().insert(url.clone())) {
            return;
        }
        yew::platform::spawn_local(async move {
            let parsed = get(&url)
                .await
                .and_then(|v| serde_wasm_bindgen::from_value::<T>(v).map_err(JsValue::from));
            match parsed {
                Ok(value) => {
                    keep(value);
                    done.emit(true);
                }
                Err(e) => {
                    web_sys::console::warn_2(&JsValue::from_str(&url), &e);
                    ASKED.with(|a| a.borrow_mut().remove(&url));
                    done.emit(false);
                }
            }
        });
    }

    pub fn translation(lib: &Lib, lang: TrLang, done: Callback<bool>) {
        if lib.translation(lang).is_some() {
            return;
        }
        let url = format!("./translations/{}.json", lang.code());
        let kept = lib.clone();
        let lib = lib.clone();
        // Its search index is built in a task of its own, before the search
        // that would need it: built inside a keystroke, it made that key wait
        // (about 30 ms at 4x CPU).
        let indexed = Callback::from(move |ok: bool| {
            if !ok {
                done.emit(false);
                return;
            }
            let (lib, done) = (lib.clone(), done.clone());
            yew::platform::spawn_local(async move {
                // A timer of no delay: each step in a task of its own.
                let next_task = || yew::platform::time::sleep(std::time::Duration::ZERO);
                next_task().await;
                build_index(&lib, lang);
                next_task().await;
                done.emit(true);
            });
        });
        once(
            url,
            move |t: Translation| kept.set_translation(lang, t),
            indexed,
        );
    }

    /// A translation's search index, built ahead of the search that needs
    /// it. Not in the second module, which never searches: the index would
    /// bring the stemmers into it (9 kB gzip).
    fn build_index(lib: &Lib, lang: TrLang) {
        #[cfg(not(feature = "extras"))]
        lib.translated_index(lang);
        #[cfg(feature = "extras")]
        let _ = (lib, lang);
    }

    pub fn abstracts(lib: &Lib, lang: Lang, done: Callback<bool>) {
        if lib.has_abstracts(lang) {
            return;
        }
        let lib = lib.clone();
        let url = format!("./abstracts/{}.json", lang.code());
        once(url, move |a: Abstracts| lib.set_abstracts(lang, a), done);
    }
}

/// Rendered at build time: nothing is fetched.
#[cfg(not(feature = "csr"))]
pub mod fetch {
    use yew::Callback;

    use crate::core::prefs::Lang;
    use crate::core::translation::TrLang;
    use crate::view::lib::Lib;

    pub fn translation(_: &Lib, _: TrLang, _: Callback<bool>) {}
    pub fn abstracts(_: &Lib, _: Lang, _: Callback<bool>) {}
}
