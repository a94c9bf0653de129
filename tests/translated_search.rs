//! Search through the translations: English and Russian words find the
//! Kazakh paragraph, hits in the Kazakh text come first, and the result says
//! which translation matched and where.

mod common;

use qazaq_reader::core::library::Library;
use qazaq_reader::core::translation::{TrLang, Translation};

fn library(langs: &[TrLang]) -> Library {
    let lib = Library::computed(common::article(), common::people(), common::places());
    for &lang in langs {
        let path = format!("data/translations/{}.json", lang.code());
        let tr: Translation = serde_json::from_str(&common::read(&path)).expect("parses");
        lib.set_translation(lang, tr);
    }
    lib
}

#[test]
fn words_of_the_issue_find_their_paragraphs() {
    let lib = library(&TrLang::ALL);
    for (query, lang) in [
        ("hunger", TrLang::En),
        ("independence", TrLang::En),
        ("poet", TrLang::En),
        ("oil", TrLang::En),
        ("Caspian", TrLang::En),
        ("голод", TrLang::Ru),
        ("независимость", TrLang::Ru),
        ("поэт", TrLang::Ru),
        ("нефть", TrLang::Ru),
    ] {
        let results = lib.search_all(query, 10);
        let first = results
            .hits
            .first()
            .unwrap_or_else(|| panic!("{query}: nothing"));
        let (found_in, hit) = first.translation.as_ref().expect("a translation matched");
        assert_eq!(*found_in, lang, "{query}");
        let tr = lib.translation(lang).expect("loaded");
        let text = if hit.in_title {
            tr.section(&hit.section_id)
        } else {
            tr.block(&hit.block_id)
        }
        .expect("translated");
        // The marked words are the query's, give or take an ending.
        let stem: String = query.to_lowercase().chars().take(4).collect();
        assert!(!hit.ranges.is_empty(), "{query}");
        for &(a, b) in &hit.ranges {
            assert!(
                text[a..b].to_lowercase().starts_with(&stem),
                "{query}: {}",
                &text[a..b]
            );
        }
    }
}

#[test]
fn nothing_is_found_through_a_translation_not_loaded() {
    let lib = library(&[]);
    assert!(lib.search_all("independence", 10).hits.is_empty());
    let lib = library(&[TrLang::En]);
    assert!(lib
        .search_all("независимость", 10)
        .hits
        .iter()
        .all(|f| f.only_in().is_none()));
    assert!(!lib.search_all("independence", 10).hits.is_empty());
}

#[test]
fn kazakh_hits_rank_above_translation_hits() {
    let lib = library(&TrLang::ALL);
    // `Baku` is in the Kazakh text (as Баку) and in the English translation.
    let results = lib.search_all("Baku", 50);
    let kazakh = lib.search().search("Baku", 50).hits;
    assert!(!kazakh.is_empty());
    let first_translated = results.hits.iter().position(|f| f.only_in().is_some());
    let first_translated = first_translated.expect("some blocks only in the translation");
    assert_eq!(
        first_translated,
        kazakh.len(),
        "every Kazakh hit comes first"
    );
    assert!(results.hits[..first_translated]
        .iter()
        .all(|f| !f.hit.ranges.is_empty()));
    assert_eq!(results.total, results.hits.len());
}

#[test]
fn junk_queries_never_panic() {
    let lib = library(&TrLang::ALL);
    for q in [
        "",
        " ",
        "the",
        "и",
        "😀😀",
        &"oil ".repeat(500),
        "\u{0301}ё",
        "-",
        "\"\"",
    ] {
        let _ = lib.search_all(q, 10);
    }
    // Stop words alone are words like others: `the` finds many, all via English.
    assert!(lib.search_all("the", 10).hits.len() == 10);
}
