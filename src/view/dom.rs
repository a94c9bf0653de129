//! Small DOM helpers: the only place besides the hooks that touches web-sys.
//! Listeners and timers come from gloo (`gloo_events`, `gloo_timers`).
//!
//! Long (over 500 lines): many small independent helpers, each a few lines,
//! so that nothing else in the view calls web-sys directly.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::core::prefs::{Prefs, Theme};
use crate::core::route::Page;

/// The browser window; none when rendering to HTML at build time, so every
/// helper here quietly does nothing there.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

pub fn element_by_id(id: &str) -> Option<Element> {
    window()?.document()?.get_element_by_id(id)
}

pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The app started on a page of its own with the second module's page
    /// pre-rendered in its host: see [`set_aside_extras`].
    static EXTRAS_KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// On a page of its own for the map, the words or the overview, the host the
/// app leaves for that page holds its pre-rendered HTML, which the app did
/// not render and would not find when hydrating: it is set aside for the
/// hydration and put back after it (see `start`), until the second module
/// mounts the live page there.
#[cfg(feature = "csr")]
pub fn set_aside_extras() -> Option<(Element, Vec<web_sys::Node>)> {
    use crate::core::route::Route;

    Route::from_file(&location_path())?;
    let host = first(".extras-host")?;
    let mut nodes = Vec::new();
    while let Some(node) = host.first_child() {
        nodes.push(host.remove_child(&node).ok()?);
    }
    EXTRAS_KEPT.with(|k| k.set(!nodes.is_empty()));
    Some((host.into(), nodes))
}

/// Whether the host's pre-rendered page was set aside (asked once: the
/// host's first render leaves its "loading" out then).
pub fn take_extras_kept() -> bool {
    EXTRAS_KEPT.with(|k| k.replace(false))
}

/// Whether `boot.js` opened the menu (`#toc.open`) before the app ran.
pub fn menu_opened_early() -> bool {
    #[cfg(feature = "csr")]
    {
        element_by_id("toc").is_some_and(|toc| toc.class_list().contains("open"))
    }
    #[cfg(not(feature = "csr"))]
    false
}

/// The address's path (`/site/people.html`).
#[cfg(feature = "csr")]
pub fn location_path() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The `href` of the link a plain click (main button, no modifier key, not
/// handled already) followed, unless it opens elsewhere (`target`, `download`).
pub fn plain_link_click(event: &web_sys::Event) -> Option<String> {
    let click = event.dyn_ref::<web_sys::MouseEvent>()?;
    if event.default_prevented()
        || click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key()
    {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.has_attribute("target") || link.has_attribute("download") {
        return None;
    }
    link.get_attribute("href")
}

/// `href` made absolute against the page's address.
pub fn absolute(href: &str) -> String {
    let base = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(href, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| href.to_string())
}

thread_local! {
    static HYDRATING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The app is taking over the pre-rendered page, from `start` until its first
/// render's effects have run ([`mark_ready`]).
pub fn hydrating() -> bool {
    HYDRATING.with(|h| h.get())
}

#[cfg(feature = "csr")]
pub fn start_hydrating() {
    HYDRATING.with(|h| h.set(true));
}

/// Say on `<html data-app="ready">` that the app is running: its listeners
/// are in place, so tests (and styles) can tell a live page from its HTML.
pub fn mark_ready() {
    HYDRATING.with(|h| h.set(false));
    if let Some(html) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// Change the hash with a new history entry (fires `hashchange`).
pub fn push_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// A plain event on `window`: for `boot.js`, or `hashchange` to tell the app
/// that the hash changed in place ([`replace_hash`]) from outside it.
pub fn fire_window_event(name: &str) {
    if let (Some(w), Ok(event)) = (window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&event);
    }
}

/// Ask `boot.js` to show the route `hash` in `host` with the Wasm loaded on
/// first use (`view::extras`): the route and language go in data attributes,
/// with the route's own page (`file`), whose pre-rendered copy `boot.js`
/// shows while that Wasm loads; then a `qazaq:extras` event bubbles up from
/// the host.
pub fn request_extras(host: &Element, hash: &str, lang: &str, file: Option<&str>) {
    let _ = host.set_attribute("data-hash", hash);
    let _ = host.set_attribute("data-lang", lang);
    match file {
        Some(file) => host.set_attribute("data-file", file),
        None => host.remove_attribute("data-file"),
    }
    .ok();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("qazaq:extras", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The host of [`request_extras`] is gone: `boot.js` stops the page in it.
pub fn release_extras() {
    fire_window_event("qazaq:extras-release");
}

/// Change the hash in place, without a history entry or `hashchange`. The
/// entry keeps its state (see [`Entry`]).
pub fn replace_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(hash));
    }
}

/// What the app remembers in a history entry's state: the entry's own key, the
/// key of the entry it was opened from (none when it was the first of the visit),
/// and the scroll position when the page was left (for a reload).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Entry {
    pub key: Option<f64>,
    pub from: Option<f64>,
    pub y: Option<f64>,
}

/// The current history entry's [`Entry`].
pub fn history_entry() -> Entry {
    let state = window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .unwrap_or(JsValue::NULL);
    let number = |name: &str| {
        if state.is_object() {
            js_sys::Reflect::get(&state, &name.into()).ok()?.as_f64()
        } else {
            None
        }
    };
    Entry {
        key: number("key"),
        from: number("from"),
        y: number("y"),
    }
}

/// Write `entry` into the current history entry's state (same address).
pub fn set_history_entry(entry: Entry) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = js_sys::Object::new();
    for (name, value) in [("key", entry.key), ("from", entry.from), ("y", entry.y)] {
        if let Some(v) = value {
            let _ = js_sys::Reflect::set(&state, &name.into(), &v.into());
        }
    }
    let _ = history.replace_state(&state, "");
}

/// The app puts the page where it was itself (the browser would do it before
/// the app has drawn the page the entry shows).
pub fn manual_scroll_restoration() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

pub fn history_back() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// How far the page is scrolled, in CSS pixels.
pub fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

pub fn scroll_to_y(y: f64) {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// The first element matching `selector`, as an `HtmlElement`.
pub fn first(selector: &str) -> Option<HtmlElement> {
    window()?
        .document()?
        .query_selector(selector)
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Focus an element without scrolling the page to it.
pub fn focus_without_scroll(id: &str) {
    if let Some(el) = element_by_id(id) {
        focus_still(el);
    }
}

pub fn focus_still(el: Element) {
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Mark the block a `#/p/<id>` route points at (and only that one).
pub fn mark(page: &Page) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(marked) = document.query_selector_all(".marked") {
        for i in 0..marked.length() {
            if let Some(el) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.class_list().remove_1("marked");
            }
        }
    }
    if let Page::Block { id, .. } | Page::Quote { id, .. } = page {
        if let Some(el) = document.get_element_by_id(id) {
            let _ = el.class_list().add_1("marked");
        }
    }
}

thread_local! {
    /// The target last brought into view, kept there until the reader acts
    /// (a wheel, a touch, a key, a press): whatever comes after it (the
    /// translation, the fonts, the app's own body) changes the layout above
    /// it, and the browser's own scroll anchoring cannot follow a body that
    /// is written anew.
    static PINNED: std::cell::RefCell<Option<Page>> = const { std::cell::RefCell::new(None) };
    /// What unpins it, and what brings it back when the page changes size.
    static PIN_WATCH: std::cell::RefCell<Option<PinWatch>> = const { std::cell::RefCell::new(None) };
}

struct PinWatch {
    _acts: Vec<gloo_events::EventListener>,
    _resized: wasm_bindgen::closure::Closure<dyn FnMut()>,
    _observer: web_sys::ResizeObserver,
}

/// Bring the pinned target into view again, if the reader has not acted
/// since [`reveal`] put it there: the body was written anew above it.
pub fn reveal_again(page: &Page) {
    let pinned = PINNED.with(|p| p.borrow().as_ref() == Some(page));
    if pinned {
        scroll_to_target(page);
    }
}

/// The page was put back where the reader left it: nothing to bring again.
pub fn forget_reveal() {
    PINNED.with(|p| *p.borrow_mut() = None);
}

/// Bring the route's target into view. Sections go to the top of the screen;
/// single blocks to its middle, where the eye is, and get focus for keyboard
/// and screen-reader users. It is kept in view until the reader acts.
pub fn reveal(page: &Page) {
    forget_reveal();
    if scroll_to_target(page) {
        if let Some(el) = target_id(page).and_then(element_by_id) {
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                // Focus without a second scroll; tabindex=-1 is set on targets in the view.
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
        }
        PINNED.with(|p| *p.borrow_mut() = Some(page.clone()));
        watch_pin();
    }
}

fn target_id(page: &Page) -> Option<&str> {
    match page {
        Page::Section(id) | Page::Block { id, .. } | Page::Quote { id, .. } => Some(id),
        _ => None,
    }
}

/// Scroll to the page's target; true if it has one that is on the page.
fn scroll_to_target(page: &Page) -> bool {
    let block = match page {
        Page::Section(_) => ScrollLogicalPosition::Start,
        Page::Block { .. } | Page::Quote { .. } => ScrollLogicalPosition::Center,
        Page::Home
        | Page::Search(_)
        | Page::People
        | Page::Person(_)
        | Page::PersonWith { .. }
        | Page::Places
        | Page::Place(_)
        | Page::Timeline { .. } => {
            if let Some(w) = window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            return false;
        }
        _ => return false,
    };
    let Some(el) = target_id(page).and_then(element_by_id) else {
        return false;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Instant);
    options.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

/// Once: the reader's acts unpin the target, and a change in the page's
/// size brings a pinned target back into view.
fn watch_pin() {
    use wasm_bindgen::closure::Closure;
    if PIN_WATCH.with(|w| w.borrow().is_some()) {
        return;
    }
    let (Some(w), Some(root)) = (
        window(),
        window().and_then(|w| w.document()?.document_element()),
    ) else {
        return;
    };
    let acts = ["wheel", "touchstart", "keydown", "pointerdown"]
        .into_iter()
        .map(|name| {
            let options = gloo_events::EventListenerOptions::run_in_capture_phase();
            gloo_events::EventListener::new_with_options(&w, name, options, |_| forget_reveal())
        })
        .collect();
    let resized = Closure::<dyn FnMut()>::new(|| {
        if let Some(page) = PINNED.with(|p| p.borrow().clone()) {
            scroll_to_target(&page);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    PIN_WATCH.with(|pw| {
        *pw.borrow_mut() = Some(PinWatch {
            _acts: acts,
            _resized: resized,
            _observer: observer,
        })
    });
}

/// Show the preferences: the theme and text size on `<html>` for the CSS, and
/// the interface language as the document's language (the article keeps `kk`).
pub fn apply_prefs(prefs: &Prefs) {
    let Some(html) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match prefs.theme {
        Theme::System => html.remove_attribute("data-theme"),
        theme => html.set_attribute("data-theme", theme.code()),
    };
    let _ = html.set_attribute("lang", prefs.lang.code());
    // The same attribute prefs.js sets before the first paint; style.css maps it to a scale.
    let _ = match prefs.font_step {
        0 => html.remove_attribute("data-font"),
        step => html.set_attribute("data-font", &step.to_string()),
    };
    // The repairs' marks are in the body already; style.css shows them.
    let _ = if prefs.repairs {
        html.set_attribute("data-repairs", "")
    } else {
        html.remove_attribute("data-repairs")
    };
}

/// The opening page's address with `hash`, for sharing: the same from any
/// page of the site (`people.html` too).
pub fn url_with_hash(hash: &str) -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return hash.to_string();
    };
    let search = location.search().unwrap_or_default();
    format!("{}{search}{hash}", absolute("./"))
}

/// Fetch a JSON file of the site and let the browser parse it; `None` on
/// any failure (offline without the file cached, a bad response).
#[cfg(feature = "csr")]
pub async fn fetch_json(url: &str) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen_futures::JsFuture;

    let response: web_sys::Response = JsFuture::from(window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.json().ok()?).await.ok()
}

/// Scroll the `nth` marked word inside element `id` (or, `beside`, the
/// translation beside it: `data-tr`) to the middle of the screen and make it
/// the current one (`mark.current`); the element itself when it has no such
/// mark.
pub fn show_mark(id: &str, beside: bool, nth: usize) {
    let document = window().and_then(|w| w.document());
    let element = match beside {
        // Ids are the article's own (letters, digits, `-`): no quote to escape.
        true => document.as_ref().and_then(|d| {
            d.query_selector(&format!("[data-tr=\"{id}\"]"))
                .ok()
                .flatten()
        }),
        false => element_by_id(id),
    };
    let Some(element) = element else {
        return;
    };
    if let Some(old) = document.and_then(|d| d.query_selector("mark.current").ok().flatten()) {
        let _ = old.class_list().remove_1("current");
    }
    let mark = element
        .query_selector_all("mark")
        .ok()
        .and_then(|marks| marks.item(nth as u32))
        .and_then(|node| node.dyn_into::<Element>().ok());
    if let Some(mark) = &mark {
        let _ = mark.class_list().add_1("current");
    }
    let target = mark.unwrap_or(element);
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(ScrollBehavior::Instant);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// A panic in Wasm leaves the page frozen; show the reader what happened instead.
#[cfg(feature = "csr")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = format!("{info}");
        web_sys::console::error_1(&message.clone().into());
        show_fatal_error(&message);
    }));
}

/// Put a visible error box at the top of the page. Text only, never HTML.
#[cfg(feature = "csr")]
fn show_fatal_error(detail: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if let Ok(box_) = document.create_element("div") {
        box_.set_id("fatal");
        let _ = box_.set_attribute("role", "alert");
        // In the reader's language, as far as it can be known without the app.
        let t = super::strings::strings(super::storage::load_prefs().lang);
        let _ = box_.set_attribute("lang", t.lang.code());
        box_.set_text_content(Some(&format!("{} ({detail})", t.crashed)));
        let _ = body.prepend_with_node_1(&box_);
    }
}

/// Fetches one of the site's JSON files (a relative URL, so any sub-path
/// works; the service worker answers offline) and returns the browser's
/// parse of it.
#[cfg(feature = "csr")]
pub async fn fetch_site_json(name: &str) -> Result<wasm_bindgen::JsValue, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&format!("./{name}")))
        .await
        .map_err(|e| format!("{name}: {e:?}"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{name}: not a response"))?;
    if !response.ok() {
        return Err(format!("{name}: HTTP {}", response.status()));
    }
    let json = response.json().map_err(|e| format!("{name}: {e:?}"))?;
    JsFuture::from(json)
        .await
        .map_err(|e| format!("{name}: {e:?}"))
}

/// An element's width on screen in CSS pixels (0 when not laid out).
#[cfg(any(feature = "csr", feature = "ssr"))] // the pages loaded on first use
pub fn width_of(element: &Element) -> f64 {
    element.get_bounding_client_rect().width()
}

/// An element's box on screen: left, top, width, height in CSS pixels.
#[cfg(any(feature = "csr", feature = "ssr"))] // the pages loaded on first use
pub fn rect_of(element: &Element) -> (f64, f64, f64, f64) {
    let r = element.get_bounding_client_rect();
    (r.left(), r.top(), r.width(), r.height())
}
