//! The top bar: the menu button for narrow screens, the short title, the search
//! box and the way to the people index. Before it, the skip link (the first Tab
//! stop) and the header that only print shows.

use yew::prelude::*;

use super::progress::ProgressBar;
use super::search_box::SearchBox;
use super::toc::current_page;
use crate::core::route::Page;
use crate::view::dom;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_glance, use_t};
use crate::view::lib::use_lib;
use crate::view::reading::{use_lines_language, ReadingCtx};

/// The menu button's id: `Esc` closes the menu and returns focus there.
pub const MENU_BUTTON_ID: &str = "menu-button";

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub menu_open: bool,
    pub on_menu: Callback<MouseEvent>,
    pub query: String,
    pub on_query: Callback<String>,
    pub on_escape: Callback<()>,
    /// The page shown, for `aria-current` on its link.
    pub page: Page,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let t = use_t();
    let link = use_link();
    let g = use_glance();
    let lib = use_lib();
    // Build the search index when the box gets focus, before the first key,
    // and fetch the translations it also searches.
    let reading = use_context::<ReadingCtx>();
    let warm_search = {
        let lib = lib.clone();
        Callback::from(move |()| {
            lib.search();
            if let Some(r) = &reading {
                r.warm.emit(());
            }
        })
    };
    // The skip link's own `#main` works before the app runs; once it does, the hash
    // is the route, so move focus by hand (no scroll: the reader keeps the place).
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus_without_scroll("main");
    });
    let meta = &lib.article.meta;
    // The title in the interface language once its translation is here, else
    // the article's own, marked Kazakh.
    let tr_lang = use_lines_language(t.lang);
    let (title_lang, title) = tr_lang
        .and_then(|l| Some((l.code(), lib.translation(l)?.meta.title.clone())))
        .filter(|(_, title)| !title.is_empty())
        .unwrap_or(("kk", meta.title.clone()));
    html! {
        <>
        <a class="skip-link" href="#main" onclick={skip}>{ t.skip_to_text }</a>
        // Print only: what was printed and where it came from. boot.js writes the
        // address into #print-address at print time (it is in the hash).
        <div class="print-header" aria-hidden="true">
            <p>{ &meta.title }{ " — " }{ &meta.author }</p>
            <p id="print-address"></p>
        </div>
        <header class="topbar">
            <ProgressBar />
            <button
                id={MENU_BUTTON_ID}
                class="menu-button"
                type="button"
                aria-controls="toc"
                aria-expanded={props.menu_open.to_string()}
                onclick={props.on_menu.clone()}
            >
                <span aria-hidden="true">{ "☰ " }</span>{ t.menu }
            </button>
            <a class="site-title" href={link.href(Page::Home)} lang={title_lang}>{ title }</a>
            <SearchBox query={props.query.clone()} on_query={props.on_query.clone()}
                       on_escape={props.on_escape.clone()} on_focus={warm_search} />
            { for [
                (Page::Overview, g.overview),
                (Page::People, t.people),
                (Page::Places, t.places_short),
                (Page::Timeline { decade: None, person: None }, t.timeline),
            ].into_iter().map(|(to, label)| html! {
                <a class="topbar-link" aria-current={current_page(&props.page, &to)}
                   href={link.href(to)}>{ label }</a>
            }) }
        </header>
        </>
    }
}
