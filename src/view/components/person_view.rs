//! `#/person/<slug>`: who a person is, every place the article names them, and
//! who else is named alongside.

use yew::prelude::*;

use super::mention_list::{mention_item, ordinals, passage_item, Shown};
use super::people_index::other_spellings;
use crate::core::people::{passages_with, Mention};
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::reading::use_lines_language;

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
    let tr_lang = use_lines_language(t.lang);
    let Some(person) = lib.person(&props.slug) else {
        return Html::default();
    };
    let forms = tr_lang.map(|l| person.forms_in(l)).unwrap_or_default();
    let shown = Shown {
        lang: tr_lang,
        forms: &forms,
        link,
    };
    let mentions: Vec<&Mention> = lib.people.mentions_of(&person.slug).collect();
    let nth = ordinals(mentions.iter().map(|m| m.block_id.as_str()));
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
                <h2>{ format!("{} — {} ({})", t.passages_with, t.person_name(other), passages.len()) }</h2>
                <ol class="mentions passages">
                    { for passages.iter().map(|(block, ranges)| passage_item(t, lib, link, tr_lang, block, ranges)) }
                </ol>
                <p><a href={link.href(Page::Person(person.slug.clone()))}>{ t.person_name(person) }</a></p>
            </section>
        }
    });

    // The name and the line on who they are in the interface language, the
    // other two spellings beside it; under the line, for a Kazakh reader the
    // English one, for the others the Kazakh original.
    let ui = t.lang.code();
    let (other_line, other_lang) = match t.lang {
        Lang::Kk => (&person.role_en, "en"),
        Lang::Ru | Lang::En => (&person.role_kk, "kk"),
    };
    let spellings = other_spellings(t.lang, &person.name, &person.latin, &person.russian);

    html! {
        <article class="person-page" data-person={person.slug.clone()}>
            <h1 lang={ui}>{ t.person_name(person) }</h1>
            <p class="spellings">{ spellings }</p>
            <p class="role" lang={ui}>{ t.role(person) }</p>
            <p class="role-other" lang={other_lang}>{ other_line }</p>
            <p class="count">
                <span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.word(mentions.len(), &t.times) }
                { ", " }<span data-blocks={blocks.to_string()}>{ t.count(blocks, &t.paragraphs) }</span>
            </p>
            { together.unwrap_or_default() }

            <h2>{ t.mentions }</h2>
            <ol class="mentions">
                { for mentions.iter().zip(nth).map(|(m, n)| mention_item(t, lib, shown, (&m.block_id, n), m.start..m.end, m.in_name)) }
            </ol>

            if !companions.is_empty() {
                <h2>{ t.appears_with }</h2>
                <ul class="companions">
                    { for companions.iter().filter_map(|(slug, n)| lib.person(slug).map(|p| html! {
                        <li key={slug.clone()}>
                            <a href={link.href(Page::Person(slug.clone()))} data-person={slug.clone()}>{ t.person_name(p) }</a>
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
