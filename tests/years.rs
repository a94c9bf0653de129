//! Year marks are the years written: a date on the timeline marks the text
//! that gives it, and a year searched marks that year and no other, in the
//! Kazakh text and in both translations (`1992` once marked `1922`: the
//! phonetic key merged doubled digits).

mod common;

use qazaq_reader::core::library::Library;
use qazaq_reader::core::search::Hit;
use qazaq_reader::core::translation::TrLang;

fn library() -> Library {
    common::library_with(&TrLang::ALL)
}

/// Every run of four digits read as a year (1000–2099) in `text`.
fn years_in(text: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for run in text.split(|c: char| !c.is_ascii_digit()) {
        if run.len() == 4 {
            if let Ok(y) = run.parse::<u16>() {
                if (1000..2100).contains(&y) {
                    out.push(y);
                }
            }
        }
    }
    out
}

/// Every text the reader can search: the article's blocks and titles, and
/// each translation's paragraphs and headings.
fn written_years(lib: &Library) -> Vec<u16> {
    let mut years: Vec<u16> = lib
        .article
        .blocks()
        .flat_map(|b| years_in(b.text))
        .collect();
    for lang in TrLang::ALL {
        let tr = lib.translation(lang).expect("loaded");
        for text in tr.blocks.values().chain(tr.sections.values()) {
            years.extend(years_in(text));
        }
    }
    years.sort_unstable();
    years.dedup();
    years
}

/// The text a hit's ranges are in: the block's, or its section's title.
fn kazakh_text<'a>(lib: &'a Library, hit: &Hit) -> &'a str {
    let text = if hit.in_title {
        lib.article
            .section(&hit.section_id)
            .and_then(|s| s.title.as_deref())
    } else {
        lib.text_of(&hit.block_id)
    };
    text.expect("a hit's text exists")
}

fn translated_text<'a>(lib: &'a Library, lang: TrLang, hit: &Hit) -> &'a str {
    let tr = lib.translation(lang).expect("loaded");
    let text = if hit.in_title {
        tr.section(&hit.section_id)
    } else {
        tr.block(&hit.block_id)
    };
    text.expect("a translated hit's text exists")
}

/// The marked word is the year, or starts with it (`1990s`, `1990-х`).
fn is_year(word: &str, year: &str) -> bool {
    word.strip_prefix(year)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
}

#[test]
fn every_timeline_date_marks_the_year_its_text_gives() {
    let lib = library();
    let events: Vec<_> = lib.timeline().iter().chain(lib.sources()).collect();
    assert!(
        events.len() >= 25,
        "the timeline lost dates: {}",
        events.len()
    );
    for e in events {
        let text = lib.text_of(&e.block_id).expect("the event's block");
        let marked = &text[e.start..e.end];
        let written = years_in(marked);
        assert_eq!(
            written.first(),
            Some(&e.start_year),
            "{}: {marked:?} marked as {}",
            e.id,
            e.start_year
        );
        // A range's end is written too; a decade's is worked out (1990–1999).
        if let (Some(end), qazaq_reader::core::dates::Precision::Range) = (e.end_year, e.precision)
        {
            assert_eq!(written.last(), Some(&end), "{}: {marked:?}", e.id);
        }
    }
}

#[test]
fn a_year_searched_marks_that_year_only() {
    let lib = library();
    let written = written_years(&lib);
    assert!(
        written.contains(&1922) && written.contains(&1991),
        "{written:?}"
    );
    // Every year of the last two centuries, written or not: `1992` is not in
    // the article and must mark nothing, neither `1922` nor `1929`.
    let mut queries: Vec<u16> = (1900..2030).collect();
    queries.extend(written.iter().filter(|y| **y < 1900 || **y >= 2030));
    for year in queries {
        let y = year.to_string();
        for query in [y.clone(), format!("{y} ")] {
            let results = lib.search_all(&query, 100);
            for found in &results.hits {
                let text = kazakh_text(&lib, &found.hit);
                for &(a, b) in &found.hit.ranges {
                    assert_eq!(&text[a..b], y, "{query:?} in {}", found.hit.block_id);
                }
                if let Some((lang, hit)) = &found.translation {
                    let text = translated_text(&lib, *lang, hit);
                    for &(a, b) in &hit.ranges {
                        assert!(
                            is_year(&text[a..b], &y),
                            "{query:?} marks {:?} in {} ({})",
                            &text[a..b],
                            hit.block_id,
                            lang.code()
                        );
                    }
                }
            }
            // A year written is found wherever it is written in Kazakh.
            let blocks: Vec<&str> = results
                .hits
                .iter()
                .map(|f| f.hit.block_id.as_str())
                .collect();
            for b in lib.article.blocks() {
                let section_title = matches!(
                    b.kind,
                    qazaq_reader::core::article::TextKind::SectionTitle
                        | qazaq_reader::core::article::TextKind::BibliographyTitle
                        | qazaq_reader::core::article::TextKind::Author
                );
                if !section_title && years_in(b.text).contains(&year) {
                    assert!(blocks.contains(&b.id), "{query:?}: {} missing", b.id);
                }
            }
        }
    }
}
