//! `words.json`, the article's vocabulary for `#/words` (see `Context::words`).

use super::{Context, Renderer};

pub const FILE: &str = "words.json";

pub struct Words;

impl Renderer for Words {
    fn name(&self) -> &'static str {
        "the words"
    }

    fn render(&self, ctx: &Context) -> Result<String, String> {
        let words = ctx.words()?;
        let bytes = ctx.write_json(FILE, words)?;
        Ok(format!(
            "{FILE}: {} in the body, {} left out, {} entries, {} bytes",
            words.total,
            words.excluded,
            words.entries.len(),
            bytes
        ))
    }
}
