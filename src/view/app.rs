//! The App: the current route is the one piece of state; everything else is
//! derived from it and from the article, and passed down as props.

use std::rc::Rc;

use yew::prelude::*;

use super::components::article_view::ArticleView;
use super::components::header::Header;
use super::components::not_found::NotFound;
use super::components::toc::Toc;
use super::dom;
use super::hooks::use_active_section::use_active_section;
use super::hooks::use_route::use_route;
use crate::core::article::Article;
use crate::core::route::Route;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub article: Rc<Article>,
}

/// A route that names something the article does not have is "not found" too.
fn resolve(route: Route, article: &Article) -> Route {
    let known_section = |id: &str| article.section(id).is_some() || id == article.bibliography.id;
    let known_block = |id: &str| {
        article.section_of(id).is_some() || article.bibliography.entries.iter().any(|e| e.id == id)
    };
    match route {
        Route::Section(id) if !known_section(&id) => Route::NotFound(format!("/section/{id}")),
        Route::Block(id) if !known_block(&id) => Route::NotFound(format!("/p/{id}")),
        other => other,
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let article = &props.article;
    let route = resolve(use_route(), article);
    let active = use_active_section(article);
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
        _ => {
            let marked = match &route {
                Route::Block(id) => Some(id.clone()),
                _ => None,
            };
            html! { <ArticleView article={article.clone()} {marked} /> }
        }
    };

    html! {
        <>
            <Header article={article.clone()} menu_open={*menu_open} on_menu={toggle_menu} />
            <div class="layout">
                <Toc article={article.clone()} active={active} open={*menu_open} on_navigate={close_menu} />
                <main id="main" tabindex="-1">{ main }</main>
            </div>
        </>
    }
}
