//! One index of named things: people, places and whatever comes next. The
//! entries come from a hand-curated file; where the article names them (and
//! what follows: counts, first appearances, who is named alongside) is worked
//! out once, at build time, by `src/bin/site/data.rs`, and loaded as data.
//!
//! Long (about 400 lines): the index and the data it loads, kept with the
//! one listing and counting code that people and places share.

use std::cell::OnceCell;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::order;
use crate::core::text::{skeleton, tokenize};

/// Words of an index's filter looked at; names have a few.
const MAX_FILTER_WORDS: usize = 8;

/// One place the article names an entry of an index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The entry's slug.
    pub slug: String,
    /// A paragraph or figure id, a section id (its title), a reference id, or
    /// the author line's id (see `Article::blocks`).
    pub block_id: String,
    /// Byte range in the block's text covering the name as written, suffix included.
    pub start: usize,
    pub end: usize,
    /// The name is part of the name of something else: an award, a
    /// foundation, a work, a newspaper (`«Гейдар Әлиев» орденімен`,
    /// `«Қазақстан» газеті`).
    pub in_name: bool,
}

/// What an index needs of its entries.
pub trait Named {
    fn slug(&self) -> &str;
    /// The name as the article gives it (sorted by, in Kazakh alphabet order).
    fn name(&self) -> &str;
    /// Every spelling a filter may find it by: name, Latin, Russian, aliases.
    fn spellings(&self) -> Vec<&str>;
}

/// The spellings of an entry of people or places: its name fields, then its
/// aliases.
pub fn spellings<'a>(fields: [&'a String; 3], aliases: &'a [String]) -> Vec<&'a str> {
    fields
        .into_iter()
        .chain(aliases)
        .map(String::as_str)
        .collect()
}

/// What the build works out for one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub slug: String,
    /// How many times the article names it.
    pub count: u32,
    /// Position of its first mention among the index's mentions (reading
    /// order); `None` when never named.
    pub first: Option<u32>,
    /// The people named in the same blocks (itself left out), each with the
    /// number of blocks shared, most shared first, ties in reading order.
    pub people: Vec<(String, u32)>,
}

/// What the build writes for one index: every mention in reading order and
/// each entry's figures, in the entries' order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameData {
    pub mentions: Vec<Mention>,
    pub stats: Vec<Stats>,
}

impl NameData {
    /// The figures for `mentions` of the entries `slugs`; `people` are the
    /// people's mentions, for who is named alongside.
    pub fn new<'a>(
        slugs: impl Iterator<Item = &'a str>,
        mentions: Vec<Mention>,
        people: &[Mention],
    ) -> NameData {
        let stats = slugs
            .map(|slug| {
                let count = mentions.iter().filter(|m| m.slug == slug).count();
                let first = mentions.iter().position(|m| m.slug == slug);
                Stats {
                    slug: slug.to_string(),
                    count: clamp(count),
                    first: first.map(clamp),
                    people: named_alongside(&mentions, people, slug),
                }
            })
            .collect();
        NameData { mentions, stats }
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The people named in the blocks that name `slug`, with the number of such
/// blocks each shares, most shared first (ties in reading order).
pub fn named_alongside(mentions: &[Mention], people: &[Mention], slug: &str) -> Vec<(String, u32)> {
    let mut blocks: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| m.slug == slug) {
        if !blocks.contains(&m.block_id.as_str()) {
            blocks.push(&m.block_id);
        }
    }
    let mut shared: Vec<(String, u32)> = Vec::new();
    for block in blocks {
        let mut seen: Vec<&str> = Vec::new();
        for p in people.iter().filter(|p| p.block_id == block) {
            if p.slug == slug || seen.contains(&p.slug.as_str()) {
                continue;
            }
            seen.push(&p.slug);
            match shared.iter_mut().find(|(s, _)| *s == p.slug) {
                Some((_, n)) => *n += 1,
                None => shared.push((p.slug.clone(), 1)),
            }
        }
    }
    // Stable, so equal counts keep reading order.
    order::sort_by_key(&mut shared, |(_, n)| std::cmp::Reverse(*n));
    shared
}

/// How an index is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    /// Alphabetical, in Kazakh alphabet order.
    Name,
    /// Most mentioned first.
    Mentions,
    /// In the order the article first names them.
    FirstAppearance,
}

/// The mentions, looked up by block and by entry.
#[derive(Debug, Default)]
struct Loaded {
    data: NameData,
    /// Block id → indexes into `data.mentions`.
    by_block: HashMap<String, Vec<usize>>,
    /// Slug → index into `data.stats`.
    by_slug: HashMap<String, usize>,
}

/// The entries of one index and, once loaded, where the article names them.
#[derive(Debug)]
pub struct NameIndex<E> {
    pub entries: Vec<E>,
    loaded: OnceCell<Loaded>,
}

impl<E: Named> NameIndex<E> {
    /// The entries alone: their mentions follow with [`NameIndex::load`].
    pub fn new(entries: Vec<E>) -> Self {
        NameIndex {
            entries,
            loaded: OnceCell::new(),
        }
    }

    pub fn with_data(entries: Vec<E>, data: NameData) -> Self {
        let index = NameIndex::new(entries);
        index.load(data);
        index
    }

    pub fn get(&self, slug: &str) -> Option<&E> {
        self.entries.iter().find(|e| e.slug() == slug)
    }

    /// The entries whose spellings match `filter` as [`matches`] says and
    /// that `keep` keeps, in the given order.
    pub fn listing(&self, order: SortOrder, filter: &str, keep: &dyn Fn(&E) -> bool) -> Vec<&E> {
        let mut list: Vec<&E> = self
            .entries
            .iter()
            .filter(|e| keep(e) && matches(e.spellings(), filter))
            .collect();
        order::sort_by_key(&mut list, |e| {
            let slug = e.slug();
            listing_key(
                order,
                e.name(),
                self.count(slug),
                self.first_appearance(slug),
            )
        });
        list
    }
}

impl<'a, E> IntoIterator for &'a NameIndex<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

impl<E> NameIndex<E> {
    /// The entries, in the order of their file.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where the article names the entries (once: later data is ignored).
    pub fn load(&self, data: NameData) {
        self.loaded.get_or_init(|| {
            let mut by_block: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, m) in data.mentions.iter().enumerate() {
                by_block.entry(m.block_id.clone()).or_default().push(i);
            }
            let by_slug = (data.stats.iter().enumerate())
                .map(|(i, s)| (s.slug.clone(), i))
                .collect();
            Loaded {
                data,
                by_block,
                by_slug,
            }
        });
    }

    /// The mentions are here (pages that list them wait for them).
    pub fn is_loaded(&self) -> bool {
        self.loaded.get().is_some()
    }

    /// Every mention, in reading order (none until loaded).
    pub fn mentions(&self) -> &[Mention] {
        self.loaded.get().map_or(&[], |l| &l.data.mentions)
    }

    /// The mentions inside one block, in order.
    pub fn mentions_in(&self, block_id: &str) -> Vec<&Mention> {
        let Some(l) = self.loaded.get() else {
            return Vec::new();
        };
        l.by_block
            .get(block_id)
            .map(|ix| ix.iter().map(|&i| &l.data.mentions[i]).collect())
            .unwrap_or_default()
    }

    /// The mentions of one entry, in reading order.
    pub fn mentions_of<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Mention> {
        self.mentions().iter().filter(move |m| m.slug == slug)
    }

    fn stats(&self, slug: &str) -> Option<&Stats> {
        let l = self.loaded.get()?;
        l.data.stats.get(*l.by_slug.get(slug)?)
    }

    /// How many times the article names this entry.
    pub fn count(&self, slug: &str) -> usize {
        self.stats(slug).map_or(0, |s| s.count as usize)
    }

    /// Position of the entry's first mention in reading order (`usize::MAX` if none).
    pub fn first_appearance(&self, slug: &str) -> usize {
        self.stats(slug)
            .and_then(|s| s.first)
            .map_or(usize::MAX, |n| n as usize)
    }

    /// The people named in the same blocks, most shared first.
    pub fn named_alongside(&self, slug: &str) -> &[(String, u32)] {
        self.stats(slug).map_or(&[], |s| &s.people)
    }
}

/// The Kazakh Cyrillic alphabet, in order, for sorting names.
const ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// The sort key of an index entry in the given order. One key type for every
/// listing and order keeps a single sort routine in the Wasm.
fn listing_key(order: SortOrder, name: &str, mentions: usize, first: usize) -> Vec<u32> {
    match order {
        SortOrder::Name => collation_key(name),
        SortOrder::Mentions => vec![u32::MAX - clamp(mentions)],
        SortOrder::FirstAppearance => vec![clamp(first)],
    }
}

/// A sort key that puts Kazakh letters in their alphabet order (`ә` after `а`,
/// not after `я` as code points would).
pub fn collation_key(name: &str) -> Vec<u32> {
    name.to_lowercase()
        .chars()
        .map(|c| match ALPHABET.chars().position(|a| a == c) {
            Some(i) => 0x1_0000 + i as u32,
            None => c as u32,
        })
        .collect()
}

/// Every word of the filter starts a word of one of the spellings, compared
/// by the search's phonetic key: `Aliyev`, `Алиев` and `Әлиев` all find both
/// Әлиевs, `Baku`, `Баку` and `Bakı` find Баку. An empty filter matches all.
pub fn matches(spellings: Vec<&str>, filter: &str) -> bool {
    if filter.trim().is_empty() {
        return true;
    }
    // A filter with no word in it (emoji, punctuation) matches nothing.
    let wanted = keys(filter);
    if wanted.is_empty() {
        return false;
    }
    let have: Vec<String> = spellings.into_iter().flat_map(keys).collect();
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

    #[test]
    fn filters_fold_scripts() {
        let heydar = vec!["Гейдар Әлиев", "Heydar Aliyev", "Гейдар Алиев"];
        let shokay = vec!["Мұстафа Шоқай", "Mustafa Shokay", "Мустафа Чокаев"];
        for filter in [
            "Aliyev",
            "aliev",
            "Алиев",
            "Әлиев",
            "гейд",
            "Heydar Aliyev",
            "",
        ] {
            assert!(matches(heydar.clone(), filter), "{filter}");
        }
        for filter in ["Chokay", "Шокай", "mustafa"] {
            assert!(matches(shokay.clone(), filter), "{filter}");
        }
        for filter in ["Nazarbayev", "Шоқай", "Heydar Shokay"] {
            assert!(!matches(heydar.clone(), filter), "{filter}");
        }
        // Noise never panics and matches nothing.
        assert!(!matches(heydar, &"😀".repeat(10_000)));
    }

    fn mention(slug: &str, block: &str) -> Mention {
        Mention {
            slug: slug.into(),
            block_id: block.into(),
            start: 0,
            end: 1,
            in_name: false,
        }
    }

    #[test]
    fn figures_and_people_alongside() {
        let people = vec![
            mention("a", "p1"),
            mention("b", "p1"),
            mention("a", "p2"),
            mention("c", "p2"),
            mention("c", "p3"),
            mention("b", "p3"),
            mention("c", "p3"),
        ];
        let data = NameData::new(["a", "b", "c", "d"].into_iter(), people.clone(), &people);
        let stats = |slug: &str| data.stats.iter().find(|s| s.slug == slug).unwrap().clone();
        assert_eq!(stats("c").count, 3);
        assert_eq!(stats("c").first, Some(3));
        assert_eq!(stats("d").first, None);
        // c shares p2 with a and p3 with b: one block each, in reading order.
        assert_eq!(
            stats("c").people,
            [("a".to_string(), 1), ("b".to_string(), 1)]
        );
        assert_eq!(
            stats("b").people,
            [("a".to_string(), 1), ("c".to_string(), 1)]
        );
    }
}
