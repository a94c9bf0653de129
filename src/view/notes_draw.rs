//! Highlights drawn over the article, in the Kazakh and in the translations
//! the page shows, with the CSS Custom Highlight API
//! (`CSS.highlights`): ranges over the text as it is, so the core-written
//! body is never changed, copying is unaffected and nothing the reader typed
//! goes into the markup. One named highlight per colour, styled by
//! `::highlight(note-<colour>)`. Where the API is missing, nothing is drawn
//! (the notes page still lists them).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Node};

use super::{dom, selection};
use crate::core::library::Library;
use crate::core::notes::{marks_in, Colour, Note};
use crate::core::prefs::Lang;

/// Draw `notes` over the article now in the page (again after it is
/// rewritten: the old ranges went with the old text).
pub fn draw(lib: &Library, notes: &[Note]) {
    let Some(document) = dom::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(registry) = registry() else {
        return;
    };
    let mut by_colour: Vec<js_sys::Array> =
        Colour::ALL.iter().map(|_| js_sys::Array::new()).collect();
    let mut texts: Vec<(&str, Lang)> = notes.iter().map(|n| (n.block.as_str(), n.lang)).collect();
    // Each text once (drawing one twice would add its ranges twice).
    crate::core::order::sort_by_key(&mut texts, |&(id, lang)| (id, lang as usize));
    texts.dedup();
    for (id, lang) in texts {
        // Each language's text where the page shows it: the Kazakh is as the
        // library has it; a translation as the page has it (this module
        // fetches none, and the page wrote it as it is).
        let Some(el) = selection::text_of(&document, id, lang) else {
            continue;
        };
        let Some(shown) = el.text_content() else {
            continue;
        };
        if lang == Lang::Kk && lib.text_of(id) != Some(shown.as_str()) {
            continue;
        }
        let p: &Node = &el;
        for (range, colour, _) in marks_in(notes, id, lang, &shown) {
            if let Some(r) = dom_range(&document, p, range.start, range.end) {
                let i = Colour::ALL.iter().position(|c| *c == colour).unwrap_or(0);
                by_colour[i].push(&r);
            }
        }
    }
    for (colour, ranges) in Colour::ALL.iter().zip(by_colour.drain(..)) {
        let name = JsValue::from_str(&format!("note-{}", colour.code()));
        let _ = call(&registry, "delete", std::slice::from_ref(&name));
        if ranges.length() > 0 {
            if let Some(h) = highlight(&ranges) {
                let _ = call(&registry, "set", &[name, h]);
            }
        }
    }
}

/// `CSS.highlights`, if the browser has it.
fn registry() -> Option<JsValue> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let r = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!r.is_undefined()).then_some(r)
}

/// `new Highlight(...ranges)`.
fn highlight(ranges: &js_sys::Array) -> Option<JsValue> {
    let ctor = js_sys::Reflect::get(&js_sys::global(), &"Highlight".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    js_sys::Reflect::construct(&ctor, ranges).ok()
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f = js_sys::Reflect::get(target, &method.into())?.dyn_into::<js_sys::Function>()?;
    f.apply(target, &args.iter().collect::<js_sys::Array>())
}

/// A DOM range over bytes `start..end` of `root`'s text.
fn dom_range(document: &Document, root: &Node, start: usize, end: usize) -> Option<web_sys::Range> {
    let mut texts = Vec::new();
    collect_texts(root, &mut texts);
    let range = document.create_range().ok()?;
    let mut at = 0;
    let (mut started, mut ended) = (false, false);
    for node in texts {
        let data = node.node_value().unwrap_or_default();
        let len = data.len();
        if !started && start <= at + len {
            range.set_start(&node, utf16(&data, start - at)?).ok()?;
            started = true;
        }
        if started && end <= at + len {
            range.set_end(&node, utf16(&data, end - at)?).ok()?;
            ended = true;
            break;
        }
        at += len;
    }
    (started && ended).then_some(range)
}

fn collect_texts(node: &Node, out: &mut Vec<Node>) {
    let mut child = node.first_child();
    while let Some(c) = child {
        if c.node_type() == Node::TEXT_NODE {
            out.push(c.clone());
        } else {
            collect_texts(&c, out);
        }
        child = c.next_sibling();
    }
}

/// The UTF-16 offset of byte `i` of `s`.
fn utf16(s: &str, i: usize) -> Option<u32> {
    Some(s.get(..i)?.encode_utf16().count() as u32)
}
