//! The reader's highlights and notes: each anchored by its paragraph's id and
//! a W3C `TextQuoteSelector` (`core::anchor`), so it survives a corrected
//! article; one whose text is gone is kept as detached, never dropped.
//! Stored on the device by the view; merged, ordered and exported here.

pub mod export;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::anchor::{anchor, quote_reading, TextQuoteSelector};
use super::article::Article;
use super::prefs::Lang;
use super::route::{Page, Route};
use super::translation::{Reading, TrLang};

/// The three highlight colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    #[default]
    Yellow,
    Green,
    Pink,
}

impl Colour {
    pub const ALL: [Colour; 3] = [Colour::Yellow, Colour::Green, Colour::Pink];

    pub fn code(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Green => "green",
            Colour::Pink => "pink",
        }
    }

    pub fn parse(code: &str) -> Option<Colour> {
        Colour::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One highlight, with its note (may be empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// A URI, unique (`urn:uuid:…`): the export's annotation id.
    pub id: String,
    /// The paragraph's id (`p12`).
    pub block: String,
    pub selector: TextQuoteSelector,
    /// The language of the text quoted: the Kazakh, or a translation. Notes
    /// stored before translations could be highlighted have none: Kazakh.
    #[serde(default, with = "lang_code")]
    pub lang: Lang,
    #[serde(default)]
    pub colour: Colour,
    #[serde(default)]
    pub note: String,
    /// ISO 8601 times.
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub modified: String,
}

/// What is stored: a version, so a later format can read this one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub version: u32,
    pub notes: Vec<Note>,
}

/// The storage format's version.
pub const VERSION: u32 = 1;

impl Note {
    /// The same highlight: the same id, or the same passage of the same
    /// paragraph with the same note (an export imported into another profile
    /// and back keeps its ids; a copy made by hand may not).
    pub fn same_as(&self, other: &Note) -> bool {
        self.id == other.id
            || (self.block == other.block
                && self.lang == other.lang
                && self.selector == other.selector
                && self.note.trim() == other.note.trim())
    }
}

/// A language as its code (`kk`) in storage; anything unknown reads as
/// Kazakh, so one odd value never loses the whole list.
mod lang_code {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::core::prefs::Lang;

    pub fn serialize<S: Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(lang.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = Option::<String>::deserialize(d)?.unwrap_or_default();
        Ok(Lang::parse(&code).unwrap_or_default())
    }
}

/// A note placed in the article: where its passage is now, or `None`
/// (detached, or its translation not here yet: `pending`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<'a> {
    pub note: &'a Note,
    pub range: Option<Range<usize>>,
    /// The text of the note's language is not here yet (a translation not
    /// fetched): not known to be detached.
    pub pending: bool,
}

impl Placed<'_> {
    pub fn detached(&self) -> bool {
        self.range.is_none() && !self.pending
    }
}

/// Every note placed, in reading order (paragraph, then the Kazakh before
/// the translations, then position in the text); a detached note sits at the
/// top of its paragraph, one whose paragraph is gone at the end. Equal places
/// keep the notes' own order. `text(lang, id)` is paragraph `id` in `lang`
/// (see `Library::text_in`: `None` while a translation is not here).
pub fn in_reading_order<'a, 't>(
    notes: &'a [Note],
    article: &Article,
    text: impl Fn(Lang, &str) -> Option<Option<&'t str>>,
) -> Vec<Placed<'a>> {
    let order: std::collections::HashMap<&str, usize> = article
        .blocks()
        .enumerate()
        .map(|(i, b)| (b.id, i))
        .collect();
    let mut placed: Vec<(usize, usize, usize, Placed)> = notes
        .iter()
        .map(|note| {
            let known = if article.block(&note.block).is_some() {
                text(note.lang, &note.block)
            } else {
                Some(None)
            };
            let range = known.flatten().and_then(|t| anchor(t, &note.selector));
            let at = order
                .get(note.block.as_str())
                .copied()
                .unwrap_or(usize::MAX);
            let start = range.as_ref().map_or(0, |r| r.start);
            let pending = known.is_none();
            (
                at,
                note.lang as usize,
                start,
                Placed {
                    note,
                    range,
                    pending,
                },
            )
        })
        .collect();
    super::order::sort_by_key(&mut placed, |(at, lang, start, _)| (*at, *lang, *start));
    placed.into_iter().map(|(.., p)| p).collect()
}

/// The ranges to mark in block `id`'s text in `lang`, with each one's colour
/// and note index.
pub fn marks_in(
    notes: &[Note],
    id: &str,
    lang: Lang,
    text: &str,
) -> Vec<(Range<usize>, Colour, usize)> {
    notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.block == id && n.lang == lang)
        .filter_map(|(i, n)| Some((anchor(text, &n.selector)?, n.colour, i)))
        .collect()
}

/// The link that opens a note's passage marked (`#/p/p12?quote=…&tr=en`):
/// in its language, beside the Kazakh where that finds it (see
/// `anchor::quote_reading`). `kazakh` is the paragraph's Kazakh text.
pub fn quote_hash(note: &Note, kazakh: Option<&str>) -> String {
    let seen = TrLang::of(note.lang).map_or(Reading::Kazakh, Reading::Parallel);
    let exact = &note.selector.exact;
    let reading = quote_reading(note.lang, seen, kazakh.unwrap_or_default(), exact);
    let page = Page::Quote {
        id: note.block.clone(),
        quote: exact.clone(),
    };
    Route::new(page, reading).to_hash()
}

/// `incoming` merged into `notes`: new ones appended, the same highlight
/// (see [`Note::same_as`]) kept once, its latest edit winning. Returns how
/// many were added.
pub fn merge(notes: &mut Vec<Note>, incoming: Vec<Note>) -> usize {
    let mut added = 0;
    for note in incoming {
        match notes.iter_mut().find(|n| n.same_as(&note)) {
            Some(old) => {
                if note.modified > old.modified {
                    let id = std::mem::take(&mut old.id);
                    *old = Note { id, ..note };
                }
            }
            None => {
                notes.push(note);
                added += 1;
            }
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn note(id: &str, block: &str, exact: &str, note: &str) -> Note {
        Note {
            id: id.into(),
            block: block.into(),
            selector: TextQuoteSelector {
                exact: exact.into(),
                prefix: String::new(),
                suffix: String::new(),
            },
            lang: Lang::Kk,
            colour: Colour::Green,
            note: note.into(),
            created: "2026-01-01T00:00:00.000Z".into(),
            modified: "2026-01-01T00:00:00.000Z".into(),
        }
    }

    #[test]
    fn merging_adds_only_what_is_new() {
        let mut notes = vec![
            note("urn:a", "p1", "бір", ""),
            note("urn:b", "p2", "екі", "x"),
        ];
        let mut edited = note("urn:a", "p1", "бір", "later");
        edited.modified = "2026-02-01T00:00:00.000Z".into();
        let incoming = vec![
            edited,
            // Another id, the same passage and note: a duplicate.
            note("urn:c", "p2", "екі", " x "),
            note("urn:d", "p3", "үш", ""),
        ];
        assert_eq!(merge(&mut notes, incoming.clone()), 1);
        assert_eq!(notes.len(), 3);
        assert_eq!(notes[0].note, "later", "the latest edit wins");
        assert_eq!(notes[1].id, "urn:b");
        // Again: nothing new.
        assert_eq!(merge(&mut notes, incoming), 0);
        assert_eq!(notes.len(), 3);
    }

    #[test]
    fn colours_have_codes() {
        for c in Colour::ALL {
            assert_eq!(Colour::parse(c.code()), Some(c));
        }
        assert_eq!(Colour::parse("red"), None);
    }
}
