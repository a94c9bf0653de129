//! Data that loads when a page first needs it: the places' mentions (places
//! pages) and the dates (the timeline). The first visit does not fetch them;
//! the service worker keeps them for offline use once the site is installed.

use yew::prelude::*;

use crate::view::lib::{use_lib, Lib};

/// A part of the build's data that loads on first use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Data {
    /// `mentions-places.json`: where the article names each place.
    Places,
    /// `dates.json`: the timeline, anniversaries and publication dates.
    Dates,
}

impl Data {
    /// The file, next to `index.html`.
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    pub fn file(self) -> &'static str {
        match self {
            Data::Places => "mentions-places.json",
            Data::Dates => "dates.json",
        }
    }

    fn is_loaded(self, lib: &Lib) -> bool {
        match self {
            Data::Places => lib.places.is_loaded(),
            Data::Dates => lib.has_dates(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    Ready,
    Waiting,
    Failed,
}

/// Whether `data` is here; if not, fetches it and re-renders when it is.
#[hook]
pub fn use_data(data: Data) -> Loading {
    let lib = use_lib();
    let failed = use_state_eq(|| false);
    let update = use_force_update();
    let ready = data.is_loaded(&lib);
    {
        let failed = failed.clone();
        use_effect_with((data, ready), move |&(data, ready)| {
            if !ready {
                fetch(lib, data, failed, update);
            }
        });
    }
    match (ready, *failed) {
        (true, _) => Loading::Ready,
        (false, false) => Loading::Waiting,
        (false, true) => Loading::Failed,
    }
}

#[cfg(feature = "csr")]
fn fetch(lib: Lib, data: Data, failed: UseStateHandle<bool>, update: UseForceUpdateHandle) {
    use crate::view::dom;

    yew::platform::spawn_local(async move {
        let loaded = match (dom::fetch_json(data.file()).await, data) {
            (Some(value), Data::Places) => serde_wasm_bindgen::from_value(value)
                .map(|d| lib.load_places(d))
                .is_ok(),
            (Some(value), Data::Dates) => serde_wasm_bindgen::from_value(value)
                .map(|d| lib.load_dates(d))
                .is_ok(),
            (None, _) => false,
        };
        if loaded {
            update.force_update();
        } else {
            failed.set(true);
        }
    });
}

/// Rendering at build time: the opening page loads nothing.
#[cfg(not(feature = "csr"))]
fn fetch(_: Lib, _: Data, _: UseStateHandle<bool>, _: UseForceUpdateHandle) {}
