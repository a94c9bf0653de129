//! The reading column: the article's own header, its sections and bibliography.

use yew::prelude::*;

use super::linked_text::{hits, linked_text};
use super::section_view::{Neighbour, SectionView};
use super::toc::section_label;
use crate::core::library::{Highlights, Library};
use crate::core::people::META_AUTHOR_ID;
use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    /// The block a deep link points at, highlighted.
    pub marked: Option<String>,
    /// Search hits to mark in the text.
    pub highlights: std::rc::Rc<Highlights>,
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let t = use_t();
    let lib = &use_lib();
    let article = &lib.article;
    let meta = &article.meta;
    // Sections and the bibliography form one sequence for previous/next links.
    let parts: Vec<Neighbour> = article
        .parts()
        .map(|p| Neighbour {
            id: p.id.to_string(),
            label: section_label(t, p.title),
        })
        .collect();
    let sections = article.sections.iter().enumerate().map(|(i, section)| {
        html! {
            <SectionView
                key={section.id.clone()}

                index={i}
                highlights={props.highlights.clone()}
                marked={props.marked.clone()}
                previous={i.checked_sub(1).and_then(|j| parts.get(j)).cloned()}
                next={parts.get(i + 1).cloned()}
            />
        }
    });

    html! {
        <article lang={meta.lang.clone()}>
            <header class="article-header">
                <p class="author">{ linked_text(t, lib, META_AUTHOR_ID, &meta.author, &[]) }</p>
                <p class="position">{ &meta.position }</p>
                <h1>{ &meta.title }</h1>
                <p class="dedication">{ &meta.dedication }</p>
            </header>
            { for sections }
            { bibliography(t, lib, props.marked.as_deref(), &props.highlights) }
            { for meta.ornament.as_ref().map(|o| html! { <p class="ornament" aria-hidden="true">{ o }</p> }) }
        </article>
    }
}

/// The bibliography, with its links. A plain function: it has no state of its own.
fn bibliography(t: &Strings, lib: &Library, marked: Option<&str>, highlights: &Highlights) -> Html {
    let bib = &lib.article.bibliography;
    let entries = bib.entries.iter().map(|entry| {
        let marked = marked == Some(entry.id.as_str());
        // Only web addresses become links; anything else stays text.
        let url = entry.url.as_ref().map(|url| {
            if url.starts_with("https://") || url.starts_with("http://") {
                html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a> }
            } else {
                html! { <span>{ url }</span> }
            }
        });
        html! {
            <li id={entry.id.clone()} key={entry.id.clone()} tabindex="-1"
                class={classes!(marked.then_some("marked"))}>
                { linked_text(t, lib, &entry.id, &entry.text, hits(highlights, &entry.id)) }{ " " }{ for url }
                <a class="permalink" href={Route::block(&entry.id).to_hash()}
                   aria-label={t.link_to_paragraph}></a>
            </li>
        }
    });
    html! {
        <section id={bib.id.clone()} class="part bibliography" tabindex="-1" aria-labelledby="bibliography-title">
            <h2 id="bibliography-title">{ linked_text(t, lib, &bib.id, &bib.title, hits(highlights, &bib.id)) }</h2>
            <ol>{ for entries }</ol>
        </section>
    }
}
