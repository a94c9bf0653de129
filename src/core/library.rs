//! Everything the reader works with: the article, the indexes of people and of
//! places and organisations, its dates, and the search index.
//!
//! What never changes at run time (where the article names whom, the
//! timeline) is worked out at build time ([`BuildData`], written by
//! `src/bin/site/data.rs`): the browser loads it as data, the people's part
//! at start (the text links their names), the rest when a page first needs it.

use std::cell::OnceCell;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::dates::{Anniversary, Event};
use super::names::index::{NameData, NameIndex};
use super::people::Person;
use super::places::Place;
use super::prefs::Lang;
use super::search::{SearchIndex, TranslatedIndex};
use super::translation::{Abstracts, TrLang, Translation};

mod highlights;
mod results;
mod translated;
use highlights::MAX_HIGHLIGHTED_HITS;
pub use highlights::{Highlights, Step};
pub use results::{
    PartLabel, ResultItem, ResultsPage, TranslatedSnippet, MAX_RESULTS, SNIPPET_CHARS,
};
pub use translated::{AllResults, Found};

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

    pub fn person(&self, slug: &str) -> Option<&Person> {
        self.people.get(slug)
    }

    pub fn place(&self, slug: &str) -> Option<&Place> {
        self.places.get(slug)
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
