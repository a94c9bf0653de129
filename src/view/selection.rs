//! The reader's selection, when it lies inside one paragraph of the article:
//! its Kazakh text, or its translation (beside it, or read alone). What a
//! quote link and a highlight are made from.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::dom;
use crate::core::anchor::quote_for_link;
use crate::core::prefs::Lang;
use crate::core::translation::TrLang;

/// A passage selected inside one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    /// The paragraph's id.
    pub id: String,
    /// The language of the text selected in.
    pub lang: Lang,
    /// The element holding that text: the bar goes after it.
    pub element: Element,
    /// The passage as a link carries it (one line).
    pub quote: String,
    /// Its bytes in that text (the element holds the text as the core has
    /// it, links and marks being only markup around it).
    pub start: usize,
    pub end: usize,
}

/// The paragraphs' texts: the Kazakh `p[id]` (holding a `span[lang]` when
/// a translation is read alone) and a translation beside it, `p.tr[lang]`.
const TEXTS: &str = "article .block > p[id], article .block > p.tr[lang]";

pub fn selection() -> Option<Selected> {
    let sel = dom::window()?.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let a = text_element(sel.anchor_node())?;
    let b = text_element(sel.focus_node())?;
    if a != b {
        return None;
    }
    let (id, lang) = about(&a)?;
    let range = sel.get_range_at(0).ok()?;
    let text = String::from(sel.to_string());
    let quote = quote_for_link(&text);
    if quote.is_empty() {
        return None;
    }
    // The bytes before the selection: a range from the element's start.
    let before = a.owner_document()?.create_range().ok()?;
    before.set_start(&a, 0).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let start = String::from(before.to_string()).len();
    Some(Selected {
        id,
        lang,
        element: a,
        quote,
        start,
        end: start + text.len(),
    })
}

/// The element holding paragraph `id`'s text in `lang`, if the page shows it.
#[cfg(feature = "csr")] // for drawing highlights, in the Wasm only
pub fn text_of(document: &web_sys::Document, id: &str, lang: Lang) -> Option<Element> {
    let p = document.get_element_by_id(id)?;
    let alone = p.query_selector(":scope > span[lang]").ok()?;
    match TrLang::of(lang) {
        None => alone.is_none().then_some(p),
        Some(l) => {
            let tr = format!(":scope > p.tr[lang=\"{}\"]", l.code());
            let beside = p.parent_element()?.query_selector(&tr).ok()?;
            beside.or(alone.filter(|s| s.get_attribute("lang").as_deref() == Some(l.code())))
        }
    }
}

/// A paragraph text element's block id and language.
fn about(el: &Element) -> Option<(String, Lang)> {
    let lang_of = |e: &Element| e.get_attribute("lang").and_then(|c| TrLang::parse(&c));
    if el.tag_name().eq_ignore_ascii_case("span") {
        return Some((el.parent_element()?.id(), lang_of(el)?.lang()));
    }
    if el.class_list().contains("tr") {
        let p = el
            .parent_element()?
            .query_selector(":scope > p[id]")
            .ok()??;
        return Some((p.id(), lang_of(el)?.lang()));
    }
    Some((el.id(), Lang::Kk))
}

/// The paragraph text element `node` is in; a translation read alone is its
/// `span[lang]`, inside the paragraph.
fn text_element(node: Option<Node>) -> Option<Element> {
    let node = node?;
    let el = match node.dyn_ref::<Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    let found = el.closest(TEXTS).ok()??;
    if found.class_list().contains("tr") {
        return Some(found);
    }
    Some(
        found
            .query_selector(":scope > span[lang]")
            .ok()?
            .unwrap_or(found),
    )
}
