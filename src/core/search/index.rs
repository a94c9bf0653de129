//! The index's storage: flat arrays rather than maps of vectors, so it stays
//! small and quick to build inside WebAssembly at page start.

use crate::core::article::Article;
use crate::core::order;
use crate::core::text::stem::stems;
use crate::core::text::{fold, is_ignorable, skeleton, tokenize, Case};

/// A searchable unit: a front-matter line, a paragraph, the figure caption, a
/// bibliography entry or a section title (which leads to the section's first
/// block).
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub block_id: Box<str>,
    pub section: u32,
    pub in_title: bool,
}

/// Sorted (key, term) pairs with the keys in one arena: exact and prefix
/// lookups by binary search, and a cheap scan for typo matching.
#[derive(Debug, Default)]
pub(crate) struct KeyTable {
    arena: String,
    /// (start, end) in `arena`, term id; sorted by key then term.
    entries: Vec<(u32, u32, u32)>,
}

impl KeyTable {
    fn build(mut pairs: Vec<(String, u32)>) -> Self {
        order::sort(&mut pairs);
        pairs.dedup();
        let mut table = KeyTable::default();
        let mut last: Option<(u32, u32)> = None;
        for (key, term) in &pairs {
            let span = match last {
                Some((s, e)) if &table.arena[s as usize..e as usize] == key.as_str() => (s, e),
                _ => {
                    let s = table.arena.len() as u32;
                    table.arena.push_str(key);
                    (s, table.arena.len() as u32)
                }
            };
            last = Some(span);
            table.entries.push((span.0, span.1, *term));
        }
        table.arena.shrink_to_fit();
        table.entries.shrink_to_fit();
        table
    }

    pub fn key(&self, i: usize) -> &str {
        let (s, e, _) = self.entries[i];
        &self.arena[s as usize..e as usize]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn term(&self, i: usize) -> u32 {
        self.entries[i].2
    }

    fn lower_bound(&self, key: &str) -> usize {
        self.entries
            .partition_point(|&(s, e, _)| &self.arena[s as usize..e as usize] < key)
    }

    /// Terms filed under exactly `key`.
    pub fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = u32> + 'a {
        let from = self.lower_bound(key);
        (from..self.len())
            .take_while(move |&i| self.key(i) == key)
            .map(move |i| self.term(i))
    }

    /// Terms whose key starts with `prefix`.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let from = self.lower_bound(prefix);
        (from..self.len())
            .take_while(move |&i| self.key(i).starts_with(prefix))
            .map(move |i| self.term(i))
    }

    fn heap_bytes(&self) -> usize {
        self.arena.capacity() + self.entries.capacity() * std::mem::size_of::<(u32, u32, u32)>()
    }
}

/// Per-term facts gathered while indexing.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TermInfo {
    /// How the article usually writes the word, for showing suggestions.
    pub case: Case,
    /// Mostly capitalised away from sentence starts: a proper name.
    pub name: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Store {
    pub docs: Vec<Doc>,
    pub section_ids: Vec<Box<str>>,
    /// Token sequence of every doc: `doc_start[d]..doc_start[d + 1]`.
    pub doc_start: Vec<u32>,
    pub tok_term: Vec<u32>,
    /// Byte range of each token in its block's text.
    pub tok_range: Vec<(u32, u32)>,
    /// The vocabulary: each term is its own key (sorted, so id = rank).
    pub vocab: KeyTable,
    pub info: Vec<TermInfo>,
    /// How the article spells a term it mostly capitalises (`Әлиев`, `ӘДР`),
    /// taken from the text rather than upper-cased again (which would take
    /// the Unicode case tables into the Wasm).
    pub shown: Vec<Option<Box<str>>>,
    /// Postings of term `t`: `post_start[t]..post_start[t + 1]`.
    pub post_start: Vec<u32>,
    pub post_doc: Vec<u32>,
    pub post_tf: Vec<u16>,
    /// Every stem reading of a term.
    pub stems: KeyTable,
    /// Term folded to Russian-keyboard letters, where that changes it.
    pub folds: KeyTable,
    /// Stem readings of the folded term that are not among its own stems.
    pub fold_stems: KeyTable,
    /// Phonetic skeleton of the term and of its stems.
    pub skeletons: KeyTable,
    pub avg_len: f32,
}

/// Text of one doc before tokenising.
struct Source<'a> {
    block_id: &'a str,
    section: u32,
    in_title: bool,
    text: &'a str,
}

fn sources(article: &Article) -> (Vec<Source<'_>>, Vec<Box<str>>) {
    let mut out = Vec::new();
    let mut sections = Vec::new();
    // The front matter (author, position, title, dedication) opens the
    // first section, the part it is shown in.
    if !article.sections.is_empty() {
        for (id, text) in article.front_matter() {
            if !text.trim().is_empty() {
                out.push(Source {
                    block_id: id,
                    section: 0,
                    in_title: false,
                    text,
                });
            }
        }
    }
    for (si, s) in article.sections.iter().enumerate() {
        let si = si as u32;
        sections.push(s.id.clone().into_boxed_str());
        if let (Some(title), Some(first)) = (&s.title, s.blocks.first()) {
            out.push(Source {
                block_id: first.id(),
                section: si,
                in_title: true,
                text: title,
            });
        }
        for b in &s.blocks {
            out.push(Source {
                block_id: b.id(),
                section: si,
                in_title: false,
                text: b.text(),
            });
        }
    }
    let bib = article.bibliography.id.clone().into_boxed_str();
    let si = sections.len() as u32;
    sections.push(bib);
    for r in &article.bibliography.entries {
        out.push(Source {
            block_id: &r.id,
            section: si,
            in_title: false,
            text: &r.text,
        });
    }
    (out, sections)
}

fn sentence_start(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '…'])
}

/// Case counts of one term: (title, upper, lower, mid-sentence capitalised,
/// mid-sentence total).
type CaseCounts = [u32; 5];

pub(crate) fn build(article: &Article) -> Store {
    let (sources, section_ids) = sources(article);
    // Pass 1: tokens with provisional (first-seen) term numbers.
    let mut provisional: std::collections::HashMap<String, u32> = Default::default();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<CaseCounts> = Vec::new();
    // A term's first spelling as a title and in capitals.
    let mut spellings: Vec<[Option<Box<str>>; 2]> = Vec::new();
    let mut store = Store {
        section_ids,
        ..Store::default()
    };
    for src in &sources {
        store.doc_start.push(store.tok_term.len() as u32);
        store.docs.push(Doc {
            block_id: src.block_id.into(),
            section: src.section,
            in_title: src.in_title,
        });
        let mut prev_end = 0;
        for tok in tokenize(src.text) {
            let id = match provisional.get(&tok.text) {
                Some(&id) => id,
                None => {
                    let id = words.len() as u32;
                    provisional.insert(tok.text.clone(), id);
                    words.push(tok.text);
                    counts.push([0; 5]);
                    spellings.push([None, None]);
                    id
                }
            };
            if let Some(slot) = match tok.case {
                Case::Title => Some(0),
                Case::Upper => Some(1),
                Case::Lower => None,
            } {
                spellings[id as usize][slot].get_or_insert_with(|| {
                    let surface = &src.text[tok.start..tok.end];
                    surface.chars().filter(|&c| !is_ignorable(c)).collect()
                });
            }
            let c = &mut counts[id as usize];
            c[match tok.case {
                Case::Title => 0,
                Case::Upper => 1,
                Case::Lower => 2,
            }] += 1;
            if prev_end > 0 && !sentence_start(&src.text[prev_end..tok.start]) {
                c[3] += u32::from(tok.case != Case::Lower);
                c[4] += 1;
            }
            prev_end = tok.end;
            store.tok_term.push(id);
            store.tok_range.push((tok.start as u32, tok.end as u32));
        }
    }
    store.doc_start.push(store.tok_term.len() as u32);
    store.tok_term.shrink_to_fit();
    store.tok_range.shrink_to_fit();
    store.doc_start.shrink_to_fit();
    store.docs.shrink_to_fit();
    // Pass 2: renumber terms in sorted order so the vocabulary is a KeyTable.
    let mut order: Vec<u32> = (0..words.len() as u32).collect();
    crate::core::order::sort_by(&mut order, |&a, &b| {
        words[a as usize].cmp(&words[b as usize])
    });
    let mut rank = vec![0u32; words.len()];
    for (r, &old) in order.iter().enumerate() {
        rank[old as usize] = r as u32;
    }
    for t in &mut store.tok_term {
        *t = rank[*t as usize];
    }
    store.vocab = KeyTable::build(
        order
            .iter()
            .map(|&o| (words[o as usize].clone(), rank[o as usize]))
            .collect(),
    );
    store.info = order
        .iter()
        .map(|&o| {
            let [title, upper, lower, cap_mid, mid] = counts[o as usize];
            let case = if upper > title.max(lower) {
                Case::Upper
            } else if title > lower {
                Case::Title
            } else {
                Case::Lower
            };
            let name = cap_mid > 0 && cap_mid * 2 > mid;
            TermInfo { case, name }
        })
        .collect();
    store.shown = order
        .iter()
        .zip(&store.info)
        .map(|(&o, info)| match info.case {
            Case::Title => spellings[o as usize][0].take(),
            Case::Upper => spellings[o as usize][1].take(),
            Case::Lower => None,
        })
        .collect();
    build_postings(&mut store, words.len());
    build_keys(&mut store, &words, &rank);
    store
}

fn build_postings(store: &mut Store, n_terms: usize) {
    // (term, doc) pairs in doc order; counting sort by term keeps docs sorted.
    let mut df = vec![0u32; n_terms + 1];
    let mut pairs: Vec<(u32, u32, u16)> = Vec::new();
    for d in 0..store.docs.len() {
        let (s, e) = (store.doc_start[d] as usize, store.doc_start[d + 1] as usize);
        let mut terms: Vec<u32> = store.tok_term[s..e].to_vec();
        order::sort(&mut terms);
        for run in terms.chunk_by(|a, b| a == b) {
            let tf = u16::try_from(run.len()).unwrap_or(u16::MAX);
            pairs.push((run[0], d as u32, tf));
            df[run[0] as usize + 1] += 1;
        }
    }
    for t in 1..df.len() {
        df[t] += df[t - 1];
    }
    store.post_start = df.clone();
    store.post_doc = vec![0; pairs.len()];
    store.post_tf = vec![0; pairs.len()];
    let mut fill = df;
    for (t, d, tf) in pairs {
        let at = fill[t as usize] as usize;
        store.post_doc[at] = d;
        store.post_tf[at] = tf;
        fill[t as usize] += 1;
    }
    let total = store.tok_term.len() as f32;
    store.avg_len = total / store.docs.len().max(1) as f32;
}

fn build_keys(store: &mut Store, words: &[String], rank: &[u32]) {
    let (mut stem_keys, mut folds, mut fold_stems, mut skels) = (vec![], vec![], vec![], vec![]);
    for (old, w) in words.iter().enumerate() {
        let id = rank[old];
        let own = stems(w, false);
        let folded = fold(w);
        // Keys equal to the term or to its own stems are found in `vocab` and
        // `stems`, which folded lookups also search: store only the others.
        for s in stems(&folded, true) {
            if !own.contains(&s) {
                fold_stems.push((s, id));
            }
        }
        if folded != *w {
            folds.push((folded, id));
        }
        skels.push((skeleton(w), id));
        for s in own {
            skels.push((skeleton(&s), id));
            stem_keys.push((s, id));
        }
    }
    store.stems = KeyTable::build(stem_keys);
    store.folds = KeyTable::build(folds);
    store.fold_stems = KeyTable::build(fold_stems);
    store.skeletons = KeyTable::build(skels);
}

impl Store {
    pub fn postings(&self, term: u32) -> impl Iterator<Item = (u32, u16)> + '_ {
        let (s, e) = (
            self.post_start[term as usize] as usize,
            self.post_start[term as usize + 1] as usize,
        );
        self.post_doc[s..e]
            .iter()
            .copied()
            .zip(self.post_tf[s..e].iter().copied())
    }

    pub fn df(&self, term: u32) -> usize {
        (self.post_start[term as usize + 1] - self.post_start[term as usize]) as usize
    }

    pub fn doc_tokens(&self, doc: u32) -> std::ops::Range<usize> {
        self.doc_start[doc as usize] as usize..self.doc_start[doc as usize + 1] as usize
    }

    pub fn term_text(&self, term: u32) -> &str {
        self.vocab.key(term as usize)
    }

    /// Estimated heap bytes of all structures.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let docs: usize = self.docs.iter().map(|d| d.block_id.len()).sum::<usize>()
            + self.docs.capacity() * size_of::<Doc>();
        let sections: usize = self.section_ids.iter().map(|s| s.len()).sum::<usize>()
            + self.section_ids.capacity() * size_of::<Box<str>>();
        docs + sections
            + (self.doc_start.capacity() + self.tok_term.capacity() + self.post_start.capacity())
                * 4
            + self.post_doc.capacity() * 4
            + self.post_tf.capacity() * 2
            + self.tok_range.capacity() * 8
            + self.info.capacity() * size_of::<TermInfo>()
            + self.shown.iter().flatten().map(|s| s.len()).sum::<usize>()
            + self.shown.capacity() * size_of::<Option<Box<str>>>()
            + self.vocab.heap_bytes()
            + self.stems.heap_bytes()
            + self.folds.heap_bytes()
            + self.fold_stems.heap_bytes()
            + self.skeletons.heap_bytes()
    }
}
