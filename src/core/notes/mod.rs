//! The reader's highlights and notes: each anchored by its paragraph's id and
//! a W3C `TextQuoteSelector` (`core::anchor`), so it survives a corrected
//! article; one whose text is gone is kept as detached, never dropped.
//! Stored on the device by the view; merged, ordered and exported here.

pub mod export;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::anchor::{anchor, TextQuoteSelector};
use super::article::Article;

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
                && self.selector == other.selector
                && self.note.trim() == other.note.trim())
    }
}

/// A note placed in the article: where its passage is now, or `None`
/// (detached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<'a> {
    pub note: &'a Note,
    pub range: Option<Range<usize>>,
}

impl Placed<'_> {
    pub fn detached(&self) -> bool {
        self.range.is_none()
    }
}

/// Every note placed, in reading order (paragraph, then position in it); a
/// detached note sits at the top of its paragraph, one whose paragraph is
/// gone at the end. Equal places keep the notes' own order.
pub fn in_reading_order<'a>(notes: &'a [Note], article: &Article) -> Vec<Placed<'a>> {
    let order: std::collections::HashMap<&str, usize> = article
        .blocks()
        .enumerate()
        .map(|(i, b)| (b.id, i))
        .collect();
    let mut placed: Vec<(usize, usize, Placed)> = notes
        .iter()
        .map(|note| {
            let text = article.block(&note.block).map(|b| b.text);
            let range = text.and_then(|t| anchor(t, &note.selector));
            let at = order
                .get(note.block.as_str())
                .copied()
                .unwrap_or(usize::MAX);
            let start = range.as_ref().map_or(0, |r| r.start);
            (at, start, Placed { note, range })
        })
        .collect();
    super::order::sort_by_key(&mut placed, |(at, start, _)| (*at, *start));
    placed.into_iter().map(|(.., p)| p).collect()
}

/// The ranges to mark in block `id`, with each one's colour and note index.
pub fn marks_in(notes: &[Note], id: &str, text: &str) -> Vec<(Range<usize>, Colour, usize)> {
    notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.block == id)
        .filter_map(|(i, n)| Some((anchor(text, &n.selector)?, n.colour, i)))
        .collect()
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
