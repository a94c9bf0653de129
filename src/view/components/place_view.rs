//! `#/place/<slug>`: what a place or body is, every place the article names it,
//! and the people named in the same paragraphs.

use yew::prelude::*;

use super::loading::loading_notice;
use super::mention_list::mention_item;
use crate::core::names::index::Mention;
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_data::{use_data, Data};
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[derive(Properties, PartialEq)]
pub struct PlaceProps {
    pub slug: String,
}

#[function_component(PlaceView)]
pub fn place_view(props: &PlaceProps) -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    let loading = use_data(Data::Places);
    let Some(place) = lib.place(&props.slug) else {
        return Html::default();
    };
    if let Some(notice) = loading_notice(t, loading) {
        return notice;
    }
    let mentions: Vec<&Mention> = lib.places.mentions_of(&place.slug).collect();
    let people = lib.places.named_alongside(&place.slug);

    // Under the Kazakh line, the Russian one in a Russian interface, else the English.
    let (second, second_lang) = match t.lang {
        Lang::Ru => (&place.description_ru, "ru"),
        Lang::Kk | Lang::En => (&place.description_en, "en"),
    };

    html! {
        <article class="person-page place-page" data-place={place.slug.clone()}>
            <h1>{ &place.name }</h1>
            <p class="spellings">
                <span class="kind">{ t.kind(place.kind) }</span>{ " · " }
                <span lang="en">{ &place.latin }</span>{ " · " }<span lang="ru">{ &place.russian }</span>
            </p>
            <p class="role" lang="kk">{ &place.description_kk }</p>
            <p class="role-other" lang={second_lang}>{ second }</p>
            <p class="count"><span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.word(mentions.len(), &t.times) }</p>

            <h2>{ t.mentions }</h2>
            <ol class="mentions">
                { for mentions.iter().map(|m| mention_item(t, lib, link, &m.block_id, m.start..m.end, m.in_name)) }
            </ol>

            if !people.is_empty() {
                <h2>{ t.people_here }</h2>
                <ul class="companions">
                    { for people.iter().filter_map(|(slug, n)| lib.person(slug).map(|p| html! {
                        <li key={slug.to_string()}>
                            <a href={link.href(Page::Person(slug.to_string()))} data-person={slug.to_string()}>{ &p.name }</a>
                            { format!(" ({n})") }
                        </li>
                    })) }
                </ul>
            }
            <p><a href={link.href(Page::Places)}>{ t.all_places }</a></p>
        </article>
    }
}
