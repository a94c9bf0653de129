//! `#/person/<slug>`: who a person is, every place the article names them, and
//! who else is named alongside.

use yew::prelude::*;

use super::mention_list::mention_item;
use crate::core::people::{appears_with, Mention};
use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub slug: String,
}

#[function_component(PersonView)]
pub fn person_view(props: &PersonProps) -> Html {
    let t = use_t();
    let lib = &use_lib();
    let Some(person) = lib.person(&props.slug) else {
        return Html::default();
    };
    let mentions: Vec<&Mention> = lib
        .mentions
        .iter()
        .filter(|m| m.person == person.slug)
        .collect();
    let companions = appears_with(&lib.mentions, &person.slug);

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
            <p class="count"><span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.times }</p>

            <h2>{ t.mentions }</h2>
            <ol class="mentions">
                { for mentions.iter().map(|m| mention_item(t, lib, &m.block_id, m.start..m.end, m.in_name)) }
            </ol>

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
