//! The article's dates: a timeline of dated events, the anniversaries it
//! marks, and the publication dates of its sources.
//!
//! Every date is found in the text as written (see [`scan`]); an event is the
//! date with the sentence that carries it and the people and places named in
//! that sentence.
//!
//! Long (about 400 lines) because the scanner's rules and the three lists built
//! from them share their helpers; the date grammar itself is in `dates/`.

mod about;
mod scan;
mod sentence;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::index::Mention;
use super::people::searchable_texts;
pub use scan::KAZAKH_MONTHS;
use scan::{scan, Hit, Kind};
use sentence::{clause_around, readable_line, sentence_around, sentences, trimmed};

/// Longest line of text shown with an event, in chars.
pub const MAX_LINE_CHARS: usize = 220;

/// How exact a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// `1991 жылы`.
    Year,
    /// `1920 жылдың сәуір айында`.
    Month,
    /// `2005 жылдың 24 мамыры`.
    Day,
    /// `1911-1913 жылдары`: `start_year` to `end_year`.
    Range,
    /// `1990 жылдардың басында`: ten years from `start_year`.
    Decade,
}

/// One date the text gives, with what is said there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: the block's id and the date's number in it (`p19-2`).
    pub id: String,
    pub start_year: u16,
    /// The last year of a range (`1913` of `1911-1913`) or a decade (`1999`).
    pub end_year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: Precision,
    pub block_id: String,
    /// Byte range of the date as written in the block's text.
    pub start: usize,
    pub end: usize,
    /// The sentence carrying the date, on one line of at most
    /// [`MAX_LINE_CHARS`] chars, cut with `…` around the date if longer.
    pub sentence: String,
    /// Slugs of the people the event is about, in order: those named in its
    /// sentence (names inside other names, such as awards, left out), or
    /// else those a pronoun points back to or the paragraph goes on to name
    /// (see `dates/about.rs`).
    pub people: Vec<String>,
    /// Slugs of the places and organisations named in that sentence, in order
    /// (names inside titles left out).
    pub places: Vec<String>,
}

impl Event {
    /// The decade the event starts in (`1910` for `1911-1913`).
    pub fn decade(&self) -> u16 {
        self.start_year / 10 * 10
    }

    /// Every decade the event spans, in order: `1920` and `1930` for
    /// `1929-1939`, only `1990` for `1990 жылдары` (1990–1999).
    pub fn decades(&self) -> impl Iterator<Item = u16> {
        let last = self
            .end_year
            .unwrap_or(self.start_year)
            .max(self.start_year)
            / 10
            * 10;
        (self.decade()..=last).step_by(10)
    }

    /// Whether the event falls in, or spans, the decade starting `decade`.
    pub fn in_decade(&self, decade: u16) -> bool {
        self.decades().any(|d| d == decade)
    }

    /// Chronological order: by year, then month, then day, a date without a
    /// month before the dated months of its year.
    fn chronology(&self) -> (u16, u8, u8) {
        (
            self.start_year,
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

/// A count of years the text celebrates (`Абайдың 150 жылдық мерейтойы`):
/// not a date, so not on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anniversary {
    /// Stable id: the block's id, `a` and the number in it (`p27-a3`).
    pub id: String,
    /// How many years: `150`.
    pub years: u16,
    /// The year it was marked in, when the same clause gives it
    /// (`1973 жылы ... Нәсимидің 600 жылдық`).
    pub year: Option<u16>,
    pub block_id: String,
    /// Byte range of `150 жылдық` as written.
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    /// Slug of the person whose anniversary it is: named last before it in
    /// the same clause (`Абайдың 150 жылдық` → `abai`).
    pub subject: Option<String>,
    /// With no person: slug of the place or organisation named last before it
    /// in the clause (`ӘДР-дің құрылғанына 100 жыл толған`).
    pub place: Option<String>,
    /// What is marked, as the article words it, when the word right before
    /// the count is a genitive naming no one (`Әзербайжан
    /// дипломатиясының 100 жылдық` → `Әзербайжан дипломатиясы`). Wins over
    /// `subject` and `place`, which are then `None`.
    pub phrase: Option<String>,
}

/// Every dated event of the article (not its bibliography), in chronological
/// order; events of the same date keep reading order.
pub fn timeline(article: &Article, people: &[Mention], places: &[Mention]) -> Vec<Event> {
    let mut events = events_in(article_texts(article), false, people, places);
    // Stable: the same date keeps reading order.
    super::order::sort_by_key(&mut events, Event::chronology);
    events
}

/// The publication dates of the bibliography entries (`28 декабря 2017
/// года`, `2004`), in the entries' order: when sources appeared, not events
/// of the story.
pub fn publication_dates(article: &Article) -> Vec<Event> {
    let entries = article
        .bibliography
        .entries
        .iter()
        .map(|r| (r.id.as_str(), r.text.as_str()))
        .collect();
    events_in(entries, true, &[], &[])
}

/// The decades the events fall in or span, in order, each once.
pub fn decades(events: &[Event]) -> Vec<u16> {
    let mut decades: Vec<u16> = events.iter().flat_map(Event::decades).collect();
    super::order::sort(&mut decades);
    decades.dedup();
    decades
}

/// The events under each decade heading, decades in order: an event that
/// spans several decades (`1929-1939`) is listed under each; within a decade
/// the events keep their given (chronological) order.
pub fn by_decade<'a>(events: &[&'a Event]) -> Vec<(u16, Vec<&'a Event>)> {
    let mut all: Vec<u16> = events.iter().flat_map(|e| e.decades()).collect();
    super::order::sort(&mut all);
    all.dedup();
    all.into_iter()
        .map(|d| {
            (
                d,
                events.iter().copied().filter(|e| e.in_decade(d)).collect(),
            )
        })
        .collect()
}

/// Every anniversary the article marks, in reading order.
pub fn anniversaries(
    article: &Article,
    people: &[Mention],
    places: &[Mention],
) -> Vec<Anniversary> {
    let mut out = Vec::new();
    for (block_id, text) in article_texts(article) {
        let hits = scan(text, false);
        let mut n = 0;
        for hit in &hits {
            let Kind::Anniversary { years } = hit.kind else {
                continue;
            };
            n += 1;
            let sentence = sentence_around(text, hit.range.clone());
            let clause = clause_around(text, sentence.clone(), hit.range.clone());
            let within = |r: &Range<usize>| clause.start <= r.start && r.end <= clause.end;
            let year = hits
                .iter()
                .filter(|h| within(&h.range))
                .filter_map(|h| match h.kind {
                    Kind::Date(date) => Some((h.range.start.abs_diff(hit.range.start), date)),
                    Kind::Anniversary { .. } => None,
                })
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, date)| date.start_year);
            let before = |start: usize, end: usize, other: &str| {
                other == block_id && end <= hit.range.start && within(&(start..end))
            };
            // A genitive owner naming a person (`Нәсимидің`, `«Манас»
            // эпосының`) leaves the subject to the person; one naming only a
            // place or nothing (`Әзербайжан дипломатиясының`) is the phrase,
            // unless the genitive is the place's own name.
            let owner = genitive_before(text, clause.start, hit.range.start);
            let inside =
                |o: &Owner, start: usize, end: usize| o.start <= start && end <= o.word.end;
            let names_person = |o: &Owner| {
                people
                    .iter()
                    .any(|m| m.block_id == block_id && inside(o, m.start, m.end))
            };
            let is_place = |o: &Owner| {
                places.iter().any(|m| {
                    m.block_id == block_id && m.start <= o.word.start && o.word.end <= m.end
                })
            };
            let phrase = owner
                .filter(|o| !names_person(o) && !is_place(o))
                .map(|o| owner_phrase(text, o));
            let subject = people
                .iter()
                .rfind(|m| phrase.is_none() && before(m.start, m.end, &m.block_id))
                .map(|m| m.slug.clone());
            let place = places
                .iter()
                .rfind(|m| {
                    phrase.is_none()
                        && subject.is_none()
                        && !m.in_name
                        && before(m.start, m.end, &m.block_id)
                })
                .map(|m| m.slug.clone());
            out.push(Anniversary {
                id: format!("{block_id}-a{n}"),
                years,
                year,
                block_id: block_id.to_string(),
                start: hit.range.start,
                end: hit.range.end,
                sentence: readable_line(text, sentence, hit.range.clone(), MAX_LINE_CHARS),
                subject,
                place,
                phrase,
            });
        }
    }
    out
}

/// Genitive endings: the word before a count that owns it ends so.
const GENITIVE: [&str; 6] = ["ның", "нің", "дың", "дің", "тың", "тің"];

/// The word right before `at` (within `from..at`) when it is a genitive, with
/// the capitalised words right before it (a proper name it belongs to).
struct Owner {
    /// The genitive word.
    word: Range<usize>,
    /// From the first capitalised word before it, or the word itself.
    start: usize,
}

fn genitive_before(text: &str, from: usize, at: usize) -> Option<Owner> {
    // Whitespace-separated tokens of `from..at`, with their starts.
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text[from..at].char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                tokens.push((from + s, &text[from + s..from + i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push((from + s, &text[from + s..at]));
    }
    let (word_start, word) = tokens.pop()?;
    let letters = word.chars().all(char::is_alphabetic);
    if !letters || word.chars().count() <= 4 || !GENITIVE.iter().any(|g| word.ends_with(g)) {
        return None;
    }
    // A proper name before it, maybe quoted: `Әзербайжан`, `«Манас»`.
    let mut first = word_start;
    while let Some((s, token)) = tokens.pop() {
        let bare = token.trim_matches(['«', '»', '"', '“', '”']);
        let name = bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphanumeric);
        if !name {
            break;
        }
        first = s;
    }
    Some(Owner {
        word: word_start..word_start + word.len(),
        start: first,
    })
}

/// The owner as a reader names it: the genitive ending dropped.
fn owner_phrase(text: &str, owner: Owner) -> String {
    let word = &text[owner.word.clone()];
    let stem = GENITIVE
        .iter()
        .find_map(|g| word.strip_suffix(g))
        .unwrap_or(word);
    format!("{}{stem}", &text[owner.start..owner.word.start])
}

/// The texts that tell the story: titles, paragraphs and the caption, not
/// the bibliography.
fn article_texts(article: &Article) -> Vec<(&str, &str)> {
    let bibliography = &article.bibliography;
    let in_bibliography =
        |id: &str| id == bibliography.id || bibliography.entries.iter().any(|r| r.id == id);
    searchable_texts(article)
        .into_iter()
        .filter(|(id, _)| !in_bibliography(id))
        .collect()
}

/// The events of `texts`; in `sources` (bibliography entries) a bare year is
/// a date, and the line shown is the whole entry, whose stops are not
/// sentence ends (`Т.2. - Алматы`).
fn events_in(
    texts: Vec<(&str, &str)>,
    sources: bool,
    people: &[Mention],
    places: &[Mention],
) -> Vec<Event> {
    let mut events = Vec::new();
    for (block_id, text) in texts {
        let dates = scan(text, sources).into_iter().filter_map(|h| match h {
            Hit {
                kind: Kind::Date(date),
                range,
            } => Some((date, range)),
            Hit { .. } => None,
        });
        for (n, (date, range)) in dates.enumerate() {
            let sentence = if sources {
                trimmed(text, 0..text.len())
            } else {
                sentence_around(text, range.clone())
            };
            let within = |start: usize, end: usize| sentence.start <= start && end <= sentence.end;
            let people = if sources {
                Vec::new()
            } else {
                let all = sentences(text);
                let at = all.iter().position(|s| s.contains(&range.start));
                let named = |i: usize| {
                    let s = &all[i];
                    distinct(
                        people
                            .iter()
                            .filter(|m| m.block_id == block_id && !m.in_name)
                            .filter(|m| s.start <= m.start && m.end <= s.end)
                            .map(|m| m.slug.as_str()),
                    )
                };
                at.map(|at| about::people_about(text, &all, at, named))
                    .unwrap_or_default()
            };
            let places = distinct(
                places
                    .iter()
                    .filter(|m| m.block_id == block_id && !m.in_name && within(m.start, m.end))
                    .map(|m| m.slug.as_str()),
            );
            events.push(Event {
                id: format!("{block_id}-{}", n + 1),
                start_year: date.start_year,
                end_year: date.end_year,
                month: date.month,
                day: date.day,
                precision: date.precision,
                block_id: block_id.to_string(),
                start: range.start,
                end: range.end,
                sentence: readable_line(text, sentence, range, MAX_LINE_CHARS),
                people,
                places,
            });
        }
    }
    events
}

fn distinct<'a>(slugs: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for slug in slugs {
        if !out.iter().any(|s| s == slug) {
            out.push(slug.to_string());
        }
    }
    out
}
