//! The article's vocabulary (`#/words`), worked out at build time
//! (`src/bin/site/words.rs` writes `dist/words.json`): its words grouped by
//! the search's stemmer, with the forms that occur, where each occurs, and
//! the person or place a name belongs to. Words without content (a list in
//! `data/stopwords.txt`) and numbers are counted apart.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::index::Mention;
use super::text::{skeleton, stem, tokenize, Case};

/// One word of the article's body, as counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub block_id: String,
    pub start: usize,
    pub end: usize,
    /// Normalised (lowercase), with an abbreviation's suffix (`әдр-дің`).
    pub form: String,
    /// As written, for display.
    pub written: String,
}

/// The texts that make the article's body, with their ids: section titles,
/// paragraphs and the figure's caption (not the front matter nor the
/// bibliography). Links to a section title go to the section.
pub fn body_texts(article: &Article) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for s in &article.sections {
        if let Some(title) = &s.title {
            out.push((s.id.as_str(), title.as_str()));
        }
        out.extend(s.blocks.iter().map(|b| (b.id(), b.text())));
    }
    out
}

/// Every word of the body in reading order. A suffix written after an
/// abbreviation's hyphen (`ӘДР-дің`) belongs to it: one word, not two.
pub fn body_words(article: &Article) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    for (id, text) in body_texts(article) {
        let tokens = tokenize(text);
        let mut prev_upper = false;
        for t in tokens {
            let suffix = t.hyphen_before && prev_upper && t.case == Case::Lower;
            prev_upper = t.case == Case::Upper;
            if suffix {
                if let Some(last) = words.last_mut() {
                    last.form = format!("{}-{}", last.form, t.text);
                    last.end = t.end;
                    last.written = text
                        .get(last.start..last.end)
                        .unwrap_or_default()
                        .to_string();
                    continue;
                }
            }
            words.push(Word {
                block_id: id.to_string(),
                start: t.start,
                end: t.end,
                written: text.get(t.start..t.end).unwrap_or_default().to_string(),
                form: t.text,
            });
        }
    }
    words
}

/// The stop words of `data/stopwords.txt`: one a line, `#` starts a comment.
pub fn parse_stopwords(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// Why a word is not in the list, if it is not.
pub fn excluded(form: &str, stopwords: &[String]) -> bool {
    form.chars().any(|c| c.is_ascii_digit()) || stopwords.iter().any(|s| s == form)
}

/// The list's head: the group's key and what a reader sees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordEntry {
    /// The stem the forms share (`газет`); the entry's id.
    pub lemma: String,
    /// The stem as a word, capitalised when its most frequent form is
    /// (`Әзербайжан`, `халық`).
    pub head: String,
    pub count: usize,
    /// `(form as written, count)`, most frequent first.
    pub forms: Vec<(String, usize)>,
    /// Phonetic keys of the forms (the search's skeleton) for the filter, so
    /// Latin and Russian-keyboard input match. Not in the file: the reader
    /// fills them on load with [`fill_keys`].
    #[serde(default, skip_serializing)]
    pub keys: Vec<String>,
    /// The person or place most of the occurrences name, if most do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Every occurrence: `(block id, start, end)`, bytes in the block's text.
    pub at: Vec<(String, usize, usize)>,
}

/// What `dist/words.json` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// Words in the body.
    pub total: usize,
    /// Of which stop words and numbers, left out.
    pub excluded: usize,
    pub stopwords: Vec<String>,
    pub entries: Vec<WordEntry>,
    /// The article's abstract by language (`kk`, `ru`, `en`), where
    /// `data/abstracts/<lang>.json` gives one; the overview shows it.
    #[serde(default)]
    pub abstracts: std::collections::BTreeMap<String, String>,
}

/// Groups the body's words by stem, most frequent first.
pub fn vocabulary(
    article: &Article,
    stopwords: &[String],
    people: &[Mention],
    places: &[Mention],
) -> Vocabulary {
    let words = body_words(article);
    let total = words.len();
    let mut entries: Vec<WordEntry> = Vec::new();
    // lemma → index in entries
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    let mut owners: Vec<Vec<(bool, String)>> = Vec::new();
    let mut excluded_count = 0;
    for w in &words {
        if excluded(&w.form, stopwords) {
            excluded_count += 1;
            continue;
        }
        let base = w.form.split('-').next().unwrap_or(&w.form);
        let lemma = stem(base);
        let i = *index.entry(lemma.clone()).or_insert_with(|| {
            entries.push(WordEntry {
                lemma,
                head: String::new(),
                count: 0,
                forms: Vec::new(),
                keys: Vec::new(),
                person: None,
                place: None,
                at: Vec::new(),
            });
            owners.push(Vec::new());
            entries.len() - 1
        });
        let e = &mut entries[i];
        e.count += 1;
        e.at.push((w.block_id.clone(), w.start, w.end));
        match e.forms.iter_mut().find(|(f, _)| f.to_lowercase() == w.form) {
            Some(f) => f.1 += 1,
            None => e.forms.push((w.written.clone(), 1)),
        }
        let inside = |block: &str, start: usize, end: usize| {
            block == w.block_id && start <= w.start && w.end <= end
        };
        if let Some(m) = people
            .iter()
            .find(|m| !m.in_name && inside(&m.block_id, m.start, m.end))
        {
            owners[i].push((true, m.slug.clone()));
        } else if let Some(m) = places
            .iter()
            .find(|m| !m.in_name && inside(&m.block_id, m.start, m.end))
        {
            owners[i].push((false, m.slug.clone()));
        }
    }
    for (e, owned) in entries.iter_mut().zip(owners) {
        // Most frequent form first; ties in reading order (the sort is stable).
        e.forms.sort_by_key(|f| std::cmp::Reverse(f.1));
        let capital = e
            .forms
            .first()
            .and_then(|f| f.0.chars().next())
            .is_some_and(char::is_uppercase);
        e.head = if capital {
            let mut c = e.lemma.chars();
            c.next()
                .map(|first| first.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            e.lemma.clone()
        };
        fill_keys(e);
        if let Some((is_person, slug)) = majority(&owned, e.count) {
            if is_person {
                e.person = Some(slug);
            } else {
                e.place = Some(slug);
            }
        }
    }
    entries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.lemma.cmp(&b.lemma)));
    Vocabulary {
        total,
        excluded: excluded_count,
        stopwords: stopwords.to_vec(),
        entries,
        abstracts: Default::default(),
    }
}

/// Sets an entry's filter keys from its forms.
pub fn fill_keys(e: &mut WordEntry) {
    let mut keys: Vec<String> = e
        .forms
        .iter()
        .map(|(f, _)| skeleton(&f.to_lowercase()))
        .collect();
    keys.dedup();
    e.keys = keys;
}

/// The owner named by more than half of `count` occurrences.
fn majority(owned: &[(bool, String)], count: usize) -> Option<(bool, String)> {
    let mut best: Option<(&(bool, String), usize)> = None;
    for o in owned {
        let n = owned.iter().filter(|p| *p == o).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((o, n));
        }
    }
    best.filter(|(_, n)| n * 2 > count).map(|(o, _)| o.clone())
}

/// A keyword-in-context line: up to `width` chars either side of the word,
/// cut at a space where one is near, with `…` where the text goes on.
pub fn kwic(text: &str, start: usize, end: usize, width: usize) -> (String, String, String) {
    let (Some(before), Some(word), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return (String::new(), String::new(), String::new());
    };
    let left: Vec<char> = before.chars().collect();
    let mut from = left.len().saturating_sub(width);
    if from > 0 {
        // Start at a word boundary, not inside a word.
        if let Some(sp) = left[from..].iter().position(|c| c.is_whitespace()) {
            from += sp + 1;
        }
    }
    let mut l: String = left[from..].iter().collect();
    if from > 0 {
        l.insert(0, '…');
    }
    let right: Vec<char> = after.chars().collect();
    let mut to = right.len().min(width);
    if to < right.len() {
        if let Some(sp) = right[..to].iter().rposition(|c| c.is_whitespace()) {
            to = sp;
        }
    }
    let mut r: String = right[..to].iter().collect();
    if to < right.len() {
        r.push('…');
    }
    (l, word.to_string(), r)
}

/// Whether an entry matches a filter typed in any script: each word of the
/// filter starts one of the entry's keys (the search's skeleton).
pub fn entry_matches(entry: &WordEntry, filter: &str) -> bool {
    let wanted: Vec<String> = tokenize(filter).iter().map(|t| skeleton(&t.text)).collect();
    wanted
        .iter()
        .all(|w| entry.keys.iter().any(|k| k.starts_with(w.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kwic_centres_the_word_and_cuts_at_spaces() {
        let text = "бірінші екінші үшінші газетінің төртінші бесінші";
        let start = text.find("газетінің").unwrap_or(0);
        let end = start + "газетінің".len();
        let (l, w, r) = kwic(text, start, end, 10);
        assert_eq!(w, "газетінің");
        assert_eq!(l, "…үшінші ");
        assert_eq!(r, " төртінші…");
        let (l, _, r) = kwic(text, start, end, 100);
        assert_eq!(
            (l.as_str(), r.as_str()),
            ("бірінші екінші үшінші ", " төртінші бесінші")
        );
    }

    #[test]
    fn stop_words_and_numbers_are_excluded() {
        let stop = parse_stopwords("# comment\nмен\n\nжәне\n");
        assert_eq!(stop, ["мен", "және"]);
        assert!(excluded("мен", &stop) && excluded("1918", &stop));
        assert!(!excluded("газет", &stop));
    }
}
