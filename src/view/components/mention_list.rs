//! One mention of a person or a place in a list: where it is, a snippet with
//! the name marked, and a link to its paragraph. With a translation here
//! (the reading's, or the interface language's), the snippet is from the
//! translated paragraph, the Kazakh one under it on demand.

use std::ops::Range;

use yew::prelude::*;

use super::search_results::marked;
use super::toc::part_title;
use crate::core::library::Library;
use crate::core::people::META_AUTHOR_ID;
use crate::core::route::Page;
use crate::core::spans::{find_name, window};
use crate::core::translation::TrLang;
use crate::view::hooks::use_route::Link;
use crate::view::strings::Strings;

/// Each mention's place among the mentions of its block before it: the
/// mention lists find it again in the translation by that.
pub fn ordinals<'m>(blocks: impl IntoIterator<Item = &'m str>) -> Vec<usize> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    blocks
        .into_iter()
        .map(|b| match seen.iter_mut().find(|(s, _)| *s == b) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((b, 0));
                0
            }
        })
        .collect()
}

/// Chars of context on each side of a name in a snippet.
const CONTEXT_CHARS: usize = 70;

/// The translation a list shows its snippets in, and the forms the name
/// takes in it.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub lang: Option<TrLang>,
    pub forms: &'a [&'a str],
    /// The links, in the reading on screen.
    pub link: Link,
}

/// `text` cut to about [`CONTEXT_CHARS`] around `range`, the range marked.
fn snippet(text: &str, range: Range<usize>) -> Html {
    let (shown, cut_before, cut_after) = window(text, range.clone(), CONTEXT_CHARS);
    let slice = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_string();
    // A cut right after a full stop needs no ellipsis.
    let cut_after = cut_after && !slice(0, shown.end).ends_with(['.', '!', '?', '…']);
    html! {
        <>
            { if cut_before { "…" } else { "" } }
            { slice(shown.start, range.start) }
            if !range.is_empty() {
                <mark>{ slice(range.start, range.end) }</mark>
            }
            { slice(range.end, shown.end) }
            { if cut_after { "…" } else { "" } }
        </>
    }
}

/// A list item for the name at `range` of block `block_id`, the `nth`
/// mention of this name in that block.
pub fn mention_item(
    t: &Strings,
    lib: &Library,
    shown: Shown,
    (block_id, nth): (&str, usize),
    range: Range<usize>,
    in_name: bool,
) -> Html {
    let text = lib.text_of(block_id).unwrap_or_default();
    let kazakh = snippet(text, range);
    let translated = shown.lang.and_then(|l| {
        let tr = lib.translation(l)?;
        // A section title is a heading of its own in the translation.
        let text = tr.block(block_id).or_else(|| tr.section(block_id))?;
        // Where the translation does not write the name as the data does,
        // its opening words.
        let at = find_name(text, shown.forms.iter().copied(), nth).unwrap_or(0..0);
        Some((l, snippet(text, at)))
    });
    let (href, place) = place_of(t, lib, shown.link, shown.lang, block_id);
    html! {
        <li>
            <a href={href} data-para={block_id.to_string()}>
                <span class="where">{ place }</span>
                if let Some((l, tr)) = &translated {
                    <span class="snippet" lang={l.code()}>{ tr.clone() }</span>
                } else {
                    <span class="snippet" lang="kk">{ kazakh.clone() }</span>
                }
            </a>
            if in_name {
                <span class="note">{ format!(" ({})", t.part_of_a_name) }</span>
            }
            if translated.is_some() {
                <details class="original">
                    <summary>{ t.kazakh_original }</summary>
                    <p class="snippet" lang="kk">{ kazakh }</p>
                </details>
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
    lang: Option<TrLang>,
    block_id: &str,
    ranges: &[(usize, usize)],
) -> Html {
    let text = lib.text_of(block_id).unwrap_or_default();
    let parts = marked(crate::core::search::snippet(
        text,
        ranges,
        text.chars().count(),
    ));
    let (href, place) = place_of(t, lib, link, lang, block_id);
    html! {
        <li key={block_id.to_string()}>
            <a href={href} data-para={block_id.to_string()}>
                <span class="where">{ place }</span>
                <span class="snippet" lang="kk">{ parts }</span>
            </a>
        </li>
    }
}

/// Where a block is, as a link and a label: its section, a section title, the
/// bibliography or the byline.
fn place_of(
    t: &Strings,
    lib: &Library,
    link: Link,
    lang: Option<TrLang>,
    block_id: &str,
) -> (String, Html) {
    let article = &lib.article;
    if block_id == META_AUTHOR_ID {
        return (link.href(Page::Home), html! { { t.in_byline } });
    }
    if let Some(section) = article.section(block_id) {
        let title = part_title(t, lib, lang, &section.id, section.title.as_deref());
        let label = html! { <>{ t.in_title }{ ": " }{ title }</> };
        return (link.href(Page::Section(section.id.clone())), label);
    }
    if block_id == article.bibliography.id {
        let href = link.href(Page::Section(block_id.to_string()));
        return (href, html! { { t.in_bibliography } });
    }
    let label = match article.section_of(block_id) {
        Some(section) => part_title(t, lib, lang, &section.id, section.title.as_deref()),
        None => html! { { t.in_bibliography } },
    };
    (link.href(Page::block(block_id)), label)
}
