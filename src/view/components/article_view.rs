//! The reading column. The core writes the article's body as one escaped HTML
//! string (`core::render`); it goes into the page as it is, so the
//! pre-rendered body is kept on hydration and never rebuilt node by node. One
//! delegated listener serves what is inside: the copy-link buttons and the
//! cards that say who a name is.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::library::Highlights;
use crate::core::render::{article_html, Labels, COPY_ICONS};
use crate::core::route::Route;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::{use_lib, Lib};
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// Search hits to mark in the text.
    pub highlights: std::rc::Rc<Highlights>,
}

/// How long "copied" shows on a copy button, in ms.
const COPIED_MS: u32 = 2000;

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let t = use_t();
    let lib = use_lib();
    let body = {
        let lib = lib.clone();
        use_memo(
            (t.lang, props.highlights.clone()),
            move |(_, highlights)| AttrValue::from(article_html(&lib, &labels(t), highlights)),
        )
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        let lib = lib.clone();
        use_effect_with(t.lang, move |_| {
            let listeners = node.cast::<Element>().map(|el| delegate(&el, lib, t));
            move || drop(listeners)
        });
    }
    html! {
        <article lang={lib.article.meta.lang.clone()} ref={node}>
            { Html::from_html_unchecked((*body).clone()) }
        </article>
    }
}

pub fn labels(t: &'static Strings) -> Labels<'static> {
    Labels {
        opening_part: t.opening_part,
        previous: t.previous,
        next: t.next,
        link_to_paragraph: t.link_to_paragraph,
        link_to_section: t.link_to_section,
        copy_link: t.copy_link,
        cite: t.cite,
        cite_article: t.cite_article,
        figure_label: t.figure_label,
    }
}

/// The listeners on the article: clicks (copy buttons), and focus or hover on
/// a name (its card).
fn delegate(article: &Element, lib: Lib, t: &'static Strings) -> [EventListener; 3] {
    let card = move |e: &Event| {
        let Some(link) = closest(e, "a.person") else {
            return;
        };
        if link.has_attribute("data-card") {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        let Route::Person(slug) = Route::parse(&href) else {
            return;
        };
        let Some(person) = lib.person(&slug) else {
            return;
        };
        let mut card = format!("{} — {}", person.name, t.role(person));
        if link.class_list().contains("in-name") {
            card = format!("{card} ({})", t.part_of_a_name);
        }
        let _ = link.set_attribute("data-card", &card);
    };
    let card = std::rc::Rc::new(card);
    let on_focus = {
        let card = card.clone();
        EventListener::new(article, "focusin", move |e| card(e))
    };
    let on_hover = EventListener::new(article, "mouseover", move |e| card(e));
    let on_click = EventListener::new(article, "click", move |e| {
        if let Some(button) = closest(e, ".copy-link") {
            copy_link(&button, t);
        }
    });
    [on_focus, on_hover, on_click]
}

/// The element matching `selector` at or above the event's target.
fn closest(e: &Event, selector: &str) -> Option<Element> {
    let target: Element = e.target()?.dyn_into().ok()?;
    target.closest(selector).ok().flatten()
}

/// Put the paragraph's full address on the clipboard and say so for a moment.
fn copy_link(button: &Element, t: &'static Strings) {
    let Some(id) = button
        .closest(".block")
        .ok()
        .flatten()
        .and_then(|block| block.query_selector("p").ok().flatten())
        .map(|p| p.id())
    else {
        return;
    };
    let url = dom::url_with_hash(&Route::block(&id).to_hash());
    let button = button.clone();
    // The clipboard's promise is awaited: a refused write shows ✗, never the tick.
    yew::platform::spawn_local(async move {
        // Both icons are in the button; the `copied` class picks the tick.
        let show = |button: &Element, class: &str, label: &str| {
            let _ = button.set_attribute("class", class);
            let _ = button.set_attribute("aria-label", label);
            let _ = button.set_attribute("title", label);
        };
        match crate::view::io::write_clipboard(&url).await {
            Ok(()) => show(&button, "copy-link copied", t.link_copied),
            Err(()) => {
                show(&button, "copy-link failed", t.copy_failed);
                button.set_text_content(Some("✗"));
            }
        }
        gloo_timers::callback::Timeout::new(COPIED_MS, move || {
            show(&button, "copy-link", t.copy_link);
            // The icons are a constant of the core, never reader text.
            button.set_inner_html(COPY_ICONS);
        })
        .forget();
    });
}
