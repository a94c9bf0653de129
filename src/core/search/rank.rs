//! Scoring: BM25 over the expanded words, every word required, then a bonus
//! for matched words standing close together; phrases must be contiguous.

use super::expand::{Expansion, PREFIX, SKELETON};
use super::index::Store;
use super::query::{Query, MAX_TERMS};
use crate::core::order;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Names identify a paragraph better than common words.
const NAME_BOOST: f32 = 1.25;
/// Up to this factor more for words that stand right next to each other.
const PROXIMITY: f32 = 0.6;

/// A doc that contains every query word.
#[derive(Debug, Clone, Copy)]
pub struct Scored {
    pub doc: u32,
    pub score: f32,
    /// The weakest of the query words' best tiers in this doc: below
    /// [`SKELETON`], some word is here only as a prefix, a typo, or a common
    /// word that sounds like it.
    pub tier: f32,
}

/// Bit `i` set in `mask[term]` when that term matches query word `i`.
pub struct Masks {
    mask: Vec<u16>,
}

impl Masks {
    pub fn new(store: &Store, expansions: &[Expansion]) -> Self {
        let mut mask = vec![0u16; store.vocab.len()];
        for (i, e) in expansions.iter().enumerate().take(MAX_TERMS.min(16)) {
            for &(t, _) in &e.terms {
                mask[t as usize] |= 1 << i;
            }
        }
        Masks { mask }
    }

    fn of(&self, term: u32) -> u16 {
        self.mask.get(term as usize).copied().unwrap_or(0)
    }
}

/// BM25 scores of the docs that contain a match for every query word.
pub fn score_all(store: &Store, expansions: &[Expansion]) -> Vec<Scored> {
    let n = store.docs.len();
    let mut score = vec![0f32; n];
    let mut matched = vec![0u8; n];
    let mut tf_weighted = vec![0f32; n];
    let mut best = vec![0f32; n];
    // Per word the best tier, unboosted; over the words, the weakest.
    let mut tier_best = vec![0f32; n];
    let mut tier = vec![f32::MAX; n];
    let mut touched: Vec<u32> = Vec::new();
    for (i, e) in expansions.iter().enumerate() {
        for &(t, raw) in &e.terms {
            let name = store.info[t as usize].name;
            let w = if name { raw * NAME_BOOST } else { raw };
            // Sounding alike is how a Latin or Russian spelling finds a name
            // (`Baku`, `Мирзойан`); a common word that only sounds like the
            // query is a guess (`been` is not `бен`, `гунны` not `күні`).
            let tier_w = if raw == SKELETON && !name {
                PREFIX
            } else {
                raw
            };
            for (d, tf) in store.postings(t) {
                // Only docs that matched every earlier word can still qualify.
                if matched[d as usize] as usize != i {
                    continue;
                }
                if tf_weighted[d as usize] == 0.0 {
                    touched.push(d);
                }
                tf_weighted[d as usize] += w * f32::from(tf);
                best[d as usize] = best[d as usize].max(w);
                tier_best[d as usize] = tier_best[d as usize].max(tier_w);
            }
        }
        let df = touched.len() as f32;
        let idf = (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln();
        for &d in &touched {
            let d = d as usize;
            let tf = tf_weighted[d];
            let len = store.doc_tokens(d as u32).len() as f32;
            let norm = K1 * (1.0 - B + B * len / store.avg_len.max(1.0));
            // The best tier present scales the whole word: a doc with the exact
            // form beats one that only has many looser relatives.
            score[d] += best[d] * idf * tf * (K1 + 1.0) / (tf + norm);
            matched[d] += 1;
            tf_weighted[d] = 0.0;
            best[d] = 0.0;
            tier[d] = tier[d].min(tier_best[d]);
            tier_best[d] = 0.0;
        }
        touched.clear();
    }
    let all = expansions.len();
    (0..n)
        .filter(|&d| matched[d] as usize == all && all > 0)
        .map(|d| Scored {
            doc: d as u32,
            score: score[d],
            tier: tier[d],
        })
        .collect()
}

/// What a scan of one doc's tokens found.
pub struct Scan {
    /// Every group has an occurrence (phrases contiguous).
    pub complete: bool,
    /// Shortest token span holding one occurrence of every group.
    pub span: usize,
    /// Token positions to highlight.
    pub hits: Vec<usize>,
}

/// Finds phrase occurrences, the tightest window and highlight positions.
pub fn scan(store: &Store, query: &Query, masks: &Masks, doc: u32) -> Scan {
    let range = store.doc_tokens(doc);
    let toks = &store.tok_term[range];
    let bits: Vec<u16> = toks.iter().map(|&t| masks.of(t)).collect();
    // Occurrences of groups as (start, end inclusive, group): one pass over
    // the matching positions, phrases checked only where their first word is.
    let mut occ: Vec<(usize, usize, usize)> = Vec::new();
    for (start, &b) in bits.iter().enumerate() {
        if b == 0 {
            continue;
        }
        for (gi, g) in query.groups.iter().enumerate() {
            let fits = start + g.len <= bits.len()
                && (0..g.len).all(|k| bits[start + k] & (1 << (g.first + k)) != 0);
            if g.len > 0 && fits {
                occ.push((start, start + g.len - 1, gi));
            }
        }
    }
    // Already in order of start, which is all `tightest` needs.
    let groups = query.groups.len();
    let mut hits: Vec<usize> = occ.iter().flat_map(|&(s, e, _)| s..=e).collect();
    order::sort(&mut hits);
    hits.dedup();
    let (complete, span) = tightest(&occ, groups);
    Scan {
        complete,
        span,
        hits,
    }
}

/// Sliding window over occurrences sorted by start: the shortest span that
/// covers at least one occurrence of each group.
fn tightest(occ: &[(usize, usize, usize)], groups: usize) -> (bool, usize) {
    let mut count = vec![0usize; groups];
    let mut covered = 0;
    let mut best = usize::MAX;
    let mut left = 0;
    for right in 0..occ.len() {
        let g = occ[right].2;
        if count[g] == 0 {
            covered += 1;
        }
        count[g] += 1;
        while covered == groups {
            // The last-starting occurrence ends last but for phrases of
            // different lengths; close enough for a ranking bonus.
            let end = occ[right].1.max(occ[left].1);
            best = best.min(end + 1 - occ[left].0);
            let lg = occ[left].2;
            count[lg] -= 1;
            if count[lg] == 0 {
                covered -= 1;
            }
            left += 1;
        }
    }
    (best != usize::MAX, best)
}

/// The bonus factor for a window of `span` tokens holding `words` words.
pub fn proximity(words: usize, span: usize) -> f32 {
    if words < 2 || span == 0 {
        return 1.0;
    }
    1.0 + PROXIMITY * (words as f32 / span as f32).min(1.0)
}
