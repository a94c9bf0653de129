//! One mention of a person or a place in a list: where it is, a snippet with
//! the name marked, and a link to its paragraph.

use std::ops::Range;

use yew::prelude::*;

use super::search_results::marked;
use super::toc::section_label;
use crate::core::library::Library;
use crate::core::people::META_AUTHOR_ID;
use crate::core::route::Page;
use crate::core::spans::window;
use crate::view::hooks::use_route::Link;
use crate::view::strings::Strings;

/// Chars of context on each side of a name in a snippet.
const CONTEXT_CHARS: usize = 70;

/// A list item for the name at `range` of block `block_id`.
pub fn mention_item(
    t: &Strings,
    lib: &Library,
    link: Link,
    block_id: &str,
    range: Range<usize>,
    in_name: bool,
) -> Html {
    let text = lib.text_of(block_id).unwrap_or_default();
    let (shown, cut_before, cut_after) = window(text, range.clone(), CONTEXT_CHARS);
    let slice = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_string();
    // A cut right after a full stop needs no ellipsis.
    let cut_after = cut_after && !slice(0, shown.end).ends_with(['.', '!', '?', '…']);
    let (href, place) = place_of(t, lib, link, block_id);
    html! {
        <li>
            <a href={href} data-para={block_id.to_string()}>
                <span class="where">{ place }</span>
                <span class="snippet">
                    { if cut_before { "…" } else { "" } }
                    { slice(shown.start, range.start) }
                    <mark>{ slice(range.start, range.end) }</mark>
                    { slice(range.end, shown.end) }
                    { if cut_after { "…" } else { "" } }
                </span>
            </a>
            if in_name {
                <span class="note">{ format!(" ({})", t.part_of_a_name) }</span>
            }
        </li>
    }
}

/// A list item for a whole passage with several names marked (`ranges`
/// sorted, disjoint, in block `block_id`): whole, so that every name shows.
pub fn passage_item(
    t: &Strings,
    lib: &Library,
    link: Link,
    block_id: &str,
    ranges: &[(usize, usize)],
) -> Html {
    let text = lib.text_of(block_id).unwrap_or_default();
    let parts = marked(crate::core::search::snippet(
        text,
        ranges,
        text.chars().count(),
    ));
    let (href, place) = place_of(t, lib, link, block_id);
    html! {
        <li key={block_id.to_string()}>
            <a href={href} data-para={block_id.to_string()}>
                <span class="where">{ place }</span>
                <span class="snippet">{ parts }</span>
            </a>
        </li>
    }
}

/// Where a block is, as a link and a label: its section, a section title, the
/// bibliography or the byline.
fn place_of(t: &Strings, lib: &Library, link: Link, block_id: &str) -> (String, String) {
    let article = &lib.article;
    if block_id == META_AUTHOR_ID {
        return (link.href(Page::Home), t.in_byline.to_string());
    }
    if let Some(section) = article.section(block_id) {
        let title = section_label(t, section.title.as_deref());
        let label = format!("{}: {title}", t.in_title);
        return (link.href(Page::Section(section.id.clone())), label);
    }
    if block_id == article.bibliography.id {
        let href = link.href(Page::Section(block_id.to_string()));
        return (href, t.in_bibliography.to_string());
    }
    let label = match article.section_of(block_id) {
        Some(section) => section_label(t, section.title.as_deref()),
        None => t.in_bibliography.to_string(),
    };
    (link.href(Page::block(block_id)), label)
}
