//! A block's text with the people it names linked to their entries, and search
//! hits marked. Built from DOM nodes, never from HTML strings.

use std::ops::Range;

use yew::prelude::*;

use crate::core::library::{Highlights, Library};
use crate::core::route::Route;
use crate::core::spans::pieces;
use crate::view::strings::Strings;

/// The id of the hidden description of a person, for `aria-describedby`.
pub fn card_id(slug: &str) -> String {
    format!("card-{slug}")
}

/// The search hits to mark in one block (none when there is no search).
pub fn hits<'a>(highlights: &'a Highlights, block_id: &str) -> &'a [Range<usize>] {
    highlights.ranges.get(block_id).map_or(&[], Vec::as_slice)
}

/// Render `text` (the text of `block_id`) with name links and highlights.
pub fn linked_text(
    t: &Strings,
    lib: &Library,
    block_id: &str,
    text: &str,
    hits: &[Range<usize>],
) -> Html {
    let mentions = lib.mentions_in(block_id);
    let names: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
    let slice = |r: &Range<usize>| text.get(r.clone()).unwrap_or_default().to_string();
    pieces(text, &names, hits)
        .into_iter()
        .map(|piece| {
            let inner: Html = piece
                .parts
                .iter()
                .map(|(r, lit)| {
                    if *lit {
                        html! { <mark>{ slice(r) }</mark> }
                    } else {
                        html! { { slice(r) } }
                    }
                })
                .collect();
            let Some(mention) = piece.person.and_then(|i| mentions.get(i)) else {
                return inner;
            };
            let slug = mention.person.clone();
            let card = lib.person(&slug).map(|p| {
                let part = if mention.in_name {
                    format!(" ({})", t.part_of_a_name)
                } else {
                    String::new()
                };
                format!("{} — {}{part}", p.name, t.role(p))
            });
            html! {
                <a class="person" href={Route::Person(slug.clone()).to_hash()}
                   data-person={slug.clone()} data-card={card}
                   aria-describedby={card_id(&slug)}>{ inner }</a>
            }
        })
        .collect()
}
