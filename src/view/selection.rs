//! The reader's selection, when it lies inside one Kazakh paragraph of the
//! article: what a quote link and a highlight are made from.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::dom;
use crate::core::anchor::quote_for_link;

/// A passage selected inside one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    /// The paragraph's id.
    pub id: String,
    /// The passage as a link carries it (one line).
    pub quote: String,
    /// Its bytes in the paragraph's text (the paragraph holds the text as the
    /// core has it, links and marks being only markup around it).
    pub start: usize,
    pub end: usize,
}

pub fn selection() -> Option<Selected> {
    let sel = dom::window()?.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let a = paragraph(sel.anchor_node())?;
    let b = paragraph(sel.focus_node())?;
    // A translation read alone is in the paragraph instead: not quotable.
    if a != b || a.query_selector(":scope > span[lang]").ok()?.is_some() {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let text = String::from(sel.to_string());
    let quote = quote_for_link(&text);
    if quote.is_empty() {
        return None;
    }
    // The bytes before the selection: a range from the paragraph's start.
    let before = a.owner_document()?.create_range().ok()?;
    before.set_start(&a, 0).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let start = String::from(before.to_string()).len();
    Some(Selected {
        id: a.id(),
        quote,
        start,
        end: start + text.len(),
    })
}

fn paragraph(node: Option<Node>) -> Option<Element> {
    let node = node?;
    let el = match node.dyn_ref::<Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    el.closest("article .block > p[id]").ok()?
}
