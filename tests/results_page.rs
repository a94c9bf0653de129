//! The results page as data (`Library::results_page`), which the app's
//! results list and the small search runtime both show: the same hits as
//! `search_all`, snippets that mark the query's words, links that keep the
//! reading, and bad input told, not lost.

mod common;

use qazaq_reader::core::library::{Library, PartLabel, MAX_RESULTS};
use qazaq_reader::core::names::index::NameData;
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::search::MAX_QUERY_CHARS;
use qazaq_reader::core::translation::{Reading, TrLang, Translation};

/// As the runtime builds it: the article alone, no people or places.
fn library() -> Library {
    let lib = Library::new(
        common::article(),
        Vec::new(),
        Vec::new(),
        NameData::default(),
    );
    for lang in TrLang::ALL {
        let path = format!("data/translations/{}.json", lang.code());
        let tr: Translation = serde_json::from_str(&common::read(&path)).expect("parses");
        lib.set_translation(lang, tr);
    }
    lib
}

#[test]
fn the_page_lists_search_all_hits_in_order_with_marked_snippets() {
    let lib = library();
    for query in ["Абай", "Әлиев", "газет", "oil", "нефть"] {
        let page = lib.results_page(query, Lang::Kk, Reading::Kazakh, false);
        let all = lib.search_all(query, MAX_RESULTS);
        assert!(!page.items.is_empty(), "{query}: nothing");
        assert_eq!(page.total, all.total, "{query}");
        assert_eq!(page.matches, all.matches, "{query}");
        let ids: Vec<&str> = page.items.iter().map(|i| i.id.as_str()).collect();
        let want: Vec<&str> = all.hits.iter().map(|f| f.hit.block_id.as_str()).collect();
        assert_eq!(ids, want, "{query}");
        // Every result marks a word, in the Kazakh or in its translation.
        for item in &page.items {
            let marks = item
                .kazakh
                .iter()
                .chain(item.translation.iter().flat_map(|t| &t.parts));
            assert!(
                marks.clone().any(|(_, hit)| *hit),
                "{query}: {} marks nothing",
                item.id
            );
            assert!(
                item.href.starts_with(&format!("#/p/{}?q=", item.id)),
                "{}",
                item.href
            );
        }
    }
}

#[test]
fn a_hit_found_only_in_a_translation_opens_it_beside_the_kazakh() {
    let lib = library();
    let page = lib.results_page("Baku", Lang::En, Reading::Kazakh, false);
    let only = page
        .items
        .iter()
        .find(|i| i.translation.as_ref().is_some_and(|t| t.only))
        .expect("a result found only in English");
    assert!(only.href.ends_with("&tr=en"), "{}", only.href);
    // Read in English alone, the link keeps that reading.
    let page = lib.results_page("Baku", Lang::En, Reading::Alone(TrLang::En), false);
    assert!(
        page.items.iter().all(|i| i.href.ends_with("&tr=en-only")),
        "{:?}",
        page.items[0].href
    );
}

#[test]
fn places_are_named_in_the_interface_language() {
    let lib = library();
    let kk = lib.results_page("Абай", Lang::Kk, Reading::Kazakh, false);
    let ru = lib.results_page("Абай", Lang::Ru, Reading::Kazakh, false);
    let title = |p: &PartLabel| match p {
        PartLabel::Title { lang, .. } => Some(*lang),
        _ => None,
    };
    assert!(kk
        .items
        .iter()
        .filter_map(|i| title(&i.place))
        .all(|l| l == "kk"));
    assert!(ru
        .items
        .iter()
        .filter_map(|i| title(&i.place))
        .any(|l| l == "ru"));
    // The bibliography has no translation: its word in Russian instead.
    let bib = lib.results_page("журнал", Lang::Ru, Reading::Kazakh, false);
    let kk_bib = lib.results_page("журнал", Lang::Kk, Reading::Kazakh, false);
    assert_eq!(bib.items.len(), kk_bib.items.len());
    assert!(
        !bib.items.iter().any(|i| matches!(&i.place, PartLabel::Title { text, .. } if *text == lib.article.bibliography.title)),
        "the bibliography's Kazakh title in a Russian interface"
    );
}

#[test]
fn bad_input_is_told_not_lost() {
    let lib = library();
    let long = "Абай ".repeat(2000);
    let page = lib.results_page(&long, Lang::Kk, Reading::Kazakh, false);
    assert!(page.truncated);
    assert!(page.query.chars().count() <= MAX_QUERY_CHARS);
    for odd in ["😀🙂", "\u{202e}Абай\u{202c}", "   ", "\u{0}"] {
        let page = lib.results_page(odd, Lang::Ru, Reading::Kazakh, false);
        assert!(!page.truncated, "{odd:?}");
        assert!(page.query.chars().count() <= odd.chars().count());
    }
    let empty = lib.results_page("   ", Lang::Kk, Reading::Kazakh, false);
    assert!(empty.items.is_empty() && empty.query.is_empty());
}

#[test]
fn on_a_page_of_its_own_the_links_name_the_opening_page() {
    let lib = library();
    let page = lib.results_page("Абай", Lang::Kk, Reading::Kazakh, true);
    assert!(!page.items.is_empty());
    assert!(
        page.items.iter().all(|i| i.href.starts_with("./#/p/")),
        "{}",
        page.items[0].href
    );
    let none = lib.results_page("Абайх", Lang::Kk, Reading::Kazakh, true);
    assert!(none
        .suggestions
        .iter()
        .all(|(_, href)| href.starts_with("./#/search?q=")));
}
