//! The "Download" menu in the sidebar: the article in Kazakh, Russian and
//! English as EPUB, text, Markdown and TEI, and each translation beside the
//! Kazakh as EPUB, written at build time into `downloads/` (see
//! `src/bin/site/downloads.rs`). Each language's files are a group of their
//! own; the group of the language being read (or else the interface's) is open.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::export::{downloads_of, preferred, Contents, Download, Format, DOWNLOADS_DIR};
use crate::core::prefs::Lang;
use crate::view::hooks::use_t::use_t;
use crate::view::reading::ReadingCtx;
use crate::view::strings::Strings;

fn edition(t: &Strings, lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => t.edition_kk,
        Lang::Ru => t.edition_ru,
        Lang::En => t.edition_en,
    }
}

fn label(t: &Strings, d: Download) -> &'static str {
    match (d.contents, d.format) {
        (Contents::Parallel(_), _) => t.download_parallel,
        (_, Format::Epub) => "EPUB 3",
        (_, Format::Text) => t.download_text,
        (_, Format::Markdown) => "Markdown",
        (_, Format::Tei) => "TEI P5 XML",
    }
}

#[function_component(Downloads)]
pub fn downloads() -> Html {
    let t = use_t();
    let reading = use_context::<ReadingCtx>()
        .map(|c| c.reading)
        .unwrap_or_default();
    let open = preferred(reading, t.lang);
    let menu = use_node_ref();
    {
        // Set on the page itself whenever the choice changes: the build may
        // have opened another group (the page rewritten into the reader's
        // language before the app came) than the one the app hydrated, and
        // diffing the attribute would leave that one open too.
        let menu = menu.clone();
        use_effect_with(open, move |open| {
            if let Some(menu) = menu.cast::<web_sys::Element>() {
                if let Ok(groups) = menu.query_selector_all(".downloads-edition") {
                    for i in 0..groups.length() {
                        let group = groups
                            .item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
                        if let Some(g) = group {
                            let mine = g.get_attribute("data-lang").as_deref() == Some(open.code());
                            let _ = g.toggle_attribute_with_force("open", mine);
                        }
                    }
                }
            }
        });
    }
    let group = |lang: Lang| {
        let id = format!("downloads-{}", lang.code());
        html! {
            <details class="downloads-edition" open={lang == open} data-lang={lang.code()}>
                <summary id={id.clone()}>{ edition(t, lang) }</summary>
                <ul aria-labelledby={id}>
                    { for downloads_of(lang).into_iter().map(|d| {
                        let file = d.file();
                        html! {
                            <li>
                                <a href={format!("{DOWNLOADS_DIR}/{file}")} download={file}
                                   type={d.media_type()} hreflang={d.lang().code()}>
                                    { label(t, d) }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    };
    html! {
        <details class="downloads" ref={menu}>
            <summary>{ t.download }</summary>
            <p class="downloads-intro">{ t.download_intro }</p>
            { for Lang::ALL.into_iter().map(group) }
        </details>
    }
}
