//! Shown while reading a search hit: which hit this is, the previous and next
//! ones in reading order, back to the results, or close the search.

use yew::prelude::*;

use crate::core::library::Highlights;
use crate::core::route::Route;
use crate::view::hooks::use_t::use_t;

#[derive(Properties, PartialEq)]
pub struct HitBarProps {
    pub highlights: std::rc::Rc<Highlights>,
    /// The block being read.
    pub id: String,
    pub query: String,
}

#[function_component(HitBar)]
pub fn hit_bar(props: &HitBarProps) -> Html {
    let t = use_t();
    let blocks = &props.highlights.blocks;
    let at = blocks.iter().position(|b| *b == props.id);
    let to = |i: usize| {
        Route::Block {
            id: blocks[i].clone(),
            query: props.query.clone(),
        }
        .to_hash()
    };
    let prev = at.and_then(|i| i.checked_sub(1)).map(to);
    let next = at.map(|i| i + 1).filter(|&i| i < blocks.len()).map(to);
    let position = match at {
        Some(i) => format!("{} / {}", i + 1, blocks.len()),
        None => format!("– / {}", blocks.len()),
    };
    let link = |href: Option<String>,
                class: &'static str,
                label: &'static str,
                text: &'static str| match href {
        Some(href) => {
            html! { <a class={class} href={href} aria-label={label} title={label}>{ text }</a> }
        }
        None => {
            html! { <span class={classes!(class, "disabled")} aria-hidden="true">{ text }</span> }
        }
    };
    html! {
        <div class="hit-bar" role="navigation" aria-label={t.hit}>
            <a class="back" href={Route::Search(props.query.clone()).to_hash()}>{ t.back_to_results }</a>
            // The reader's text, isolated: a right-to-left mark in it stays inside.
            <span class="query">{ "«" }<bdi>{ &props.query }</bdi>{ "»" }</span>
            <span class="position">{ position }</span>
            { link(prev, "prev-hit", t.previous_hit, "↑") }
            { link(next, "next-hit", t.next_hit, "↓") }
            <a class="close" href={Route::block(&props.id).to_hash()} aria-label={t.close_search} title={t.close_search}>{ "✕" }</a>
        </div>
    }
}
