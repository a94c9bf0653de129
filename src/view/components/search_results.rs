//! `#/search?q=…`: the results, best first, each with its section and a snippet
//! with the matched words marked; or, with none, the nearest words.

use yew::prelude::*;

use super::toc::section_label;
use crate::core::route::Route;
use crate::core::search::{snippet, Hit, MAX_QUERY_CHARS};
use crate::view::hooks::use_t::use_t;
use crate::view::lib::{use_lib, Lib};
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct SearchResultsProps {
    pub query: String,
}

/// Results listed at most; the count says how many there are in all.
const MAX_RESULTS: usize = 50;
/// Chars of a result's snippet.
const SNIPPET_CHARS: usize = 180;

#[function_component(SearchResults)]
pub fn search_results(props: &SearchResultsProps) -> Html {
    let t = use_t();
    let lib = &use_lib();
    let query = props.query.clone();
    let results = {
        let lib = lib.clone();
        use_memo(query.clone(), move |q| lib.search().search(q, MAX_RESULTS))
    };
    let truncated = props.query.chars().count() > MAX_QUERY_CHARS;

    let body = if props.query.trim().is_empty() {
        html! { <p class="search-status">{ t.search_empty }</p> }
    } else if results.hits.is_empty() {
        let suggestions = results.suggestions.iter().map(|s| {
            html! { <li><a href={Route::Search(s.clone()).to_hash()}>{ s }</a></li> }
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
                    { for results.hits.iter().map(|hit| result_item(t, lib, hit, &props.query)) }
                </ol>
            </>
        }
    };
    html! {
        <section class="search-results" data-query={props.query.clone()} aria-label={t.search_results}>
            <h1 class="visually-hidden">{ t.search_results }</h1>
            if truncated {
                <p class="notice">{ t.query_truncated }</p>
            }
            { body }
        </section>
    }
}

fn result_item(t: &Strings, lib: &Lib, hit: &Hit, query: &str) -> Html {
    let article = &lib.article;
    let section = article.section(&hit.section_id);
    let place = match section {
        Some(s) => section_label(t, s.title.as_deref()),
        None => article.bibliography.title.clone(),
    };
    // A hit in a section title shows the title; otherwise the block's text.
    let text = if hit.in_title {
        section.and_then(|s| s.title.as_deref()).unwrap_or_default()
    } else {
        lib.text_of(&hit.block_id).unwrap_or_default()
    };
    let parts = snippet(text, &hit.ranges, SNIPPET_CHARS)
        .into_iter()
        .map(|(s, lit)| {
            if lit {
                html! { <mark>{ s }</mark> }
            } else {
                html! { { s } }
            }
        });
    let href = Route::Block {
        id: hit.block_id.clone(),
        query: query.to_string(),
    }
    .to_hash();
    html! {
        <li key={hit.block_id.clone()}>
            <a class="result" href={href} data-para={hit.block_id.clone()}>
                <span class="where">{ place }</span>
                <span class="snippet">{ for parts }</span>
            </a>
        </li>
    }
}
