//! Shown for a link the article does not have: say so, show it, offer a way back.

use yew::prelude::*;

use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The unknown hash, shown as text.
    pub raw: String,
}

#[function_component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    let t = use_t();
    let link = use_link();
    html! {
        <section class="not-found" role="alert">
            <h1>{ t.not_found_title }</h1>
            <p>{ t.not_found_text }{ " " }<code><bdi>{ format!("#{}", props.raw) }</bdi></code></p>
            <p><a href={link.href(Page::Home)}>{ t.back_to_article }</a></p>
        </section>
    }
}
