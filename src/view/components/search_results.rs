//! `#/search?q=…`: the results, best first, each with its section and a snippet
//! with the matched words marked; or, with none, the nearest words. The page
//! is the core's (`Library::results_page`), which the small search runtime
//! shows too before the app runs.

use yew::prelude::*;

use crate::core::library::{PartLabel, ResultItem};
use crate::core::prefs::Lang;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::reading::ReadingCtx;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct SearchResultsProps {
    pub query: String,
}

#[function_component(SearchResults)]
pub fn search_results(props: &SearchResultsProps) -> Html {
    let t = use_t();
    let link = use_link();
    let lib = &use_lib();
    let query = props.query.clone();
    let ctx = use_context::<ReadingCtx>();
    let ui = use_context::<Lang>().unwrap_or_default();
    // The translations are searched too, fetched on the first search (a link
    // to results may come without the box ever having focus).
    let loaded = ctx.as_ref().map_or(0, |c| c.loaded);
    {
        let warm = ctx.as_ref().map(|c| c.warm.clone());
        use_effect_with((), move |_| {
            if let Some(w) = warm {
                w.emit(());
            }
        });
    }
    let results = {
        let lib = lib.clone();
        use_memo(
            (query.clone(), loaded, ui, link),
            move |(q, _, ui, link)| lib.results_page(q, *ui, link.reading, link.away),
        )
    };
    let truncated = results.truncated;
    let shown_query = results.query.clone();

    let body = if props.query.trim().is_empty() {
        html! { <p class="search-status">{ t.search_empty }</p> }
    } else if results.items.is_empty() {
        let suggestions = results.suggestions.iter().map(|(s, href)| {
            html! { <li><a href={href.clone()}>{ s }</a></li> }
        });
        html! {
            <>
                <p class="search-status" role="status">{ t.no_results }</p>
                if !results.suggestions.is_empty() {
                    <p>{ t.did_you_mean }</p>
                    <ul class="suggestions">{ for suggestions }</ul>
                }
            </>
        }
    } else {
        html! {
            <>
                <p class="search-status" role="status">
                    { format!("{}, {}", t.count(results.total, &t.paragraphs), t.count(results.matches, &t.matches)) }
                </p>
                <ol class="results">
                    { for results.items.iter().map(|item| result_item(t, item)) }
                </ol>
            </>
        }
    };
    html! {
        <section class="search-results" data-query={props.query.clone()} aria-label={t.search_results}>
            // The query as searched, echoed back isolated: a right-to-left
            // override in it stays inside.
            if props.query.trim().is_empty() {
                <h1 class="visually-hidden">{ t.search_results }</h1>
            } else {
                <h1 class="search-heading">
                    { t.search_results }{ ": «" }<bdi>{ shown_query }</bdi>{ "»" }
                </h1>
            }
            if truncated {
                <p class="notice">{ t.query_truncated }</p>
            }
            { body }
        </section>
    }
}

/// Marked snippet segments as HTML.
pub fn marked(parts: Vec<(String, bool)>) -> Html {
    parts
        .into_iter()
        .map(|(s, lit)| {
            if lit {
                html! { <mark>{ s }</mark> }
            } else {
                html! { { s } }
            }
        })
        .collect()
}

fn result_item(t: &Strings, item: &ResultItem) -> Html {
    let place = match &item.place {
        PartLabel::Opening => html! { <span lang={t.lang.code()}>{ t.opening_part }</span> },
        PartLabel::Bibliography => {
            html! { <span lang={t.lang.code()}>{ t.in_bibliography }</span> }
        }
        PartLabel::Title { lang, text } => html! { <span lang={*lang}>{ text.clone() }</span> },
    };
    // The translation's matching words, under the Kazakh.
    let translated = item.translation.as_ref().map(|tr| {
        let note = if tr.lang == "en" {
            t.found_in_en
        } else {
            t.found_in_ru
        };
        html! {
            <>
                <span class="snippet tr" lang={tr.lang}>{ marked(tr.parts.clone()) }</span>
                if tr.only {
                    <span class="found-in">{ note }</span>
                }
            </>
        }
    });
    html! {
        <li key={item.id.clone()}>
            <a class="result" href={item.href.clone()} data-para={item.id.clone()}>
                <span class="where">{ place }</span>
                <span class="snippet" lang="kk">{ marked(item.kazakh.clone()) }</span>
                { for translated }
            </a>
        </li>
    }
}
