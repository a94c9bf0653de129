//! The article's one traversal and route resolution against the real data.

mod common;

use common::{article, people, places};
use qazaq_reader::core::article::TextKind;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::route::{resolve, Route};

#[test]
fn blocks_visit_every_text_once_in_reading_order() {
    let a = article();
    let blocks: Vec<_> = a.blocks().collect();
    assert_eq!(blocks[0].kind, TextKind::Author);
    assert_eq!(blocks[0].text, a.meta.author);
    let paragraphs: Vec<&str> = blocks
        .iter()
        .filter(|b| b.kind == TextKind::Paragraph)
        .map(|b| b.id)
        .collect();
    let expected: Vec<&str> = a.paragraphs().map(|(_, id, _)| id).collect();
    assert_eq!(paragraphs, expected);
    let references = blocks.iter().filter(|b| b.kind == TextKind::Reference);
    assert_eq!(references.count(), a.bibliography.entries.len());
    let mut ids: Vec<&str> = blocks.iter().map(|b| b.id).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "an id used twice");
    // Parts: every section, then the bibliography.
    let parts: Vec<&str> = a.parts().map(|p| p.id).collect();
    assert_eq!(parts.len(), a.sections.len() + 1);
    assert_eq!(parts.last(), Some(&"bibliography"));
    assert_eq!(a.block("ref1").map(|b| b.part), Some(Some("bibliography")));
}

#[test]
fn routes_to_unknown_things_are_not_found() {
    let lib = Library::new(article(), people(), places());
    let known = [
        Route::Home,
        Route::Section("s2".into()),
        Route::Section("bibliography".into()),
        Route::block("p1"),
        Route::block("fig1"),
        Route::block("ref3"),
        Route::Person("heydar-aliyev".into()),
        Route::Place("baku".into()),
    ];
    for route in known {
        assert_eq!(resolve(route.clone(), &lib), route);
    }
    for (route, shown) in [
        (Route::Section("s99".into()), "/section/s99"),
        // A paragraph id is not a section, nor a section id a block.
        (Route::Section("p1".into()), "/section/p1"),
        (Route::block("s1"), "/p/s1"),
        (Route::block("meta-author"), "/p/meta-author"),
        (Route::Person("nobody".into()), "/person/nobody"),
        (Route::Place("atlantis".into()), "/place/atlantis"),
    ] {
        assert_eq!(resolve(route, &lib), Route::NotFound(shown.into()));
    }
    let filtered = Route::Timeline {
        decade: Some(1990),
        person: Some("nobody".into()),
    };
    assert_eq!(
        resolve(filtered, &lib),
        Route::Timeline {
            decade: Some(1990),
            person: None
        }
    );
}
