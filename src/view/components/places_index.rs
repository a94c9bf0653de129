//! `#/places`: the cities, countries, seas, routes and bodies the article
//! names, filterable by kind and name, sortable like the people index.

use yew::prelude::*;

use super::list_controls::{setter, ListControls};
use super::loading::loading_notice;
use super::people_index::other_spellings;
use crate::core::names::index::SortOrder;
use crate::core::order;
use crate::core::places::PlaceKind;
use crate::core::route::Page;
use crate::view::hooks::use_data::{use_data, Data};
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[function_component(PlacesIndex)]
pub fn places_index() -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    let order = use_state(|| SortOrder::Mentions);
    let kind = use_state(|| None::<PlaceKind>);
    let filter = use_state(String::new);
    let loading = use_data(Data::Places);
    if let Some(notice) = loading_notice(t, loading) {
        return notice;
    }

    let chip = |value: Option<PlaceKind>, label: &'static str| {
        let kind = kind.clone();
        html! {
            <button type="button" aria-pressed={(*kind == value).to_string()}
                    onclick={Callback::from(move |_| kind.set(value))}>{ label }</button>
        }
    };
    let mut kinds: Vec<PlaceKind> = lib.places.entries.iter().map(|p| p.kind).collect();
    order::sort(&mut kinds);
    kinds.dedup();

    let kind_shown = *kind;
    let places = lib
        .places
        .listing(*order, &filter, &|p| kind_shown.is_none_or(|k| p.kind == k));
    let entries = places.iter().map(|p| {
        let count = lib.places.count(&p.slug);
        html! {
            <li class="person-entry" data-place={p.slug.clone()} key={p.slug.clone()}>
                <h2><a href={link.href(Page::Place(p.slug.clone()))}>{ t.place_name(p) }</a></h2>
                <p class="spellings">
                    <span class="kind">{ t.kind(p.kind) }</span>{ " · " }
                    { other_spellings(t.lang, &p.name, &p.latin, &p.russian) }
                </p>
                <p class="role">{ t.description(p) }</p>
                <p class="count"><span data-mentions={count.to_string()}>{ count }</span>{ " " }{ t.word(count, &t.times) }</p>
            </li>
        }
    });

    html! {
        <section class="people-index places-index">
            <h1>{ t.places }</h1>
            <p class="intro">{ t.places_intro }</p>
            <ListControls filter={(*filter).clone()} on_filter={setter(&filter)}
                          placeholder={t.filter_places} order={*order} on_order={setter(&order)}>
                <div class="sort kinds" role="group" aria-label={t.places_short}>
                    { chip(None, t.all_kinds) }
                    { for kinds.iter().map(|&k| chip(Some(k), t.kind(k))) }
                </div>
            </ListControls>
            <p class="shown" role="status">{ t.count(places.len(), &t.places_shown) }</p>
            if places.is_empty() {
                <p class="empty">{ t.no_places_match }</p>
            }
            <ol class="people">{ for entries }</ol>
        </section>
    }
}
