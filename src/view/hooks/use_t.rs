//! The interface strings in the reader's language, from context.

use yew::prelude::*;

use crate::core::prefs::Lang;
use crate::view::strings::{strings, Strings};

/// The strings for the language the App provides (Kazakh without one).
#[hook]
pub fn use_t() -> &'static Strings {
    strings(use_context::<Lang>().unwrap_or_default())
}

/// The map, words and overview strings in the reader's language.
#[hook]
pub fn use_glance() -> &'static crate::view::strings::Glance {
    crate::view::strings::glance(use_context::<Lang>().unwrap_or_default())
}

/// The editorial apparatus's strings in the reader's language.
#[hook]
pub fn use_edition() -> &'static crate::view::strings::Edition {
    crate::view::strings::edition(use_context::<Lang>().unwrap_or_default())
}
