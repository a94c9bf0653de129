//! One section: its heading, paragraphs and figures, and links to its neighbours.

use yew::prelude::*;

use super::copy_link::CopyLink;
use super::linked_text::{hits, linked_text};
use super::toc::section_label;
use crate::core::article::Block;
use crate::core::library::{Highlights, Library};
use crate::core::prefs::Lang;
use crate::core::route::Route;
use crate::core::translation::{Reading, TrLang, Translation};
use crate::view::hooks::use_t::use_t;
use crate::view::lib::use_lib;
use crate::view::reading::ReadingCtx;
use crate::view::strings::Strings;

/// The translation shown, with its language and how.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub lang: TrLang,
    pub text: &'a Translation,
    /// Instead of the Kazakh, not beside it.
    pub alone: bool,
}

/// What the reading context asks to show, once the translation is here.
pub fn shown<'a>(ctx: Option<&ReadingCtx>, lib: &'a Library) -> Option<Shown<'a>> {
    let reading = ctx?.reading;
    let lang = reading.translation()?;
    Some(Shown {
        lang,
        text: lib.translation(lang)?,
        alone: matches!(reading, Reading::Alone(_)),
    })
}

/// The folded abstract of the article (`article`) or of a section, in the
/// interface language. Fetched when first opened: the first visit never pays
/// for it.
pub fn abstract_box(
    t: &Strings,
    lib: &Library,
    lang: Lang,
    id: &str,
    ctx: Option<&ReadingCtx>,
) -> Html {
    let text = lib.abstract_of(lang, id);
    let want = ctx.map(|c| c.want_abstracts.clone());
    let ontoggle = Callback::from(move |_: Event| {
        if let Some(w) = &want {
            w.emit(());
        }
    });
    // Known to be missing once the language's abstracts are here.
    if text.is_none() && lib.has_abstracts(lang) {
        return Html::default();
    }
    html! {
        <details class="abstract" lang={lang.code()} {ontoggle}>
            <summary>{ t.abstract_label }</summary>
            // Not a `p`: the section's paragraphs are its text's alone.
            <div class="abstract-text">{ text.unwrap_or("…") }</div>
        </details>
    }
}

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
    let ctx = use_context::<ReadingCtx>();
    let ui = use_context::<Lang>().unwrap_or_default();
    let tr = shown(ctx.as_ref(), lib);
    let heading_id = format!("{}-title", section.id);
    let tr_title = tr.and_then(|s| Some((s, s.text.section(&section.id)?)));
    let heading = section.title.as_ref().map(|title| {
        let text = match tr_title {
            Some((s, tr)) if s.alone => html! { <span lang={s.lang.code()}>{ tr }</span> },
            _ => linked_text(
                t,
                lib,
                &section.id,
                title,
                hits(&props.highlights, &section.id),
            ),
        };
        html! {
            <>
                <h2 id={heading_id.clone()}>
                    { text }
                    <a class="permalink" href={Route::Section(section.id.clone()).to_hash()}
                       aria-label={t.link_to_section}>{ "#" }</a>
                </h2>
                if let Some((s, tr)) = tr_title.filter(|(s, _)| !s.alone) {
                    <p class="tr tr-heading" lang={s.lang.code()}>{ tr }</p>
                }
            </>
        }
    });
    // The untitled opening part is labelled for assistive technology only.
    let label = section.title.is_none().then(|| section_label(t, None));
    let labelled_by = section.title.is_some().then_some(heading_id);

    html! {
        <section id={section.id.clone()} class="part" tabindex="-1"
                 aria-label={label} aria-labelledby={labelled_by}>
            { for heading }
            { abstract_box(t, lib, ui, &section.id, ctx.as_ref()) }
            { for section.blocks.iter().map(|b| block(t, lib, b, props.marked.as_deref(), &props.highlights, tr)) }
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
    tr: Option<Shown>,
) -> Html {
    let id = block.id().to_string();
    let class = classes!((marked == Some(id.as_str())).then_some("marked"));
    // The translation of this block, if one is shown and has it.
    let tr = tr.and_then(|s| Some((s, s.text.block(&id)?)));
    let kazakh = |text: &str| match tr {
        Some((s, tr)) if s.alone => html! { <span lang={s.lang.code()}>{ tr }</span> },
        _ => linked_text(t, lib, &id, text, hits(highlights, &id)),
    };
    let beside = tr.filter(|(s, _)| !s.alone);
    match block {
        Block::Paragraph { text, .. } => html! {
            <div class={classes!("block", beside.is_some().then_some("parallel"))} key={id.clone()}>
                <p id={id.clone()} tabindex="-1" class={class}>{ kazakh(text) }</p>
                if let Some((s, tr)) = beside {
                    <p class="tr" lang={s.lang.code()}>{ tr }</p>
                }
                <span class="tools">
                    <a class="permalink" href={Route::block(&id).to_hash()}
                       aria-label={t.link_to_paragraph}>{ "¶" }</a>
                    <CopyLink id={id.clone()} />
                </span>
            </div>
        },
        Block::Figure { caption, .. } => html! {
            <figure key={id.clone()} id={id.clone()} tabindex="-1" class={class}>
                <div class="photo" aria-hidden="true">{ "📷" }</div>
                <figcaption>
                    <span class="visually-hidden">{ t.figure_label }{ ": " }</span>{ kazakh(caption) }
                    if let Some((s, tr)) = beside {
                        <span class="tr" lang={s.lang.code()}>{ tr }</span>
                    }
                </figcaption>
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
