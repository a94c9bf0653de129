//! The top bar: the article's short title and the menu button for narrow screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::article::Article;
use crate::view::strings;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub article: Rc<Article>,
    pub menu_open: bool,
    pub on_menu: Callback<MouseEvent>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="topbar">
            <button
                class="menu-button"
                type="button"
                aria-controls="toc"
                aria-expanded={props.menu_open.to_string()}
                onclick={props.on_menu.clone()}
            >
                <span aria-hidden="true">{ "☰ " }</span>{ strings::MENU }
            </button>
            <a class="site-title" href="#/">{ &props.article.meta.title }</a>
        </header>
    }
}
