//! Which section the reader is in, for the table of contents.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::article::Article;
use crate::view::dom;

/// The id of the last section whose top has passed the upper third of the
/// screen. A scroll listener is enough: there are a handful of sections.
#[hook]
pub fn use_active_section(article: &Article) -> Option<String> {
    let ids: Vec<String> = article.parts().map(|p| p.id.to_string()).collect();
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
            let update = std::rc::Rc::new(update);
            // The first look a task later: it needs the layout, which the task
            // that hydrates the page has just made stale.
            let first = {
                let update = update.clone();
                gloo_timers::callback::Timeout::new(0, move || update())
            };
            let listener =
                dom::window().map(|w| EventListener::new(&w, "scroll", move |_| update()));
            move || drop((first, listener))
        });
    }
    (*active).clone()
}
