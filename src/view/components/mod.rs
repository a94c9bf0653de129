//! One small component per file.

pub mod article_view;
pub mod header;
pub mod not_found;
pub mod section_view;
pub mod toc;
