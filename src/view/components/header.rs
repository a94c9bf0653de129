//! The top bar: the menu button for narrow screens, the short title, the search
//! box and the way to the people index.

use yew::prelude::*;

use super::progress::ProgressBar;
use super::search_box::SearchBox;
use crate::core::route::Route;
use crate::view::hooks::use_t::{use_glance, use_t};
use crate::view::lib::use_lib;
use crate::view::reading::ReadingCtx;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub menu_open: bool,
    pub on_menu: Callback<MouseEvent>,
    pub query: String,
    pub on_query: Callback<String>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let t = use_t();
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
    html! {
        <header class="topbar">
            <ProgressBar />
            <button
                class="menu-button"
                type="button"
                aria-controls="toc"
                aria-expanded={props.menu_open.to_string()}
                onclick={props.on_menu.clone()}
            >
                <span aria-hidden="true">{ "☰ " }</span>{ t.menu }
            </button>
            <a class="site-title" href="#/">{ &lib.article.meta.title }</a>
            <SearchBox query={props.query.clone()} on_query={props.on_query.clone()} on_focus={warm_search} />
            <a class="topbar-link" href={Route::Overview.to_hash()}>{ g.overview }</a>
            <a class="topbar-link" href={Route::People.to_hash()}>{ t.people }</a>
            <a class="topbar-link" href={Route::Places.to_hash()}>{ t.places_short }</a>
            <a class="topbar-link" href={Route::Timeline { decade: None, person: None }.to_hash()}>{ t.timeline }</a>
        </header>
    }
}
