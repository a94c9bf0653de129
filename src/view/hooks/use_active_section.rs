//! Which section the reader is in, for the table of contents.

use yew::prelude::*;

use crate::core::article::Article;
use crate::view::dom::{self, Listener};

/// The id of the last section whose top has passed the upper third of the
/// screen. A scroll listener is enough: there are a handful of sections.
#[hook]
pub fn use_active_section(article: &Article) -> Option<String> {
    let ids: Vec<String> = article
        .sections
        .iter()
        .map(|s| s.id.clone())
        .chain(std::iter::once(article.bibliography.id.clone()))
        .collect();
    let active = use_state_eq(|| ids.first().cloned());
    {
        let active = active.clone();
        use_effect_with(ids, move |ids| {
            let ids = ids.clone();
            let update = move || {
                let Some(window) = dom::window() else { return };
                let line = window
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0)
                    / 3.0;
                let current = ids
                    .iter()
                    .rfind(|id| {
                        dom::element_by_id(id)
                            .is_some_and(|el| el.get_bounding_client_rect().top() <= line)
                    })
                    .or(ids.first())
                    .cloned();
                active.set(current);
            };
            update();
            let listener = dom::window().map(|w| Listener::new(&w, "scroll", move |_| update()));
            move || drop(listener)
        });
    }
    (*active).clone()
}
