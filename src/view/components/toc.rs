//! The table of contents: every section and the bibliography, the current one
//! marked. On a narrow screen it is a menu opened from the top bar.

use yew::prelude::*;

use crate::core::route::Route;
use crate::view::lib::Lib;
use crate::view::strings;

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub lib: Lib,
    pub active: Option<String>,
    pub open: bool,
    pub on_navigate: Callback<MouseEvent>,
}

#[function_component(Toc)]
pub fn toc(props: &TocProps) -> Html {
    let article = &props.lib.article;
    let entries = article
        .sections
        .iter()
        .map(|s| (s.id.clone(), section_label(s.title.as_deref())))
        .chain(std::iter::once((
            article.bibliography.id.clone(),
            article.bibliography.title.clone(),
        )));
    let items = entries.map(|(id, label)| {
        let current = props.active.as_deref() == Some(id.as_str());
        html! {
            <li key={id.clone()}>
                <a
                    href={Route::Section(id).to_hash()}
                    class={classes!(current.then_some("current"))}
                    aria-current={current.then_some("location")}
                    onclick={props.on_navigate.clone()}
                >{ label }</a>
            </li>
        }
    });
    html! {
        <nav id="toc" class={classes!("toc", props.open.then_some("open"))} aria-label={strings::CONTENTS}>
            <h2 class="toc-title">{ strings::CONTENTS }</h2>
            <ol>{ for items }</ol>
        </nav>
    }
}

/// The label of a section in navigation: its title, or a name for the untitled
/// opening part.
pub fn section_label(title: Option<&str>) -> String {
    title.unwrap_or(strings::OPENING_PART).to_string()
}
