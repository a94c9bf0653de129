//! `#/notes`: the reader's highlights in reading order, with their notes;
//! filter by colour, edit, delete (with undo), open each in the text, export
//! (Markdown, W3C Web Annotation JSON-LD) and import. A highlight whose text
//! is gone is listed as detached. In the Wasm loaded on first use.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::core::cite::paragraph_number;
use crate::core::notes::export::{from_web_annotations, markdown, web_annotations, Collection};
use crate::core::notes::{in_reading_order, merge, Colour, Note};
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::lib::use_lib;
use crate::view::notes_store as store;
use crate::view::notes_strings::notes_text;
use crate::view::{dom, io};

#[function_component(NotesPage)]
pub fn notes_page() -> Html {
    let t = notes_text(use_context::<Lang>().unwrap_or_default());
    let lib = use_lib();
    // Redrawn whenever the notes change (here, by the dialog, or another tab).
    let version = use_state(|| 0u32);
    {
        let version = version.clone();
        use_effect_with((), move |_| {
            let key = store::watch(move || version.set(*version + 1));
            move || store::unwatch(key)
        });
    }
    let filter = use_state_eq(|| None::<Colour>);
    let editing = use_state_eq(|| None::<String>);
    let deleted = use_state(|| None::<(usize, Note)>);
    let status = use_state_eq(String::new);
    let print = use_state_eq(store::print);
    let on_print = {
        let print = print.clone();
        Callback::from(move |_: Event| {
            store::set_print(!*print);
            print.set(!*print);
        })
    };
    let notes = store::all();
    let placed = in_reading_order(&notes, &lib.article);
    let page = io::page_url();
    let link = use_link();

    let filters = std::iter::once(None)
        .chain(Colour::ALL.into_iter().map(Some))
        .map(|c| {
            let label = c.map_or(t.all_colours, |c| t.colour(c));
            let onclick = {
                let filter = filter.clone();
                Callback::from(move |_: MouseEvent| filter.set(c))
            };
            html! {
                <button type="button" class={classes!("filter", c.map(Colour::code))}
                        aria-pressed={(*filter == c).to_string()} {onclick}>{ label }</button>
            }
        });

    let items = placed
        .iter()
        .filter(|p| filter.is_none_or(|c| p.note.colour == c))
        .map(|p| {
            let n = p.note.clone();
            let number = paragraph_number(&lib.article, &n.block)
                .map_or_else(|| n.block.clone(), |k| format!("¶ {k}"));
            let href = link.href(Page::Quote {
                id: n.block.clone(),
                quote: n.selector.exact.clone(),
            });
            let delete = {
                let (deleted, id) = (deleted.clone(), n.id.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut all = store::all();
                    if let Some(i) = all.iter().position(|x| x.id == id) {
                        let gone = all.remove(i);
                        store::set(all);
                        deleted.set(Some((i, gone)));
                    }
                })
            };
            let edit = {
                let (editing, id) = (editing.clone(), n.id.clone());
                Callback::from(move |_: MouseEvent| editing.set(Some(id.clone())))
            };
            let note = if editing.as_deref() == Some(n.id.as_str()) {
                html! { <NoteEditor note={n.clone()} done={{
                    let editing = editing.clone();
                    Callback::from(move |()| editing.set(None))
                }} /> }
            } else if n.note.is_empty() {
                Html::default()
            } else {
                html! { <p class="note-text">{ n.note.clone() }</p> }
            };
            html! {
                <li class={classes!("note", n.colour.code(), p.detached().then_some("detached"))}>
                    <blockquote lang="kk">{ n.selector.exact.clone() }</blockquote>
                    if p.detached() {
                        <p class="detached-label"><strong>{ t.detached }</strong>{ " — " }{ t.detached_hint }</p>
                    }
                    { note }
                    <p class="note-tools">
                        <a href={href}>{ t.open }{ " (" }{ number }{ ")" }</a>
                        <span class="colour-name">{ t.colour(n.colour) }</span>
                        <button type="button" class="edit-note" onclick={edit}>{ t.edit }</button>
                        <button type="button" class="delete-note" onclick={delete}>{ t.delete }</button>
                    </p>
                </li>
            }
        });

    let undo = (*deleted).clone().map(|(i, note)| {
        let deleted = deleted.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut all = store::all();
            all.insert(i.min(all.len()), note.clone());
            store::set(all);
            deleted.set(None);
        });
        html! {
            <p class="undo" role="status">{ t.deleted }{ " " }
                <button type="button" class="undo-delete" {onclick}>{ t.undo }</button>
            </p>
        }
    });

    let export_md = {
        let (lib, page) = (lib.clone(), page.clone());
        Callback::from(move |_: MouseEvent| {
            let notes = store::all();
            let placed = in_reading_order(&notes, &lib.article);
            let number = |id: &str| paragraph_number(&lib.article, id);
            let md = markdown(t.title, &placed, &page, number, t.detached);
            download(&md, "text/markdown", "notes.md");
        })
    };
    let export_json = {
        let (lib, page) = (lib.clone(), page.clone());
        Callback::from(move |_: MouseEvent| {
            let notes = store::all();
            let placed = in_reading_order(&notes, &lib.article);
            let ordered: Vec<&Note> = placed.iter().map(|p| p.note).collect();
            let c = web_annotations(t.title, &ordered, &page);
            let json = serde_wasm_bindgen::to_value(&c)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &2.into())
                        .ok()
                })
                .map(String::from)
                .unwrap_or_default();
            download(&json, "application/ld+json", "notes.jsonld");
        })
    };
    let import = {
        let status = status.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target() else { return };
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let msg = match read_file(&input).await {
                    Ok(c) => {
                        let (incoming, skipped) = from_web_annotations(c);
                        let mut all = store::all();
                        let added = merge(&mut all, incoming);
                        store::set(all);
                        t.imported
                            .replace("{n}", &added.to_string())
                            .replace("{k}", &skipped.to_string())
                    }
                    Err(err) => format!("{}: {err}", t.import_failed),
                };
                status.set(msg);
            });
        })
    };

    html! {
        <section class="notes-page" aria-labelledby="notes-title">
            <h1 id="notes-title">{ t.title }</h1>
            <p>{ t.intro }</p>
            if store::unsaved() {
                <p class="unsaved" role="alert">{ t.unsaved }</p>
            }
            <div class="filters" role="group" aria-label={t.colour}>{ for filters }</div>
            { for undo }
            if placed.is_empty() {
                <p class="empty">{ t.empty }</p>
            }
            <ol class="notes">{ for items }</ol>
            <p class="note-files">
                <button type="button" class="export-md" onclick={export_md}>{ t.export_md }</button>
                <button type="button" class="export-json" onclick={export_json}>{ t.export_json }</button>
                <label class="import">{ t.import }{ " " }
                    <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onchange={import} />
                </label>
            </p>
            <p class="import-status" role="status">{ (*status).clone() }</p>
            <label class="print-notes">
                <input type="checkbox" checked={*print} onchange={on_print} />{ " " }{ t.print }
            </label>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    note: Note,
    done: Callback<()>,
}

/// A note's text, edited in place.
#[function_component(NoteEditor)]
fn note_editor(props: &EditorProps) -> Html {
    let t = notes_text(use_context::<Lang>().unwrap_or_default());
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            if let Some(el) = field.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let save = {
        let (field, id, done) = (field.clone(), props.note.id.clone(), props.done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = field
                .cast::<HtmlTextAreaElement>()
                .map(|f| f.value())
                .unwrap_or_default();
            let mut all = store::all();
            if let Some(n) = all.iter_mut().find(|n| n.id == id) {
                n.note = text.trim().to_string();
                n.modified = String::from(js_sys::Date::new_0().to_iso_string());
            }
            store::set(all);
            done.emit(());
        })
    };
    html! {
        <form class="note-editor" onsubmit={save}>
            <label>{ t.note }
                <textarea ref={field} rows="3" defaultvalue={props.note.note.clone()} />
            </label>
            <button type="submit" class="save-note">{ t.save }</button>
        </form>
    }
}

/// Offer `text` as a file: a Blob URL on a link clicked at once.
fn download(text: &str, media_type: &str, name: &str) {
    let (Some(url), Some(document)) = (
        io::blob_url(text, media_type),
        dom::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    // Revoked a moment later: the download has started by then.
    gloo_timers::callback::Timeout::new(10_000, move || io::revoke_blob_url(&url)).forget();
}

/// The chosen file, parsed by the browser's `JSON.parse`.
async fn read_file(input: &web_sys::EventTarget) -> Result<Collection, String> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).map_err(|_| k.to_string());
    let file = get(&get(input, "files")?, "0")?;
    let text = get(&file, "text")?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| "no file".to_string())?
        .call0(&file)
        .map_err(|_| "unreadable".to_string())?;
    let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(text))
        .await
        .map_err(|_| "unreadable".to_string())?;
    let value = js_sys::JSON::parse(&text.as_string().unwrap_or_default())
        .map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}
