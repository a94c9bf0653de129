//! A thin reading-progress bar. It follows scrolling by writing its own style,
//! not through component state, so scrolling never re-renders the page.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::view::dom;
use crate::view::hooks::use_t::use_t;

#[function_component(ProgressBar)]
pub fn progress_bar() -> Html {
    let t = use_t();
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with((), move |_| {
            let update = move || {
                let (Some(el), Some(w)) = (bar.cast::<web_sys::HtmlElement>(), dom::window())
                else {
                    return;
                };
                let Some(root) = w.document().and_then(|d| d.document_element()) else {
                    return;
                };
                let room = f64::from(root.scroll_height() - root.client_height());
                let done = if room > 0.0 {
                    (w.scroll_y().unwrap_or(0.0) / room).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                let _ = el
                    .style()
                    .set_property("transform", &format!("scaleX({done})"));
                let _ = el.set_attribute("aria-valuenow", &format!("{}", (done * 100.0).round()));
            };
            let update = std::rc::Rc::new(update);
            // The first measure a task later: it needs the page's layout,
            // which the task that hydrates the page has just made stale.
            let first = {
                let update = update.clone();
                gloo_timers::callback::Timeout::new(0, move || update())
            };
            let listener =
                dom::window().map(|w| EventListener::new(&w, "scroll", move |_| update()));
            move || drop((first, listener))
        });
    }
    html! {
        <div class="progress" role="progressbar" aria-label={t.reading_progress}
             aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" ref={bar}></div>
    }
}
