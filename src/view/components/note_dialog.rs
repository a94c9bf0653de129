//! "Highlight": the dialog that saves the selected passage with a colour and
//! an optional note. In the Wasm loaded on first use (`view::extras`): the
//! selection bar's `[data-highlight]` button makes `boot.js` load it and open
//! the dialog with a new [`NoteRequest`].

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::core::anchor::TextQuoteSelector;
use crate::core::notes::{Colour, Note};
use crate::core::prefs::Lang;
use crate::view::components::overlay::Overlay;
use crate::view::notes_store as store;
use crate::view::notes_strings::notes_text;

/// One request to open the dialog; `passage` is `None` when nothing
/// quotable was selected.
#[derive(Clone, PartialEq)]
pub struct NoteRequest {
    pub seq: u32,
    pub passage: Option<Passage>,
}

/// What is highlighted: a passage of paragraph `block` in `lang`.
#[derive(Clone, PartialEq)]
pub struct Passage {
    pub block: String,
    pub lang: Lang,
    pub selector: TextQuoteSelector,
}

#[derive(Properties, PartialEq)]
pub struct NoteDialogProps {
    pub request: NoteRequest,
}

#[function_component(NoteDialog)]
pub fn note_dialog(props: &NoteDialogProps) -> Html {
    let t = notes_text(use_context::<Lang>().unwrap_or_default());
    let open = use_state_eq(|| true);
    let colour = use_state_eq(Colour::default);
    // Saved, but only in this page: the reader is told and closes it.
    let unsaved = use_state_eq(|| false);
    let text = use_node_ref();
    {
        let (open, unsaved) = (open.clone(), unsaved.clone());
        use_effect_with(props.request.seq, move |_| {
            open.set(true);
            unsaved.set(false);
        });
    }
    // Focus the note field (or the dialog) when it opens.
    let node = use_node_ref();
    {
        let (node, text) = (node.clone(), text.clone());
        use_effect_with((props.request.seq, *open), move |_| {
            if let Some(el) = text.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            } else if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    if !*open {
        return Html::default();
    }
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    let body = match &props.request.passage {
        None => html! { <p role="alert">{ t.no_selection }</p> },
        Some(_) if *unsaved => html! { <p role="alert" class="unsaved">{ t.unsaved }</p> },
        Some(passage) => {
            let Passage {
                block,
                lang,
                selector,
            } = passage;
            let save = {
                let (block, lang, selector) = (block.clone(), *lang, selector.clone());
                let (colour, text, open, unsaved) =
                    (colour.clone(), text.clone(), open.clone(), unsaved.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let note = text
                        .cast::<HtmlTextAreaElement>()
                        .map(|t| t.value())
                        .unwrap_or_default();
                    let now = String::from(js_sys::Date::new_0().to_iso_string());
                    let mut notes = store::all();
                    notes.push(Note {
                        id: format!("urn:uuid:{}", uuid()),
                        block: block.clone(),
                        selector: selector.clone(),
                        lang,
                        colour: *colour,
                        note: note.trim().to_string(),
                        created: now.clone(),
                        modified: now,
                    });
                    store::set(notes);
                    if store::unsaved() {
                        unsaved.set(true);
                    } else {
                        open.set(false);
                    }
                })
            };
            let swatches = Colour::ALL.iter().map(|&c| {
                let on = {
                    let colour = colour.clone();
                    Callback::from(move |_: Event| colour.set(c))
                };
                html! {
                    <label class={classes!("swatch", c.code())}>
                        <input type="radio" name="note-colour" value={c.code()}
                               checked={*colour == c} onchange={on} />
                        { t.colour(c) }
                    </label>
                }
            });
            html! {
                <form onsubmit={save}>
                    <blockquote lang={lang.code()}>{ selector.exact.clone() }</blockquote>
                    <fieldset class="colours">
                        <legend>{ t.colour }</legend>
                        { for swatches }
                    </fieldset>
                    <label class="note-field">{ t.note }
                        <textarea ref={text} rows="3" />
                    </label>
                    <button type="submit" class="save-note">{ t.save }</button>
                </form>
            }
        }
    };
    html! {
        <Overlay class="note-dialog" title_id="note-title" title={t.dialog_title}
                 close_label={t.cancel} onclose={close} {node}>
            { body }
        </Overlay>
    }
}

/// `crypto.randomUUID()`, or a time and a random number where it is missing.
fn uuid() -> String {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into()).ok();
    let made = crypto.and_then(|c| {
        let f = js_sys::Reflect::get(&c, &"randomUUID".into()).ok()?;
        f.dyn_into::<js_sys::Function>()
            .ok()?
            .call0(&c)
            .ok()?
            .as_string()
    });
    made.unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}
