//! `#/place/<slug>`: what a place or body is, every place the article names it,
//! and the people named in the same paragraphs.

use yew::prelude::*;

use super::loading::loading_notice;
use super::mention_list::{mention_item, ordinals, Shown};
use super::people_index::other_spellings;
use crate::core::names::index::Mention;
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_data::{use_data, Data};
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::reading::use_lines_language;

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
    let tr_lang = use_lines_language(t.lang);
    let Some(place) = lib.place(&props.slug) else {
        return Html::default();
    };
    let forms = tr_lang.map(|l| place.forms_in(l)).unwrap_or_default();
    let shown = Shown {
        lang: tr_lang,
        forms: &forms,
        link,
    };
    if let Some(notice) = loading_notice(t, loading) {
        return notice;
    }
    let mentions: Vec<&Mention> = lib.places.mentions_of(&place.slug).collect();
    let nth = ordinals(mentions.iter().map(|m| m.block_id.as_str()));
    let people = lib.places.named_alongside(&place.slug);

    // As on a person's page: the interface language first, the Kazakh
    // original under it (the English for a Kazakh reader).
    let ui = t.lang.code();
    let (other_line, other_lang) = match t.lang {
        Lang::Kk => (&place.description_en, "en"),
        Lang::Ru | Lang::En => (&place.description_kk, "kk"),
    };
    let spellings = other_spellings(t.lang, &place.name, &place.latin, &place.russian);

    html! {
        <article class="person-page place-page" data-place={place.slug.clone()}>
            <h1 lang={ui}>{ t.place_name(place) }</h1>
            <p class="spellings">
                <span class="kind">{ t.kind(place.kind) }</span>{ " · " }{ spellings }
            </p>
            <p class="role" lang={ui}>{ t.description(place) }</p>
            <p class="role-other" lang={other_lang}>{ other_line }</p>
            <p class="count"><span data-mentions={mentions.len().to_string()}>{ mentions.len() }</span>{ " " }{ t.word(mentions.len(), &t.times) }</p>

            <h2>{ t.mentions }</h2>
            <ol class="mentions">
                { for mentions.iter().zip(nth).map(|(m, n)| mention_item(t, lib, shown, (&m.block_id, n), m.start..m.end, m.in_name)) }
            </ol>

            if !people.is_empty() {
                <h2>{ t.people_here }</h2>
                <ul class="companions">
                    { for people.iter().filter_map(|(slug, n)| lib.person(slug).map(|p| html! {
                        <li key={slug.to_string()}>
                            <a href={link.href(Page::Person(slug.to_string()))} data-person={slug.to_string()}>{ t.person_name(p) }</a>
                            { format!(" ({n})") }
                        </li>
                    })) }
                </ul>
            }
            <p><a href={link.href(Page::Places)}>{ t.all_places }</a></p>
        </article>
    }
}
