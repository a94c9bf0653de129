//! Custom hooks that connect the app to browser state.

pub mod use_active_section;
pub mod use_data;
// The pages loaded on first use, and their pre-render.
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod use_lazy;
pub mod use_prefs;
pub mod use_route;
pub mod use_shortcuts;
pub mod use_t;
