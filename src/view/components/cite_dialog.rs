//! "Cite this": one dialog for the whole article and for any paragraph. It
//! lives in the Wasm loaded on first use (`view::extras`): a `[data-cite]`
//! button (the value is the paragraph's id, empty for the article) makes
//! `boot.js` load it and open the dialog with a new [`CiteRequest`]. The citation data loads on
//! first use; the texts and the BibTeX, RIS and CSL-JSON files are made by
//! `core::cite` in the browser (the files as Blob URLs; the CSL-JSON written
//! by the browser's `JSON.stringify`).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::cite::{
    bibtex, cite, csl_items, paragraph_number, ris, CitationData, Style, Target,
};
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::core::translation::Reading;
use crate::view::components::overlay::Overlay;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::io;
use crate::view::lib::use_lib;

/// What the dialog cites: `None` the article, `Some(id)` a paragraph.
type Cited = Option<String>;

/// One request to open the dialog: a new `seq` opens it again, even for the
/// same paragraph after it was closed.
#[derive(Clone, PartialEq)]
pub struct CiteRequest {
    pub seq: u32,
    pub cited: Cited,
}

#[derive(Properties, PartialEq)]
pub struct CiteDialogProps {
    pub request: CiteRequest,
}

#[function_component(CiteDialog)]
pub fn cite_dialog(props: &CiteDialogProps) -> Html {
    let t = use_t();
    let open = use_state_eq(|| None::<Cited>);
    let data = use_state(|| None::<Result<Rc<CitationData>, String>>);
    {
        let open = open.clone();
        use_effect_with(props.request.clone(), move |request| {
            open.set(Some(request.cited.clone()));
        });
    }
    {
        let data = data.clone();
        use_effect_with(open.is_some(), move |is_open| {
            if *is_open && data.is_none() {
                load(data);
            }
        });
    }
    // Focus the dialog when it opens, so Escape and screen readers start there.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(open.is_some(), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let Some(cited) = (*open).clone() else {
        return Html::default();
    };
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(None))
    };
    let body = match &*data {
        None => html! { <p role="status">{ t.loading }</p> },
        Some(Err(e)) => html! { <p role="alert">{ t.cite_load_failed }{ ": " }{ e }</p> },
        Some(Ok(d)) => html! { <CiteBody data={d.clone()} cited={cited.clone()} /> },
    };
    html! {
        <Overlay class="cite-dialog" title_id="cite-title" title={t.cite_title}
                 close_label={t.close} onclose={close} {node}>
            { body }
        </Overlay>
    }
}

#[cfg(feature = "csr")]
fn load(data: UseStateHandle<Option<Result<Rc<CitationData>, String>>>) {
    yew::platform::spawn_local(async move {
        let result = match io::fetch_json("citation.json").await {
            Ok(value) => serde_wasm_bindgen::from_value::<CitationData>(value)
                .map(Rc::new)
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        data.set(Some(result));
    });
}

#[cfg(not(feature = "csr"))]
fn load(_: UseStateHandle<Option<Result<Rc<CitationData>, String>>>) {}

#[derive(Properties, PartialEq)]
struct CiteBodyProps {
    data: Rc<CitationData>,
    cited: Cited,
}

/// The result of the last copy: which style, and whether it happened.
type CopyState = Option<(usize, bool)>;

#[function_component(CiteBody)]
fn cite_body(props: &CiteBodyProps) -> Html {
    let t = use_t();
    let lib = use_lib();
    let data = &props.data;
    let paragraph = props
        .cited
        .as_deref()
        .and_then(|id| paragraph_number(&lib.article, id));
    // The address of what the reader saw: in the reading on screen.
    let link = use_link();
    let url = match &props.cited {
        // The opening page's address, from whichever page it is cited.
        Some(id) => format!(
            "{}{}",
            io::page_url(),
            link.route(Page::block(id)).to_hash()
        ),
        None if link.reading == Reading::Kazakh => io::page_url(),
        None => format!("{}{}", io::page_url(), link.route(Page::Home).to_hash()),
    };
    let target = Target {
        title: lib.article.meta.title.clone(),
        paragraph,
        url,
        accessed: io::today(),
    };
    let copied = use_state_eq(|| None::<(usize, bool)>);
    let files = {
        let target = target.clone();
        let data = data.clone();
        use_memo(props.cited.clone(), move |_| {
            let make = |text: Option<String>, ext: &str, media: &str| {
                let name = match target.paragraph {
                    Some(n) => format!("{}-p{n}.{ext}", data.id),
                    None => format!("{}.{ext}", data.id),
                };
                io::blob_url(&text?, media).map(|url| (url, name, ext.to_uppercase()))
            };
            [
                make(Some(bibtex(&data, &target)), "bib", "application/x-bibtex"),
                make(
                    Some(ris(&data, &target)),
                    "ris",
                    "application/x-research-info-systems",
                ),
                make(
                    io::json_text(&csl_items(&data, &target)),
                    "json",
                    "application/vnd.citationstyles.csl+json",
                ),
            ]
        })
    };
    {
        // The Blob URLs go when the dialog or its target does.
        let files = files.clone();
        use_effect_with(files, |files| {
            let urls: Vec<String> = files.iter().flatten().map(|f| f.0.clone()).collect();
            move || urls.iter().for_each(|u| io::revoke_blob_url(u))
        });
    }
    let lang = t.lang;
    let reason = |r: &crate::core::cite::Reason| match lang {
        Lang::Kk => r.kk.clone(),
        Lang::Ru => r.ru.clone(),
        Lang::En => r.en.clone(),
    };
    let what = match paragraph {
        Some(n) => format!("{} ¶ {n}", t.paragraph_n),
        None => t.whole_article.to_string(),
    };
    let styles = Style::ALL.iter().enumerate().map(|(i, &style)| {
        let text = cite(style, data, &target);
        let onclick = {
            let copied = copied.clone();
            let text = text.clone();
            Callback::from(move |_: MouseEvent| copy(text.clone(), i, copied.clone()))
        };
        let status = match *copied {
            Some((j, true)) if j == i => Some(html! { <span class="copy-status" role="status">{ "✓ " }{ t.copied }</span> }),
            Some((j, false)) if j == i => Some(html! { <span class="copy-status failed" role="alert">{ t.copy_failed }</span> }),
            _ => None,
        };
        html! {
            <li class="citation" data-style={style.label()}>
                <h3>{ style.label() }</h3>
                <p class="citation-text" lang={if style == Style::Gost { "ru" } else { "en" }}>{ text }</p>
                <button type="button" class="copy-citation" {onclick}>{ t.copy }</button>
                { for status }
            </li>
        }
    });
    html! {
        <>
            <p class="cite-what">{ what }</p>
            <ul class="citations">{ for styles }</ul>
            <h3>{ t.for_managers }</h3>
            <ul class="cite-files">
                { for files.iter().flatten().map(|(url, name, label)| html! {
                    <li><a href={url.clone()} download={name.clone()}>{ label }</a></li>
                }) }
            </ul>
            <dl class="cite-reasons">
                if data.year.stated.is_none() && data.year.inferred.is_some() {
                    <dt>{ t.inferred_year }</dt>
                    <dd>{ reason(&data.year.reason) }</dd>
                }
                if data.place.stated.is_none() {
                    <dt>{ t.not_given }</dt>
                    <dd>{ reason(&data.place.reason) }</dd>
                }
            </dl>
        </>
    }
}

/// Copies and reports what happened: a rejected write is a failure, not a ✓.
fn copy(text: String, index: usize, state: UseStateHandle<CopyState>) {
    yew::platform::spawn_local(async move {
        let ok = io::write_clipboard(&text).await.is_ok();
        state.set(Some((index, ok)));
    });
}
