//! One small component per file.

pub mod about;
pub mod article_view;
#[cfg(feature = "csr")] // in the Wasm loaded on first use only (`view::extras`)
pub mod cite_dialog;
pub mod downloads;
// In the Wasm loaded on first use (`view::extras`), and pre-rendered.
pub mod extras_host;
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod extras_page;
pub mod header;
pub mod hit_bar;
pub mod list_controls;
pub mod loading;
// In the Wasm loaded on first use (`view::extras`), and pre-rendered.
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod map_page;
// In the Wasm loaded on first use (`view::extras`), and pre-rendered.
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod map_svg;
pub mod mention_list;
pub mod not_found;
#[cfg(feature = "csr")] // in the Wasm loaded on first use only (`view::extras`)
pub mod note_dialog;
#[cfg(feature = "csr")] // in the Wasm loaded on first use only (`view::extras`)
pub mod notes_page;
#[cfg(feature = "csr")] // in the Wasm loaded on first use only (`view::extras`)
pub mod overlay;
// In the Wasm loaded on first use (`view::extras`), and pre-rendered.
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod overview;
pub mod people_index;
pub mod person_cards;
pub mod person_view;
pub mod place_view;
pub mod places_index;
pub mod progress;
pub mod quote_missing;
pub mod search_box;
pub mod search_results;
pub mod settings;
pub mod shortcuts_help;
pub mod timeline;
pub mod toc;
// In the Wasm loaded on first use (`view::extras`), and pre-rendered.
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod words_page;
