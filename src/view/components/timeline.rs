//! `#/timeline`: the article's dated events in time order, decades marked,
//! ranges drawn as spans; narrowed by decade and by person through the URL.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::loading::loading_notice;
use crate::core::dates::{by_decade, decades, Event, Precision};
use crate::core::route::Page;
use crate::core::translation::Translation;
use crate::view::hooks::use_data::{use_data, Data};
use crate::view::hooks::use_route::{use_link, Link};
use crate::view::hooks::use_t::use_t;
use crate::view::lib::{use_lib, Lib};
use crate::view::reading::use_lines_language;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub decade: Option<u16>,
    pub person: Option<String>,
    /// Go to another filter (replaces the history entry).
    pub on_filter: Callback<(Option<u16>, Option<String>)>,
}

/// The date as a reader says it: `1911–1913`, `1920, сәуір`, `24 мамыр 2005`.
fn date_label(t: &Strings, e: &Event) -> String {
    let month = |m: u8| {
        t.months
            .get(usize::from(m).wrapping_sub(1))
            .copied()
            .unwrap_or("")
    };
    match (e.precision, e.end_year, e.month, e.day) {
        (Precision::Range, Some(end), _, _) => format!("{}–{end}", e.start_year),
        (Precision::Decade, _, _, _) => t.decade_label(e.start_year),
        (Precision::Day, _, Some(m), Some(d)) => format!("{d} {} {}", month(m), e.start_year),
        (Precision::Month, _, Some(m), _) => format!("{} {}", month(m), e.start_year),
        _ => e.start_year.to_string(),
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    // The lines in the reader's translation, if any, fetched on first use;
    // the Kazakh original stays under each.
    let tr_lang = use_lines_language(t.lang);
    let dates = use_data(Data::Dates);
    if let Some(notice) = loading_notice(t, dates) {
        return notice;
    }
    let tr = tr_lang.and_then(|l| Some((l.code(), lib.translation(l)?)));
    let all = lib.timeline();
    let events: Vec<&Event> = all
        .iter()
        .filter(|e| props.decade.is_none_or(|d| e.in_decade(d)))
        .filter(|e| props.person.as_ref().is_none_or(|p| e.people.contains(p)))
        .collect();

    // People who appear in some event, in the order of their first event.
    let mut people: Vec<&str> = Vec::new();
    for slug in all.iter().flat_map(|e| &e.people) {
        if !people.contains(&slug.as_str()) {
            people.push(slug);
        }
    }
    let chip = |decade: Option<u16>, label: String| {
        let on_filter = props.on_filter.clone();
        let person = props.person.clone();
        html! {
            <button type="button" aria-pressed={(props.decade == decade).to_string()}
                    onclick={Callback::from(move |_| on_filter.emit((decade, person.clone())))}>{ label }</button>
        }
    };
    let on_person = {
        let on_filter = props.on_filter.clone();
        let decade = props.decade;
        Callback::from(move |e: yew::Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            on_filter.emit((decade, (!value.is_empty()).then_some(value)));
        })
    };

    // Decade headings between the events; a range is listed under each
    // decade it spans (all of them, or the one filtered).
    let mut items: Vec<Html> = Vec::new();
    for (decade, in_decade) in by_decade(&events) {
        if props.decade.is_some_and(|d| d != decade) {
            continue;
        }
        let label = t.decade_label(decade);
        items.push(html! { <li class="decade" key={format!("d{decade}")}><h2>{ label }</h2></li> });
        items.extend(
            in_decade
                .into_iter()
                .map(|e| event_item(t, lib, link, tr, e, decade)),
        );
    }

    html! {
        <section class="timeline-page">
            <h1>{ t.timeline }</h1>
            <p class="intro">{ t.timeline_intro }</p>
            if tr.is_some() {
                <p class="tr-notice">{ t.translation_notice }</p>
            }
            <div class="people-controls">
                <div class="sort decades" role="group" aria-label={t.decade}>
                    { chip(None, t.all_decades.to_string()) }
                    { for decades(all).into_iter().map(|d| chip(Some(d), t.decade_label(d))) }
                </div>
                <label class="setting person-filter">
                    <span class="label">{ t.person_filter }</span>
                    <select onchange={on_person}>
                        <option value="" selected={props.person.is_none()}>{ t.everyone }</option>
                        { for people.iter().filter_map(|slug| lib.person(slug).map(|p| html! {
                            <option value={p.slug.clone()} selected={props.person.as_deref() == Some(*slug)}>{ t.person_name(p) }</option>
                        })) }
                    </select>
                </label>
            </div>
            <p class="shown" role="status">{ t.count(events.len(), &t.events_shown) }</p>
            if events.is_empty() {
                <p class="empty">{ t.no_events }</p>
            }
            <ol class="timeline">{ for items }</ol>
            <Anniversaries />
        </section>
    }
}

/// One event: its date, its line (translated when there is a translation,
/// the Kazakh original under it), its people and a link into the text.
fn event_item(
    t: &Strings,
    lib: &Lib,
    link: Link,
    tr: Option<(&'static str, &Translation)>,
    e: &Event,
    decade: u16,
) -> Html {
    let line = tr.and_then(|(code, tr)| Some((code, tr.event(&e.id)?)));
    let range = e.precision == Precision::Range || e.precision == Precision::Decade;
    let span_years = e
        .end_year
        .map_or(1, |end| end.saturating_sub(e.start_year) + 1);
    html! {
        <li class={classes!("event", range.then_some("range"))} key={format!("{decade}-{}", e.id)}
            data-event={e.id.clone()} data-decade={decade.to_string()} data-year={e.start_year.to_string()}
            data-years={span_years.to_string()}>
            <span class="when">{ date_label(t, e) }</span>
            if let Some((code, line)) = line {
                <p class="what" lang={code}>{ line }</p>
                <p class="what original" lang="kk">{ &e.sentence }</p>
            } else {
                <p class="what" lang="kk">{ &e.sentence }</p>
            }
            <p class="links">
                { for e.people.iter().filter_map(|slug| lib.person(slug).map(|p| html! {
                    <a class="chip" href={link.href(Page::Person(slug.clone()))} data-person={slug.clone()}>{ t.person_name(p) }</a>
                })) }
                <a class="in-text" href={link.href(Page::block(&e.block_id))} data-para={e.block_id.clone()}>{ t.in_text }</a>
            </p>
        </li>
    }
}

/// Anniversaries are not dates: a separate list, not on the timeline.
#[function_component(Anniversaries)]
fn anniversaries() -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    if lib.anniversaries().is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2>{ t.anniversaries }</h2>
            <ul class="anniversaries">
                { for lib.anniversaries().iter().map(|a| {
                    // Whose, or what, anniversary: a person or a place or
                    // organisation in the interface language, else the
                    // article's own words (Kazakh, marked so).
                    let whose = a.subject.as_ref().and_then(|s| lib.person(s)).map(|p| html! { { t.person_name(p).to_string() } })
                        .or_else(|| a.place.as_ref().and_then(|s| lib.place(s)).map(|p| html! { { t.place_name(p).to_string() } }))
                        .or_else(|| a.phrase.clone().map(|w| html! { <span lang="kk">{ w }</span> }));
                    let count = t.count(a.years.into(), &t.years_anniversary);
                    let count = match a.year {
                        Some(y) => format!("{count} ({y})"),
                        None => count,
                    };
                    let label = match whose {
                        Some(who) => html! { <>{ who }{ " — " }{ count }</> },
                        None => html! { { count } },
                    };
                    html! {
                        <li key={a.id.clone()}>
                            <a href={link.href(Page::block(&a.block_id))} data-para={a.block_id.clone()}>{ label }</a>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
