//! `#/people`: everyone the article names, sortable and filterable.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::library::PeopleOrder;
use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::Lib;

#[derive(Properties, PartialEq)]
pub struct PeopleIndexProps {
    pub lib: Lib,
}

/// Most characters of a filter we look at: a name is short, a paste may not be.
const MAX_FILTER_CHARS: usize = 100;

#[function_component(PeopleIndex)]
pub fn people_index(props: &PeopleIndexProps) -> Html {
    let t = use_t();
    let lib = &props.lib;
    let order = use_state(|| PeopleOrder::Name);
    let filter = use_state(String::new);

    let on_input = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value().chars().take(MAX_FILTER_CHARS).collect());
        })
    };
    let sort_button = |value: PeopleOrder, label: &'static str| {
        let order = order.clone();
        let pressed = *order == value;
        html! {
            <button type="button" aria-pressed={pressed.to_string()}
                    onclick={Callback::from(move |_| order.set(value))}>{ label }</button>
        }
    };

    let people = lib.people_listing(*order, &filter);
    let entries = people.iter().map(|p| {
        let count = lib.mention_count(&p.slug);
        html! {
            <li class="person-entry" data-person={p.slug.clone()} key={p.slug.clone()}>
                <h2><a href={Route::Person(p.slug.clone()).to_hash()}>{ &p.name }</a></h2>
                <p class="spellings"><span lang="en">{ &p.latin }</span>{ " · " }<span lang="ru">{ &p.russian }</span></p>
                <p class="role">{ t.role(p) }</p>
                <p class="count"><span data-mentions={count.to_string()}>{ count }</span>{ " " }{ t.times }</p>
            </li>
        }
    });

    html! {
        <section class="people-index">
            <h1>{ t.people }</h1>
            <p class="intro">{ t.people_intro }</p>
            <div class="people-controls">
                <label class="filter">
                    <span class="visually-hidden">{ t.filter_people }</span>
                    <input type="text" inputmode="search" autocomplete="off" spellcheck="false"
                           placeholder={t.filter_people} value={(*filter).clone()} oninput={on_input} />
                </label>
                <div class="sort" role="group" aria-label={t.sort_by}>
                    <span aria-hidden="true">{ t.sort_by }</span>
                    { sort_button(PeopleOrder::Name, t.sort_name) }
                    { sort_button(PeopleOrder::Mentions, t.sort_mentions) }
                    { sort_button(PeopleOrder::FirstAppearance, t.sort_first) }
                </div>
            </div>
            <p class="shown" role="status">{ format!("{} {}", people.len(), t.people_shown) }</p>
            if people.is_empty() {
                <p class="empty">{ t.no_people_match }</p>
            }
            <ol class="people">{ for entries }</ol>
        </section>
    }
}
