//! A change of page as a reader who cannot see it learns of it: focus moves to
//! the new page's `<h1>` (`tabindex="-1"`), its title is said through the one
//! polite live region (`#page-status`, in `index.html` outside the app, so it
//! is in the page before anything is said into it) and `document.title`
//! changes. A page whose heading is not drawn yet (its data or the second
//! module still loading) is arrived at when the heading appears.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MutationObserver, MutationObserverInit};

use crate::core::route::Page;
use crate::view::dom;

/// On a page of its own, the site's title, apart from the page's.
pub const SITE_TITLE_ATTR: &str = "data-site-title";

/// The live region's id.
pub const STATUS_ID: &str = "page-status";

type Waiting = (MutationObserver, Closure<dyn FnMut()>);

thread_local! {
    /// The site's title: the opening page's own, the article's.
    static SITE_TITLE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Watching `<main>` for the heading of a page still loading.
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
}

/// The page is drawn. `from` is the page before; `moved` is false for the
/// first route of the visit (the reader has not gone anywhere yet: the title
/// changes, focus and the live region do not).
pub fn arrive(page: &Page, from: Option<&Page>, moved: bool) {
    stop_waiting();
    if is_article(page) {
        set_title(None);
        // Back to the article's top from another page: its heading. A section
        // or a paragraph gets focus where it is brought into view.
        let from_elsewhere = from.is_some_and(|f| !is_article(f));
        if moved && from_elsewhere && *page == Page::Home {
            heading(true);
        }
        return;
    }
    // A filter of the same page (a decade, a word, the query typed) is no new
    // page: the list's own status says what changed; the focus stays on the
    // control. Nor is typing into the search box.
    let same_page = from.is_some_and(|f| std::mem::discriminant(f) == std::mem::discriminant(page));
    let typing = matches!(page, Page::Search(_))
        && dom::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|el| el.id() == crate::view::components::search_box::SEARCH_INPUT_ID);
    let tell = moved && !same_page && !typing;
    if heading(tell) {
        return;
    }
    let Some(main) = dom::element_by_id("main") else {
        return;
    };
    let found = Closure::<dyn FnMut()>::new(move || {
        if heading(tell) {
            // Later: this closure is running.
            gloo_timers::callback::Timeout::new(0, stop_waiting).forget();
        }
    });
    let Ok(observer) = MutationObserver::new(found.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&main, &options).is_ok() {
        WAITING.with(|w| *w.borrow_mut() = Some((observer, found)));
    }
}

fn is_article(page: &Page) -> bool {
    matches!(
        page,
        Page::Home | Page::Section(_) | Page::Block { .. } | Page::Quote { .. }
    )
}

fn stop_waiting() {
    if let Some((observer, _)) = WAITING.with(|w| w.borrow_mut().take()) {
        observer.disconnect();
    }
}

/// The page's `<h1>` names the page in the title; with `tell`, it gets focus
/// (without a scroll: the page is already where it should be) and is said.
/// False while the page has none.
fn heading(tell: bool) -> bool {
    let Some(h1) = dom::first("main h1") else {
        return false;
    };
    let text = h1.text_content().unwrap_or_default();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return false;
    }
    set_title(Some(&text));
    if tell {
        let _ = h1.set_attribute("tabindex", "-1");
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h1.focus_with_options(&options);
        announce(&text);
    }
    true
}

/// `document.title`: the page's name before the site's, or the site's alone.
fn set_title(page: Option<&str>) {
    let Some(document) = dom::window().and_then(|w| w.document()) else {
        return;
    };
    // A page of its own has its name in its title already; the build
    // gives the site's alone on `<html data-site-title>`.
    let site = SITE_TITLE.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                document
                    .document_element()
                    .and_then(|html| html.get_attribute(SITE_TITLE_ATTR))
                    .unwrap_or_else(|| document.title())
            })
            .clone()
    });
    let title = match page {
        Some(page) if page != site => format!("{page} — {site}"),
        _ => site,
    };
    if document.title() != title {
        document.set_title(&title);
    }
}

/// Say `text` through the live region (again when it is the same as before:
/// a reader who comes back to a page hears it too).
fn announce(text: &str) {
    let Some(region) = dom::element_by_id(STATUS_ID) else {
        return;
    };
    let same = region
        .text_content()
        .is_some_and(|t| t.trim_end_matches('\u{a0}') == text);
    let said = if same && region.text_content().as_deref() == Some(text) {
        format!("{text}\u{a0}")
    } else {
        text.to_string()
    };
    region.set_text_content(Some(&said));
}
