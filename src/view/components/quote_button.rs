//! "Copy link to quote": when the reader selects text inside one paragraph, a
//! small button after that paragraph copies a link (`#/p/<id>?quote=…`) that
//! opens it with the passage marked. The copy happens only on the button, and
//! its feedback reports what the clipboard did. Also the notice shown when a
//! quote link's passage is no longer found.

use gloo_events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::core::route::Route;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;
use crate::view::selection::{selection, Selected};

#[function_component(QuoteButton)]
pub fn quote_button() -> Html {
    let t = use_t();
    let selected = use_state_eq(|| None::<Selected>);
    let copied = use_state_eq(|| None::<bool>);
    {
        let (selected, copied) = (selected.clone(), copied.clone());
        use_effect_with((), move |_| {
            let listener = dom::window().and_then(|w| w.document()).map(|d| {
                EventListener::new(&d, "selectionchange", move |_| match selection() {
                    Some(s) => {
                        if selected.as_ref() != Some(&s) {
                            copied.set(None);
                        }
                        selected.set(Some(s));
                    }
                    // Keep the button while the keyboard is on it.
                    None if !focus_in_bar() => selected.set(None),
                    None => {}
                })
            });
            move || drop(listener)
        });
    }
    let Some(s) = (*selected).clone() else {
        return Html::default();
    };
    let Some(host) = dom::element_by_id(&s.id).and_then(|p| slot_after(&p)) else {
        return Html::default();
    };
    let onclick = {
        let copied = copied.clone();
        let hash = Route::Quote {
            id: s.id.clone(),
            quote: s.quote.clone(),
        }
        .to_hash();
        Callback::from(move |_: MouseEvent| {
            let url = dom::url_with_hash(&hash);
            let copied = copied.clone();
            // Awaited: a refused write is reported as refused.
            yew::platform::spawn_local(async move {
                let ok = crate::view::io::write_clipboard(&url).await.is_ok();
                copied.set(Some(ok));
            });
        })
    };
    // A mouse press on the button must not clear the selection it copies.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let status = match *copied {
        Some(true) => t.quote_link_copied,
        Some(false) => t.copy_failed,
        None => "",
    };
    let class = classes!(
        "quote-bar",
        copied.map(|ok| if ok { "copied" } else { "failed" })
    );
    create_portal(
        html! {
            <div {class}>
                <button type="button" class="copy-quote" {onclick} onmousedown={keep.clone()}>
                    { t.copy_quote_link }
                </button>
                // Opened by `boot.js` in the Wasm loaded on first use.
                <button type="button" class="highlight-button" data-highlight="" onmousedown={keep}>
                    { t.highlight }
                </button>
                <span class="quote-status" role="status">{ status }</span>
            </div>
        },
        host,
    )
}

/// The element right after the paragraph the button goes in, so Tab from
/// the selection reaches it next; made once, empty when unused (and laid out
/// as nothing: `display: contents`).
fn slot_after(p: &Element) -> Option<Element> {
    if let Some(next) = p.next_element_sibling() {
        if next.class_list().contains("quote-slot") {
            return Some(next);
        }
    }
    let slot = p.owner_document()?.create_element("span").ok()?;
    slot.set_class_name("quote-slot");
    p.after_with_node_1(&slot).ok()?;
    Some(slot)
}

fn focus_in_bar() -> bool {
    dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|el| el.closest(".quote-bar").ok().flatten().is_some())
}

/// A quote link whose passage the paragraph no longer has: said plainly, and
/// the paragraph is shown whole.
#[function_component(QuoteMissing)]
pub fn quote_missing() -> Html {
    let t = use_t();
    html! { <p class="quote-missing" role="status">{ t.quote_not_found }</p> }
}
