//! What the text marks: a search's words, in the Kazakh and in the
//! translation shown, or a quoted passage; and the marked words in reading
//! order, for the hit bar to step through.

use std::collections::HashMap;
use std::ops::Range;

use super::Library;
use crate::core::order;
use crate::core::prefs::Lang;
use crate::core::search::Hit;
use crate::core::translation::Reading;

/// Most hits highlighted in the text for one query.
pub(super) const MAX_HIGHLIGHTED_HITS: usize = 1000;

/// A search shown in the text: where to mark words, and the blocks to step
/// through, in reading order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Highlights {
    /// Block id (or section id, for a title) → byte ranges to mark in its
    /// Kazakh text.
    pub ranges: HashMap<String, Vec<Range<usize>>>,
    /// The same, in the translation shown (`render` marks it there).
    pub translated: HashMap<String, Vec<Range<usize>>>,
    /// Ids of the blocks with marks, in reading order.
    pub blocks: Vec<String>,
    /// Every marked word, in reading order: what the hit bar steps through.
    pub steps: Vec<Step>,
    /// The marks are a quoted passage (`?quote=`), not search hits.
    pub quote: bool,
}

/// One marked word: the `nth` `<mark>` inside the element `element` or,
/// `beside`, inside the translation beside it (`data-tr="…"`, as `render`
/// writes it), reached through block `block`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub block: String,
    pub element: String,
    pub beside: bool,
    pub nth: usize,
}

impl Highlights {
    /// The first (or, `last`, the last) step of a block.
    pub fn step_of(&self, block: &str, last: bool) -> Option<usize> {
        let mut at = self
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.block == block);
        if last {
            at.next_back().map(|(i, _)| i)
        } else {
            at.next().map(|(i, _)| i)
        }
    }

    /// Keep a hit's marks, under its block or, in a title, its section.
    fn add(&mut self, hit: Hit, translated: bool) {
        let key = match hit.in_title {
            true => hit.section_id,
            false => hit.block_id.clone(),
        };
        let into = match translated {
            true => &mut self.translated,
            false => &mut self.ranges,
        };
        into.entry(key)
            .or_default()
            .extend(hit.ranges.iter().map(|&(a, b)| a..b));
        if !self.blocks.contains(&hit.block_id) {
            self.blocks.push(hit.block_id);
        }
    }
}

/// The element holding the Kazakh marks of `key` (a block, a front-matter
/// line, or a section's title when it is not `block`), as `render` writes
/// it; a translation read alone takes the Kazakh's place.
fn element(key: &str, block: &str) -> String {
    match key == block {
        true => key.to_string(),
        false => format!("{key}-title"),
    }
}

impl Library {
    /// Where `query`'s hits are in the text `reading` shows, for marking
    /// them: in the Kazakh, and in the translation shown once it is here.
    pub fn highlights(&self, query: &str, reading: Reading) -> Highlights {
        // No search, no index: reading must not build it.
        if query.trim().is_empty() {
            return Highlights::default();
        }
        let mut out = Highlights::default();
        if reading.shows_kazakh() {
            for hit in self.search().search(query, MAX_HIGHLIGHTED_HITS).hits {
                out.add(hit, false);
            }
        }
        let index = reading.translation().and_then(|l| self.translated_index(l));
        for hit in index.map_or_else(Vec::new, |i| i.search(query, MAX_HIGHLIGHTED_HITS)) {
            out.add(hit, true);
        }
        order::sort_by_key(&mut out.blocks, |id| {
            self.order.get(id).copied().unwrap_or(usize::MAX)
        });
        for ranges in out.ranges.values_mut().chain(out.translated.values_mut()) {
            order::sort_by_key(ranges, |r| r.start);
            ranges.dedup();
        }
        // A block's title marks (it opens its section) come before its own;
        // in each, the Kazakh's before the translation's, as on the page.
        let mut steps = Vec::new();
        for block in &out.blocks {
            let title = self
                .article
                .section_of(block)
                .filter(|s| s.blocks.first().is_some_and(|b| b.id() == block))
                .map(|s| s.id.clone());
            for key in title.iter().chain([block]) {
                for (marks, translated) in [(&out.ranges, false), (&out.translated, true)] {
                    let count = marks.get(key).map_or(0, Vec::len);
                    let element = element(key, block);
                    let beside = translated && matches!(reading, Reading::Parallel(_));
                    steps.extend((0..count).map(|nth| Step {
                        block: block.clone(),
                        element: element.clone(),
                        beside,
                        nth,
                    }));
                }
            }
        }
        out.steps = steps;
        out
    }

    /// The quoted passage marked in block `id`, in the Kazakh or the
    /// translation `reading` shows (see `anchor::find_quote_in`); `None` when
    /// it is no longer found there (the reader is told so).
    pub fn quote_highlights(&self, id: &str, quote: &str, reading: Reading) -> Option<Highlights> {
        let translated = reading
            .translation()
            .and_then(|l| self.translation(l)?.block(id));
        let (lang, range) =
            crate::core::anchor::find_quote_in(reading, self.text_of(id)?, translated, quote)?;
        let mut out = Highlights {
            quote: true,
            ..Highlights::default()
        };
        let into = match lang {
            Lang::Kk => &mut out.ranges,
            _ => &mut out.translated,
        };
        into.insert(id.to_string(), vec![range]);
        out.blocks.push(id.to_string());
        Some(out)
    }
}
