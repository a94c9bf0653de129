//! A light Kazakh stemmer: strips stacked case, plural, possessive and a few
//! derivational endings (`Әзербайжандықтар` → `әзербайжан`).
//!
//! Kazakh endings change shape with the sound before them (`-лар` after vowels,
//! `-дар` after `л м н`, `-тар` after voiceless consonants) and with the stem's
//! vowels (`-лар`/`-лер`). Requiring the right shape is what keeps names such as
//! `Гейдар` (a `-дар` after `й` is no plural) from being cut.

use super::fold::{fold, fold_char};
use super::suffixes::{After, SUFFIXES};
use std::sync::OnceLock;

/// Shortest stem a suffix may leave (see [`stem_len_ok`] for two-letter roots).
pub const MIN_STEM_CHARS: usize = 3;
/// Suffixes stack a handful deep in practice; this bounds the loop.
const MAX_ROUNDS: usize = 6;

/// Endings of roots that look like a suffix (`Қазақ-стан` is no ablative).
const PROTECTED: &[&str] = &["стан"];

/// Words that look inflected but are separate words in the article's usage.
const KEEP: &[&str] = &["басқа", "барлық", "барлығы"];

/// Roots whose last vowel drops before a possessive (`халық` → `халқы`).
const ELIDED: &[(&str, &str)] = &[
    ("халқ", "халық"),
    ("ауз", "ауыз"),
    ("мұрн", "мұрын"),
    ("ерн", "ерін"),
    ("қойн", "қойын"),
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

fn in_set(c: char, set: &str) -> bool {
    set.contains(c)
}

/// Whether `prev` (already folded, so `і` reads as `и`) may precede an ending
/// of class `after`. `у` counts as both vowel and consonant: it is a glide.
fn fits(after: After, prev: char) -> bool {
    let vowel = is_vowel(prev);
    let voiceless = in_set(prev, "кпстшфхцчщбвгдһ");
    match after {
        After::Vowel => vowel,
        After::VowelRy => vowel || in_set(prev, "рй"),
        After::LiquidNasal => in_set(prev, "лмнжз"),
        After::VowelNasal => vowel || in_set(prev, "мн"),
        After::SonorantZ => in_set(prev, "лрйужз"),
        After::Voiced => in_set(prev, "лрйумнжз"),
        After::VowelVoiced => vowel || in_set(prev, "лрймнжз"),
        After::VowelSonorant => vowel || in_set(prev, "лрймн"),
        After::Zh => in_set(prev, "жз"),
        After::VowelSonorantZ => vowel || in_set(prev, "лрйжз"),
        After::NasalOrPossessive => in_set(prev, "мныи"),
        After::Possessive => in_set(prev, "ыи"),
        After::Voiceless => voiceless,
        After::Consonant => !vowel || prev == 'у',
    }
}

/// Back (`Some(true)`) or front (`Some(false)`) for vowels that are
/// unambiguous; `е и у` and Russian vowels occur in loanwords of either kind.
fn backness(c: char) -> Option<bool> {
    match c {
        'а' | 'о' | 'ұ' | 'ы' => Some(true),
        'ә' | 'ө' | 'ү' | 'і' => Some(false),
        _ => None,
    }
}

/// A stem of two letters is allowed only for vowel-consonant roots (`ел`,
/// `ол`, `іс`) before a consonant-initial plural or case ending, so `оның`,
/// `аштық` and `үлгі` stay whole.
fn stem_len_ok(stem: &[char], suffix: &str, slot: u8) -> bool {
    if stem.len() >= MIN_STEM_CHARS {
        return stem.iter().any(|&c| is_vowel(fold_char(c)));
    }
    stem.len() == 2
        && (slot == 1 || slot == 3)
        && is_vowel(fold_char(stem[0]))
        && !is_vowel(fold_char(stem[1]))
        && suffix.chars().next().is_some_and(|c| !is_vowel(c))
}

/// The `-шы/-ші` of agent nouns (`басшы`, `елші`) is no possessive: a lone
/// `ы/і` stays after a consonant plus `ш`.
fn agent_noun(stem: &[char], suffix: &str) -> bool {
    let n = stem.len();
    (suffix == "ы" || suffix == "і")
        && n >= 2
        && fold_char(stem[n - 1]) == 'ш'
        && !is_vowel(fold_char(stem[n - 2]))
}

/// `к қ п` are voiced between vowels (`жүрек` → `жүрегі`, `-лық` → `-лығы`);
/// once a vowel-initial ending is cut the stem gets its own consonant back.
fn devoiced(c: char) -> Option<char> {
    match c {
        'г' => Some('к'),
        'ғ' => Some('қ'),
        'б' => Some('п'),
        _ => None,
    }
}

/// The suffix table decoded once: each ending's letters, as written and
/// folded, and for each last letter the endings that end in it, in the table's
/// order. A round of stripping looks only at the endings its word's last
/// letter allows, not at the whole table.
struct Endings {
    letters: Vec<(Vec<char>, Vec<char>)>,
    /// `[as written, folded]`: (last letter, indices into `SUFFIXES`), by letter.
    by_last: [Vec<(char, Vec<usize>)>; 2],
}

impl Endings {
    fn ending_in(&self, last: char, folded: bool) -> &[usize] {
        let list = &self.by_last[usize::from(folded)];
        match list.binary_search_by(|(c, _)| c.cmp(&last)) {
            Ok(i) => &list[i].1,
            Err(_) => &[],
        }
    }
}

fn endings() -> &'static Endings {
    static ENDINGS: OnceLock<Endings> = OnceLock::new();
    ENDINGS.get_or_init(|| {
        let letters: Vec<(Vec<char>, Vec<char>)> = SUFFIXES
            .iter()
            .map(|(s, ..)| (s.chars().collect(), s.chars().map(fold_char).collect()))
            .collect();
        let by_last = [false, true].map(|folded| {
            let mut list: Vec<(char, Vec<usize>)> = Vec::new();
            for (i, (exact, loose)) in letters.iter().enumerate() {
                let pattern = if folded { loose } else { exact };
                let Some(&last) = pattern.last() else {
                    continue;
                };
                match list.iter_mut().find(|(c, _)| *c == last) {
                    Some((_, ids)) => ids.push(i),
                    None => list.push((last, vec![i])),
                }
            }
            crate::core::order::sort_by_key(&mut list, |(c, _)| *c);
            list
        });
        Endings { letters, by_last }
    })
}

fn matches_end(word: &[char], suffix: &str, folded: bool) -> bool {
    let mut rest = word.iter().rev();
    suffix.chars().rev().all(|s| match rest.next() {
        Some(&w) if folded => fold_char(w) == fold_char(s),
        Some(&w) => w == s,
        None => false,
    })
}

fn harmony_ok(stem: &[char], suffix: &str) -> bool {
    // Only the last vowel decides; an ambiguous one (`газет`) allows both.
    let last_vowel = stem.iter().rev().find(|&&c| is_vowel(c));
    let Some(stem_back) = last_vowel.and_then(|&c| backness(c)) else {
        return true;
    };
    match suffix.chars().find_map(backness) {
        Some(suffix_back) => suffix_back == stem_back,
        // `-е-` endings: `е` is front in native words.
        None => !(stem_back && suffix.contains('е')),
    }
}

/// The main stem of a normalised (lowercase) word with exact Kazakh letters.
pub fn stem(word: &str) -> String {
    run(word, false, false, Depth::Root).0
}

/// The main stem of a word typed without Kazakh letters: endings are matched
/// through [`fold_char`] and vowel harmony is not checked, as folding erases it.
pub fn stem_folded(word: &str) -> String {
    run(word, true, false, Depth::Root).0
}

/// How far to strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Case, possessive and plural only: `әзербайжандықтар` → `әзербайжандық`.
    Inflection,
    /// Also derivational endings: `әзербайжандықтар` → `әзербайжан`.
    Root,
}

/// Every root a word may have: `құрылысы` is `құрылыс`+`ы` but `көшбасшысы`
/// is `көшбасшы`+`сы`, and only a dictionary could tell, so both are kept.
pub fn stems(word: &str, folded: bool) -> Vec<String> {
    stems_to(word, folded, Depth::Root)
}

/// Like [`stems`], stripping only as deep as `depth`.
pub fn stems_to(word: &str, folded: bool, depth: Depth) -> Vec<String> {
    let (main, ambiguous) = run(word, folded, false, depth);
    if !ambiguous {
        return vec![main];
    }
    let (other, _) = run(word, folded, true, depth);
    if other == main {
        vec![main]
    } else {
        vec![main, other]
    }
}

/// Strips endings from the right; with `keep_s` an `-сы`-type possessive is
/// read as `с` + `-ы`. Also returns whether such a choice came up.
fn run(word: &str, folded: bool, keep_s: bool, depth: Depth) -> (String, bool) {
    if KEEP.contains(&word) || word.chars().any(|c| c.is_ascii_digit()) {
        return (word.to_string(), false);
    }
    let mut chars: Vec<char> = word.chars().collect();
    let original_len = chars.len();
    let mut end = chars.len();
    let mut ambiguous = false;
    // Slot of the last ending cut; derivational endings (0) may repeat.
    let mut slot = u8::MAX;
    let table = endings();
    for _ in 0..MAX_ROUNDS {
        // A cut must not fall inside a protected root ending.
        let protected = PROTECTED
            .iter()
            .filter(|p| matches_end(&chars[..end], p, folded))
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0);
        let mut best: Option<(usize, u8, &str)> = None;
        let Some(&last) = chars[..end].last() else {
            break;
        };
        let last = if folded { fold_char(last) } else { last };
        for &i in table.ending_in(last, folded) {
            let (suffix, after, harmonic, s) = SUFFIXES[i];
            let (exact, loose) = &table.letters[i];
            let pattern = if folded { loose } else { exact };
            let len = pattern.len();
            let longer = best.is_none_or(|(b, _, _)| len > b);
            let out_of_order =
                (s >= slot && !(s == 0 && slot == 0)) || (s == 0 && depth == Depth::Inflection);
            if !longer || len >= end || len <= protected || out_of_order {
                continue;
            }
            let tail = &chars[end - len..end];
            let same = if folded {
                tail.iter()
                    .zip(pattern.iter())
                    .all(|(&w, &p)| fold_char(w) == p)
            } else {
                tail == &pattern[..]
            };
            let stem = &chars[..end - len];
            let ok = same
                && stem_len_ok(stem, suffix, s)
                && !agent_noun(stem, suffix)
                && stem.last().is_some_and(|&p| fits(after, fold_char(p)))
                && (folded || !harmonic || harmony_ok(stem, suffix));
            if !ok {
                continue;
            }
            if suffix.starts_with('с') && s >= 2 {
                ambiguous = true;
                if keep_s {
                    continue;
                }
            }
            best = Some((len, s, suffix));
        }
        let Some((len, s, suffix)) = best else {
            break;
        };
        end -= len;
        slot = s;
        let vowel_initial = suffix.chars().next().is_some_and(is_vowel);
        let after_vowel = end >= 2 && is_vowel(fold_char(chars[end - 2]));
        let last = chars[end - 1];
        let last = if folded { fold_char(last) } else { last };
        if let Some(d) = devoiced(last).filter(|_| vowel_initial && after_vowel) {
            chars[end - 1] = d;
        }
    }
    let out: String = chars[..end].iter().collect();
    if end < original_len {
        for &(short, full) in ELIDED {
            let as_written = out == short;
            // Compared letter by letter: no folded copy of each entry made.
            let as_folded = || folded && out.chars().eq(short.chars().map(fold_char));
            // Restoring adds one letter back, never more than was cut.
            if !(as_written || as_folded()) || full.chars().count() > original_len {
                continue;
            }
            return if as_written {
                (full.to_string(), ambiguous)
            } else {
                (fold(full), ambiguous)
            };
        }
    }
    (out, ambiguous)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(w: &str) -> String {
        stem(w)
    }

    #[test]
    fn strips_stacked_suffixes() {
        assert_eq!(st("әзербайжандықтар"), "әзербайжан");
        assert_eq!(st("әзербайжанның"), "әзербайжан");
        assert_eq!(st("әзербайжанға"), "әзербайжан");
        assert_eq!(st("әзербайжандағы"), "әзербайжан");
        assert_eq!(st("газетінің"), "газет");
        assert_eq!(st("газеті"), "газет");
        assert_eq!(st("газеттің"), "газет");
        assert_eq!(st("тарихында"), "тарих");
        assert_eq!(st("жылдары"), "жыл");
        assert_eq!(st("жылғы"), "жыл");
        assert_eq!(st("назарбаевтың"), "назарбаев");
        assert_eq!(st("тагиевтен"), "тагиев");
        assert_eq!(st("әлиевпен"), "әлиев");
        assert_eq!(st("қазақстанмен"), "қазақстан");
        assert_eq!(st("бакуде"), st("баку"));
        assert_eq!(st("кездескен"), st("кездесу"));
        assert_eq!(st("назарбаеву"), "назарбаев");
        assert_eq!(st("халқының"), "халық");
        assert_eq!(st("елдің"), "ел");
    }

    #[test]
    fn leaves_lookalikes_alone() {
        assert_eq!(st("гейдар"), "гейдар");
        assert_eq!(st("мен"), "мен");
        assert_eq!(st("оның"), "оның");
        assert_eq!(st("тарихи"), "тарихи");
        assert_eq!(st("басқа"), "басқа");
        assert_eq!(st("1994"), "1994");
    }

    /// Pairs of the article's own words: forms of one word must share a stem.
    #[test]
    fn article_forms_merge() {
        let groups: &[&[&str]] = &[
            &["газет", "газеті", "газетінің", "газеттің", "газетке"],
            &[
                "әзербайжан",
                "әзербайжанның",
                "әзербайжанға",
                "әзербайжандықтар",
            ],
            &[
                "қазақстан",
                "қазақстанда",
                "қазақстанмен",
                "қазақстандағы",
                "қазақстанның",
            ],
            &["халық", "халқы", "халқының", "халықтың", "халықтары"],
            &["жыл", "жылы", "жылдары", "жылдың", "жылғы"],
            &[
                "тәуелсіздік",
                "тәуелсіздігі",
                "тәуелсіздігінен",
                "тәуелсіздіктің",
            ],
            &["жүрегінде", "жүректен", "жүрегінен"],
            &["кітапқа", "кітабының"],
            &["ел", "елдің", "елге", "елдер"],
            &["көшбасшы", "көшбасшысы", "көшбасшының", "көшбасшылары"],
            &["құрылыс", "құрылысы", "құрылысында"],
            &["репрессия", "репрессияны"],
        ];
        for group in groups {
            let first = stems(group[0], false);
            for w in &group[1..] {
                let other = stems(w, false);
                assert!(
                    other.iter().any(|s| first.contains(s)),
                    "{} {first:?} vs {w} {other:?}",
                    group[0]
                );
            }
        }
    }

    /// Different words of the article that a careless stemmer would merge.
    #[test]
    fn article_words_stay_apart() {
        let pairs = [
            ("қазақ", "қазақстан"),
            ("басқа", "басты"),
            ("барлық", "бар"),
            ("аштықтан", "ашты"),
            ("тарих", "тарихи"),
            ("саяси", "саясат"),
            ("кезең", "кезде"),
            ("ұлы", "ұлт"),
            ("түркі", "түркия"),
            ("гейдар", "гей"),
            ("мен", "менің"),
            ("үлгі", "үлес"),
            ("әлиев", "әлимардан"),
        ];
        for (a, b) in pairs {
            let (sa, sb) = (stems(a, false), stems(b, false));
            assert!(
                sa.iter().all(|s| !sb.contains(s)),
                "{a} {sa:?} vs {b} {sb:?}"
            );
        }
    }

    #[test]
    fn folded_words_lose_the_same_endings() {
        assert_eq!(stem_folded("газетинин"), "газет");
        assert_eq!(stem_folded("азербайжандыктар"), "азербайжан");
        assert_eq!(stem_folded("казакстанда"), "казакстан");
        assert_eq!(stem_folded("халкынын"), "халык");
    }
}
