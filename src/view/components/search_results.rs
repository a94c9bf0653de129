//! `#/search?q=…`: the results, best first, each with its section and a snippet
//! with the matched words marked; or, with none, the nearest words.

use yew::prelude::*;

use super::toc::part_title;
use crate::core::library::Found;
use crate::core::prefs::Lang;
use crate::core::route::Page;
use crate::core::search::{snippet, MAX_QUERY_CHARS};
use crate::core::translation::{Reading, TrLang};
use crate::view::hooks::use_route::{use_link, Link};
use crate::view::hooks::use_t::use_t;
use crate::view::lib::{use_lib, Lib};
use crate::view::reading::ReadingCtx;
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
        use_memo((query.clone(), loaded), move |(q, _)| {
            lib.search_all(q, MAX_RESULTS)
        })
    };
    let truncated = props.query.chars().count() > MAX_QUERY_CHARS;
    let shown_query: String = props.query.trim().chars().take(MAX_QUERY_CHARS).collect();

    let body = if props.query.trim().is_empty() {
        html! { <p class="search-status">{ t.search_empty }</p> }
    } else if results.hits.is_empty() {
        let suggestions = results.suggestions.iter().map(|s| {
            html! { <li><a href={link.href(Page::Search(s.clone()))}>{ s }</a></li> }
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
                    { for results.hits.iter().map(|found| result_item(t, lib, link, ui, found, &props.query)) }
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

fn result_item(t: &Strings, lib: &Lib, link: Link, ui: Lang, found: &Found, query: &str) -> Html {
    let hit = &found.hit;
    let article = &lib.article;
    let section = article.section(&hit.section_id);
    // The section's name, translated when the interface reads that language
    // and its translation is here.
    let ui_tr = match ui {
        Lang::En => Some(TrLang::En),
        Lang::Ru => Some(TrLang::Ru),
        Lang::Kk => None,
    };
    let bib = &article.bibliography;
    let place = match section {
        Some(s) => part_title(t, lib, ui_tr, &s.id, s.title.as_deref()),
        None => part_title(t, lib, ui_tr, &bib.id, Some(&bib.title)),
    };
    // A hit in a section title shows the title; otherwise the block's text.
    let text = if hit.in_title {
        section.and_then(|s| s.title.as_deref()).unwrap_or_default()
    } else {
        lib.text_of(&hit.block_id).unwrap_or_default()
    };
    let kazakh = marked(snippet(text, &hit.ranges, SNIPPET_CHARS));
    // The translation's matching words, under the Kazakh.
    let translated = found.translation.as_ref().and_then(|(lang, th)| {
        let tr = lib.translation(*lang)?;
        let text = if th.in_title {
            tr.section(&th.section_id)?
        } else {
            tr.block(&th.block_id)?
        };
        let note = match lang {
            TrLang::En => t.found_in_en,
            TrLang::Ru => t.found_in_ru,
        };
        Some(html! {
            <>
                <span class="snippet tr" lang={lang.code()}>{ marked(snippet(text, &th.ranges, SNIPPET_CHARS)) }</span>
                if found.only_in().is_some() {
                    <span class="found-in">{ note }</span>
                }
            </>
        })
    });
    // Found only in a translation the reader does not see: open it beside
    // the Kazakh; otherwise as the reader reads.
    let link = match found.only_in() {
        Some(lang) if link.reading.translation() != Some(lang) => Link {
            reading: Reading::Parallel(lang),
            ..link
        },
        _ => link,
    };
    let href = link.href(Page::Block {
        id: hit.block_id.clone(),
        query: query.to_string(),
    });
    html! {
        <li key={hit.block_id.clone()}>
            <a class="result" href={href} data-para={hit.block_id.clone()}>
                <span class="where">{ place }</span>
                <span class="snippet" lang="kk">{ kazakh }</span>
                { for translated }
            </a>
        </li>
    }
}
