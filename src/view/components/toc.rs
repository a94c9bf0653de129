//! The table of contents: every section and the bibliography, the current one
//! marked.

use yew::prelude::*;

use crate::core::library::Library;
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::core::translation::TrLang;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_edition, use_glance, use_t};
use crate::view::lib::use_lib;
use crate::view::reading::use_lines_language;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub active: Option<String>,
    pub on_navigate: Callback<MouseEvent>,
}

#[function_component(Toc)]
pub fn toc(props: &TocProps) -> Html {
    let t = use_t();
    let lib = use_lib();
    let article = &lib.article;
    // With a translation chosen, or an interface in Russian or English, the
    // headings in that language once here: a reader who does not read
    // Kazakh can find their way.
    let link = use_link();
    let reading = link.reading;
    let tr_lang = use_lines_language(t.lang);
    let entries = article.parts().map(|p| {
        let label = match reading.translation() {
            // Beside a translation: the Kazakh heading, the translation under it.
            Some(l) if reading.shows_kazakh() => match lib.translation(l).and_then(|tr| tr.section(p.id)) {
                Some(title) => html! {
                    <><span lang="kk">{ section_label(t, p.title) }</span><span class="tr-toc" lang={l.code()}>{ title }</span></>
                },
                None => part_title(t, &lib, tr_lang, p.id, p.title),
            },
            _ => part_title(t, &lib, tr_lang, p.id, p.title),
        };
        (p.id.to_string(), label)
    });
    let items = entries.map(|(id, label)| {
        let current = props.active.as_deref() == Some(id.as_str());
        html! {
            <li key={id.clone()}>
                <a
                    href={link.href(Page::Section(id))}
                    class={classes!(current.then_some("current"))}
                    aria-current={current.then_some("location")}
                    onclick={props.on_navigate.clone()}
                >{ label }</a>
            </li>
        }
    });
    html! {
        <nav class="toc" aria-label={t.contents}>
            <h2 class="toc-title">{ t.contents }</h2>
            <ol>{ for items }</ol>
        </nav>
    }
}

/// A part's title as a label: in the translation `tr` when it is here (the
/// bibliography by the interface's word for it), else the Kazakh, marked so;
/// the untitled opening part by its name in the interface.
pub fn part_title(
    t: &Strings,
    lib: &Library,
    tr: Option<TrLang>,
    id: &str,
    title: Option<&str>,
) -> Html {
    // Always one element, whatever the language: the page in another
    // interface language is the same elements with other words.
    let ui = t.lang.code();
    let Some(title) = title else {
        return html! { <span lang={ui}>{ t.opening_part }</span> };
    };
    if id == lib.article.bibliography.id && t.lang != Lang::Kk {
        return html! { <span lang={ui}>{ t.in_bibliography }</span> };
    }
    match tr.and_then(|l| Some((l, lib.translation(l)?.section(id)?))) {
        Some((l, tr)) => html! { <span lang={l.code()}>{ tr.to_string() }</span> },
        None => html! { <span lang="kk">{ title.to_string() }</span> },
    }
}

/// The label of a section in navigation: its title, or a name for the untitled
/// opening part.
pub fn section_label(t: &Strings, title: Option<&str>) -> String {
    title.unwrap_or(t.opening_part).to_string()
}

#[derive(Properties, PartialEq)]
pub struct IndexLinksProps {
    /// The page shown: its link is marked `aria-current="page"`.
    pub page: Page,
    pub on_navigate: Callback<MouseEvent>,
}

/// `aria-current` for a link to `to` while `shown` is on screen: the same page,
/// whatever its filters (a decade, a word).
pub fn current_page(shown: &Page, to: &Page) -> Option<&'static str> {
    (std::mem::discriminant(shown) == std::mem::discriminant(to)).then_some("page")
}

/// The article's indexes, under the contents: on a narrow screen the top bar
/// has no room for them, so the menu carries them.
#[function_component(IndexLinks)]
pub fn index_links(props: &IndexLinksProps) -> Html {
    let t = use_t();
    let g = use_glance();
    let e = use_edition();
    let link = use_link();
    let item = |page: Page, label: &'static str| {
        html! {
            <li><a aria-current={current_page(&props.page, &page)} href={link.href(page)}
                   onclick={props.on_navigate.clone()}>{ label }</a></li>
        }
    };
    html! {
        <ul class="indexes">
            { item(Page::People, t.people) }
            { item(Page::Places, t.places) }
            { item(Page::Timeline { decade: None, person: None }, t.timeline) }
            { item(Page::Overview, g.overview) }
            { item(Page::Map { decade: None }, g.map) }
            { item(Page::Words { word: None }, g.words) }
            { item(Page::Notes, t.notes) }
            { item(Page::About, e.about) }
        </ul>
    }
}
