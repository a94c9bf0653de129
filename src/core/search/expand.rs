//! Which article words a query word stands for, each with the weight of the
//! matching tier that found it: exact form > stem > shared root > folded or
//! transliterated > prefix > one typo.

use super::index::{KeyTable, Store};
use super::query::QueryTerm;
use crate::core::order;
use crate::core::text::edit::within;
use crate::core::text::fold::{has_kazakh_letters, has_latin};
use crate::core::text::stem::{stems, stems_to, Depth};
use crate::core::text::{fold, skeleton};

pub const EXACT: f32 = 1.0;
pub const STEM: f32 = 0.6;
pub const DERIVED: f32 = 0.5;
pub const FOLDED: f32 = 0.5;
pub const SKELETON: f32 = 0.45;
pub const PREFIX: f32 = 0.4;
pub const TYPO: f32 = 0.3;

/// A prefix as short as `ре` could name most of the vocabulary.
const MAX_PREFIX_TERMS: usize = 64;
/// Typo matching starts at this many letters: shorter words have too many
/// neighbours one edit away.
const MIN_TYPO_CHARS: usize = 5;
/// Loose (non-Kazakh) spellings of at least this many letters also match as
/// a prefix.
const MIN_LOOSE_PREFIX: usize = 5;
/// Skeletons merge many sounds, so loose skeleton matching needs more letters.
const MIN_SKELETON_PREFIX: usize = 5;
const MIN_SKELETON_TYPO: usize = 6;

/// Article terms a query word stands for, sorted by term id.
#[derive(Debug, Default, Clone)]
pub struct Expansion {
    pub terms: Vec<(u32, f32)>,
}

impl Expansion {
    fn add(&mut self, term: u32, weight: f32) {
        self.terms.push((term, weight));
    }

    fn finish(&mut self) {
        // Keep the best tier for every term.
        crate::core::order::sort_by(&mut self.terms, |a, b| {
            a.0.cmp(&b.0).then(b.1.total_cmp(&a.1))
        });
        self.terms.dedup_by_key(|t| t.0);
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

pub fn expand(store: &Store, term: &QueryTerm) -> Expansion {
    let q = term.text.as_str();
    let mut out = Expansion::default();
    out.terms.extend(store.vocab.get(q).map(|t| (t, EXACT)));
    // Same inflected stem (`газеті` for `газет`) ranks above a shared root
    // through derivation (`тәуелсіз` for `тәуелсіздік`).
    let inflected = stems_to(q, false, Depth::Inflection);
    for s in stems(q, false) {
        for t in store.stems.get(&s) {
            let own = stems_to(store.term_text(t), false, Depth::Inflection);
            let close = own.iter().any(|o| inflected.contains(o));
            out.add(t, if close { STEM } else { DERIVED });
        }
    }
    // Typed with Kazakh letters: the spelling is trusted, no loose tiers.
    let loose = !has_kazakh_letters(q);
    let latin = has_latin(q);
    // Found by its spelling (exact, stem, folded), not only by the loose
    // phonetic key: a key match alone (`баккуде` → `бакуде`, one form of
    // the name) still lets the typo tier find the name's other forms.
    let mut spelled = !out.terms.is_empty();
    let folded = fold(q);
    let skel = skeleton(q);
    if loose {
        // Folded keys equal to the term itself live in `vocab` and `stems`.
        for table in [&store.vocab, &store.folds] {
            out.terms.extend(table.get(&folded).map(|t| (t, FOLDED)));
        }
        for s in stems(&folded, true) {
            for table in [&store.stems, &store.fold_stems] {
                out.terms.extend(table.get(&s).map(|t| (t, FOLDED)));
            }
        }
        spelled = !out.terms.is_empty();
        if skel.chars().count() >= 2 {
            let found = store.skeletons.get(&skel);
            out.terms.extend(found.map(|t| (t, SKELETON)));
        }
    } else if latin {
        // Mixed scripts (`Qазақстан`): only the skeleton makes sense of it.
        let found = store.skeletons.get(&skel);
        out.terms.extend(found.map(|t| (t, SKELETON)));
    }
    let found = !out.terms.is_empty();
    let len = q.chars().count();
    if (term.open && len >= 2) || (!found && len >= 3) {
        add_prefixes(&mut out, &store.vocab, q);
    }
    // Without Kazakh letters the stemmer cannot be trusted (Russian endings
    // such as `Назарбаеву`, Latin words), so longer words also match as a
    // prefix of the folded and phonetic forms.
    let long = len >= MIN_LOOSE_PREFIX;
    if loose && (term.open || !found || long) && len >= 3 {
        add_prefixes(&mut out, &store.vocab, &folded);
        add_prefixes(&mut out, &store.folds, &folded);
    }
    if latin && skel.chars().count() >= MIN_SKELETON_PREFIX {
        add_prefixes(&mut out, &store.skeletons, &skel);
    }
    if !spelled && len >= MIN_TYPO_CHARS && !has_digit(q) {
        let mut typos = Vec::new();
        near(&store.vocab, &folded, 1, &mut typos);
        near(&store.folds, &folded, 1, &mut typos);
        for s in stems(&folded, true) {
            near(&store.stems, &s, 1, &mut typos);
            near(&store.fold_stems, &s, 1, &mut typos);
        }
        if latin && skel.chars().count() >= MIN_SKELETON_TYPO {
            near(&store.skeletons, &skel, 1, &mut typos);
        }
        out.terms.extend(typos.into_iter().map(|(t, _)| (t, TYPO)));
    }
    out.finish();
    out
}

fn add_prefixes(out: &mut Expansion, table: &KeyTable, prefix: &str) {
    for t in table.with_prefix(prefix).take(MAX_PREFIX_TERMS) {
        out.add(t, PREFIX);
    }
}

/// Terms whose key is within `max` edits of `key`, with the distance.
fn near(table: &KeyTable, key: &str, max: usize, out: &mut Vec<(u32, usize)>) {
    let q: Vec<char> = key.chars().collect();
    let q_len = q.len();
    let mut buf: Vec<char> = Vec::new();
    let mut last: Option<(usize, Option<usize>)> = None;
    for i in 0..table.len() {
        let k = table.key(i);
        // Equal keys sit together: reuse the previous verdict.
        let verdict = match last {
            Some((j, v)) if table.key(j) == k => v,
            _ => {
                // A char takes 1 to 4 bytes: a cheap bound before decoding.
                let v = if k.len() + max < q_len || k.len() > 4 * (q_len + max) {
                    None
                } else {
                    buf.clear();
                    buf.extend(k.chars());
                    if buf.len().abs_diff(q_len) > max {
                        None
                    } else {
                        within(&q, &buf, max)
                    }
                };
                last = Some((i, v));
                v
            }
        };
        if let Some(d) = verdict {
            out.push((table.term(i), d));
        }
    }
}

/// How the article writes a term (`Әлиев`, `ӘДР`), for showing it.
pub fn display(store: &Store, term: u32) -> String {
    match &store.shown[term as usize] {
        Some(spelled) => spelled.to_string(),
        None => store.term_text(term).to_string(),
    }
}

/// Shortest query word that gets near words offered: a word of three letters
/// is one edit from dozens of common words (`oil` from `Ол`, `жыл`).
const MIN_SUGGESTED_CHARS: usize = 4;
/// From this many letters two edits are still close.
const MIN_TWO_EDIT_CHARS: usize = 7;

/// Article words close to a query word that matched nothing, nearest and most
/// frequent first. Close means: one edit away (two for long words) in the
/// folded spelling, or one in the phonetic key for Latin words of at least
/// [`MIN_SKELETON_TYPO`] letters, and about as long as the query word.
pub fn nearest(store: &Store, term: &QueryTerm, limit: usize) -> Vec<u32> {
    let q = term.text.as_str();
    let len = q.chars().count();
    if len < MIN_SUGGESTED_CHARS || has_digit(q) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let max = if len >= MIN_TWO_EDIT_CHARS { 2 } else { 1 };
    let folded = fold(q);
    near(&store.vocab, &folded, max, &mut found);
    near(&store.folds, &folded, max, &mut found);
    let skel = skeleton(q);
    if has_latin(q) && skel.chars().count() >= MIN_SKELETON_TYPO {
        // The phonetic key is loose already: one edit on top of it is plenty.
        near(&store.skeletons, &skel, 1, &mut found);
    }
    // A word much shorter or longer than the query is not what was meant.
    found.retain(|&(t, _)| {
        let n = store.term_text(t).chars().count();
        n >= MIN_SUGGESTED_CHARS - 1 && n.abs_diff(len) <= max + 1
    });
    order::sort_by(&mut found, |a, b| {
        a.1.cmp(&b.1).then(store.df(b.0).cmp(&store.df(a.0)))
    });
    let mut out: Vec<u32> = Vec::new();
    for (t, _) in found {
        if !out.contains(&t) && out.len() < limit {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::display;
    use crate::core::article::Article;
    use crate::core::search::index;
    use crate::core::text::Case;

    /// A term is shown as the article spells it: its capitals are the ones
    /// upper-casing it would give, and it reads back as the term itself.
    #[test]
    fn terms_are_shown_as_the_article_spells_them() {
        let json = include_str!("../../../data/article.json");
        let article: Article = serde_json::from_str(json).expect("article.json");
        let store = index::build(&article);
        let mut capitalised = 0;
        for term in 0..store.info.len() as u32 {
            let text = store.term_text(term);
            let shown = display(&store, term);
            assert_eq!(crate::core::text::normalize(&shown), text, "{shown}");
            let mut chars = text.chars();
            let expected: String = match store.info[term as usize].case {
                Case::Lower => text.to_string(),
                Case::Upper => text.to_uppercase(),
                Case::Title => chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(chars)
                    .collect(),
            };
            if store.info[term as usize].case != Case::Lower {
                capitalised += 1;
            }
            if store.info[term as usize].case == Case::Upper {
                assert_eq!(shown, expected);
            }
            assert_eq!(
                shown.chars().next().map(char::is_uppercase),
                expected.chars().next().map(char::is_uppercase),
                "{text}"
            );
        }
        assert!(capitalised > 100, "{capitalised} capitalised terms");
    }
}
