//! The working translations (`data/translations/<ru|en>.json`), the short
//! abstracts (`data/abstracts/<kk|ru|en>.json`) and the reader's choice of
//! what to read: Kazakh alone, Kazakh beside a translation, or a translation
//! alone. The Kazakh text stays the authoritative one.

use std::collections::HashMap;

use serde::Deserialize;

use crate::core::article::{META_DEDICATION_ID, META_POSITION_ID, META_TITLE_ID};
use crate::core::prefs::Lang;

/// A language the article is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrLang {
    Ru,
    En,
}

impl TrLang {
    pub const ALL: [TrLang; 2] = [TrLang::Ru, TrLang::En];

    /// The BCP 47 code, also the file name (`translations/en.json`).
    pub fn code(self) -> &'static str {
        match self {
            TrLang::Ru => "ru",
            TrLang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<TrLang> {
        TrLang::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// Index into per-language arrays.
    pub fn index(self) -> usize {
        match self {
            TrLang::Ru => 0,
            TrLang::En => 1,
        }
    }

    /// The translation in `lang`; none for Kazakh, the original.
    pub fn of(lang: Lang) -> Option<TrLang> {
        match lang {
            Lang::Kk => None,
            Lang::Ru => Some(TrLang::Ru),
            Lang::En => Some(TrLang::En),
        }
    }

    pub fn lang(self) -> Lang {
        match self {
            TrLang::Ru => Lang::Ru,
            TrLang::En => Lang::En,
        }
    }
}

/// What the reader reads: the original, the original with a translation
/// beside it (or under each paragraph on a phone), or a translation alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    #[default]
    Kazakh,
    Parallel(TrLang),
    Alone(TrLang),
}

/// Suffix of a translation read alone, in links and storage (`en-only`).
const ALONE: &str = "-only";

impl Reading {
    pub const ALL: [Reading; 5] = [
        Reading::Kazakh,
        Reading::Parallel(TrLang::Ru),
        Reading::Parallel(TrLang::En),
        Reading::Alone(TrLang::En),
        Reading::Alone(TrLang::Ru),
    ];

    /// The stored and linked form: `kk`, `en` (beside the Kazakh), `en-only`.
    pub fn code(self) -> String {
        match self {
            Reading::Kazakh => "kk".to_string(),
            Reading::Parallel(l) => l.code().to_string(),
            Reading::Alone(l) => format!("{}{ALONE}", l.code()),
        }
    }

    /// The inverse of [`Reading::code`]; anything else is `None`.
    pub fn parse(code: &str) -> Option<Reading> {
        let code = code.trim();
        if code == "kk" {
            return Some(Reading::Kazakh);
        }
        match code.strip_suffix(ALONE) {
            Some(l) => TrLang::parse(l).map(Reading::Alone),
            None => TrLang::parse(code).map(Reading::Parallel),
        }
    }

    /// The translation this reading needs, if any.
    pub fn translation(self) -> Option<TrLang> {
        match self {
            Reading::Kazakh => None,
            Reading::Parallel(l) | Reading::Alone(l) => Some(l),
        }
    }

    /// Whether the Kazakh text is shown.
    pub fn shows_kazakh(self) -> bool {
        !matches!(self, Reading::Alone(_))
    }
}

/// The translation that lines outside the article (the timeline's events)
/// are shown in, beside their Kazakh: the reading choice's translation if it
/// has one, else the interface language's; none for a Kazakh reader.
pub fn lines_language(reading: Reading, ui: Lang) -> Option<TrLang> {
    reading.translation().or(TrLang::of(ui))
}

/// Storage key of the reading choice, beside the other preferences.
pub const READING_KEY: &str = "qazaq-reader.reading";

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct TrMeta {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub dedication: String,
}

/// One translation of the article, keyed by the article's ids. The
/// bibliography is not translated.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Translation {
    pub lang: String,
    #[serde(default)]
    pub meta: TrMeta,
    /// Section id → heading.
    #[serde(default)]
    pub sections: HashMap<String, String>,
    /// Paragraph or figure id → its text or caption.
    #[serde(default)]
    pub blocks: HashMap<String, String>,
    /// Timeline event id → its line.
    #[serde(default)]
    pub timeline: HashMap<String, String>,
}

impl TrMeta {
    /// The front matter's translated lines, with the article's ids (the
    /// author's name is not translated).
    pub fn lines(&self) -> [(&'static str, &str); 3] {
        [
            (META_POSITION_ID, &self.position),
            (META_TITLE_ID, &self.title),
            (META_DEDICATION_ID, &self.dedication),
        ]
    }
}

impl Translation {
    /// A paragraph's or figure's text, or a front-matter line, by id.
    pub fn block(&self, id: &str) -> Option<&str> {
        let front = || {
            let (_, text) = self.meta.lines().into_iter().find(|(i, _)| *i == id)?;
            Some(text)
        };
        self.blocks
            .get(id)
            .map(String::as_str)
            .or_else(front)
            .filter(|s| !s.is_empty())
    }

    pub fn section(&self, id: &str) -> Option<&str> {
        self.sections
            .get(id)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    pub fn event(&self, id: &str) -> Option<&str> {
        self.timeline
            .get(id)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// About a hundred words on the whole article (`article`) and on each
/// section (`s1`, …), in one language.
pub type Abstracts = HashMap<String, String>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_round_trip_and_junk_is_none() {
        for r in Reading::ALL {
            assert_eq!(Reading::parse(&r.code()), Some(r), "{r:?}");
        }
        assert_eq!(Reading::parse("en"), Some(Reading::Parallel(TrLang::En)));
        assert_eq!(Reading::parse("ru-only"), Some(Reading::Alone(TrLang::Ru)));
        for junk in ["", "de", "kk-only", "-only", "en-", "EN", "en-only-only"] {
            assert_eq!(Reading::parse(junk), None, "{junk:?}");
        }
        assert!(!Reading::Alone(TrLang::En).shows_kazakh());
        assert_eq!(Reading::Kazakh.translation(), None);
    }

    #[test]
    fn lines_follow_the_reading_choice_then_the_interface() {
        use TrLang::{En, Ru};
        // The interface's language when the reading is Kazakh.
        assert_eq!(lines_language(Reading::Kazakh, Lang::Kk), None);
        assert_eq!(lines_language(Reading::Kazakh, Lang::Ru), Some(Ru));
        assert_eq!(lines_language(Reading::Kazakh, Lang::En), Some(En));
        // A chosen translation wins, beside the Kazakh or alone.
        assert_eq!(lines_language(Reading::Parallel(En), Lang::Kk), Some(En));
        assert_eq!(lines_language(Reading::Parallel(En), Lang::Ru), Some(En));
        assert_eq!(lines_language(Reading::Alone(Ru), Lang::En), Some(Ru));
    }

    #[test]
    fn empty_entries_count_as_missing() {
        let t: Translation = serde_json::from_str(
            r#"{"lang":"en","blocks":{"p1":"One","p2":""},"sections":{"s2":"Two"}}"#,
        )
        .expect("parses");
        assert_eq!(t.block("p1"), Some("One"));
        assert_eq!(t.block("p2"), None);
        assert_eq!(t.section("s2"), Some("Two"));
        assert_eq!(t.event("p1-1"), None);
    }
}
