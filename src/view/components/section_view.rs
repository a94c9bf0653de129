//! One section: its heading, paragraphs and figures, and links to its neighbours.

use yew::prelude::*;

use super::copy_link::CopyLink;
use super::linked_text::{hits, linked_text};
use super::toc::section_label;
use crate::core::article::Block;
use crate::core::library::{Highlights, Library};
use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::strings::Strings;

/// A neighbouring section, for the previous/next links.
#[derive(Clone, PartialEq)]
pub struct Neighbour {
    pub id: String,
    pub label: String,
}

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// Index into the article's sections.
    pub index: usize,
    pub marked: Option<String>,
    pub highlights: std::rc::Rc<Highlights>,
    pub previous: Option<Neighbour>,
    pub next: Option<Neighbour>,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionProps) -> Html {
    let t = use_t();
    let lib = &use_lib();
    let Some(section) = lib.article.sections.get(props.index) else {
        return Html::default();
    };
    let heading_id = format!("{}-title", section.id);
    let heading = section.title.as_ref().map(|title| {
        html! {
            <h2 id={heading_id.clone()}>
                { linked_text(t, lib, &section.id, title, hits(&props.highlights, &section.id)) }
                <a class="permalink" href={Route::Section(section.id.clone()).to_hash()}
                   aria-label={t.link_to_section}></a>
            </h2>
        }
    });
    // The untitled opening part is labelled for assistive technology only.
    let label = section.title.is_none().then(|| section_label(t, None));
    let labelled_by = section.title.is_some().then_some(heading_id);

    html! {
        <section id={section.id.clone()} class="part" tabindex="-1"
                 aria-label={label} aria-labelledby={labelled_by}>
            { for heading }
            { for section.blocks.iter().map(|b| block(t, lib, b, props.marked.as_deref(), &props.highlights)) }
            { section_footer(t, props.previous.as_ref(), props.next.as_ref()) }
        </section>
    }
}

fn block(
    t: &Strings,
    lib: &Library,
    block: &Block,
    marked: Option<&str>,
    highlights: &Highlights,
) -> Html {
    let id = block.id().to_string();
    let class = classes!((marked == Some(id.as_str())).then_some("marked"));
    match block {
        Block::Paragraph { text, .. } => html! {
            <div class="block" key={id.clone()}>
                <p id={id.clone()} tabindex="-1" class={class}>{ linked_text(t, lib, &id, text, hits(highlights, &id)) }</p>
                <span class="tools">
                    <a class="permalink" href={Route::block(&id).to_hash()}
                       aria-label={t.link_to_paragraph}></a>
                    <CopyLink id={id.clone()} />
                </span>
            </div>
        },
        Block::Figure { caption, .. } => html! {
            <figure key={id.clone()} id={id} tabindex="-1" class={class}>
                <figcaption><span class="visually-hidden">{ t.figure_label }{ ": " }</span>{ linked_text(t, lib, block.id(), caption, hits(highlights, block.id())) }</figcaption>
            </figure>
        },
    }
}

/// Links to the neighbouring sections. A plain function, not a component:
/// it has no state, and every component costs the Wasm its own code.
fn section_footer(t: &Strings, previous: Option<&Neighbour>, next: Option<&Neighbour>) -> Html {
    let link = |n: &Neighbour, rel: &'static str, caption: &'static str| {
        html! {
            <a class={rel} rel={rel} href={Route::Section(n.id.clone()).to_hash()}>
                <span class="caption">{ caption }</span>
                <span class="label">{ &n.label }</span>
            </a>
        }
    };
    html! {
        <footer class="section-nav">
            { for previous.map(|n| link(n, "prev", t.previous)) }
            { for next.map(|n| link(n, "next", t.next)) }
        </footer>
    }
}
