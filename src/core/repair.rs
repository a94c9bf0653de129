//! Turns the raw PDF text into the article model, repairing page-break damage.

use super::article::Article;

/// Parse and repair the raw source text.
pub fn repair(_source: &str) -> Article {
    todo!("repair")
}
