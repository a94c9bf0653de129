//! Highlights against the real article: placed in reading order, a changed
//! paragraph leaves its note detached (kept, never dropped), and the quote
//! links resolve and mark their passage.

mod common;

use common::{article, people, places};
use qazaq_reader::core::anchor::{selector_for, TextQuoteSelector};
use qazaq_reader::core::article::Block;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::notes::export::{from_web_annotations, web_annotations, Collection};
use qazaq_reader::core::notes::{in_reading_order, marks_in, quote_hash, Colour, Note, Stored};
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::route::{resolve, Page, Route};
use qazaq_reader::core::translation::{Reading, TrLang, Translation};

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
        lang: Lang::Kk,
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
    let placed = in_reading_order(&notes, &a, |_, id| Some(a.block(id).map(|b| b.text)));
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
    let placed = in_reading_order(&notes, &a, |_, id| Some(a.block(id).map(|b| b.text)));
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
    let placed = in_reading_order(&notes, &a, |_, id| Some(a.block(id).map(|b| b.text)));
    assert_eq!(placed.len(), 3, "never dropped");
    assert!(placed[2].detached());
    assert!(marks_in(&notes, "p20", Lang::Kk, text_of(&a, "p20")).is_empty());
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
    let h = lib
        .quote_highlights(&id, &quote, Reading::Kazakh)
        .expect("found");
    let range = h.ranges["p12"][0].clone();
    assert_eq!(&text_of(&lib.article, "p12")[range], passage);
    assert!(h.quote);
    assert_eq!(
        lib.quote_highlights("p12", "мұндай сөз жоқ", Reading::Kazakh),
        None
    );
    assert_eq!(
        resolve(Route::parse("#/p/p9999?quote=x"), &lib).page,
        Page::NotFound("/p/p9999".into())
    );
}

fn translation(lang: TrLang) -> Translation {
    let path = format!("data/translations/{}.json", lang.code());
    serde_json::from_str(&common::read(&path)).expect("a translation")
}

/// A library with both translations fetched.
fn translated_library() -> Library {
    let lib = Library::computed(article(), people(), places());
    for l in TrLang::ALL {
        lib.set_translation(l, translation(l));
    }
    lib
}

/// A note on `words` of paragraph `id` as written in `lang`.
fn note_in(lib: &Library, lang: Lang, id: &str, words: &str, n: usize) -> Note {
    let text = lib.text_in(lang, id).flatten().expect("the text");
    let at = text.find(words).expect("the words");
    Note {
        lang,
        selector: selector_for(text, at..at + words.len()).expect("a selector"),
        ..note_on(&lib.article, id, &words_of(lib, id), n)
    }
}

fn words_of(lib: &Library, id: &str) -> String {
    words(&lib.article, id, 2)
}

/// Words 3..8 of paragraph `id` in translation `lang`.
fn tr_passage(lib: &Library, lang: TrLang, id: &str) -> String {
    let text = lib
        .translation(lang)
        .and_then(|t| t.block(id))
        .expect("translated");
    text.split(' ')
        .skip(3)
        .take(5)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn highlights_in_a_translation_anchor_in_its_text() {
    let lib = translated_library();
    let en = tr_passage(&lib, TrLang::En, "p12");
    let ru = tr_passage(&lib, TrLang::Ru, "p12");
    let notes = vec![
        note_in(&lib, Lang::En, "p12", &en, 1),
        note_in(&lib, Lang::Ru, "p12", &ru, 2),
        note_in(&lib, Lang::Kk, "p12", &words(&lib.article, "p12", 3), 3),
    ];
    // Each marks its own text only, never the same bytes of another language.
    let en_text = lib.text_in(Lang::En, "p12").flatten().expect("English");
    let marks = marks_in(&notes, "p12", Lang::En, en_text);
    assert_eq!(marks.len(), 1);
    assert_eq!(&en_text[marks[0].0.clone()], en);
    assert_eq!(marks[0].2, 0);
    let kk_marks = marks_in(&notes, "p12", Lang::Kk, text_of(&lib.article, "p12"));
    assert_eq!(kk_marks.iter().map(|m| m.2).collect::<Vec<_>>(), [2]);
    // Listed: the Kazakh first, then the translations; none detached.
    let placed = in_reading_order(&notes, &lib.article, |l, id| lib.text_in(l, id));
    let ids: Vec<&str> = placed.iter().map(|p| p.note.id.as_str()).collect();
    assert_eq!(ids, ["urn:uuid:3", "urn:uuid:2", "urn:uuid:1"]);
    assert!(placed.iter().all(|p| !p.detached()));
    // Before the translations are fetched: pending, not detached.
    let bare = Library::computed(article(), people(), places());
    let placed = in_reading_order(&notes, &bare.article, |l, id| bare.text_in(l, id));
    let pending: Vec<bool> = placed.iter().map(|p| p.pending).collect();
    assert_eq!(pending, [false, true, true]);
    assert!(placed.iter().all(|p| !p.detached()));
    // A translation rewritten where it was quoted: detached, still listed.
    let mut changed = translation(TrLang::En);
    changed
        .blocks
        .insert("p12".into(), "Quite another text.".into());
    let other = Library::computed(article(), people(), places());
    other.set_translation(TrLang::En, changed);
    let placed = in_reading_order(&notes[..1], &other.article, |l, id| other.text_in(l, id));
    assert!(placed[0].detached());
}

#[test]
fn a_quote_link_in_a_translation_opens_its_passage_marked_there() {
    let lib = translated_library();
    for lang in TrLang::ALL {
        let passage = tr_passage(&lib, lang, "p20");
        let note = note_in(&lib, lang.lang(), "p20", &passage, 1);
        let hash = quote_hash(&note, lib.text_of("p20"));
        let route = resolve(Route::parse(&hash), &lib);
        assert_eq!(route.reading, Reading::Parallel(lang), "{hash}");
        let reading = route.reading;
        let Page::Quote { id, quote } = route.page else {
            panic!("a quote route: {hash}");
        };
        let h = lib.quote_highlights(&id, &quote, reading).expect("found");
        assert!(h.ranges.is_empty() && h.quote);
        let text = lib
            .translation(lang)
            .and_then(|t| t.block("p20"))
            .expect("text");
        assert_eq!(&text[h.translated["p20"][0].clone()], passage);
        // The Kazakh reading alone does not find it.
        assert_eq!(lib.quote_highlights(&id, &quote, Reading::Kazakh), None);
    }
    // A passage the Kazakh has too (a year) opens the translation alone, so
    // the link marks it where it was quoted.
    let en = lib.translation(TrLang::En).expect("English");
    let (id, year) = lib
        .article
        .blocks()
        .find_map(|b| {
            let tr = en.block(b.id)?;
            let year = tr
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| w.len() == 4 && b.text.contains(*w))?;
            Some((b.id.to_string(), year.to_string()))
        })
        .expect("a year in both");
    let note = note_in(&lib, Lang::En, &id, &year, 1);
    let hash = quote_hash(&note, lib.text_of(&id));
    let reading = Route::parse(&hash).reading;
    assert_eq!(reading, Reading::Alone(TrLang::En));
    let h = lib.quote_highlights(&id, &year, reading).expect("found");
    assert!(h.ranges.is_empty() && h.translated.contains_key(&id));
}

#[test]
fn the_language_survives_export_and_import() {
    let lib = translated_library();
    let notes: Vec<Note> = [Lang::Kk, Lang::Ru, Lang::En]
        .into_iter()
        .enumerate()
        .map(|(i, lang)| {
            let passage = match TrLang::of(lang) {
                Some(l) => tr_passage(&lib, l, "p7"),
                None => words(&lib.article, "p7", 4),
            };
            note_in(&lib, lang, "p7", &passage, i)
        })
        .collect();
    let refs: Vec<&Note> = notes.iter().collect();
    let c = web_annotations("Notes", &refs, "https://example.org/reader/");
    let json = serde_json::to_string(&c).expect("serialises");
    let back: Collection = serde_json::from_str(&json).expect("parses");
    let (imported, skipped) = from_web_annotations(back);
    assert_eq!(skipped, 0);
    assert_eq!(imported, notes);
    let placed = in_reading_order(&imported, &lib.article, |l, id| lib.text_in(l, id));
    assert!(placed.iter().all(|p| p.range.is_some()));
}

#[test]
fn notes_stored_before_translations_load_as_kazakh() {
    let stored: Stored =
        serde_json::from_str(&common::read("tests/fixtures/notes-v1.json")).expect("parses");
    assert_eq!(stored.notes.len(), 2);
    let lib = Library::computed(article(), people(), places());
    for n in &stored.notes {
        assert_eq!(n.lang, Lang::Kk, "{}", n.id);
    }
    let placed = in_reading_order(&stored.notes, &lib.article, |l, id| lib.text_in(l, id));
    assert!(
        placed.iter().all(|p| p.range.is_some()),
        "all still anchored"
    );
    let marks = marks_in(&stored.notes, "p12", Lang::Kk, text_of(&lib.article, "p12"));
    assert_eq!(marks.len(), 1);
    // Written again, they carry the language; an unknown one reads as Kazakh.
    let again = serde_json::to_string(&stored).expect("serialises");
    assert!(again.contains("\"lang\":\"kk\""));
    let odd = again.replacen("\"lang\":\"kk\"", "\"lang\":\"xx\"", 1);
    let odd: Stored = serde_json::from_str(&odd).expect("still parses");
    assert_eq!(odd.notes[0].lang, Lang::Kk);
}
