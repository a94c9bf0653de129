//! What the integration tests share: the project's data files, and small
//! articles made up for cases the real text lacks.
// Each test crate uses its own part of this module.
#![allow(dead_code)]

use qazaq_reader::core::article::{Article, Bibliography, Block, Meta, Reference, Section};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::{parse_people, Person};
use qazaq_reader::core::places::{parse_places, Place};
use qazaq_reader::core::render::Labels;
use qazaq_reader::core::translation::{TrLang, Translation};

/// A file of the project, by its path from the project root.
pub fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

pub fn article() -> Article {
    serde_json::from_str(&read("data/article.json")).expect("data/article.json parses")
}

pub fn people() -> Vec<Person> {
    parse_people(&read("data/people.json")).expect("data/people.json is valid")
}

pub fn places() -> Vec<Place> {
    parse_places(&read("data/places.json")).expect("data/places.json is valid")
}

/// A working translation of the project, `data/translations/<lang>.json`.
pub fn translation(lang: TrLang) -> Translation {
    let path = format!("data/translations/{}.json", lang.code());
    serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The library of the project's data with the translations in `langs` loaded,
/// as in the browser once they are fetched.
pub fn library_with(langs: &[TrLang]) -> Library {
    let lib = Library::computed(article(), people(), places());
    for &lang in langs {
        lib.set_translation(lang, translation(lang));
    }
    lib
}

/// `(block id, text)` pairs, owned, for comparing with what was found.
pub fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(b, t)| (b.to_string(), t.to_string()))
        .collect()
}

/// An article of the given paragraphs (`p1`, `p2`, …) and bibliography
/// entries (`ref1`, …), with empty front matter.
pub fn article_of(paragraphs: &[&str], references: &[&str]) -> Article {
    let blocks = paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| Block::Paragraph {
            id: format!("p{}", i + 1),
            text: text.to_string(),
        })
        .collect();
    let entries = references
        .iter()
        .enumerate()
        .map(|(i, text)| Reference {
            id: format!("ref{}", i + 1),
            text: text.to_string(),
            url: None,
        })
        .collect();
    Article {
        meta: Meta {
            title: String::new(),
            author: String::new(),
            position: String::new(),
            dedication: String::new(),
            lang: "kk".into(),
            ornament: None,
        },
        sections: vec![Section {
            id: "s1".into(),
            title: None,
            blocks,
        }],
        bibliography: Bibliography {
            id: "bibliography".into(),
            title: String::new(),
            entries,
        },
        repairs: Vec::new(),
    }
}

/// The body's labels for rendering tests, several with characters that must be
/// escaped (`<`, `&`, `"`), so a test can see that labels are escaped like text.
pub const LABELS: Labels = Labels {
    repair: "Repair",
    source_reading: "Source",
    edition_reading: "Edition",
    line_end: "line end",
    repair_kinds: ["h", "j", "b", "s", "p", "e"],
    opening_part: "Кіріспе",
    previous: "<prev>",
    next: "next & on",
    link_to_paragraph: "¶",
    link_to_section: "#",
    copy_link: "copy \"link\"",
    figure_label: "Сурет",
    abstract_label: "Қысқаша <мазмұны>",
    translation_notice: "Аударма \"ресми емес\"",
    cite: "cite <this>",
    cite_article: "cite the article",
    bibliography: "Bibliography",
};
