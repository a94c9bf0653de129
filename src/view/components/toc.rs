//! The table of contents: every section and the bibliography, the current one
//! marked.

use yew::prelude::*;

use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_edition, use_glance, use_t};
use crate::view::lib::use_lib;
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
    // With a translation chosen (and here), its headings too: a reader who
    // does not read Kazakh can find their way.
    let link = use_link();
    let reading = link.0;
    let translated = reading
        .translation()
        .and_then(|l| Some((l, lib.translation(l)?)));
    let entries = article.parts().map(|p| {
        let tr = translated.and_then(|(l, tr)| Some((l, tr.section(p.id)?)));
        let label = match tr {
            Some((l, title)) if !reading.shows_kazakh() => html! {
                <span lang={l.code()}>{ title }</span>
            },
            Some((l, title)) => html! {
                <>{ section_label(t, p.title) }<span class="tr-toc" lang={l.code()}>{ title }</span></>
            },
            None => html! { { section_label(t, p.title) } },
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
