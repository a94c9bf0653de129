//! Search through a translation: an English or Russian query finds the
//! Kazakh paragraph whose translation has its words. Words are compared by
//! their Snowball stem (`rust-stemmers`: `famine`/`famines`, `голод`/`голода`),
//! and the word still being typed also as a prefix of a word.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::query::{MAX_QUERY_CHARS, MAX_TERMS};
use super::Hit;
use crate::core::article::Article;
use crate::core::order;
use crate::core::text::normalize::truncate_chars;
use crate::core::text::tokenize;
use crate::core::translation::{TrLang, Translation};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A word that only starts a translated word counts this much of a stem match.
const PREFIX_WEIGHT: f32 = 0.4;
/// Shortest prefix looked up while typing.
const MIN_PREFIX_CHARS: usize = 3;
/// Shortest stem that also matches the words it starts.
const MIN_STEM_PREFIX_CHARS: usize = 4;

struct Doc {
    block_id: Box<str>,
    section: u32,
    in_title: bool,
    /// (stem id, byte range in the translated text) per word.
    tokens: Vec<(u32, u32, u32)>,
}

/// The index of one translation, in the article's reading order.
pub struct TranslatedIndex {
    lang: TrLang,
    docs: Vec<Doc>,
    section_ids: Vec<Box<str>>,
    /// Stems, sorted: id = position.
    stems: Vec<Box<str>>,
    /// Lowercase words with their stem ids, sorted, for prefixes.
    words: Vec<(Box<str>, u32)>,
    avg_len: f32,
}

/// One call per language with a constant, so that the linker keeps only
/// these two of the crate's eighteen algorithms.
fn stemmer(lang: TrLang) -> Stemmer {
    match lang {
        TrLang::Ru => Stemmer::create(Algorithm::Russian),
        TrLang::En => Stemmer::create(Algorithm::English),
    }
}

/// The Snowball stemmer expects `е` for `ё` (the translations mix both).
fn key(stemmer: &Stemmer, word: &str) -> String {
    let word = word.replace('ё', "е");
    stemmer.stem(&word).into_owned()
}

impl TranslatedIndex {
    pub fn build(article: &Article, tr: &Translation, lang: TrLang) -> Self {
        let stemmer = stemmer(lang);
        let mut stem_ids: HashMap<String, u32> = HashMap::new();
        let mut stems: Vec<String> = Vec::new();
        let mut words: HashMap<String, u32> = HashMap::new();
        let mut docs = Vec::new();
        let mut section_ids = Vec::new();
        let mut add = |block_id: &str, section: u32, in_title: bool, text: &str| {
            let mut tokens = Vec::new();
            for t in tokenize(text) {
                // A word met before has its stem already: stemming each
                // distinct word once builds the index 1.6-1.9x faster.
                let id = match words.get(&t.text) {
                    Some(&id) => id,
                    None => {
                        let s = key(&stemmer, &t.text);
                        let id = *stem_ids.entry(s.clone()).or_insert_with(|| {
                            stems.push(s);
                            stems.len() as u32 - 1
                        });
                        words.insert(t.text, id);
                        id
                    }
                };
                tokens.push((id, t.start as u32, t.end as u32));
            }
            docs.push(Doc {
                block_id: block_id.into(),
                section,
                in_title,
                tokens,
            });
        };
        // The front matter's lines open the first section, as in Kazakh.
        if !article.sections.is_empty() {
            for (id, text) in tr.meta.lines() {
                if !text.trim().is_empty() {
                    add(id, 0, false, text);
                }
            }
        }
        for (si, s) in article.sections.iter().enumerate() {
            section_ids.push(s.id.clone().into_boxed_str());
            if let (Some(title), Some(first)) = (tr.section(&s.id), s.blocks.first()) {
                add(first.id(), si as u32, true, title);
            }
            for b in &s.blocks {
                if let Some(text) = tr.block(b.id()) {
                    add(b.id(), si as u32, false, text);
                }
            }
        }
        // Renumber stems in sorted order so lookups are binary searches.
        let mut order_ix: Vec<u32> = (0..stems.len() as u32).collect();
        order::sort_by(&mut order_ix, |&a, &b| {
            stems[a as usize].cmp(&stems[b as usize])
        });
        let mut rank = vec![0u32; stems.len()];
        for (r, &old) in order_ix.iter().enumerate() {
            rank[old as usize] = r as u32;
        }
        for d in &mut docs {
            for t in &mut d.tokens {
                t.0 = rank[t.0 as usize];
            }
        }
        let stems: Vec<Box<str>> = order_ix
            .iter()
            .map(|&o| stems[o as usize].clone().into_boxed_str())
            .collect();
        let mut words: Vec<(Box<str>, u32)> = words
            .into_iter()
            .map(|(w, id)| (w.into_boxed_str(), rank[id as usize]))
            .collect();
        order::sort(&mut words);
        let total: usize = docs.iter().map(|d| d.tokens.len()).sum();
        let avg_len = total as f32 / docs.len().max(1) as f32;
        TranslatedIndex {
            lang,
            docs,
            section_ids,
            stems,
            words,
            avg_len,
        }
    }

    pub fn lang(&self) -> TrLang {
        self.lang
    }

    /// Stem ids a query word matches, with weights.
    fn expand(&self, stemmer: &Stemmer, word: &str, open: bool) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        let stem = key(stemmer, word);
        if let Ok(i) = self.stems.binary_search_by(|s| (**s).cmp(stem.as_str())) {
            out.push((i as u32, 1.0));
        }
        // The word being typed starts words; a long stem starts its
        // derivatives (`нефт` → `нефтяной`, `poet` → `poetry`).
        let mut prefixes: Vec<&str> = Vec::new();
        if open && word.chars().count() >= MIN_PREFIX_CHARS {
            prefixes.push(word);
        }
        if stem.chars().count() >= MIN_STEM_PREFIX_CHARS {
            prefixes.push(&stem);
        }
        for prefix in prefixes {
            let from = self.words.partition_point(|(w, _)| &**w < prefix);
            for (w, id) in &self.words[from..] {
                if !w.starts_with(prefix) {
                    break;
                }
                if !out.iter().any(|&(o, _)| o == *id) {
                    out.push((*id, PREFIX_WEIGHT));
                }
            }
        }
        out
    }

    /// Blocks whose translation holds every query word, best first; the
    /// ranges are in the translated text (or heading, for `in_title`).
    /// Bounded like the Kazakh search: the query is cut to
    /// [`MAX_QUERY_CHARS`] and [`MAX_TERMS`] words.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = truncate_chars(query, MAX_QUERY_CHARS);
        let open = !query.ends_with(char::is_whitespace);
        let words = tokenize(query);
        let words = &words[..words.len().min(MAX_TERMS)];
        if words.is_empty() {
            return Vec::new();
        }
        let stemmer = stemmer(self.lang);
        let last = words.len() - 1;
        let expansions: Vec<Vec<(u32, f32)>> = words
            .iter()
            .enumerate()
            .map(|(i, w)| self.expand(&stemmer, &w.text, open && i == last))
            .collect();
        if expansions.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        let n = self.docs.len() as f32;
        // Stem id → (query word, weight), so each token is looked up once.
        let mut by_stem: Vec<Vec<(usize, f32)>> = vec![Vec::new(); self.stems.len()];
        for (i, e) in expansions.iter().enumerate() {
            for &(s, w) in e {
                by_stem[s as usize].push((i, w));
            }
        }
        // Per word: weighted term frequency in each doc.
        let mut tf = vec![vec![0f32; self.docs.len()]; expansions.len()];
        for (d, doc) in self.docs.iter().enumerate() {
            for &(stem, _, _) in &doc.tokens {
                for &(i, w) in &by_stem[stem as usize] {
                    tf[i][d] += w;
                }
            }
        }
        let idf: Vec<f32> = tf
            .iter()
            .map(|t| {
                let df = t.iter().filter(|&&x| x > 0.0).count() as f32;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        let mut scored: Vec<(usize, f32)> = Vec::new();
        for d in 0..self.docs.len() {
            if tf.iter().any(|t| t[d] == 0.0) {
                continue;
            }
            let len = self.docs[d].tokens.len() as f32;
            let norm = K1 * (1.0 - B + B * len / self.avg_len.max(1.0));
            let score = tf
                .iter()
                .zip(&idf)
                .map(|(t, idf)| idf * t[d] * (K1 + 1.0) / (t[d] + norm))
                .sum();
            scored.push((d, score));
        }
        order::sort_by(&mut scored, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // A heading leads to its section's first block; keep the better one.
        let mut seen = std::collections::HashSet::new();
        scored.retain(|&(d, _)| seen.insert(&*self.docs[d].block_id));
        scored
            .into_iter()
            .take(limit)
            .map(|(d, score)| {
                let doc = &self.docs[d];
                let ranges = doc
                    .tokens
                    .iter()
                    .filter(|&&(s, _, _)| !by_stem[s as usize].is_empty())
                    .map(|&(_, a, b)| (a as usize, b as usize))
                    .collect();
                // Every query word here by its stem, not only as a prefix.
                let mut by_stem_match = vec![false; expansions.len()];
                for &(s, _, _) in &doc.tokens {
                    for &(i, w) in &by_stem[s as usize] {
                        by_stem_match[i] |= w >= 1.0;
                    }
                }
                Hit {
                    block_id: doc.block_id.to_string(),
                    section_id: self.section_ids[doc.section as usize].to_string(),
                    score,
                    ranges,
                    in_title: doc.in_title,
                    loose: by_stem_match.contains(&false),
                }
            })
            .collect()
    }

    /// Estimated heap bytes held by the index.
    pub fn heap_bytes(&self) -> usize {
        let docs: usize = self
            .docs
            .iter()
            .map(|d| d.block_id.len() + d.tokens.capacity() * 12 + std::mem::size_of::<Doc>())
            .sum();
        let stems: usize = self.stems.iter().map(|s| s.len() + 16).sum();
        let words: usize = self.words.iter().map(|(w, _)| w.len() + 20).sum();
        docs + stems + words
    }

    /// Number of distinct stems.
    pub fn term_count(&self) -> usize {
        self.stems.len()
    }
}
