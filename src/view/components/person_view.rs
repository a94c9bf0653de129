//! `#/person/<slug>`: who a person is, every place the article names them, and
//! who else is named alongside.

use yew::prelude::*;

use super::mention_list::{mention_item, passage_item};
use crate::core::people::{passages_with, Mention};
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub slug: String,
    /// Another person: list the passages naming both, both names marked.
    #[prop_or_default]
    pub with: Option<String>,
}

#[function_component(PersonView)]
pub fn person_view(props: &PersonProps) -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    let Some(person) = lib.person(&props.slug) else {
        return Html::default();
    };
    let mentions: Vec<&Mention> = lib.people.mentions_of(&person.slug).collect();
    let companions = lib.people.named_alongside(&person.slug);
    let blocks = {
        let mut ids: Vec<&str> = mentions.iter().map(|m| m.block_id.as_str()).collect();
        ids.dedup();
        ids.len()
    };
    let together = props.with.as_ref().and_then(|w| lib.person(w)).map(|other| {
        let passages = passages_with(lib.people.mentions(), &person.slug, &other.slug);
        html! {
            <section class="together" data-with={other.slug.clone()}>
                <h2>{ format!("{} — {} ({})", t.passages_with, other.name, passages.len()) }</h2>
                <ol class="mentions passages">
                    { for passages.iter().map(|(block, ranges)| passage_item(t, lib, link, block, ranges)) }
                </ol>
                <p><a href={link.href(Page::Person(person.slug.clone()))}>{ &person.name }</a></p>
            </section>
        }
    });

    // Under the Kazakh line, the Russian one in a Russian interface, else the English.
    let (second, second_lang) = match t.lang {
        Lang::Ru => (&person.role_ru, "ru"),
        Lang::Kk | Lang::En => (&person.role_en, "en"),
    };

    html! {
        <article class="person-page" data-person={person.slug.clone()}>
            <h1>{ &person.name }</h1>
            <p class="spellings"><span lang="en">{ &person.latin }</span>{ " · " }<span lang="ru">{ &person.russian }</span></p>
            <p class="role" lang="kk">{ &person.role_kk }</p>
            <p class="role-other" lang={second_lang}>{ second }</p>
            <p class="count">
                <span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.word(mentions.len(), &t.times) }
                { ", " }<span data-blocks={blocks.to_string()}>{ t.count(blocks, &t.paragraphs) }</span>
            </p>
            { together.unwrap_or_default() }

            <h2>{ t.mentions }</h2>
            <ol class="mentions">
                { for mentions.iter().map(|m| mention_item(t, lib, link, &m.block_id, m.start..m.end, m.in_name)) }
            </ol>

            if !companions.is_empty() {
                <h2>{ t.appears_with }</h2>
                <ul class="companions">
                    { for companions.iter().filter_map(|(slug, n)| lib.person(slug).map(|p| html! {
                        <li key={slug.clone()}>
                            <a href={link.href(Page::Person(slug.clone()))} data-person={slug.clone()}>{ &p.name }</a>
                            { " (" }
                            <a class="with" href={link.href(Page::PersonWith { slug: person.slug.clone(), with: slug.clone() })}
                               data-with={slug.clone()} title={t.passages_with}>{ n }</a>
                            { ")" }
                        </li>
                    })) }
                </ul>
            }
            <p><a href={link.href(Page::People)}>{ t.all_people }</a></p>
        </article>
    }
}
