//! The page of the Wasm loaded on first use for a route (the map, the word
//! list, the overview, the notes): mounted by `view::extras` in the browser,
//! and rendered at build time into the pages of their own (`map.html`).

use yew::prelude::*;

use super::map_page::MapPage;
#[cfg(feature = "csr")]
use super::notes_page::NotesPage;
use super::overview::Overview;
use super::words_page::WordsPage;
use crate::core::prefs::Lang;
use crate::core::route::{Page, Route};
use crate::core::translation::Reading;
use crate::view::dom;
use crate::view::hooks::use_route::AwayProvider;
use crate::view::lib::Lib;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lib: Lib,
    pub route: Route,
    pub lang: Lang,
    /// On a page of its own (`map.html`): see `use_route::Away`.
    pub away: bool,
}

#[function_component(PageApp)]
pub fn page(props: &PageProps) -> Html {
    let reading = props.route.reading;
    let view = match &props.route.page {
        Page::Map { decade } => {
            let on_decade = Callback::from(move |decade| {
                dom::replace_hash(&Route::new(Page::Map { decade }, reading).to_hash());
                // The main app reads the route from the address on `hashchange`.
                dom::fire_window_event("hashchange");
            });
            html! { <MapPage decade={*decade} {on_decade} /> }
        }
        Page::Words { word } => html! { <WordsPage word={word.clone()} /> },
        #[cfg(feature = "csr")]
        Page::Notes => html! { <NotesPage /> },
        _ => html! { <Overview /> },
    };
    html! {
        <ContextProvider<Lib> context={props.lib.clone()}>
        <ContextProvider<Lang> context={props.lang}>
        <ContextProvider<Reading> context={reading}>
        <AwayProvider away={props.away}>
            { view }
        </AwayProvider>
        </ContextProvider<Reading>>
        </ContextProvider<Lang>>
        </ContextProvider<Lib>>
    }
}
