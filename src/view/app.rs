//! The App: the current route is the one piece of state; everything else is
//! derived from it and from the library, and passed down as props.

use yew::prelude::*;

use super::components::article_view::ArticleView;
use super::components::header::Header;
use super::components::not_found::NotFound;
use super::components::people_index::PeopleIndex;
use super::components::person_cards::PersonCards;
use super::components::person_view::PersonView;
use super::components::toc::Toc;
use super::dom;
use super::hooks::use_active_section::use_active_section;
use super::hooks::use_route::use_route;
use super::lib::Lib;
use crate::core::library::Library;
use crate::core::route::Route;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub lib: Lib,
}

/// A route that names something the library does not have is "not found" too.
fn resolve(route: Route, lib: &Library) -> Route {
    let article = &lib.article;
    let known_section = |id: &str| article.section(id).is_some() || id == article.bibliography.id;
    let known_block = |id: &str| {
        article.section_of(id).is_some() || article.bibliography.entries.iter().any(|e| e.id == id)
    };
    match route {
        Route::Section(id) if !known_section(&id) => Route::NotFound(format!("/section/{id}")),
        Route::Block(id) if !known_block(&id) => Route::NotFound(format!("/p/{id}")),
        Route::Person(slug) if lib.person(&slug).is_none() => {
            Route::NotFound(format!("/person/{slug}"))
        }
        other => other,
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lib = &props.lib;
    let route = resolve(use_route(), lib);
    let active = use_active_section(&lib.article);
    let menu_open = use_state(|| false);

    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    let close_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(false))
    };

    use_effect_with(route.clone(), dom::reveal);

    let main = match &route {
        Route::NotFound(raw) => html! { <NotFound raw={raw.clone()} /> },
        Route::People => html! { <PeopleIndex lib={lib.clone()} /> },
        Route::Person(slug) => html! { <PersonView lib={lib.clone()} slug={slug.clone()} /> },
        Route::Block(id) => {
            html! { <ArticleView lib={lib.clone()} marked={Some(id.clone())} /> }
        }
        Route::Home | Route::Section(_) | Route::Search(_) => {
            html! { <ArticleView lib={lib.clone()} marked={None::<String>} /> }
        }
    };

    html! {
        <>
            <Header lib={lib.clone()} menu_open={*menu_open} on_menu={toggle_menu} />
            <div class="layout">
                <Toc lib={lib.clone()} active={active} open={*menu_open} on_navigate={close_menu} />
                <main id="main" tabindex="-1">{ main }</main>
            </div>
            <PersonCards lib={lib.clone()} />
        </>
    }
}
