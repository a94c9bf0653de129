//! Plain Rust, no browser APIs: the article model, the repair of the PDF text,
//! routes, search, people, places and dates. Everything here is tested and benchmarked natively.

pub mod anchor;
pub mod article;
pub mod cite;
pub mod dates;
pub mod export;
pub mod library;
pub mod map;
pub mod names;
pub mod notes;
pub mod order;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_patch;
pub mod people;
pub mod places;
pub mod prefs;
pub mod render;
pub mod repair;
pub mod route;
pub mod search;
pub mod spans;
pub mod text;
pub mod translation;
pub mod words;
