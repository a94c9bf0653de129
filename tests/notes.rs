//! Highlights against the real article: placed in reading order, a changed
//! paragraph leaves its note detached (kept, never dropped), and the quote
//! links resolve and mark their passage.

mod common;

use common::{article, people, places};
use qazaq_reader::core::anchor::{selector_for, TextQuoteSelector};
use qazaq_reader::core::article::Block;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::notes::{in_reading_order, marks_in, Colour, Note};
use qazaq_reader::core::route::{resolve, Page, Route};

fn text_of<'a>(a: &'a qazaq_reader::core::article::Article, id: &str) -> &'a str {
    a.block(id).expect("a block").text
}

fn note_on(a: &qazaq_reader::core::article::Article, id: &str, words: &str, n: usize) -> Note {
    let text = text_of(a, id);
    let at = text.find(words).expect("the words");
    Note {
        id: format!("urn:uuid:{n}"),
        block: id.into(),
        selector: selector_for(text, at..at + words.len()).expect("a selector"),
        colour: Colour::Yellow,
        note: String::new(),
        created: String::new(),
        modified: String::new(),
    }
}

/// The first `k` words of paragraph `id`.
fn words(a: &qazaq_reader::core::article::Article, id: &str, k: usize) -> String {
    text_of(a, id)
        .split(' ')
        .take(k)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn notes_are_listed_in_reading_order_and_a_changed_text_detaches() {
    let mut a = article();
    let late = note_on(&a, "p20", &words(&a, "p20", 3), 1);
    let early = note_on(&a, "p3", &words(&a, "p3", 4), 2);
    let gone = Note {
        block: "p9".into(),
        selector: TextQuoteSelector {
            exact: "жоқ мәтін".into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        ..note_on(&a, "p9", &words(&a, "p9", 2), 3)
    };
    let notes = vec![late.clone(), gone.clone(), early.clone()];
    let placed = in_reading_order(&notes, &a);
    let ids: Vec<&str> = placed.iter().map(|p| p.note.id.as_str()).collect();
    assert_eq!(ids, ["urn:uuid:2", "urn:uuid:3", "urn:uuid:1"]);
    assert_eq!(
        placed.iter().map(|p| p.detached()).collect::<Vec<_>>(),
        [false, true, false]
    );

    // Rebuilt with p20 corrected elsewhere: its note stays attached, found
    // again by its text; rewritten where it was quoted: detached, still listed.
    for section in &mut a.sections {
        for block in &mut section.blocks {
            if let Block::Paragraph { id, text } = block {
                if id == "p20" {
                    *text = format!("Жаңа сөйлем. {text}");
                }
            }
        }
    }
    let placed = in_reading_order(&notes, &a);
    assert!(!placed[2].detached(), "found again after an edit elsewhere");
    for section in &mut a.sections {
        for block in &mut section.blocks {
            if let Block::Paragraph { id, text } = block {
                if id == "p20" {
                    *text = "Мүлде басқа мәтін.".into();
                }
            }
        }
    }
    let placed = in_reading_order(&notes, &a);
    assert_eq!(placed.len(), 3, "never dropped");
    assert!(placed[2].detached());
    assert!(marks_in(&notes, "p20", text_of(&a, "p20")).is_empty());
}

#[test]
fn quote_links_mark_their_passage_or_say_it_is_gone() {
    let lib = Library::computed(article(), people(), places());
    let passage = words(&lib.article, "p12", 5);
    let hash = Route::from(Page::Quote {
        id: "p12".into(),
        quote: passage.to_uppercase().replace(' ', "\n  "),
    })
    .to_hash();
    let route = resolve(Route::parse(&hash), &lib).page;
    let Page::Quote { id, quote } = route else {
        panic!("a quote route: {route:?}");
    };
    let h = lib.quote_highlights(&id, &quote).expect("found");
    let range = h.ranges["p12"][0].clone();
    assert_eq!(&text_of(&lib.article, "p12")[range], passage);
    assert!(h.quote);
    assert_eq!(lib.quote_highlights("p12", "мұндай сөз жоқ"), None);
    assert_eq!(
        resolve(Route::parse("#/p/p9999?quote=x"), &lib).page,
        Page::NotFound("/p/p9999".into())
    );
}
