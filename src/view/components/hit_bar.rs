//! Shown while reading a search hit: which marked word this is of all of them
//! ("3 / 17", in reading order), the previous and next ones (within the
//! paragraph, or in the paragraph before or after), back to the results, or
//! close the search.

use std::cell::Cell;

use yew::prelude::*;

use crate::core::library::Highlights;
use crate::core::route::Page;
use crate::view::dom;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::use_t;

thread_local! {
    /// Stepping back into the paragraph before lands on its last word, not
    /// its first: set by the "previous" link, read when that paragraph opens.
    static LAND_ON_LAST: Cell<bool> = const { Cell::new(false) };
}

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
    let link = use_link();
    let h = props.highlights.clone();
    let steps = &h.steps;
    // The word shown: on opening a block, its first (or last) marked word;
    // again when the marks come (a translation fetched after the link opened).
    let at = use_state(|| None::<usize>);
    {
        let at = at.clone();
        let h = h.clone();
        use_effect_with((props.id.clone(), steps.len()), move |(id, _)| {
            if h.steps.is_empty() {
                return;
            }
            let last = LAND_ON_LAST.with(|l| l.replace(false));
            let step = h.step_of(id, last);
            at.set(step);
            if let Some(s) = step.and_then(|i| h.steps.get(i)) {
                // After the route's own scroll to the block.
                let (element, beside, nth) = (s.element.clone(), s.beside, s.nth);
                gloo_timers::callback::Timeout::new(0, move || {
                    dom::show_mark(&element, beside, nth)
                })
                .forget();
            }
        });
    }
    let current = (*at).filter(|&i| steps.get(i).is_some_and(|s| s.block == props.id));

    let go = |to: Option<usize>, back: bool| -> Option<(String, Callback<MouseEvent>)> {
        let i = to?;
        let step = steps.get(i)?.clone();
        let href = link.href(Page::Block {
            id: step.block.clone(),
            query: props.query.clone(),
        });
        let same = step.block == props.id;
        let at = at.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if same {
                e.prevent_default();
                at.set(Some(i));
                dom::show_mark(&step.element, step.beside, step.nth);
            } else {
                LAND_ON_LAST.with(|l| l.set(back));
            }
        });
        Some((href, onclick))
    };
    // Not on a marked word yet (a block reached without one): the blocks around.
    let (prev, next) = match current {
        Some(i) => (i.checked_sub(1), Some(i + 1).filter(|&n| n < steps.len())),
        None => {
            let first = steps.iter().position(|s| s.block == props.id);
            (
                first.and_then(|i| i.checked_sub(1)),
                first.or(Some(0)).filter(|&n| n < steps.len()),
            )
        }
    };
    let prev = go(prev, true);
    let next = go(next, false);
    let position = match current {
        Some(i) => format!("{} / {}", i + 1, steps.len()),
        None => format!("– / {}", steps.len()),
    };
    let step_link = |target: Option<(String, Callback<MouseEvent>)>,
                     class: &'static str,
                     label: &'static str,
                     text: &'static str| match target {
        Some((href, onclick)) => {
            html! { <a class={class} href={href} {onclick} aria-label={label} title={label}>{ text }</a> }
        }
        None => {
            html! { <span class={classes!(class, "disabled")} aria-hidden="true">{ text }</span> }
        }
    };
    html! {
        <div class="hit-bar" role="navigation" aria-label={t.hit}>
            <a class="back" href={link.href(Page::Search(props.query.clone()))}>{ t.back_to_results }</a>
            // The reader's text, isolated: a right-to-left mark in it stays inside.
            <span class="query">{ "«" }<bdi>{ &props.query }</bdi>{ "»" }</span>
            <span class="position" data-step={current.map(|i| (i + 1).to_string())}
                  data-blocks={h.blocks.len().to_string()}>{ position }</span>
            { step_link(prev, "prev-hit", t.previous_hit, "↑") }
            { step_link(next, "next-hit", t.next_hit, "↓") }
            <a class="close" href={link.href(Page::block(&props.id))} aria-label={t.close_search} title={t.close_search}>{ "✕" }</a>
        </div>
    }
}
