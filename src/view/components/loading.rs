//! What a page shows while its data loads, or when it could not.

use yew::prelude::*;

use crate::view::hooks::use_data::Loading;
use crate::view::strings::Strings;

/// `None` when the data is ready: the page renders itself.
pub fn loading_notice(t: &Strings, loading: Loading) -> Option<Html> {
    match loading {
        Loading::Ready => None,
        Loading::Waiting => Some(html! { <p class="loading" role="status">{ t.loading }</p> }),
        Loading::Failed => {
            Some(html! { <p class="load-failed" role="alert">{ t.data_failed }</p> })
        }
    }
}
