//! The notes carried away: Markdown (quote, note, link) and W3C Web
//! Annotation JSON-LD (an `AnnotationCollection`), which imports back.
//! The JSON is built as serde types: the browser's `JSON.stringify` and
//! `JSON.parse` write and read it, so no JSON code ships in the Wasm.

use serde::{Deserialize, Serialize};

use super::{quote_hash, Colour, Note, Placed};
use crate::core::anchor::TextQuoteSelector;
use crate::core::prefs::Lang;
use crate::core::route::{percent_decode, Page as At, Route};
use crate::core::translation::{Reading, TrLang};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The notes as Markdown, in the order given: each quote as a block quote,
/// its note, its paragraph number and a link that opens the passage.
/// `page` is the article's address without the hash; `number` gives a
/// paragraph's number (`¶ 12`), `kazakh` its Kazakh text. Each link ends
/// with the colour and the language quoted (`· green · en`).
pub fn markdown<'k>(
    title: &str,
    notes: &[Placed],
    page: &str,
    number: impl Fn(&str) -> Option<usize>,
    kazakh: impl Fn(&str) -> Option<&'k str>,
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
        let hash = quote_hash(n, kazakh(&n.block));
        let label = number(&n.block).map_or_else(|| n.block.clone(), |k| format!("¶ {k}"));
        out.push_str(&format!(
            "\n[{label}]({page}{hash}) · {} · {}",
            n.colour.code(),
            n.lang.code()
        ));
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
    /// The paragraph's address (`…/#/p/p12`); in a translation, the
    /// translation read alone (`…/#/p/p12?tr=en-only`).
    pub source: String,
    /// The language of the text the selector quotes (`kk`, `ru`, `en`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
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
                    source: format!("{page}{}", source_hash(n)),
                    language: n.lang.code().into(),
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

/// The address of the text a note quotes: its paragraph, in its language.
fn source_hash(n: &Note) -> String {
    let reading = TrLang::of(n.lang).map_or(Reading::Kazakh, Reading::Alone);
    Route::new(At::block(&n.block), reading).to_hash()
}

/// The language a target quotes: its `language`, or else the translation
/// its address reads alone; Kazakh when it says neither (an older export).
fn target_lang(target: &Target) -> Lang {
    Lang::parse(&target.language).unwrap_or_else(|| {
        let hash = target.source.split_once('#').map_or("", |(_, h)| h);
        match Route::parse(hash).reading {
            Reading::Alone(l) => l.lang(),
            _ => Lang::Kk,
        }
    })
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
        let lang = target_lang(&a.target);
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
            lang,
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
    fn the_language_quoted_goes_out_and_comes_back() {
        let mut en = note("urn:uuid:1", "p12", "the ADR", "");
        en.lang = Lang::En;
        let mut ru = note("urn:uuid:2", "p3", "АДР", "");
        ru.lang = Lang::Ru;
        let kk = note("urn:uuid:3", "p4", "ӘДР", "");
        let c = web_annotations("Notes", &[&en, &ru, &kk], "https://e.org/");
        let t = |i: usize| &c.first.items[i].target;
        assert_eq!(t(0).language, "en");
        assert_eq!(t(0).source, "https://e.org/#/p/p12?tr=en-only");
        assert_eq!(
            (t(1).language.as_str(), t(2).language.as_str()),
            ("ru", "kk")
        );
        assert_eq!(t(2).source, "https://e.org/#/p/p4");
        let json = serde_json::to_string(&c).expect("serialises");
        assert!(json.contains("\"language\":\"en\""));
        let back: Collection = serde_json::from_str(&json).expect("parses");
        assert_eq!(
            from_web_annotations(back.clone()),
            (vec![en.clone(), ru, kk.clone()], 0)
        );
        // Without `language`: the address's translation read alone, else Kazakh.
        let mut old = back;
        for a in &mut old.first.items {
            a.target.language.clear();
        }
        let langs: Vec<Lang> = from_web_annotations(old).0.iter().map(|n| n.lang).collect();
        assert_eq!(langs, [Lang::En, Lang::Ru, Lang::Kk]);
        // An unknown language reads as the address says.
        let mut odd = web_annotations("Notes", &[&kk], "https://e.org/");
        odd.first.items[0].target.language = "xx".into();
        assert_eq!(from_web_annotations(odd).0[0].lang, Lang::Kk);
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
                pending: false,
            },
            Placed {
                note: &a,
                range: None,
                pending: false,
            },
        ];
        let md = markdown(
            "Notes",
            &placed,
            "https://e.org/",
            |_| Some(12),
            |_| Some("Бір жыл бұрын"),
            "detached",
        );
        assert!(md.starts_with("# Notes\n\n> Бір жыл\n\nМаңызды\n"), "{md}");
        assert!(md.contains(
            "[¶ 12](https://e.org/#/p/p12?quote=%D0%91%D1%96%D1%80%20%D0%B6%D1%8B%D0%BB) · green · kk\n"
        ));
        assert!(md.trim_end().ends_with("· detached"));
    }
}
