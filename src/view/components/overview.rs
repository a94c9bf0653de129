//! `#/overview`: one screen on who, where, when and what. The people most
//! mentioned, a small map, the timeline as a strip of decades, the most
//! frequent words, the article's length and, where there is one, its
//! abstract. Every item leads to its full page.

use yew::prelude::*;

use super::map_svg::MapSvg;
use super::words_page::{count_badge, entry_href};
use crate::core::dates::Event;
use crate::core::map::MapData;
use crate::core::names::index::SortOrder;
use crate::core::route::Page;
use crate::core::words::{body_words, Vocabulary};
use crate::view::hooks::use_data::{use_data, Data, Loading};
use crate::view::hooks::use_lazy::{use_lazy, Lazy};
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_glance, use_t};
use crate::view::lib::use_lib;

const TOP_PEOPLE: usize = 8;
const TOP_WORDS: usize = 16;
/// Words a minute, read with attention (a slow, careful pace for an
/// official text).
const WORDS_PER_MINUTE: usize = 180;

/// `(decade, events)` in time order.
fn decade_counts(events: &[Event]) -> Vec<(u16, usize)> {
    let mut out: Vec<(u16, usize)> = Vec::new();
    for e in events {
        match out.iter_mut().find(|(d, _)| *d == e.decade()) {
            Some((_, n)) => *n += 1,
            None => out.push((e.decade(), 1)),
        }
    }
    crate::core::order::sort_by_key(&mut out, |(d, _)| *d);
    out
}

#[function_component(Overview)]
pub fn overview() -> Html {
    let t = use_t();
    let link = use_link();
    let g = use_glance();
    let lib = &use_lib();
    // The timeline's dates load on first use, as on the timeline page.
    let dates = use_data(Data::Dates);
    let map = use_lazy::<MapData>("map.json", |_| ());
    let words = use_lazy::<Vocabulary>("words.json", |_| ());

    let people = lib.people.listing(SortOrder::Mentions, "", &|_| true);
    let people = people.iter().take(TOP_PEOPLE).map(|p| {
        let n = lib.people.count(&p.slug);
        html! {
            <li key={p.slug.clone()}>
                <a href={link.href(Page::Person(p.slug.clone()))}>{ t.person_name(p) }</a>
                <span class="count" data-mentions={n.to_string()}>{ n }<span class="visually-hidden">{ " " }{ t.word(n, &t.times) }</span></span>
            </li>
        }
    });

    let decades = decade_counts(lib.timeline());
    let most = decades.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    // The strip is an SVG: bar heights are attributes, so no inline styles.
    let bar_w = 44.0;
    let strip = decades.iter().enumerate().map(|(i, (d, n))| {
        let h = 50.0 * *n as f64 / most as f64;
        let x = i as f64 * bar_w;
        let label = format!("{}: {}", t.decade_label(*d), t.count(*n, &t.events_shown));
        // The count stands above the link: the link's visible words (the
        // year) are then all in its accessible name.
        html! {
            <g key={*d}>
                <text class="n" x={(x + bar_w / 2.0).to_string()} y={(66.0 - h).to_string()} aria-hidden="true">{ n }</text>
                <a href={link.href(Page::Timeline { decade: Some(*d), person: None })} aria-label={label}>
                    <rect x={(x + 6.0).to_string()} y={(70.0 - h).to_string()} width={(bar_w - 12.0).to_string()} height={h.to_string()} />
                    <text x={(x + bar_w / 2.0).to_string()} y="86" aria-hidden="true">{ d }</text>
                </a>
            </g>
        }
    });
    let strip_width = (decades.len() as f64 * bar_w).max(bar_w);

    let article_words = body_words(&lib.article).len();
    let paragraphs = lib.article.paragraphs().count();
    let minutes = article_words.div_ceil(WORDS_PER_MINUTE);

    let what = match &words {
        Lazy::Ready(v) => {
            let top = v
                .entries
                .iter()
                .filter(|e| e.person.is_none() && e.place.is_none())
                .take(TOP_WORDS)
                .map(|e| {
                    html! {
                        <li key={e.lemma.clone()} data-lemma={e.lemma.clone()}>
                            <a href={entry_href(link, e)} lang="kk">{ &e.head }</a>
                            { count_badge(t, e.count, &g.occurrences) }
                        </li>
                    }
                });
            html! { <ul class="top-words">{ for top }</ul> }
        }
        Lazy::Loading => html! { <p class="loading">{ g.loading }</p> },
        Lazy::Failed(_) => html! { <p class="load-failed">{ g.load_failed }</p> },
    };
    let lang = t.lang.code();
    let summary = match &words {
        Lazy::Ready(v) => v.abstracts.get(lang).or(v.abstracts.get("kk")).cloned(),
        _ => None,
    };
    let small_map = match &map {
        Lazy::Ready(d) => html! { <MapSvg data={d.clone()} small=true /> },
        Lazy::Loading => html! { <p class="loading">{ g.loading }</p> },
        Lazy::Failed(_) => html! { <p class="load-failed">{ g.load_failed }</p> },
    };

    html! {
        <section class="overview">
            <h1>{ g.overview }</h1>
            <p class="intro">{ g.overview_intro }</p>
            <div class="glance-grid">
                <section class="who">
                    <h2>{ g.who }</h2>
                    <ol class="top-people">{ for people }</ol>
                    <p><a href={link.href(Page::People)}>{ g.see_all }{ " → " }{ t.people }</a></p>
                </section>
                <section class="where">
                    <h2>{ g.where_ }</h2>
                    { small_map }
                    <p><a href={link.href(Page::Map { decade: None })}>{ g.open_map }{ " →" }</a></p>
                </section>
                <section class="when">
                    <h2>{ g.when }</h2>
                    if dates == Loading::Waiting {
                        <p class="loading">{ g.loading }</p>
                    } else {
                        <svg class="decade-strip" viewBox={format!("0 0 {strip_width} 90")} role="group" aria-label={t.timeline}>
                            { for strip }
                        </svg>
                    }
                    <p><a href={link.href(Page::Timeline { decade: None, person: None })}>{ t.timeline }{ " →" }</a></p>
                </section>
                <section class="what">
                    <h2>{ g.what }</h2>
                    { what }
                    <p><a href={link.href(Page::Words { word: None })}>{ g.all_words }{ " →" }</a></p>
                </section>
                if let Some(text) = summary {
                    <section class="abstract">
                        <h2>{ g.abstract_ }</h2>
                        <p>{ text }</p>
                    </section>
                }
                <section class="length">
                    <h2>{ g.length }</h2>
                    <p>
                        <a href={link.href(Page::Home)}><span data-words={article_words.to_string()}>{ article_words }</span>{ " " }{ t.word(article_words, &g.words_in_body) }</a>
                        { format!(" · {} · ~{minutes} {}", t.count(paragraphs, &t.paragraphs), g.reading_minutes) }
                    </p>
                </section>
            </div>
        </section>
    }
}
