//! The article's dates: a timeline of dated events, the anniversaries it
//! marks, and the publication dates of its sources.
//!
//! Every date is found in the text as written (see [`scan`]); an event is the
//! date with the sentence that carries it and the people and places named in
//! that sentence.

mod scan;
mod sentence;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::index::Mention;
use super::people::searchable_texts;
pub use scan::KAZAKH_MONTHS;
use scan::{scan, Hit, Kind};
use sentence::{clause_around, readable_line, sentence_around, trimmed};

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
    /// Slugs of the people named in that sentence, in order (names inside
    /// other names, such as awards, left out).
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
    /// Slug of the person named last before it in the same clause: whose
    /// anniversary it is (`Абайдың 150 жылдық` → `abai`).
    pub subject: Option<String>,
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

/// The decades the events start in, in order, each once.
pub fn decades(events: &[Event]) -> Vec<u16> {
    let mut decades: Vec<u16> = events.iter().map(Event::decade).collect();
    super::order::sort(&mut decades);
    decades.dedup();
    decades
}

/// Every anniversary the article marks, in reading order.
pub fn anniversaries(article: &Article, people: &[Mention]) -> Vec<Anniversary> {
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
            let subject = people
                .iter()
                .filter(|m| m.block_id == block_id && m.end <= hit.range.start)
                .rfind(|m| within(&(m.start..m.end)))
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
            });
        }
    }
    out
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
            let people = distinct(
                people
                    .iter()
                    .filter(|m| m.block_id == block_id && !m.in_name && within(m.start, m.end))
                    .map(|m| m.slug.as_str()),
            );
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
