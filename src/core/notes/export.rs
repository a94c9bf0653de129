//! The notes carried away: Markdown (quote, note, link) and W3C Web
//! Annotation JSON-LD (an `AnnotationCollection`), which imports back.
//! The JSON is built as serde types: the browser's `JSON.stringify` and
//! `JSON.parse` write and read it, so no JSON code ships in the Wasm.

use serde::{Deserialize, Serialize};

use super::{Colour, Note, Placed};
use crate::core::anchor::TextQuoteSelector;
use crate::core::route::{percent_decode, Page as At, Route};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The notes as Markdown, in the order given: each quote as a block quote,
/// its note, its paragraph number and a link that opens the passage.
/// `page` is the article's address without the hash; `number` gives a
/// paragraph's number (`¶ 12`).
pub fn markdown(
    title: &str,
    notes: &[Placed],
    page: &str,
    number: impl Fn(&str) -> Option<usize>,
    detached: &str,
) -> String {
    let mut out = format!("# {title}\n");
    for p in notes {
        let n = p.note;
        out.push('\n');
        for line in n.selector.exact.lines() {
            out.push_str("> ");
            out.push_str(line);
            out.push('\n');
        }
        if !n.note.trim().is_empty() {
            out.push('\n');
            out.push_str(n.note.trim());
            out.push('\n');
        }
        let hash = Route::from(At::Quote {
            id: n.block.clone(),
            quote: n.selector.exact.clone(),
        })
        .to_hash();
        let label = number(&n.block).map_or_else(|| n.block.clone(), |k| format!("¶ {k}"));
        out.push_str(&format!("\n[{label}]({page}{hash}) · {}", n.colour.code()));
        if p.detached() {
            out.push_str(&format!(" · {detached}"));
        }
        out.push('\n');
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    #[serde(rename = "@context")]
    pub context: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: String,
    pub total: usize,
    pub first: Page,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    #[serde(rename = "type")]
    pub kind: String,
    pub items: Vec<Annotation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    #[serde(rename = "@context", default, skip_serializing_if = "String::is_empty")]
    pub context: String,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub motivation: String,
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub modified: String,
    #[serde(default)]
    pub body: Vec<Body>,
    pub target: Target,
}

/// A `TextualBody`: the note (`commenting`) or the colour (`tagging`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(default)]
    pub purpose: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The paragraph's address (`…/#/p/p12`).
    pub source: String,
    pub selector: Selector,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Selector {
    #[serde(rename = "type")]
    pub kind: String,
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// The notes as an `AnnotationCollection`, in the order given.
pub fn web_annotations(label: &str, notes: &[&Note], page: &str) -> Collection {
    let items: Vec<Annotation> = notes
        .iter()
        .map(|n| {
            let mut body = vec![Body {
                kind: "TextualBody".into(),
                value: n.colour.code().into(),
                purpose: "tagging".into(),
            }];
            if !n.note.trim().is_empty() {
                body.insert(
                    0,
                    Body {
                        kind: "TextualBody".into(),
                        value: n.note.clone(),
                        purpose: "commenting".into(),
                    },
                );
            }
            Annotation {
                context: CONTEXT.into(),
                id: n.id.clone(),
                kind: "Annotation".into(),
                motivation: if n.note.trim().is_empty() {
                    "highlighting"
                } else {
                    "commenting"
                }
                .into(),
                created: n.created.clone(),
                modified: n.modified.clone(),
                body,
                target: Target {
                    source: format!("{page}{}", Route::from(At::block(&n.block)).to_hash()),
                    selector: Selector {
                        kind: "TextQuoteSelector".into(),
                        exact: n.selector.exact.clone(),
                        prefix: n.selector.prefix.clone(),
                        suffix: n.selector.suffix.clone(),
                    },
                },
            }
        })
        .collect();
    Collection {
        context: CONTEXT.into(),
        kind: "AnnotationCollection".into(),
        label: label.into(),
        total: items.len(),
        first: Page {
            kind: "AnnotationPage".into(),
            items,
        },
    }
}

/// The notes of an imported collection: those whose target names a block
/// (`…#/p/<id>`) and quotes text; anything else is skipped and counted.
pub fn from_web_annotations(collection: Collection) -> (Vec<Note>, usize) {
    let mut skipped = 0;
    let mut notes = Vec::new();
    for a in collection.first.items {
        let block = a
            .target
            .source
            .rsplit_once("#/p/")
            .map(|(_, rest)| percent_decode(rest.split('?').next().unwrap_or_default()));
        let sel = a.target.selector;
        let ok = sel.kind == "TextQuoteSelector" && !sel.exact.trim().is_empty();
        let (Some(block), true) = (block.filter(|b| !b.is_empty()), ok) else {
            skipped += 1;
            continue;
        };
        let text = |purpose: &str| {
            a.body
                .iter()
                .find(|b| b.purpose == purpose)
                .map(|b| b.value.clone())
        };
        notes.push(Note {
            id: a.id,
            block,
            selector: TextQuoteSelector {
                exact: sel.exact,
                prefix: sel.prefix,
                suffix: sel.suffix,
            },
            colour: text("tagging")
                .and_then(|c| Colour::parse(&c))
                .unwrap_or_default(),
            note: text("commenting").unwrap_or_default(),
            created: a.created,
            modified: a.modified,
        });
    }
    (notes, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::notes::tests::note;

    #[test]
    fn web_annotations_round_trip() {
        let a = note("urn:uuid:1", "p12", "Бір «жыл»", "Мәтін & <b>");
        let mut b = note("urn:uuid:2", "ref3", "x", "");
        b.colour = Colour::Pink;
        b.selector.prefix = "алды ".into();
        let c = web_annotations("Notes", &[&a, &b], "https://e.org/r/");
        assert_eq!(c.total, 2);
        assert_eq!(c.first.items[0].target.source, "https://e.org/r/#/p/p12");
        assert_eq!(c.first.items[1].motivation, "highlighting");
        let json = serde_json::to_string(&c).expect("serialises");
        assert!(json.contains("\"@context\":\"http://www.w3.org/ns/anno.jsonld\""));
        assert!(json.contains("\"type\":\"TextQuoteSelector\""));
        let back: Collection = serde_json::from_str(&json).expect("parses");
        assert_eq!(from_web_annotations(back), (vec![a, b], 0));
    }

    #[test]
    fn import_skips_what_names_no_paragraph() {
        let a = note("urn:uuid:1", "p12", "Бір", "");
        let mut c = web_annotations("Notes", &[&a, &a], "https://e.org/");
        c.first.items[1].target.source = "https://e.org/other".into();
        let (notes, skipped) = from_web_annotations(c);
        assert_eq!((notes.len(), skipped), (1, 1));
    }

    #[test]
    fn markdown_has_quote_note_and_link() {
        let a = note("urn:uuid:1", "p12", "Бір жыл", "Маңызды");
        let placed = [
            Placed {
                note: &a,
                range: Some(0..3),
            },
            Placed {
                note: &a,
                range: None,
            },
        ];
        let md = markdown("Notes", &placed, "https://e.org/", |_| Some(12), "detached");
        assert!(md.starts_with("# Notes\n\n> Бір жыл\n\nМаңызды\n"), "{md}");
        assert!(md.contains(
            "[¶ 12](https://e.org/#/p/p12?quote=%D0%91%D1%96%D1%80%20%D0%B6%D1%8B%D0%BB) · green\n"
        ));
        assert!(md.trim_end().ends_with("· detached"));
    }
}
