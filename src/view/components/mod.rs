//! One small component per file.

pub mod article_view;
pub mod header;
pub mod linked_text;
pub mod not_found;
pub mod people_index;
pub mod person_cards;
pub mod person_view;
pub mod section_view;
pub mod toc;
