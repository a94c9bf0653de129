//! Shown for a link the article does not have: say so, show it, offer a way back.

use yew::prelude::*;

use crate::view::strings;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The unknown hash, shown as text.
    pub raw: String,
}

#[function_component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    html! {
        <section class="not-found" role="alert">
            <h1>{ strings::NOT_FOUND_TITLE }</h1>
            <p>{ strings::NOT_FOUND_TEXT }{ " " }<code>{ format!("#{}", props.raw) }</code></p>
            <p><a href="#/">{ strings::BACK_TO_ARTICLE }</a></p>
        </section>
    }
}
