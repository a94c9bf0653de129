//! Qazaq Reader: an offline reader for one Kazakh article.
//!
//! `core` is the model and all the logic, with no browser APIs; `view` is the Yew
//! front end on top of it: run in the browser (`csr`) and rendered to HTML at
//! build time (`ssr`). `quick` is the small search runtime: the core's search
//! alone, its own Wasm module (`search-runtime`), for the first search before
//! the app arrives.

pub mod core;

#[cfg(feature = "view")]
pub mod view;

#[cfg(feature = "csr")]
pub use view::start;

#[cfg(feature = "search-runtime")]
pub mod quick;
