//! `#/people`: everyone the article names, sortable and filterable.

use yew::prelude::*;

use super::list_controls::{setter, ListControls};
use crate::core::names::index::SortOrder;
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;

#[function_component(PeopleIndex)]
pub fn people_index() -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    let order = use_state(|| SortOrder::Mentions);
    let filter = use_state(String::new);

    let people = lib.people.listing(*order, &filter, &|_| true);
    let entries = people.iter().map(|p| {
        let count = lib.people.count(&p.slug);
        html! {
            <li class="person-entry" data-person={p.slug.clone()} key={p.slug.clone()}>
                <h2><a href={link.href(Page::Person(p.slug.clone()))}>{ t.person_name(p) }</a></h2>
                <p class="spellings">{ other_spellings(t.lang, &p.name, &p.latin, &p.russian) }</p>
                <p class="role">{ t.role(p) }</p>
                <p class="count"><span data-mentions={count.to_string()}>{ count }</span>{ " " }{ t.word(count, &t.times) }</p>
            </li>
        }
    });

    html! {
        <section class="people-index">
            <h1>{ t.people }</h1>
            <p class="intro">{ t.people_intro }</p>
            <ListControls filter={(*filter).clone()} on_filter={setter(&filter)}
                          placeholder={t.filter_people} order={*order} on_order={setter(&order)} />
            <p class="shown" role="status">{ t.count(people.len(), &t.people_shown) }</p>
            if people.is_empty() {
                <p class="empty">{ t.no_people_match }</p>
            }
            <ol class="people">{ for entries }</ol>
        </section>
    }
}

/// A name's spellings other than the interface language's (which heads the
/// entry), each marked with its language: Kazakh, Latin, Russian.
pub fn other_spellings(ui: Lang, kazakh: &str, latin: &str, russian: &str) -> Html {
    let shown = [(kazakh, Lang::Kk), (latin, Lang::En), (russian, Lang::Ru)]
        .into_iter()
        .filter(|(_, l)| *l != ui)
        .enumerate()
        .map(|(i, (text, l))| {
            html! { <>{ if i > 0 { " · " } else { "" } }<span lang={l.code()}>{ text.to_string() }</span></> }
        });
    html! { <>{ for shown }</> }
}
