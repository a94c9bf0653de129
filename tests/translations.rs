//! The Russian and English translations against the Kazakh article: every
//! block and heading translated, nothing extra, every number and every name the
//! index finds carried over, and no block left in Kazakh.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

mod common;

use common::{article, people, places, read};
use qazaq_reader::core::article::Article;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::{mention_text, Person};
use qazaq_reader::core::places::Place;

/// The translations checked.
const LANGS: [&str; 2] = ["ru", "en"];

/// Letters of Kazakh that neither Russian nor English uses.
const KAZAKH_ONLY: &[char] = &[
    'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
];

/// This many Kazakh words in a row found in a translation make it a copy.
const COPIED_RUN: usize = 5;

#[derive(Debug, Deserialize)]
struct Translation {
    lang: String,
    meta: TranslatedMeta,
    sections: BTreeMap<String, String>,
    blocks: BTreeMap<String, String>,
    #[serde(default)]
    timeline: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct TranslatedMeta {
    title: String,
    position: String,
    dedication: String,
}

fn translation(lang: &str) -> Translation {
    let path = format!("data/translations/{lang}.json");
    serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `(id, Kazakh text)` a translation must cover: the front matter, the
/// section titles and the blocks (the bibliography stays as written).
fn kazakh_units(article: &Article) -> Vec<(String, &str)> {
    let meta = &article.meta;
    let mut units = vec![
        ("meta.title".to_string(), meta.title.as_str()),
        ("meta.position".to_string(), meta.position.as_str()),
        ("meta.dedication".to_string(), meta.dedication.as_str()),
    ];
    for section in &article.sections {
        if let Some(title) = &section.title {
            units.push((section.id.clone(), title.as_str()));
        }
        for block in &section.blocks {
            units.push((block.id().to_string(), block.text()));
        }
    }
    units
}

/// The translation of one unit of [`kazakh_units`], if there is one.
fn translated<'a>(t: &'a Translation, id: &str) -> Option<&'a str> {
    let text = match id {
        "meta.title" => Some(&t.meta.title),
        "meta.position" => Some(&t.meta.position),
        "meta.dedication" => Some(&t.meta.dedication),
        _ => t.sections.get(id).or_else(|| t.blocks.get(id)),
    };
    text.map(String::as_str)
}

#[test]
fn every_block_and_heading_is_translated_and_nothing_else() {
    let article = article();
    let titled: BTreeSet<&str> = article
        .sections
        .iter()
        .filter(|s| s.title.is_some())
        .map(|s| s.id.as_str())
        .collect();
    let blocks: BTreeSet<&str> = article
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.id()))
        .collect();
    let lib = Library::computed(article.clone(), people(), places());
    let events: BTreeSet<&str> = lib.timeline().iter().map(|e| e.id.as_str()).collect();
    for lang in LANGS {
        let t = translation(lang);
        assert_eq!(t.lang, lang, "{lang}.json names its language");
        for (id, _) in kazakh_units(&article) {
            let text = translated(&t, &id).unwrap_or_default();
            assert!(!text.trim().is_empty(), "{lang}: {id} is not translated");
        }
        for id in t.sections.keys() {
            assert!(
                titled.contains(id.as_str()),
                "{lang}: no titled section {id}"
            );
        }
        for id in t.blocks.keys() {
            assert!(blocks.contains(id.as_str()), "{lang}: no block {id}");
        }
        for id in t.timeline.keys() {
            assert!(
                events.contains(id.as_str()),
                "{lang}: no timeline event {id}"
            );
        }
    }
}

/// Every number in `text` as a canonical string: digit groups joined, the
/// decimal mark made a point, a following `мың` / `тысяч` / `thousand` (and
/// millions) multiplied in, so that `16 мың`, `16 тысяч` and `16,000` agree.
fn numbers(text: &str, lang: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let digits_from = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut found = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut int = String::new();
        let mut frac = String::new();
        let n = digits_from(i);
        int.extend(&chars[i..i + n]);
        i += n;
        while let Some(&sep) = chars.get(i) {
            let next = if i + 1 < chars.len() {
                digits_from(i + 1)
            } else {
                0
            };
            if next == 0 || !frac.is_empty() {
                break;
            }
            // English groups thousands with commas; Kazakh and Russian with
            // (narrow) spaces, and mark decimals with a comma.
            let group = match lang {
                "en" => sep == ',',
                _ => matches!(sep, ' ' | '\u{a0}' | '\u{202f}'),
            };
            let decimal = match lang {
                "en" => sep == '.',
                _ => sep == ',',
            };
            if group && next == 3 {
                int.extend(&chars[i + 1..i + 4]);
                i += 4;
            } else if decimal {
                frac.extend(&chars[i + 1..i + 1 + next]);
                i += 1 + next;
            } else {
                break;
            }
        }
        let rest: String = chars[i..].iter().collect::<String>().to_lowercase();
        let word = rest.trim_start().split(|c: char| !c.is_alphabetic()).next();
        let zeros = match word.unwrap_or_default() {
            "мың" | "thousand" | "тыс" => 3,
            w if w.starts_with("тысяч") => 3,
            "миллион" | "million" | "млн" => 6,
            w if w.starts_with("миллион") => 6,
            "миллиард" | "billion" | "млрд" => 9,
            w if w.starts_with("миллиард") => 9,
            _ => 0,
        };
        found.insert(scale(&int, &frac, zeros));
    }
    found
}

/// `int.frac × 10^zeros` as a plain decimal string without needless zeros.
fn scale(int: &str, frac: &str, zeros: usize) -> String {
    let mut frac: String = frac.to_string();
    while frac.len() < zeros {
        frac.push('0');
    }
    let (moved, kept) = frac.split_at(zeros);
    let whole = format!("{int}{moved}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let kept = kept.trim_end_matches('0');
    if kept.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{kept}")
    }
}

#[test]
fn numbers_read_alike_in_every_language() {
    assert_eq!(
        numbers("16 мың зиялы, 1,6 есе", "kk"),
        set(&["16000", "1.6"])
    );
    assert_eq!(
        numbers("16 тысяч, 220,7 миллиона", "ru"),
        set(&["16000", "220700000"])
    );
    assert_eq!(
        numbers("16,000 people, 1.6 times", "en"),
        set(&["16000", "1.6"])
    );
    assert_eq!(
        numbers("1911-1913 жылдары, ал 2017", "kk"),
        set(&["1911", "1913", "2017"])
    );
    assert_eq!(
        numbers("in 1990s, 130 000 and 130,000", "ru"),
        set(&["1990", "130000", "130"])
    );
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn every_number_of_a_block_is_in_its_translations() {
    let article = article();
    for lang in LANGS {
        let t = translation(lang);
        for (id, kazakh) in kazakh_units(&article) {
            let Some(text) = translated(&t, &id) else {
                continue;
            };
            let theirs = numbers(text, lang);
            let missing: Vec<String> = numbers(kazakh, "kk").difference(&theirs).cloned().collect();
            assert!(missing.is_empty(), "{lang}: {id} lacks {missing:?}");
        }
    }
}

/// Lowercase words of a text (letters and digits; hyphens and dashes split),
/// `ё` read as `е`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('ё', "е"))
        .collect()
}

/// The part of a word every Russian case form keeps: up to two final vowels,
/// `й` or `ь` dropped, never below three letters (`Алиева` → `алиев`,
/// `Каспий` → `касп`, `Абай` → `аба`).
fn russian_stem(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    for _ in 0..2 {
        match chars.last() {
            Some(c) if chars.len() > 3 && "аеиоуыэюяйь".contains(*c) => {
                chars.pop();
            }
            _ => break,
        }
    }
    chars.into_iter().collect()
}

/// Does `text` name `form`: its words in a row, each word of the text
/// beginning with the form's word (stemmed, for Russian)?
fn names(text: &[String], form: &str, lang: &str) -> bool {
    let form: Vec<String> = words(form)
        .iter()
        .map(|w| {
            if lang == "ru" {
                russian_stem(w)
            } else {
                w.clone()
            }
        })
        .collect();
    !form.is_empty()
        && text.windows(form.len()).any(|run| {
            run.iter()
                .zip(&form)
                .all(|(w, f)| w.starts_with(f.as_str()))
        })
}

/// The spellings of a person a translation may use: the full name, the
/// surname alone, and the language's aliases.
fn person_spellings(p: &Person, lang: &str) -> Vec<String> {
    let (full, aliases) = match lang {
        "ru" => (&p.russian, &p.aliases_ru),
        _ => (&p.latin, &p.aliases_en),
    };
    let mut spellings = vec![full.clone()];
    spellings.extend(full.split_whitespace().last().map(str::to_string));
    spellings.extend(aliases.iter().cloned());
    spellings
}

fn place_spellings(p: &Place, lang: &str) -> Vec<String> {
    let (full, aliases) = match lang {
        "ru" => (&p.russian, &p.aliases_ru),
        _ => (&p.latin, &p.aliases_en),
    };
    std::iter::once(full).chain(aliases).cloned().collect()
}

#[test]
fn russian_stems_keep_the_name() {
    let text = words("встреча Гейдара Алиева в Каспийском море и у Каспия, слова Абая");
    assert!(names(&text, "Гейдар Алиев", "ru"));
    assert!(names(&text, "Каспийское море", "ru"));
    assert!(names(&text, "Каспий", "ru"));
    assert!(names(&text, "Абай", "ru"));
    assert!(!names(&text, "Ильхам Алиев", "ru"));
    assert!(!names(&text, "Азербайджан", "ru"));
}

#[test]
fn every_name_the_index_finds_is_in_the_translations() {
    let lib = Library::computed(article(), people(), places());
    let units: BTreeSet<String> = kazakh_units(&lib.article)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // (block, slug, is a person)
    let found: Vec<(&str, &str, bool)> = lib
        .people
        .mentions()
        .iter()
        .map(|m| (m.block_id.as_str(), m.slug.as_str(), true))
        .chain(
            lib.places
                .mentions()
                .iter()
                .map(|m| (m.block_id.as_str(), m.slug.as_str(), false)),
        )
        .filter(|(block, _, _)| units.contains(*block))
        .collect();
    assert!(found.len() > 100, "the index finds the article's names");
    for lang in LANGS {
        let t = translation(lang);
        let mut missing = Vec::new();
        for &(block, slug, is_person) in &found {
            let spellings = if is_person {
                person_spellings(lib.person(slug).expect("known person"), lang)
            } else {
                place_spellings(lib.place(slug).expect("known place"), lang)
            };
            let text = words(translated(&t, block).unwrap_or_default());
            if !spellings.iter().any(|s| names(&text, s, lang)) {
                missing.push(format!("{block}: {slug}"));
            }
        }
        missing.dedup();
        assert!(missing.is_empty(), "{lang}: names not found: {missing:#?}");
    }
}

#[test]
fn no_translation_is_a_copy_of_the_kazakh() {
    let article = article();
    for lang in LANGS {
        let t = translation(lang);
        for (id, kazakh) in kazakh_units(&article) {
            let Some(text) = translated(&t, &id) else {
                continue;
            };
            assert_ne!(
                words(text),
                words(kazakh),
                "{lang}: {id} is the Kazakh text"
            );
            assert!(
                !text.contains(KAZAKH_ONLY),
                "{lang}: {id} has Kazakh letters"
            );
            let ours = words(text);
            let copied = words(kazakh)
                .windows(COPIED_RUN)
                .find(|run| ours.windows(COPIED_RUN).any(|w| w == *run))
                .map(|run| run.join(" "));
            assert_eq!(copied, None, "{lang}: {id} copies Kazakh words");
        }
    }
}

#[test]
fn every_timeline_event_has_a_line_with_its_numbers_and_names() {
    let lib = Library::computed(article(), people(), places());
    assert!(!lib.timeline().is_empty(), "the article has dated events");
    for lang in LANGS {
        let t = translation(lang);
        for event in lib.timeline() {
            let id = &event.id;
            let line = t.timeline.get(id).map(String::as_str).unwrap_or_default();
            assert!(!line.trim().is_empty(), "{lang}: no line for event {id}");
            assert!(!line.contains(KAZAKH_ONLY), "{lang}: event {id} in Kazakh");
            let theirs = numbers(line, lang);
            let missing: Vec<String> = numbers(&event.sentence, "kk")
                .difference(&theirs)
                .cloned()
                .collect();
            assert!(missing.is_empty(), "{lang}: event {id} lacks {missing:?}");
            let text = words(line);
            // The names the Kazakh line shows (a long sentence is cut around its date).
            let shown = |slug: &str, mention: Option<&str>| {
                mention.is_some_and(|written| event.sentence.contains(written))
                    && (event.people.iter().chain(&event.places)).any(|s| s == slug)
            };
            let people_shown: BTreeSet<&str> = lib
                .people
                .mentions_in(&event.block_id)
                .into_iter()
                .filter(|m| shown(&m.slug, mention_text(&lib.article, m)))
                .map(|m| m.slug.as_str())
                .collect();
            let places_shown: BTreeSet<&str> = lib
                .places
                .mentions_in(&event.block_id)
                .into_iter()
                .filter(|m| shown(&m.slug, mention_text(&lib.article, m)))
                .map(|m| m.slug.as_str())
                .collect();
            for slug in people_shown {
                let p = lib.person(slug).expect("known person");
                let named = person_spellings(p, lang)
                    .iter()
                    .any(|s| names(&text, s, lang));
                assert!(named, "{lang}: event {id} does not name {slug}");
            }
            for slug in places_shown {
                let p = lib.place(slug).expect("known place");
                let named = place_spellings(p, lang)
                    .iter()
                    .any(|s| names(&text, s, lang));
                assert!(named, "{lang}: event {id} does not name {slug}");
            }
        }
    }
}

/// The abstracts, in Kazakh and in each translation's language.
const ABSTRACT_LANGS: [&str; 3] = ["kk", "ru", "en"];

#[test]
fn abstracts_cover_the_article_and_each_section() {
    let article = article();
    let mut expected: BTreeSet<String> = article.sections.iter().map(|s| s.id.clone()).collect();
    expected.insert("article".into());
    for lang in ABSTRACT_LANGS {
        let path = format!("data/abstracts/{lang}.json");
        let abstracts: BTreeMap<String, String> =
            serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let keys: BTreeSet<String> = abstracts.keys().cloned().collect();
        assert_eq!(
            keys, expected,
            "{path}: one abstract per section and one in all"
        );
        for (id, text) in &abstracts {
            let n = text.split_whitespace().count();
            // About 100 words on the article; a section's may be shorter.
            let range = if id == "article" { 70..=140 } else { 30..=140 };
            assert!(range.contains(&n), "{path}: {id} has {n} words");
            // In its language: Kazakh letters in Kazakh only, Cyrillic not in English.
            let kazakh = text.contains(KAZAKH_ONLY);
            assert_eq!(kazakh, lang == "kk", "{path}: {id} is not in its language");
            let cyrillic = text
                .to_lowercase()
                .chars()
                .any(|c| ('а'..='я').contains(&c));
            assert_eq!(
                cyrillic,
                lang != "en",
                "{path}: {id} is not in its language"
            );
        }
    }
}
