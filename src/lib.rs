//! Qazaq Reader: an offline reader for one Kazakh article.
//!
//! `core` is the model and all the logic, with no browser APIs; `view` is the Yew
//! front end on top of it, built for wasm32 only.

pub mod core;

#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::start;
