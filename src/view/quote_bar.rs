//! The bar a selection inside one paragraph (its Kazakh or its translation)
//! offers: "Copy link to quote" (`#/p/<id>?quote=…`, `&tr=en` in a translation) and "Highlight" (opened by `boot.js` in the Wasm
//! loaded on first use). Plain DOM rather than a component: it is in every
//! first visit, and this is a fraction of the size. It goes right after the
//! paragraph, so Tab from the selection reaches it; its text is only ever set
//! as text. The copy reports what the clipboard did.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use web_sys::{Document, Element};

use super::dom;
use super::hooks::use_route;
use super::selection::{selection, Selected};
use super::strings::Strings;
use crate::core::anchor::quote_reading;
use crate::core::route::{Page, Route};

struct Bar {
    root: Element,
    status: Element,
    _on: [EventListener; 2],
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.root.remove();
    }
}

type Current = Rc<RefCell<Option<Selected>>>;

thread_local! {
    /// The selection was made by the keyboard: focus the bar's Highlight.
    static FOCUS_BAR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The keyboard's way to a highlight (`h`): select the whole paragraph the
/// focus is in (its text, a ¶ link or a button beside it); the bar comes as
/// for any selection, with focus on its Highlight button.
pub fn select_focused_paragraph() {
    let Some(w) = dom::window() else {
        return;
    };
    let block = w
        .document()
        .and_then(|d| d.active_element())
        .and_then(|el| el.closest("article .block").ok().flatten());
    let Some(p) = block.and_then(|b| b.query_selector(":scope > p[id]").ok().flatten()) else {
        return;
    };
    if let Ok(Some(sel)) = w.get_selection() {
        // Emptied first, so the selection changes (and the bar hears of it)
        // even when this paragraph was selected already.
        let _ = sel.remove_all_ranges();
        if sel.select_all_children(&p).is_ok() {
            FOCUS_BAR.with(|f| f.set(true));
        }
    }
}

/// Offer the bar whenever the selection lies inside one paragraph, until the
/// listener is dropped.
pub fn watch(t: &'static Strings) -> Option<EventListener> {
    let document = dom::window()?.document()?;
    let current: Current = Rc::default();
    let bar: Rc<RefCell<Option<Bar>>> = Rc::default();
    let doc = document.clone();
    Some(EventListener::new(
        &document,
        "selectionchange",
        move |_| {
            match selection() {
                Some(s) => {
                    // After the paragraph's text (a translation read alone
                    // is a span inside the paragraph: after the paragraph).
                    let p = s.element.closest("p").ok().flatten();
                    let p = p.unwrap_or_else(|| s.element.clone());
                    let mut bar = bar.borrow_mut();
                    if bar.is_none() {
                        *bar = make(&doc, t, current.clone());
                    }
                    let Some(b) = bar.as_ref() else {
                        return;
                    };
                    if current.borrow().as_ref() != Some(&s) {
                        show(b, "", "quote-bar");
                    }
                    if p.next_element_sibling().as_ref() != Some(&b.root) {
                        let _ = p.after_with_node_1(&b.root);
                    }
                    *current.borrow_mut() = Some(s);
                    if FOCUS_BAR.with(|f| f.replace(false)) {
                        if let Ok(Some(button)) = b.root.query_selector(".highlight-button") {
                            if let Some(button) =
                                wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&button)
                            {
                                let _ = button.focus();
                            }
                        }
                    }
                }
                // Kept while the keyboard is on it, and while the dialog it
                // opened is open: focus returns to its button.
                None if !focus_in(&doc) && dom::first("dialog[open]").is_none() => {
                    if let Some(b) = bar.borrow().as_ref() {
                        b.root.remove();
                    }
                    *current.borrow_mut() = None;
                }
                None => {}
            }
        },
    ))
}

fn show(bar: &Bar, status: &str, class: &str) {
    bar.status.set_text_content(Some(status));
    bar.root.set_class_name(class);
}

fn make(doc: &Document, t: &'static Strings, current: Current) -> Option<Bar> {
    let el = |tag: &str, class: &str, text: &str| -> Option<Element> {
        let e = doc.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let root = el("div", "quote-bar", "")?;
    let copy = el("button", "copy-quote", t.copy_quote_link)?;
    let mark = el("button", "highlight-button", t.highlight)?;
    let status = el("span", "quote-status", "")?;
    for b in [&copy, &mark] {
        b.set_attribute("type", "button").ok()?;
    }
    mark.set_attribute("data-highlight", "").ok()?;
    status.set_attribute("role", "status").ok()?;
    root.append_with_node_3(&copy, &mark, &status).ok()?;
    // A mouse press on the bar must not clear the selection it acts on.
    let keep = EventListener::new_with_options(
        &root,
        "mousedown",
        EventListenerOptions::enable_prevent_default(),
        |e| e.prevent_default(),
    );
    let (r, s) = (root.clone(), status.clone());
    let on_copy = EventListener::new(&copy, "click", move |_| {
        let Some(sel) = current.borrow().clone() else {
            return;
        };
        // In the language selected in (`&tr=en`): see `anchor::quote_reading`.
        let kazakh = dom::element_by_id(&sel.id).and_then(|p| p.text_content());
        let reading = quote_reading(
            sel.lang,
            use_route::current().reading,
            kazakh.as_deref().unwrap_or_default(),
            &sel.quote,
        );
        let page = Page::Quote {
            id: sel.id,
            quote: sel.quote,
        };
        let url = dom::url_with_hash(&Route::new(page, reading).to_hash());
        let (r, s) = (r.clone(), s.clone());
        // Awaited: a refused write is reported as refused.
        yew::platform::spawn_local(async move {
            let ok = super::io::write_clipboard(&url).await.is_ok();
            let (text, class) = if ok {
                (t.quote_link_copied, "quote-bar copied")
            } else {
                (t.copy_failed, "quote-bar failed")
            };
            s.set_text_content(Some(text));
            r.set_class_name(class);
        });
    });
    Some(Bar {
        root,
        status,
        _on: [keep, on_copy],
    })
}

fn focus_in(doc: &Document) -> bool {
    doc.active_element()
        .is_some_and(|el| el.closest(".quote-bar").ok().flatten().is_some())
}
