//! Text handling shared by the index and queries: normalising, folding to
//! Russian-keyboard and Latin spellings, stemming and edit distance.

pub mod edit;
pub mod fold;
pub mod normalize;
pub mod stem;
mod suffixes;

pub use fold::{fold, skeleton};
pub use normalize::{is_ignorable, normalize, tokenize, Case, Token};
pub use stem::{stem, stem_folded};
