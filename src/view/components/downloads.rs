//! The "Download" menu in the sidebar: the article as EPUB, text, Markdown and
//! TEI, written at build time into `downloads/` (see `src/bin/build_downloads.rs`).

use yew::prelude::*;

use crate::core::export::{DOWNLOADS, DOWNLOADS_DIR};
use crate::view::hooks::use_t::use_t;

#[function_component(Downloads)]
pub fn downloads() -> Html {
    let t = use_t();
    html! {
        <details class="downloads">
            <summary>{ t.download }</summary>
            <p class="downloads-intro">{ t.download_intro }</p>
            <ul>
                { for DOWNLOADS.iter().map(|d| html! {
                    <li>
                        <a href={format!("{DOWNLOADS_DIR}/{}", d.file)} download={d.file} type={d.media_type}>
                            { d.label }
                        </a>
                    </li>
                }) }
            </ul>
        </details>
    }
}
