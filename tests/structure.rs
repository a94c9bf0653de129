//! The article's one traversal and route resolution against the real data.

mod common;

use common::{article, people, places};
use qazaq_reader::core::article::TextKind;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::route::{resolve, Page, Route};
use qazaq_reader::core::translation::{Reading, TrLang};

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
    let lib = Library::computed(article(), people(), places());
    let known = [
        Page::Home,
        Page::Section("s2".into()),
        Page::Section("bibliography".into()),
        Page::block("p1"),
        Page::block("fig1"),
        Page::block("ref3"),
        // The front matter's lines: search finds them.
        Page::block("meta-author"),
        Page::block("meta-title"),
        Page::Person("heydar-aliyev".into()),
        Page::Place("baku".into()),
    ];
    for page in known {
        // The reading rides along, unchanged.
        let route = Route::new(page, Reading::Alone(TrLang::En));
        assert_eq!(resolve(route.clone(), &lib), route);
    }
    for (route, shown) in [
        (Page::Section("s99".into()), "/section/s99"),
        // A paragraph id is not a section, nor a section id a block.
        (Page::Section("p1".into()), "/section/p1"),
        (Page::block("s1"), "/p/s1"),
        (Page::block("meta-lang"), "/p/meta-lang"),
        (Page::Person("nobody".into()), "/person/nobody"),
        (Page::Place("atlantis".into()), "/place/atlantis"),
    ] {
        assert_eq!(
            resolve(route.into(), &lib).page,
            Page::NotFound(shown.into())
        );
    }
    let filtered = Page::Timeline {
        decade: Some(1990),
        person: Some("nobody".into()),
    };
    assert_eq!(
        resolve(filtered.into(), &lib).page,
        Page::Timeline {
            decade: Some(1990),
            person: None
        }
    );
}

/// The text of an HTML fragment: tags dropped, the five escapes undone.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

// One hit range on purpose.
#[allow(clippy::single_range_in_vec_init)]
#[test]
fn the_body_html_keeps_every_paragraph_and_links_every_name() {
    use qazaq_reader::core::library::Highlights;
    use qazaq_reader::core::render::{article_html, Reading};

    let lib = Library::computed(article(), people(), places());
    let mut highlights = Highlights::default();
    highlights.ranges.insert("p1".into(), vec![0..4]);
    let html = article_html(&lib, &common::LABELS, &highlights, &Reading::default());
    for (_, id, text) in lib.article.paragraphs() {
        let open = format!("<p id=\"{id}\" tabindex=\"-1\">");
        let start = html.find(&open).expect("paragraph rendered") + open.len();
        let end = start + html[start..].find("</p>").expect("closed");
        assert_eq!(text_of(&html[start..end]), text, "{id}");
    }
    // Labels are escaped like text; no raw markup gets through.
    assert!(html.contains("&lt;prev&gt;") && html.contains("next &amp; on"));
    assert!(html.contains("copy &quot;link&quot;"));
    assert!(!html.contains("<prev>"));
    let links = html.matches("<a class=\"person").count();
    assert_eq!(links, lib.people.mentions().len());
    assert_eq!(html.matches("<mark>").count(), 1);
    // A person's card is not repeated per mention: only an id points at it.
    assert!(!html.contains("data-card"));
}
