//! Everything the reader works with, loaded once: the article, the people and
//! the places and organisations, where the article names them, and its dates.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use super::article::Article;
use super::dates::{anniversaries, publication_dates, timeline, Anniversary, Event};
use super::people::{find_mentions, searchable_texts, Mention, Person};
use super::places::{find_place_mentions, Place, PlaceKind, PlaceMention};
use super::search::{Hit, SearchIndex, TranslatedIndex};
use super::text::{skeleton, tokenize};
use super::translation::{TrLang, Translation};
use crate::core::order;

/// Words of a people or places filter looked at; names have a few.
const MAX_FILTER_WORDS: usize = 8;

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

/// One search result: the block, with the matched words of its Kazakh text
/// (none when it was found only through a translation) and the match in a
/// translation, if any (ranges in the translated text or heading).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub hit: Hit,
    pub translation: Option<(TrLang, Hit)>,
}

impl Found {
    /// The language it was found in when the Kazakh text has none of the words.
    pub fn only_in(&self) -> Option<TrLang> {
        match &self.translation {
            Some((lang, _)) if self.hit.ranges.is_empty() => Some(*lang),
            _ => None,
        }
    }
}

/// Results of [`Library::search_all`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllResults {
    /// Kazakh hits first, best first; then translation hits, best first.
    pub hits: Vec<Found>,
    /// How many blocks matched in all.
    pub total: usize,
    /// When nothing matched: article words the reader may have meant.
    pub suggestions: Vec<String>,
}

/// How the people index, or the places index, is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleOrder {
    /// Alphabetical, in Kazakh alphabet order.
    Name,
    /// Most mentioned first.
    Mentions,
    /// In the order the article first names them.
    FirstAppearance,
}

/// Block id → indexes into a list of mentions.
fn index_by_block<'a>(block_ids: impl Iterator<Item = &'a str>) -> HashMap<String, Vec<usize>> {
    let mut by_block: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, id) in block_ids.enumerate() {
        by_block.entry(id.to_string()).or_default().push(i);
    }
    by_block
}

/// What the places index and the timeline need, worked out on first use: the
/// opening page shows neither, and the Wasm would spend its start on them.
struct Later {
    /// Every mention of a place or organisation, in reading order.
    place_mentions: Vec<PlaceMention>,
    /// Block id → indexes into `place_mentions`.
    places_by_block: HashMap<String, Vec<usize>>,
    timeline: Vec<Event>,
    anniversaries: Vec<Anniversary>,
    sources: Vec<Event>,
}

pub struct Library {
    pub article: Article,
    pub people: Vec<Person>,
    /// Every mention of a person, in reading order (the text links them, so
    /// they are found at once).
    pub mentions: Vec<Mention>,
    pub places: Vec<Place>,
    /// Built on the first search (the search box warms it on focus).
    search: OnceCell<SearchIndex>,
    later: OnceCell<Later>,
    /// The translations, by [`TrLang::index`], set when first fetched.
    translations: [OnceCell<Translation>; 2],
    /// Their search indexes, built on the first search after that.
    translated: [OnceCell<TranslatedIndex>; 2],
    /// Block id → indexes into `mentions`.
    by_block: HashMap<String, Vec<usize>>,
    /// Block id → position in reading order.
    order: HashMap<String, usize>,
}

impl Library {
    pub fn new(article: Article, people: Vec<Person>, places: Vec<Place>) -> Self {
        let mentions = find_mentions(&article, &people);
        let by_block = index_by_block(mentions.iter().map(|m| m.block_id.as_str()));
        let order = searchable_texts(&article)
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.to_string(), i))
            .collect();
        Library {
            article,
            people,
            mentions,
            places,
            search: OnceCell::new(),
            later: OnceCell::new(),
            translations: Default::default(),
            translated: Default::default(),
            by_block,
            order,
        }
    }

    /// The search index, built the first time it is asked for.
    pub fn search(&self) -> &SearchIndex {
        self.search
            .get_or_init(|| SearchIndex::build(&self.article))
    }

    /// Keeps a fetched translation (the first one given for a language wins).
    pub fn set_translation(&self, lang: TrLang, translation: Translation) {
        let _ = self.translations[lang.index()].set(translation);
    }

    /// A translation, once fetched.
    pub fn translation(&self, lang: TrLang) -> Option<&Translation> {
        self.translations[lang.index()].get()
    }

    /// The search index of a fetched translation, built on first use.
    pub fn translated_index(&self, lang: TrLang) -> Option<&TranslatedIndex> {
        let tr = self.translation(lang)?;
        Some(
            self.translated[lang.index()]
                .get_or_init(|| TranslatedIndex::build(&self.article, tr, lang)),
        )
    }

    /// Search the Kazakh text and every fetched translation. Hits in the
    /// Kazakh text come first; then blocks found only through a translation,
    /// best first. A Kazakh hit whose translation matches too carries that
    /// match, for showing both.
    pub fn search_all(&self, query: &str, limit: usize) -> AllResults {
        let kazakh = self.search().search(query, limit.max(MAX_HIGHLIGHTED_HITS));
        let mut hits: Vec<Found> = kazakh
            .hits
            .into_iter()
            .map(|hit| Found {
                hit,
                translation: None,
            })
            .collect();
        let mut total = kazakh.total;
        let mut translated: Vec<Found> = Vec::new();
        for lang in TrLang::ALL {
            let Some(index) = self.translated_index(lang) else {
                continue;
            };
            for hit in index.search(query, usize::MAX) {
                let slot = hits
                    .iter_mut()
                    .chain(translated.iter_mut())
                    .find(|f| f.hit.block_id == hit.block_id);
                match slot {
                    Some(f) => {
                        if f.translation
                            .as_ref()
                            .is_none_or(|(_, t)| hit.score > t.score)
                        {
                            f.translation = Some((lang, hit));
                        }
                    }
                    None => translated.push(Found {
                        hit: Hit {
                            ranges: Vec::new(),
                            in_title: false,
                            ..hit.clone()
                        },
                        translation: Some((lang, hit)),
                    }),
                }
            }
        }
        let score = |f: &Found| f.translation.as_ref().map_or(0.0, |(_, t)| t.score);
        order::sort_by(&mut translated, |a, b| score(b).total_cmp(&score(a)));
        total += translated.len();
        // A Kazakh "hit" that is only a typo of the query goes after the
        // blocks whose translation has the words.
        if kazakh.loose && !translated.is_empty() {
            translated.append(&mut hits);
            hits = translated;
        } else {
            hits.append(&mut translated);
        }
        hits.truncate(limit);
        let suggestions = if hits.is_empty() {
            kazakh.suggestions
        } else {
            Vec::new()
        };
        AllResults {
            hits,
            total,
            suggestions,
        }
    }

    fn later(&self) -> &Later {
        self.later.get_or_init(|| {
            let place_mentions = find_place_mentions(&self.article, &self.places);
            let places_by_block =
                index_by_block(place_mentions.iter().map(|m| m.block_id.as_str()));
            Later {
                timeline: timeline(&self.article, &self.mentions, &place_mentions),
                anniversaries: anniversaries(&self.article, &self.mentions, &place_mentions),
                sources: publication_dates(&self.article),
                place_mentions,
                places_by_block,
            }
        })
    }

    /// Every mention of a place or organisation, in reading order.
    pub fn place_mentions(&self) -> &[PlaceMention] {
        &self.later().place_mentions
    }

    /// The article's dated events, in chronological order.
    pub fn timeline(&self) -> &[Event] {
        &self.later().timeline
    }

    /// The anniversaries it marks (`100 жылдық`), in reading order.
    pub fn anniversaries(&self) -> &[Anniversary] {
        &self.later().anniversaries
    }

    /// The bibliography's publication dates, in its order.
    pub fn sources(&self) -> &[Event] {
        &self.later().sources
    }

    /// Where `query`'s hits are, for marking them in the text.
    pub fn highlights(&self, query: &str) -> Highlights {
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
        self.people.iter().find(|p| p.slug == slug)
    }

    /// The mentions inside one block, in order.
    pub fn mentions_in(&self, block_id: &str) -> Vec<&Mention> {
        self.by_block
            .get(block_id)
            .map(|ix| ix.iter().map(|&i| &self.mentions[i]).collect())
            .unwrap_or_default()
    }

    /// How many times the article names this person.
    pub fn mention_count(&self, slug: &str) -> usize {
        self.mentions.iter().filter(|m| m.person == slug).count()
    }

    /// Position of the person's first mention in reading order (`usize::MAX` if none).
    pub fn first_appearance(&self, slug: &str) -> usize {
        self.mentions
            .iter()
            .position(|m| m.person == slug)
            .unwrap_or(usize::MAX)
    }

    /// The people whose name, spellings or aliases contain `filter` (empty: all),
    /// in the given order.
    pub fn people_listing(&self, order: PeopleOrder, filter: &str) -> Vec<&Person> {
        let mut people: Vec<&Person> = self
            .people
            .iter()
            .filter(|p| person_matches(p, filter))
            .collect();
        order::sort_by_key(&mut people, |p| {
            listing_key(
                order,
                &p.name,
                self.mention_count(&p.slug),
                self.first_appearance(&p.slug),
            )
        });
        people
    }

    pub fn place(&self, slug: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.slug == slug)
    }

    /// The place mentions inside one block, in order.
    pub fn place_mentions_in(&self, block_id: &str) -> Vec<&PlaceMention> {
        let later = self.later();
        later
            .places_by_block
            .get(block_id)
            .map(|ix| ix.iter().map(|&i| &later.place_mentions[i]).collect())
            .unwrap_or_default()
    }

    /// How many times the article names this place or organisation.
    pub fn place_mention_count(&self, slug: &str) -> usize {
        self.place_mentions()
            .iter()
            .filter(|m| m.place == slug)
            .count()
    }

    /// Position of the place's first mention in reading order (`usize::MAX` if none).
    pub fn place_first_appearance(&self, slug: &str) -> usize {
        self.place_mentions()
            .iter()
            .position(|m| m.place == slug)
            .unwrap_or(usize::MAX)
    }

    /// The places of one kind (`None`: all) whose name, spellings or aliases
    /// match `filter` as in [`Library::people_listing`], in the given order.
    pub fn places_listing(
        &self,
        order: PeopleOrder,
        filter: &str,
        kind: Option<PlaceKind>,
    ) -> Vec<&Place> {
        let mut places: Vec<&Place> = self
            .places
            .iter()
            .filter(|p| kind.is_none_or(|k| p.kind == k) && place_matches(p, filter))
            .collect();
        order::sort_by_key(&mut places, |p| {
            listing_key(
                order,
                &p.name,
                self.place_mention_count(&p.slug),
                self.place_first_appearance(&p.slug),
            )
        });
        places
    }

    /// The text of a block, section title, reference or the author line, by id.
    pub fn text_of(&self, block_id: &str) -> Option<&str> {
        self.article.block(block_id).map(|b| b.text)
    }
}

/// The Kazakh Cyrillic alphabet, in order, for sorting names.
const ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// The sort key of an index entry in the given order. One key type for every
/// listing and order keeps a single sort routine in the Wasm.
fn listing_key(order: PeopleOrder, name: &str, mentions: usize, first: usize) -> Vec<u32> {
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    match order {
        PeopleOrder::Name => collation_key(name),
        PeopleOrder::Mentions => vec![u32::MAX - clamp(mentions)],
        PeopleOrder::FirstAppearance => vec![clamp(first)],
    }
}

/// A sort key that puts Kazakh letters in their alphabet order (`ә` after `а`,
/// not after `я` as code points would).
fn collation_key(name: &str) -> Vec<u32> {
    name.to_lowercase()
        .chars()
        .map(|c| match ALPHABET.chars().position(|a| a == c) {
            Some(i) => 0x1_0000 + i as u32,
            None => c as u32,
        })
        .collect()
}

/// Every word of the filter starts a word of the person's name, spellings or
/// aliases, compared by the search's phonetic key: `Aliyev`, `Алиев` and
/// `Әлиев` all find both Әлиевs.
fn person_matches(person: &Person, filter: &str) -> bool {
    let fields = [&person.name, &person.latin, &person.russian];
    fields_match(fields.into_iter().chain(&person.aliases), filter)
}

/// As [`person_matches`]: `Baku`, `Баку` and `Bakı` all find Баку.
fn place_matches(place: &Place, filter: &str) -> bool {
    let fields = [&place.name, &place.latin, &place.russian];
    fields_match(fields.into_iter().chain(&place.aliases), filter)
}

fn fields_match<'a>(fields: impl Iterator<Item = &'a String>, filter: &str) -> bool {
    if filter.trim().is_empty() {
        return true;
    }
    // A filter with no word in it (emoji, punctuation) matches nothing.
    let wanted = keys(filter);
    if wanted.is_empty() {
        return false;
    }
    let have: Vec<String> = fields.flat_map(|f| keys(f)).collect();
    wanted
        .iter()
        .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
}

/// Phonetic keys of the words of a short text (names, a filter).
fn keys(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .take(MAX_FILTER_WORDS)
        .map(|t| skeleton(&t.text))
        .filter(|k| !k.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_letters_sort_in_alphabet_order() {
        let mut names = vec!["Әзиз", "Ахмет", "Бекір", "Ілияс", "Ыбырай"];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(names, ["Ахмет", "Әзиз", "Бекір", "Ыбырай", "Ілияс"]);
    }

    fn person(name: &str, latin: &str, russian: &str) -> Person {
        Person {
            slug: "x".into(),
            name: name.into(),
            latin: latin.into(),
            russian: russian.into(),
            role_kk: String::new(),
            role_en: String::new(),
            role_ru: String::new(),
            aliases: vec![],
            aliases_ru: vec![],
            aliases_en: vec![],
        }
    }

    #[test]
    fn people_filter_folds_scripts() {
        let heydar = person("Гейдар Әлиев", "Heydar Aliyev", "Гейдар Алиев");
        let shokay = person("Мұстафа Шоқай", "Mustafa Shokay", "Мустафа Чокаев");
        for filter in [
            "Aliyev",
            "aliev",
            "Алиев",
            "Әлиев",
            "гейд",
            "Heydar Aliyev",
            "",
        ] {
            assert!(person_matches(&heydar, filter), "{filter}");
        }
        for filter in ["Chokay", "Шокай", "mustafa"] {
            assert!(person_matches(&shokay, filter), "{filter}");
        }
        for filter in ["Nazarbayev", "Шоқай", "Heydar Shokay"] {
            assert!(!person_matches(&heydar, filter), "{filter}");
        }
        // Noise never panics and matches nothing.
        assert!(!person_matches(&heydar, &"😀".repeat(10_000)));
    }
}
