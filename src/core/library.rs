//! Everything the reader works with: the article, the indexes of people and of
//! places and organisations, its dates, and the search index.
//!
//! What never changes at run time (where the article names whom, the
//! timeline) is worked out at build time ([`BuildData`], written by
//! `src/bin/build_data.rs`): the browser loads it as data, the people's part
//! at start (the text links their names), the rest when a page first needs it.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::dates::{Anniversary, Event};
use super::names::index::{NameData, NameIndex};
use super::order;
use super::people::Person;
use super::places::Place;
use super::prefs::Lang;
use super::search::{SearchIndex, TranslatedIndex};
use super::translation::{Abstracts, Reading, TrLang, Translation};

mod translated;
pub use translated::{AllResults, Found};

/// Most hits highlighted in the text for one query.
const MAX_HIGHLIGHTED_HITS: usize = 1000;

/// A search shown in the text: where to mark words, and the blocks to step
/// through, in reading order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Highlights {
    /// Block id (or section id, for a title) → byte ranges to mark.
    pub ranges: HashMap<String, Vec<Range<usize>>>,
    /// Ids of the blocks with hits, in reading order.
    pub blocks: Vec<String>,
    /// Every marked word, in reading order: what the hit bar steps through.
    pub steps: Vec<Step>,
    /// The marks are a quoted passage (`?quote=`), not search hits.
    pub quote: bool,
    /// The quoted passage is in the translation shown, not in the Kazakh.
    pub in_translation: bool,
}

/// One marked word: the `nth` mark of the text keyed `key` (a block id, or a
/// section id for its title), reached through block `block`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub block: String,
    pub key: String,
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
}

/// The article's dates, as the timeline page shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dates {
    /// Dated events, in chronological order.
    pub events: Vec<Event>,
    /// The anniversaries it marks (`100 жылдық`), in reading order.
    pub anniversaries: Vec<Anniversary>,
    /// The bibliography's publication dates, in its order.
    pub sources: Vec<Event>,
}

/// Everything the build works out from the article and the two lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildData {
    pub people: NameData,
    pub places: NameData,
    pub dates: Dates,
}

impl BuildData {
    /// Find every mention and date: the name matcher and the date scanner run
    /// here, natively, and never in the browser.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn compute(article: &Article, people: &[Person], places: &[Place]) -> BuildData {
        use super::dates::{anniversaries, publication_dates, timeline};
        use super::people::find_mentions;
        use super::places::find_place_mentions;

        let people_mentions = find_mentions(article, people);
        let place_mentions = find_place_mentions(article, places);
        let dates = Dates {
            events: timeline(article, &people_mentions, &place_mentions),
            anniversaries: anniversaries(article, &people_mentions, &place_mentions),
            sources: publication_dates(article),
        };
        let places = NameData::new(
            places.iter().map(|p| p.slug.as_str()),
            place_mentions,
            &people_mentions,
        );
        let people = NameData::new(
            people.iter().map(|p| p.slug.as_str()),
            people_mentions.clone(),
            &people_mentions,
        );
        BuildData {
            people,
            places,
            dates,
        }
    }
}

pub struct Library {
    pub article: Article,
    /// People, with their mentions from the start (the text links them).
    pub people: NameIndex<Person>,
    /// Places and organisations; their mentions load with the places pages.
    pub places: NameIndex<Place>,
    /// Loaded with the timeline page.
    dates: OnceCell<Dates>,
    /// Built on the first search (the search box warms it on focus).
    search: OnceCell<SearchIndex>,
    /// The translations, by `TrLang::index`, set when first fetched.
    translations: [OnceCell<Translation>; 2],
    /// Their search indexes, built on the first search after that.
    translated: [OnceCell<TranslatedIndex>; 2],
    /// The abstracts in each interface language, set when first fetched.
    abstracts: [OnceCell<Abstracts>; 3],
    /// Block id → position in reading order.
    order: HashMap<String, usize>,
}

impl Library {
    /// The library as the browser starts it: the people's mentions now, the
    /// places' and the dates later ([`Library::load_places`], [`Library::load_dates`]).
    pub fn new(
        article: Article,
        people: Vec<Person>,
        places: Vec<Place>,
        mentions: NameData,
    ) -> Self {
        // The front matter first (the author line is in both).
        let ids = article.front_matter().map(|(id, _)| id);
        let order = ids
            .into_iter()
            .chain(
                article
                    .blocks()
                    .map(|b| b.id)
                    .filter(|id| !ids.contains(id)),
            )
            .enumerate()
            .map(|(i, id)| (id.to_string(), i))
            .collect();
        Library {
            people: NameIndex::with_data(people, mentions),
            places: NameIndex::new(places),
            dates: OnceCell::new(),
            search: OnceCell::new(),
            translations: Default::default(),
            translated: Default::default(),
            abstracts: Default::default(),
            order,
            article,
        }
    }

    /// Everything worked out and loaded (the build, the tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn computed(article: Article, people: Vec<Person>, places: Vec<Place>) -> Self {
        let data = BuildData::compute(&article, &people, &places);
        Library::with_build_data(article, people, places, data)
    }

    /// Everything loaded, from what the build worked out already.
    pub fn with_build_data(
        article: Article,
        people: Vec<Person>,
        places: Vec<Place>,
        data: BuildData,
    ) -> Self {
        let lib = Library::new(article, people, places, data.people);
        lib.load_places(data.places);
        lib.load_dates(data.dates);
        lib
    }

    pub fn load_places(&self, data: NameData) {
        self.places.load(data);
    }

    pub fn load_dates(&self, dates: Dates) {
        let _ = self.dates.set(dates);
    }

    /// The dates are here (the timeline waits for them).
    pub fn has_dates(&self) -> bool {
        self.dates.get().is_some()
    }

    fn dates(&self) -> &Dates {
        static NONE: Dates = Dates {
            events: Vec::new(),
            anniversaries: Vec::new(),
            sources: Vec::new(),
        };
        self.dates.get().unwrap_or(&NONE)
    }

    /// The article's dated events, in chronological order.
    pub fn timeline(&self) -> &[Event] {
        &self.dates().events
    }

    /// The anniversaries it marks (`100 жылдық`), in reading order.
    pub fn anniversaries(&self) -> &[Anniversary] {
        &self.dates().anniversaries
    }

    /// The bibliography's publication dates, in its order.
    pub fn sources(&self) -> &[Event] {
        &self.dates().sources
    }

    /// The search index, built the first time it is asked for.
    pub fn search(&self) -> &SearchIndex {
        self.search
            .get_or_init(|| SearchIndex::build(&self.article))
    }

    /// Where `query`'s hits are, for marking them in the text.
    pub fn highlights(&self, query: &str) -> Highlights {
        // No search, no index: reading must not build it.
        if query.trim().is_empty() {
            return Highlights::default();
        }
        let results = self.search().search(query, MAX_HIGHLIGHTED_HITS);
        let mut out = Highlights::default();
        for hit in results.hits {
            let key = if hit.in_title {
                hit.section_id.clone()
            } else {
                hit.block_id.clone()
            };
            let ranges = hit.ranges.iter().map(|&(a, b)| a..b);
            out.ranges.entry(key).or_default().extend(ranges);
            if !out.blocks.contains(&hit.block_id) {
                out.blocks.push(hit.block_id);
            }
        }
        order::sort_by_key(&mut out.blocks, |id| {
            self.order.get(id).copied().unwrap_or(usize::MAX)
        });
        for ranges in out.ranges.values_mut() {
            order::sort_by_key(ranges, |r| r.start);
            ranges.dedup();
        }
        // A block's title marks (it opens its section) come before its own.
        for block in &out.blocks {
            let title = self
                .article
                .section_of(block)
                .filter(|s| s.blocks.first().is_some_and(|b| b.id() == block))
                .map(|s| s.id.clone());
            for key in title.into_iter().chain([block.clone()]) {
                let marks = out.ranges.get(&key).map_or(0, Vec::len);
                out.steps.extend((0..marks).map(|nth| Step {
                    block: block.clone(),
                    key: key.clone(),
                    nth,
                }));
            }
        }
        out
    }

    pub fn person(&self, slug: &str) -> Option<&Person> {
        self.people.get(slug)
    }

    pub fn place(&self, slug: &str) -> Option<&Place> {
        self.places.get(slug)
    }

    /// The quoted passage marked in block `id`, in the Kazakh or the
    /// translation `reading` shows (see `anchor::find_quote_in`); `None` when
    /// it is no longer found there (the reader is told so).
    pub fn quote_highlights(&self, id: &str, quote: &str, reading: Reading) -> Option<Highlights> {
        let translated = reading
            .translation()
            .and_then(|l| self.translation(l)?.block(id));
        let (lang, range) =
            super::anchor::find_quote_in(reading, self.text_of(id)?, translated, quote)?;
        let mut out = Highlights {
            quote: true,
            in_translation: lang != Lang::Kk,
            ..Highlights::default()
        };
        out.ranges.insert(id.to_string(), vec![range]);
        out.blocks.push(id.to_string());
        Some(out)
    }

    /// The text of paragraph `id` in `lang`: the Kazakh, or the translation's
    /// once fetched. `None` for a translation not here yet; `Some(None)`
    /// when the block has no text in that language.
    pub fn text_in(&self, lang: Lang, id: &str) -> Option<Option<&str>> {
        match TrLang::of(lang) {
            None => Some(self.text_of(id)),
            Some(l) => Some(self.translation(l)?.block(id)),
        }
    }

    /// The text of a block, section title, reference or front-matter line, by id.
    pub fn text_of(&self, block_id: &str) -> Option<&str> {
        self.article
            .block(block_id)
            .map(|b| b.text)
            .or_else(|| self.article.front_line(block_id))
    }
}
