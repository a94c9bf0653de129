//! The reading column. The core writes the article's body as one escaped HTML
//! string (`core::render`); it goes into the page as it is, so the
//! pre-rendered body is kept on hydration and never rebuilt node by node. One
//! delegated listener serves what is inside: the copy-link buttons, the
//! cards that say who a name is, and the folded abstracts (fetched when one is
//! first opened). The reading choice (a translation beside the Kazakh or
//! instead of it) is written by the core too.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::library::Highlights;
use crate::core::render::{article_html, Labels, Reading, Shown, COPY_ICONS};
use crate::core::route::{Page, Route};
use crate::core::translation::Reading as Choice;
use crate::view::dom;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::{use_lib, Lib};
use crate::view::reading::ReadingCtx;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// Search hits to mark in the text.
    pub highlights: std::rc::Rc<Highlights>,
}

/// What stands for the pre-rendered body while the page hydrates (see
/// `article_view`): never equal to a body the core writes.
const PRERENDERED_BODY: &str = "<!-- pre-rendered -->";

/// How long "copied" shows on a copy button, in ms.
const COPIED_MS: u32 = 2000;

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let t = use_t();
    let lib = use_lib();
    let ctx = use_context::<ReadingCtx>();
    let choice = ctx.as_ref().map(|c| c.reading).unwrap_or_default();
    // What is fetched so far, of what this body shows: it is written again when
    // the chosen translation or the abstracts of this language arrive, and
    // only then (a translation the search fetched must not rewrite a Kazakh
    // page under the reader, who would lose the place).
    // The interface language's translation too: the labels around the text
    // (the previous and next links) are in it. The contents ask for it at
    // start, so it comes before the reader is anywhere.
    let titles = crate::core::translation::lines_language(Choice::Kazakh, t.lang);
    let shown = choice.translation().map_or(0, |l| 1u8 << l.index())
        | titles.map_or(0, |l| 1u8 << l.index())
        | 1u8 << (2 + t.lang as u8);
    let loaded = ctx.as_ref().map_or(0, |c| c.loaded) & shown;
    // The abstracts the reader opened stay open when the body is rewritten.
    let open = use_mut_ref(Vec::<String>::new);
    let body = {
        let (lib, open) = (lib.clone(), open.clone());
        use_memo(
            (t.lang, props.highlights.clone(), choice, loaded),
            move |(_, highlights, choice, _)| {
                // Hydrating, the body on screen is this very text, pre-rendered
                // from the same data: Yew keeps it without reading the string,
                // so it is not written now (a good part of the start-up task),
                // only when the body next changes.
                if dom::hydrating() {
                    return AttrValue::from(PRERENDERED_BODY);
                }
                let open = open.borrow();
                let reading = reading(&lib, t, *choice, &open);
                AttrValue::from(article_html(&lib, &labels(t), highlights, &reading))
            },
        )
    };
    let node = use_node_ref();
    {
        let node = node.clone();
        let lib = lib.clone();
        let want = ctx.as_ref().map(|c| c.want_abstracts.clone());
        use_effect_with(t.lang, move |_| {
            let listeners = node
                .cast::<Element>()
                .map(|el| delegate(&el, lib, t, want, open));
            // "Copy link to quote" and "Highlight" on a selection.
            let bar = crate::view::quote_bar::watch(t);
            move || drop((listeners, bar))
        });
    }
    // Highlights are ranges over the text: drawn again over a new body.
    use_effect_with(body.clone(), |_| dom::fire_window_event("qazaq:body"));
    let beside = choice.translation().is_some() && !matches!(choice, Choice::Alone(_));
    let beside = beside
        && choice
            .translation()
            .and_then(|l| lib.translation(l))
            .is_some();
    html! {
        <article lang={lib.article.meta.lang.clone()} ref={node}
                 class={classes!(beside.then_some("with-tr"))}>
            { Html::from_html_unchecked((*body).clone()) }
        </article>
    }
}

/// The reading choice as the core writes it.
fn reading<'a>(lib: &'a Lib, t: &Strings, choice: Choice, open: &'a [String]) -> Reading<'a> {
    let lang = choice.translation();
    Reading {
        shown: lang.and_then(|lang| {
            Some(Shown {
                lang,
                text: lib.translation(lang)?,
                alone: matches!(choice, Choice::Alone(_)),
            })
        }),
        translating: lang.is_some(),
        ui: t.lang,
        open,
        choice,
        titles: crate::core::translation::lines_language(Choice::Kazakh, t.lang)
            .and_then(|l| lib.translation(l)),
    }
}

pub fn labels(t: &'static Strings) -> Labels<'static> {
    let e = crate::view::strings::edition(t.lang);
    Labels {
        repair: e.repair,
        source_reading: e.source_reading,
        edition_reading: e.edition_reading,
        line_end: e.line_end,
        repair_kinds: e.kinds,
        opening_part: t.opening_part,
        previous: t.previous,
        next: t.next,
        link_to_paragraph: t.link_to_paragraph,
        link_to_section: t.link_to_section,
        copy_link: t.copy_link,
        cite: t.cite,
        cite_article: t.cite_article,
        figure_label: t.figure_label,
        abstract_label: t.abstract_label,
        translation_notice: t.translation_notice,
        bibliography: t.in_bibliography,
    }
}

/// The listeners on the article: clicks (copy buttons), and focus or hover on
/// a name (its card).
fn delegate(
    article: &Element,
    lib: Lib,
    t: &'static Strings,
    want_abstracts: Option<Callback<()>>,
    open: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
) -> [EventListener; 3] {
    let card = move |e: &Event| {
        let Some(link) = closest(e, "a.person") else {
            return;
        };
        if link.has_attribute("data-card") {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        // The person's own page (`person-abai.html`), or a hash address.
        let page =
            Route::from_file(&href).map_or_else(|| Route::parse(&href).page, |(r, _)| r.page);
        let Page::Person(slug) = page else {
            return;
        };
        let Some(person) = lib.person(&slug) else {
            return;
        };
        let mut card = format!("{} — {}", t.person_name(person), t.role(person));
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
        } else if let Some(summary) = closest(e, "details.abstract > summary") {
            // The click comes before the toggle: `open` is still the old state.
            let Some(details) = summary.parent_element() else {
                return;
            };
            let part = details.get_attribute("data-part").unwrap_or_default();
            let mut open = open.borrow_mut();
            open.retain(|p| *p != part);
            if !details.has_attribute("open") {
                open.push(part);
                if let Some(want) = &want_abstracts {
                    want.emit(());
                }
            }
        }
    });
    [on_focus, on_hover, on_click]
}

/// The element matching `selector` at or above the event's target.
fn closest(e: &Event, selector: &str) -> Option<Element> {
    let target: Element = e.target()?.dyn_into().ok()?;
    target.closest(selector).ok().flatten()
}

/// Put the paragraph's full address on the clipboard and say so for a moment:
/// its ¶ link's, which the core wrote in the reading on screen.
fn copy_link(button: &Element, t: &'static Strings) {
    let Some(hash) = button
        .closest(".block")
        .ok()
        .flatten()
        .and_then(|block| block.query_selector("a.permalink").ok().flatten())
        .and_then(|a| a.get_attribute("href"))
    else {
        return;
    };
    let url = dom::url_with_hash(&hash);
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
