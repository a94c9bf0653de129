//! The reader's highlights on the device (`localStorage`, key
//! `qazaq-reader.notes`), for the Wasm loaded on first use. The session's copy
//! is the truth: a store that throws (blocked, full) loses nothing while the
//! page is open, and the reader is told, so they can export. Another tab's
//! changes arrive by the `storage` event.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::{dom, storage};
use crate::core::notes::{Note, Stored, VERSION};

pub const KEY: &str = "qazaq-reader.notes";
/// Whether highlights are printed ("1"), as the reader chose.
const PRINT_KEY: &str = "qazaq-reader.print-notes";

/// Whether the reader asked for highlights in print.
pub fn print() -> bool {
    storage::stored(PRINT_KEY).as_deref() == Some("1")
}

/// Remember the choice and apply it: `<html data-print-notes>` (style.css).
pub fn set_print(on: bool) {
    storage::store(PRINT_KEY, if on { "1" } else { "0" });
    apply_print(on);
}

pub fn apply_print(on: bool) {
    if let Some(html) = dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if on {
            html.set_attribute("data-print-notes", "")
        } else {
            html.remove_attribute("data-print-notes")
        };
    }
}

/// Called when the notes change.
type Watcher = Rc<dyn Fn()>;

thread_local! {
    /// `None` until read from storage.
    static NOTES: RefCell<Option<Vec<Note>>> = const { RefCell::new(None) };
    /// The last save failed: what is shown is only in this page.
    static UNSAVED: RefCell<bool> = const { RefCell::new(false) };
    static WATCHERS: RefCell<Vec<(u32, Watcher)>> = RefCell::new(Vec::new());
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// Parse what storage holds: `JSON.parse`, then serde from the JS value.
fn read_stored() -> Result<Vec<Note>, ()> {
    let Some(text) = storage::read_item(KEY)? else {
        return Ok(Vec::new());
    };
    let value = js_sys::JSON::parse(&text).map_err(|_| ())?;
    let stored: Stored = serde_wasm_bindgen::from_value(value).map_err(|_| ())?;
    Ok(stored.notes)
}

/// The notes (read from storage the first time).
pub fn all() -> Vec<Note> {
    NOTES.with(|n| {
        let mut n = n.borrow_mut();
        if n.is_none() {
            match read_stored() {
                Ok(notes) => *n = Some(notes),
                Err(()) => {
                    UNSAVED.with(|u| *u.borrow_mut() = true);
                    *n = Some(Vec::new());
                }
            }
        }
        n.clone().unwrap_or_default()
    })
}

/// Whether the notes shown are only in this page (storage refused them).
pub fn unsaved() -> bool {
    UNSAVED.with(|u| *u.borrow())
}

/// Replace the notes: kept in the page at once, then written to storage.
pub fn set(notes: Vec<Note>) {
    let ok = write(&notes).is_ok();
    NOTES.with(|n| *n.borrow_mut() = Some(notes));
    UNSAVED.with(|u| *u.borrow_mut() = !ok);
    notify();
}

fn write(notes: &[Note]) -> Result<(), JsValue> {
    let stored = Stored {
        version: VERSION,
        notes: notes.to_vec(),
    };
    let value = serde_wasm_bindgen::to_value(&stored).map_err(JsValue::from)?;
    let text: String = js_sys::JSON::stringify(&value)?.into();
    let storage = dom::window()
        .ok_or(JsValue::NULL)?
        .local_storage()?
        .ok_or(JsValue::NULL)?;
    storage.set_item(KEY, &text)
}

/// Another tab changed storage: read it again (this page's unsaved notes are
/// kept, merged in).
pub fn reload_from_storage() {
    if let Ok(stored) = read_stored() {
        let mut notes = stored;
        if unsaved() {
            let mine = NOTES.with(|n| n.borrow().clone()).unwrap_or_default();
            crate::core::notes::merge(&mut notes, mine);
        }
        NOTES.with(|n| *n.borrow_mut() = Some(notes));
        notify();
    }
}

/// Call `f` whenever the notes change; returns a key for [`unwatch`].
pub fn watch(f: impl Fn() + 'static) -> u32 {
    let key = NEXT.with(|k| {
        let mut k = k.borrow_mut();
        *k += 1;
        *k
    });
    WATCHERS.with(|w| w.borrow_mut().push((key, Rc::new(f))));
    key
}

pub fn unwatch(key: u32) {
    WATCHERS.with(|w| w.borrow_mut().retain(|(k, _)| *k != key));
}

fn notify() {
    // Cloned out first: a watcher may watch or unwatch.
    let watchers: Vec<Watcher> =
        WATCHERS.with(|w| w.borrow().iter().map(|(_, f)| f.clone()).collect());
    for f in watchers {
        f();
    }
}
