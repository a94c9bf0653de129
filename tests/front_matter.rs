//! Search finds the front matter in every language: the author line, his
//! position, the title and the dedication, in Kazakh and through the
//! Russian and English translations; a hit there leads to the line, which
//! the body marks.

mod common;

use qazaq_reader::core::library::Library;
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::render::{article_html, Reading};
use qazaq_reader::core::route::{resolve, Page, Route};
use qazaq_reader::core::translation::TrLang;

fn library() -> Library {
    common::library_with(&TrLang::ALL)
}

/// A distinctive word of each front-matter line, the language it is
/// written in (`None`: the Kazakh) and the line's id; the word marked starts
/// like the query, but for a Latin spelling of a Cyrillic name.
const WORDS: &[(&str, Option<TrLang>, &str)] = &[
    ("Маммадов", None, "meta-author"),
    ("Рашад", None, "meta-author"),
    // The author's name stays as written; a Latin spelling finds it too.
    ("Mammadov", None, "meta-author"),
    ("Төтенше", None, "meta-position"),
    ("бауырластық", None, "meta-title"),
    ("ведомствосының", None, "meta-dedication"),
    ("Чрезвычайный", Some(TrLang::Ru), "meta-position"),
    ("братских", Some(TrLang::Ru), "meta-title"),
    ("посвящается", Some(TrLang::Ru), "meta-dedication"),
    ("Plenipotentiary", Some(TrLang::En), "meta-position"),
    ("ambassador", Some(TrLang::En), "meta-position"),
    ("fraternal", Some(TrLang::En), "meta-title"),
    ("dedicated", Some(TrLang::En), "meta-dedication"),
];

#[test]
fn a_word_of_each_front_matter_line_finds_it_first() {
    let lib = library();
    for &(word, lang, id) in WORDS {
        for query in [word.to_string(), format!("{word} ")] {
            let results = lib.search_all(&query, 10);
            let first = results
                .hits
                .first()
                .unwrap_or_else(|| panic!("{query:?}: nothing"));
            assert_eq!(first.hit.block_id, id, "{query:?}");
            // The word marked is the query's, in the language it was found in.
            let (text, ranges) = match lang {
                None => (lib.text_of(id).expect("a line"), &first.hit.ranges),
                Some(lang) => {
                    let (found_in, hit) = first.translation.as_ref().expect("translated");
                    assert_eq!(*found_in, lang, "{query:?}");
                    let tr = lib.translation(lang).expect("loaded");
                    (tr.block(id).expect("translated line"), &hit.ranges)
                }
            };
            let word = if word == "Mammadov" {
                "маммадов"
            } else {
                word
            };
            let stem: String = word.to_lowercase().chars().take(4).collect();
            assert!(
                ranges
                    .iter()
                    .any(|&(a, b)| text[a..b].to_lowercase().starts_with(&stem)),
                "{query:?}: {ranges:?} in {text:?}"
            );
            // The hit leads somewhere: the route to the line is no "not found".
            let route = Route::from(Page::block(id));
            assert_eq!(resolve(route.clone(), &lib), route, "{query:?}");
        }
    }
}

#[test]
fn the_body_gives_each_line_its_id_and_marks_the_kazakh_hits() {
    let lib = library();
    let reading = Reading {
        shown: None,
        translating: false,
        ui: Lang::Kk,
        open: &[],
        choice: Default::default(),
        titles: None,
    };
    for (query, id) in [
        ("Маммадов", "meta-author"),
        ("Төтенше", "meta-position"),
        ("бауырластық", "meta-title"),
        ("ведомствосының", "meta-dedication"),
    ] {
        let highlights = lib.highlights(query, Default::default());
        assert!(highlights.blocks.iter().any(|b| b == id), "{query}");
        // The front matter's marks come first in reading order.
        assert_eq!(highlights.steps[0].block, id, "{query}");
        let html = article_html(&lib, &common::LABELS, &highlights, &reading);
        let at = html
            .find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} has no element"));
        let header_end = html.find("</header>").expect("a header");
        assert!(at < header_end, "{id} is in the header");
        let line = &html[at..header_end];
        let line = &line[..line.find("</p>").or(line.find("</h1>")).expect("closed")];
        assert!(line.contains("<mark>"), "{query}: {line}");
    }
}

#[test]
fn front_matter_words_find_nothing_in_a_translation_not_loaded() {
    let lib = Library::computed(common::article(), common::people(), common::places());
    assert!(lib.search_all("fraternal", 10).hits.is_empty());
    // The Kazakh lines are found all the same.
    let hits = lib.search_all("бауырластық", 10).hits;
    assert_eq!(hits[0].hit.block_id, "meta-title");
}
