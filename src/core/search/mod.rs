//! Full-text search over the article that understands Kazakh: inflected forms,
//! Russian-keyboard and Latin spellings, prefixes while typing and typos.
//!
//! ```text
//! let index = SearchIndex::build(&article);
//! let results = index.search("Aliyev", 10);
//! ```

mod expand;
mod index;
mod query;
mod rank;
mod snippet;
mod translated;

pub use query::{MAX_QUERY_CHARS, MAX_TERMS};
pub use snippet::snippet;
pub use translated::TranslatedIndex;

use crate::core::article::Article;
use crate::core::order;
use expand::Expansion;
use index::Store;
use query::{Group, Query};

/// How many near words to offer when nothing matched.
const MAX_SUGGESTIONS: usize = 5;
/// How many unknown query words get near words looked up.
const MAX_SUGGESTED_WORDS: usize = 2;
/// Matched blocks whose words are counted for [`SearchResults::matches`]: the
/// article has fewer, and a count past this is "at least".
pub const MAX_COUNTED_BLOCKS: usize = 1000;

/// The search index of one article. Built once; searching never mutates it.
#[derive(Debug)]
pub struct SearchIndex {
    store: Store,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// How many blocks matched in all.
    pub total: usize,
    /// How many words were matched in those blocks (in the first
    /// [`MAX_COUNTED_BLOCKS`]): what the reader steps through in the text.
    pub matches: usize,
    /// When nothing matched: article words the user may have meant.
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Element id to scroll to: `pN`, `figN` or `refN`.
    pub block_id: String,
    /// Section holding the block (`sN`, or the bibliography's id).
    pub section_id: String,
    pub score: f32,
    /// Byte ranges of the matched words, sorted and disjoint, on char
    /// boundaries: in the block's text, or in the section title when
    /// `in_title` is set.
    pub ranges: Vec<(usize, usize)>,
    /// The match is in the title of the section this block opens.
    pub in_title: bool,
    /// Some query word is here only as the start of a longer word or one
    /// typo away: a guess, which a match in the query's language outranks.
    pub loose: bool,
}

impl SearchIndex {
    pub fn build(article: &Article) -> Self {
        SearchIndex {
            store: index::build(article),
        }
    }

    /// Never panics; the work is bounded by [`MAX_QUERY_CHARS`] and
    /// [`MAX_TERMS`] whatever the input.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let query = query::parse(query);
        if query.is_empty() {
            return SearchResults::default();
        }
        let expansions: Vec<Expansion> = query
            .terms
            .iter()
            .map(|t| expand::expand(&self.store, t))
            .collect();
        let (query, expansions) = self.join_hyphenated(query, expansions);
        if expansions.iter().any(Expansion::is_empty) {
            return self.no_hits(&query, &expansions);
        }
        let masks = rank::Masks::new(&self.store, &expansions);
        let mut scored = rank::score_all(&self.store, &expansions);
        let words = query.terms.len();
        if words > 1 {
            // Phrases and closeness need the token order of each candidate.
            scored.retain_mut(|s| {
                let scan = rank::scan(&self.store, &query, &masks, s.doc);
                s.score *= rank::proximity(words, scan.span);
                scan.complete
            });
        }
        order::sort_by(&mut scored, |a, b| {
            b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc))
        });
        // A section title leads to its first block; keep the better of the two.
        let mut seen = std::collections::HashSet::new();
        scored.retain(|s| seen.insert(&*self.store.docs[s.doc as usize].block_id));
        if scored.is_empty() {
            return self.no_hits(&query, &expansions);
        }
        let hits: Vec<Hit> = scored
            .iter()
            .take(limit)
            .map(|s| self.hit(&query, &masks, s))
            .collect();
        let counted = scored.iter().take(MAX_COUNTED_BLOCKS).skip(hits.len());
        let matches = hits.iter().map(|h| h.ranges.len()).sum::<usize>()
            + counted
                .map(|s| rank::scan(&self.store, &query, &masks, s.doc).hits.len())
                .sum::<usize>();
        SearchResults {
            hits,
            total: scored.len(),
            matches,
            suggestions: Vec::new(),
        }
    }

    fn hit(&self, query: &Query, masks: &rank::Masks, s: &rank::Scored) -> Hit {
        let doc = &self.store.docs[s.doc as usize];
        let scan = rank::scan(&self.store, query, masks, s.doc);
        let base = self.store.doc_tokens(s.doc).start;
        let ranges = scan
            .hits
            .iter()
            .map(|&p| {
                let (a, b) = self.store.tok_range[base + p];
                (a as usize, b as usize)
            })
            .collect();
        Hit {
            block_id: doc.block_id.to_string(),
            section_id: self.store.section_ids[doc.section as usize].to_string(),
            score: s.score,
            ranges,
            in_title: doc.in_title,
            loose: s.tier < expand::SKELETON,
        }
    }

    /// Hyphen-joined words that match nothing apart are searched as the one
    /// word the article may write (`Kassym-Jomart` → `Қасымжомарт`).
    fn join_hyphenated(&self, query: Query, expansions: Vec<Expansion>) -> (Query, Vec<Expansion>) {
        let mut out = Query::default();
        let mut out_exp = Vec::with_capacity(expansions.len());
        for g in &query.groups {
            let parts = g.first..g.first + g.len;
            let unmatched = expansions[parts.clone()].iter().any(Expansion::is_empty);
            if let Some(word) = query.joined(g).filter(|_| unmatched) {
                let open = query.terms[parts.end - 1].open;
                let term = query::QueryTerm { text: word, open };
                let e = expand::expand(&self.store, &term);
                if !e.is_empty() {
                    out.groups.push(Group {
                        first: out.terms.len(),
                        len: 1,
                        hyphenated: false,
                    });
                    out.terms.push(term);
                    out_exp.push(e);
                    continue;
                }
            }
            out.groups.push(Group {
                first: out.terms.len(),
                ..*g
            });
            out.terms.extend_from_slice(&query.terms[parts.clone()]);
            out_exp.extend_from_slice(&expansions[parts]);
        }
        (out, out_exp)
    }

    /// Suggestions for a query without hits: near article words for words
    /// that matched nothing, or else the words that did match.
    fn no_hits(&self, query: &Query, expansions: &[Expansion]) -> SearchResults {
        let mut suggestions: Vec<String> = Vec::new();
        let add = |list: &mut Vec<String>, s: String| {
            if !list.contains(&s) && list.len() < MAX_SUGGESTIONS {
                list.push(s);
            }
        };
        // Near words for the first few unknown words (each costs a scan of
        // the vocabulary)...
        let missing = (0..expansions.len()).filter(|&i| expansions[i].is_empty());
        for i in missing.take(MAX_SUGGESTED_WORDS) {
            for t in expand::nearest(&self.store, &query.terms[i], MAX_SUGGESTIONS) {
                add(&mut suggestions, expand::display(&self.store, t));
            }
        }
        // ...or else the known words alone, to search without the rest.
        if suggestions.is_empty() {
            for e in expansions {
                let best = e.terms.iter().max_by(|a, b| {
                    a.1.total_cmp(&b.1)
                        .then(self.store.df(a.0).cmp(&self.store.df(b.0)))
                });
                if let Some(&(t, _)) = best {
                    add(&mut suggestions, expand::display(&self.store, t));
                }
            }
        }
        SearchResults {
            hits: Vec::new(),
            total: 0,
            matches: 0,
            suggestions,
        }
    }

    /// Estimated heap bytes held by the index.
    pub fn heap_bytes(&self) -> usize {
        self.store.heap_bytes()
    }

    /// Number of searchable units (blocks, plus section titles).
    pub fn doc_count(&self) -> usize {
        self.store.docs.len()
    }

    /// Number of distinct words.
    pub fn term_count(&self) -> usize {
        self.store.vocab.len()
    }
}
