//! Search through the translations too: the library keeps the translations
//! fetched so far and their indexes, built on first use.

use super::{Library, MAX_HIGHLIGHTED_HITS};
use crate::core::order;
use crate::core::prefs::Lang;
use crate::core::search::{Hit, TranslatedIndex};
use crate::core::translation::{Abstracts, TrLang, Translation};

/// One search result: the block, with the matched words of its Kazakh text
/// (none when it was found only through a translation) and the match in a
/// translation, if any (ranges in the translated text or heading).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub hit: Hit,
    pub translation: Option<(TrLang, Hit)>,
}

impl Found {
    /// Where it goes among the results: 0, every word in the Kazakh text
    /// (as written, by stem, folded, or a name by its sound); 1, every word
    /// in a translation by its stem, the Kazakh having at most a guess (a
    /// prefix, a typo, a sound-alike: `нефти` is not `не`, `been` not `бен`);
    /// 2, only guesses.
    fn rank(&self) -> u8 {
        let kazakh = !self.hit.ranges.is_empty() && !self.hit.loose;
        let translated = self.translation.as_ref().is_some_and(|(_, t)| !t.loose);
        match (kazakh, translated) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        }
    }

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
    /// Kazakh hits first, best first; then translation hits, best first; a
    /// Kazakh guess (a prefix, a typo) after every block a translation
    /// matches by stem (see `Found::rank`).
    pub hits: Vec<Found>,
    /// How many blocks matched in all.
    pub total: usize,
    /// How many words matched, in the Kazakh text or in the translation of
    /// a block found only there.
    pub matches: usize,
    /// When nothing matched: article words the reader may have meant.
    pub suggestions: Vec<String>,
}

impl Library {
    /// Keeps a fetched translation (the first one given for a language wins).
    pub fn set_translation(&self, lang: TrLang, translation: Translation) {
        let _ = self.translations[lang.index()].set(translation);
    }

    /// A translation, once fetched.
    pub fn translation(&self, lang: TrLang) -> Option<&Translation> {
        self.translations[lang.index()].get()
    }

    /// Keeps fetched abstracts (the first ones given for a language win).
    pub fn set_abstracts(&self, lang: Lang, abstracts: Abstracts) {
        let _ = self.abstracts[lang as usize].set(abstracts);
    }

    /// The abstract of the article (`article`) or of a section, once fetched.
    pub fn abstract_of(&self, lang: Lang, id: &str) -> Option<&str> {
        let text = self.abstracts[lang as usize].get()?.get(id)?;
        Some(text.as_str()).filter(|t| !t.trim().is_empty())
    }

    /// Whether the abstracts of a language are here.
    pub fn has_abstracts(&self, lang: Lang) -> bool {
        self.abstracts[lang as usize].get().is_some()
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
    /// best first. But a Russian or English word the Kazakh text has only as
    /// a guess (`нефти` for `не`) finds first the blocks whose translation
    /// has it. A Kazakh hit whose translation matches too carries that
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
        let matches = kazakh.matches
            + translated
                .iter()
                .filter_map(|f| f.translation.as_ref())
                .map(|(_, h)| h.ranges.len())
                .sum::<usize>();
        hits.append(&mut translated);
        // Stable: the Kazakh order, then the translations' best first; but
        // the blocks every word finds in a translation (rank 1) by how well.
        order::sort_by(&mut hits, |a, b| {
            let (ra, rb) = (a.rank(), b.rank());
            ra.cmp(&rb).then_with(|| match ra {
                1 => score(b).total_cmp(&score(a)),
                _ => std::cmp::Ordering::Equal,
            })
        });
        hits.truncate(limit);
        let suggestions = if hits.is_empty() {
            kazakh.suggestions
        } else {
            Vec::new()
        };
        AllResults {
            hits,
            total,
            matches,
            suggestions,
        }
    }
}
