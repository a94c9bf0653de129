//! The pages only some readers open: the map, the word list, the overview and
//! the citation dialog. They are compiled into a second Wasm module
//! (`--features extras`, `dist/extras.js`) that `boot.js` loads the first
//! time one of them is wanted, so their code is not part of the first visit.
//!
//! The main app leaves an empty host element where such a page goes (see
//! `components/extras_host.rs`) and says so with a `qazaq:extras` event;
//! `boot.js` loads this module and calls [`mount`]. The two apps share only
//! the address: links and the map's decade filter change `location.hash`, and
//! the main app follows it as it follows any link.
//!
//! The entry points are plain functions in the main build (nothing calls them
//! there, so they are not in its Wasm) and exports only in the extras build.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::components::cite_dialog::{CiteDialog, CiteRequest};
use super::components::extras_page::{PageApp, PageProps};
use super::components::note_dialog::{NoteDialog, NoteRequest, Passage};
use super::dom;
use super::lib::Lib;
use super::{notes_draw, notes_store, selection};
use crate::core::anchor::selector_for;
use crate::core::library::Library;
use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::core::translation::Reading;

thread_local! {
    static LIB: RefCell<Option<Lib>> = const { RefCell::new(None) };
    /// The page shown and the element it is in.
    static PAGE: Slot<PageApp> = const { RefCell::new(None) };
    static CITE: Slot<Cite> = const { RefCell::new(None) };
    static REQUEST_SEQ: RefCell<u32> = const { RefCell::new(0) };
    static NOTE: Slot<NoteApp> = const { RefCell::new(None) };
    /// Another tab's changes to the notes, heard while this page lives.
    static STORAGE: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
}

/// Called once by `boot.js` with the data the main app was started with
/// (already parsed by the browser).
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn init(
    article: JsValue,
    people: JsValue,
    places: JsValue,
    mentions: JsValue,
) -> Result<(), JsError> {
    dom::install_panic_hook();
    let lib = Library::new(
        super::read(article, "article")?,
        super::read(people, "people")?,
        super::read(places, "places")?,
        super::read(mentions, "mentions")?,
    );
    LIB.with(|l| *l.borrow_mut() = Some(Lib(Rc::new(lib))));
    skip_main_tree_ids();
    // Highlights are drawn again whenever they change.
    notes_store::watch(draw_notes);
    if let Some(w) = dom::window() {
        let listener = gloo_events::EventListener::new(&w, "storage", |e| {
            let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|s| s.key());
            if key.as_deref() == Some(notes_store::KEY) {
                notes_store::reload_from_storage();
            }
        });
        STORAGE.with(|s| *s.borrow_mut() = Some(listener));
    }
    Ok(())
}

/// Draw the reader's highlights over the article as it is now in the page
/// (`boot.js` calls it at start when there are some, and after the main app
/// writes the body anew).
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn draw_notes() {
    if let Ok(lib) = lib() {
        notes_draw::draw(&lib, &notes_store::all());
        notes_store::apply_print(notes_store::print());
    }
}

/// Open "Highlight" in `host` for the reader's selection.
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn highlight(host: Element, lang: &str) -> Result<(), JsError> {
    let lib = lib()?;
    let passage = selection::selection().and_then(|s| {
        // A translation's text is as the page has it (this module fetches
        // none); the Kazakh, as the library has it.
        let text = match s.lang {
            Lang::Kk => lib.text_of(&s.id)?.to_string(),
            _ => s.element.text_content()?,
        };
        Some(Passage {
            block: s.id.clone(),
            lang: s.lang,
            selector: selector_for(&text, s.start..s.end)?,
        })
    });
    let seq = next_seq();
    let props = NoteProps {
        lang: self::lang(lang),
        request: NoteRequest { seq, passage },
    };
    show(&NOTE, host, props);
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct NoteProps {
    lang: Lang,
    request: NoteRequest,
}

#[function_component(NoteApp)]
fn note_app(props: &NoteProps) -> Html {
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <NoteDialog request={props.request.clone()} />
        </ContextProvider<Lang>>
    }
}

/// Yew numbers the trees it controls from 1 in each Wasm instance, and the
/// main app (tree 1, hydrated into `#app`) would take this module's pages,
/// mounted inside it, for its own: run its click handlers for ours. So this
/// module's trees start after a few empty ones, past any the main app makes.
fn skip_main_tree_ids() {
    #[function_component(Nothing)]
    fn nothing() -> Html {
        Html::default()
    }
    let Some(document) = dom::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..MAIN_TREES {
        if let Ok(el) = document.create_element("div") {
            yew::Renderer::<Nothing>::with_root(el).render().destroy();
        }
    }
}

/// More trees than the main app ever makes (it makes one).
const MAIN_TREES: usize = 8;

/// Where one of this module's apps lives: its host element and its handle.
type Slot<C> = RefCell<Option<(Element, yew::AppHandle<C>)>>;

/// Show `props` in `host`: new props for the app already there, else a new
/// app (the one in another host, gone from the page, is stopped first).
fn show<C>(slot: &'static std::thread::LocalKey<Slot<C>>, host: Element, props: C::Properties)
where
    C: BaseComponent,
{
    slot.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_mut() {
            Some((el, app)) if *el == host => app.update(props),
            _ => {
                if let Some((_, old)) = slot.take() {
                    old.destroy();
                }
                // The page's pre-rendered copy (see `boot.js`) stays until
                // the live page after it has its heading (its data loaded):
                // that one is drawn in an element of its own, which Yew
                // empties first, as it does its root. `data-copy` stays on
                // the host until the copy has gone: what waits for the live
                // page waits for it to go.
                let copy = host.has_attribute("data-copy").then(|| children(&host));
                let root = match &copy {
                    Some(_) => live_root(&host),
                    None => {
                        host.set_inner_html("");
                        Some(host.clone())
                    }
                };
                let Some(root) = root else { return };
                let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
                if let Some(copy) = copy {
                    replace_copy(&host, root, copy);
                }
                *slot = Some((host, app));
            }
        }
    });
}

/// A `div` at the end of `host`, for the live page beside its copy.
fn live_root(host: &Element) -> Option<Element> {
    let root = host.owner_document()?.create_element("div").ok()?;
    host.append_child(&root).ok()?;
    Some(root)
}

fn children(host: &Element) -> Vec<web_sys::Node> {
    let nodes = host.child_nodes();
    (0..nodes.length()).filter_map(|i| nodes.get(i)).collect()
}

type Watch = (web_sys::MutationObserver, Closure<dyn FnMut()>);

thread_local! {
    /// Watching a host for its live page's heading, to replace the copy.
    static SWAP: RefCell<Option<Watch>> = const { RefCell::new(None) };
}

/// Once the live page (drawn in `root`, in `host`) has its `<h1>`, the
/// copy's nodes go; the heading takes the focus if the copy held it (its
/// heading was said then).
fn replace_copy(host: &Element, root: Element, copy: Vec<web_sys::Node>) {
    if let Some((old, _)) = SWAP.with(|s| s.borrow_mut().take()) {
        old.disconnect();
    }
    let target = host.clone();
    let live_page = root.clone();
    let swap = move || -> bool {
        let Some(live) = live_page.query_selector("h1").ok().flatten() else {
            return false;
        };
        let focused = dom::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|el| copy.iter().any(|c| c.contains(Some(el.as_ref()))));
        for node in &copy {
            let _ = target.remove_child(node);
        }
        let _ = target.remove_attribute("data-copy");
        let _ = target.remove_attribute("aria-busy");
        if focused {
            let _ = live.set_attribute("tabindex", "-1");
            dom::focus_still(live);
        }
        true
    };
    if swap() {
        return;
    }
    let mut swap = Some(swap);
    let found = Closure::<dyn FnMut()>::new(move || {
        if swap.as_ref().is_some_and(|f| f()) {
            swap = None;
            // Later: this closure is running.
            gloo_timers::callback::Timeout::new(0, || {
                if let Some((observer, _)) = SWAP.with(|s| s.borrow_mut().take()) {
                    observer.disconnect();
                }
            })
            .forget();
        }
    });
    let Ok(observer) = web_sys::MutationObserver::new(found.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&root, &options).is_ok() {
        SWAP.with(|s| *s.borrow_mut() = Some((observer, found)));
    }
}

/// A new number for a request to open a dialog: the same one asked again
/// opens it again.
fn next_seq() -> u32 {
    REQUEST_SEQ.with(|s| {
        let mut s = s.borrow_mut();
        *s += 1;
        *s
    })
}

fn lib() -> Result<Lib, JsError> {
    LIB.with(|l| l.borrow().clone())
        .ok_or_else(|| JsError::new("extras: init was not called"))
}

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_default()
}

/// Show the page for `hash` (a map, words or overview route) in `host`, in
/// `lang`: a new app the first time, new props for the same host after.
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn mount(host: Element, hash: &str, lang: &str) -> Result<(), JsError> {
    let props = PageProps {
        lib: lib()?,
        route: Route::parse(hash),
        lang: self::lang(lang),
        away: Route::from_file(&dom::location_path()).is_some(),
    };
    show(&PAGE, host, props);
    Ok(())
}

/// The page's host left the document: stop the page (its listeners with it).
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn unmount() {
    if let Some((_, app)) = PAGE.with(|p| p.borrow_mut().take()) {
        app.destroy();
    }
}

/// Open "Cite this" in `host` for the paragraph `id` (empty: the article).
#[cfg_attr(feature = "extras", wasm_bindgen)]
pub fn cite(host: Element, id: &str, lang: &str) -> Result<(), JsError> {
    let seq = next_seq();
    let props = CiteProps {
        lib: lib()?,
        lang: self::lang(lang),
        // The main app keeps the reading in the address.
        reading: Route::parse(&dom::location_hash()).reading,
        request: CiteRequest {
            seq,
            cited: (!id.is_empty()).then(|| id.to_string()),
        },
    };
    show(&CITE, host, props);
    Ok(())
}

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    lib: Lib,
    lang: Lang,
    /// The reading on screen: the citation's address keeps it.
    reading: Reading,
    request: CiteRequest,
}

#[function_component(Cite)]
fn cite_app(props: &CiteProps) -> Html {
    html! {
        <ContextProvider<Lib> context={props.lib.clone()}>
        <ContextProvider<Lang> context={props.lang}>
        <ContextProvider<Reading> context={props.reading}>
            <CiteDialog request={props.request.clone()} />
        </ContextProvider<Reading>>
        </ContextProvider<Lang>>
        </ContextProvider<Lib>>
    }
}
