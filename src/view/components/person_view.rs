//! `#/person/<slug>`: who a person is, every place the article names them, and
//! who else is named alongside.

use yew::prelude::*;

use super::toc::section_label;
use crate::core::library::Library;
use crate::core::people::{appears_with, Mention, META_AUTHOR_ID};
use crate::core::route::Route;
use crate::core::spans::window;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::Lib;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub lib: Lib,
    pub slug: String,
}

/// Chars of context on each side of a name in a snippet.
const CONTEXT_CHARS: usize = 70;

#[function_component(PersonView)]
pub fn person_view(props: &PersonProps) -> Html {
    let t = use_t();
    let lib = &props.lib;
    let Some(person) = lib.person(&props.slug) else {
        return Html::default();
    };
    let mentions: Vec<&Mention> = lib
        .mentions
        .iter()
        .filter(|m| m.person == person.slug)
        .collect();
    let companions = appears_with(&lib.mentions, &person.slug);

    html! {
        <article class="person-page" data-person={person.slug.clone()}>
            <h1>{ &person.name }</h1>
            <p class="spellings"><span lang="en">{ &person.latin }</span>{ " · " }<span lang="ru">{ &person.russian }</span></p>
            <p class="role" lang="kk">{ &person.role_kk }</p>
            <p class="role-en" lang="en">{ &person.role_en }</p>
            <p class="count"><span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.times }</p>

            <h2>{ t.mentions }</h2>
            <ol class="mentions">{ for mentions.iter().map(|m| mention_item(t, lib, m)) }</ol>

            if !companions.is_empty() {
                <h2>{ t.appears_with }</h2>
                <ul class="companions">
                    { for companions.iter().filter_map(|(slug, n)| lib.person(slug).map(|p| html! {
                        <li key={slug.clone()}>
                            <a href={Route::Person(slug.clone()).to_hash()} data-person={slug.clone()}>{ &p.name }</a>
                            { format!(" ({n})") }
                        </li>
                    })) }
                </ul>
            }
            <p><a href={Route::People.to_hash()}>{ t.all_people }</a></p>
        </article>
    }
}

/// One mention: where it is, a snippet with the name marked, a link to it.
fn mention_item(t: &Strings, lib: &Library, m: &Mention) -> Html {
    let text = lib.text_of(&m.block_id).unwrap_or_default();
    let (range, cut_before, cut_after) = window(text, m.start..m.end, CONTEXT_CHARS);
    let slice = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_string();
    let (href, place) = place_of(t, lib, &m.block_id);
    html! {
        <li>
            <a href={href} data-para={m.block_id.clone()}>
                <span class="where">{ place }</span>
                <span class="snippet">
                    { if cut_before { "…" } else { "" } }
                    { slice(range.start, m.start) }
                    <mark>{ slice(m.start, m.end) }</mark>
                    { slice(m.end, range.end) }
                    { if cut_after { "…" } else { "" } }
                </span>
            </a>
            if m.in_name {
                <span class="note">{ format!(" ({})", t.part_of_a_name) }</span>
            }
        </li>
    }
}

/// Where a block is, as a link and a label: its section, a section title, the
/// bibliography or the byline.
fn place_of(t: &Strings, lib: &Library, block_id: &str) -> (String, String) {
    let article = &lib.article;
    if block_id == META_AUTHOR_ID {
        return (Route::Home.to_hash(), t.in_byline.to_string());
    }
    if let Some(section) = article.section(block_id) {
        let label = format!(
            "{}: {}",
            t.in_title,
            section_label(t, section.title.as_deref())
        );
        return (Route::Section(section.id.clone()).to_hash(), label);
    }
    if block_id == article.bibliography.id {
        return (
            Route::Section(block_id.to_string()).to_hash(),
            t.in_bibliography.to_string(),
        );
    }
    let label = match article.section_of(block_id) {
        Some(section) => section_label(t, section.title.as_deref()),
        None => t.in_bibliography.to_string(),
    };
    (Route::block(block_id).to_hash(), label)
}
