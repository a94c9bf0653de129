//! The article as TEI P5 XML, the exchange format of digital editions: names
//! marked with `<persName ref="#slug">`, `<placeName>` and `<orgName>`, dates
//! with `<date when="…">` (or `from`/`to`), and the people and places indexes
//! in `<standOff>`, so a historian can reuse them.
//!
//! A translation is its own document in its language (`xml:lang`), each
//! heading, paragraph and caption pointing at the Kazakh one it renders
//! (`corresp="azerbaijan-kazakhstan.tei.xml#p12"`). Its text carries no name
//! or date markup: the indexes mark the Kazakh words, not the translation's.
//!
//! Long (about 400 lines): one TEI writer, its header, body and standOff in
//! the order the schema wants them, read top to bottom.

use std::collections::HashMap;

use super::edition::Edition;
use super::escape_xml as esc;
use super::markup::{wrap, Span};
use super::{Contents, Download, Format};
use crate::core::article::Block;
use crate::core::dates::{Event, Precision};
use crate::core::library::Library;
use crate::core::names::index::Mention;
use crate::core::people::META_AUTHOR_ID;
use crate::core::places::PlaceKind;
use crate::core::prefs::Lang;
use crate::core::repair::trace::{
    counts, RepairKind, META_DEDICATION_ID, META_POSITION_ID, META_TITLE_ID,
};

pub const TEI_NS: &str = "http://www.tei-c.org/ns/1.0";

/// Whether a place is written `<orgName>` (organisations) or `<placeName>`.
pub fn is_org(kind: PlaceKind) -> bool {
    kind == PlaceKind::Organisation
}

fn kind_name(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::City => "city",
        PlaceKind::Country => "country",
        PlaceKind::Region => "region",
        PlaceKind::Sea => "sea",
        PlaceKind::Port => "port",
        PlaceKind::Route => "route",
        PlaceKind::Camp => "camp",
        PlaceKind::State => "state",
        PlaceKind::Organisation => "organisation",
    }
}

/// The date's attributes: `when` for a year, month or day, `from`/`to` for a
/// range or a decade.
pub fn date_attributes(e: &Event) -> String {
    let end = e.end_year.unwrap_or(e.start_year);
    match (e.precision, e.month, e.day) {
        (Precision::Range | Precision::Decade, _, _) => {
            format!("from=\"{:04}\" to=\"{:04}\"", e.start_year, end)
        }
        (_, Some(m), Some(d)) => format!("when=\"{:04}-{m:02}-{d:02}\"", e.start_year),
        (_, Some(m), None) => format!("when=\"{:04}-{m:02}\"", e.start_year),
        _ => format!("when=\"{:04}\"", e.start_year),
    }
}

/// Block id → the elements to put in its text, people first (they win when
/// two would cross), then places, then dates.
fn spans_by_block(lib: &Library) -> HashMap<&str, Vec<Span>> {
    let mut by_block: HashMap<&str, Vec<Span>> = HashMap::new();
    // A name inside a longer name (a street named after a person) says so.
    let kind = |m: &Mention| {
        if m.in_name {
            " type=\"part-of-name\""
        } else {
            ""
        }
    };
    for m in lib.people.mentions() {
        let kind = kind(m);
        by_block.entry(&m.block_id).or_default().push(Span {
            start: m.start,
            end: m.end,
            open: format!("<persName ref=\"#{}\"{kind}>", esc(&m.slug)),
            close: "</persName>".into(),
        });
    }
    for m in lib.places.mentions() {
        let tag = match lib.place(&m.slug) {
            Some(p) if is_org(p.kind) => "orgName",
            _ => "placeName",
        };
        let kind = kind(m);
        by_block.entry(&m.block_id).or_default().push(Span {
            start: m.start,
            end: m.end,
            open: format!("<{tag} ref=\"#{}\"{kind}>", esc(&m.slug)),
            close: format!("</{tag}>"),
        });
    }
    for e in lib.timeline().iter().chain(lib.sources()) {
        by_block.entry(&e.block_id).or_default().push(Span {
            start: e.start,
            end: e.end,
            open: format!("<date {}>", date_attributes(e)),
            close: "</date>".into(),
        });
    }
    // Last: a repair that would cross a name gives way (none does here;
    // `tests/downloads.rs` checks every repair is written).
    for r in &lib.article.repairs {
        by_block.entry(&r.block).or_default().push(Span {
            start: r.start,
            end: r.end,
            open: format!(
                "<choice><orig>{}</orig><reg type=\"{}\">",
                orig_xml(&r.orig),
                r.kind.code()
            ),
            close: "</reg></choice>".into(),
        });
    }
    by_block
}

/// The source's reading as TEI: its line ends as `<lb/>`, so blank lines
/// (the page breaks) show as two or more.
fn orig_xml(orig: &str) -> String {
    orig.split('\n').map(esc).collect::<Vec<_>>().join("<lb/>")
}

/// The Kazakh TEI file, which a translation's `corresp` points into.
pub fn original_file() -> String {
    Download {
        contents: Contents::Single(Lang::Kk),
        format: Format::Tei,
    }
    .file()
}

/// The edition as a TEI P5 document; `lib` gives the indexes (and, for the
/// original, the marks in its text).
pub fn to_tei(lib: &Library, edition: &Edition) -> String {
    let translated = edition.is_translation();
    let spans = if translated {
        HashMap::new()
    } else {
        spans_by_block(lib)
    };
    let marked = |id: &str, text: &str| wrap(text, spans.get(id).map_or(&[][..], |s| s)).0;
    let original = original_file();
    // ` corresp="…#p12"` on a translation's element, nothing on the original's.
    let corresp = |id: &str| {
        if translated {
            format!(" corresp=\"{}#{}\"", esc(&original), esc(id))
        } else {
            String::new()
        }
    };
    let article = &edition.article;
    let meta = &article.meta;
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<TEI xmlns=\"{TEI_NS}\" xml:lang=\"{}\">\n",
        esc(edition.code())
    ));
    header(&mut x, lib, edition);
    stand_off(&mut x, lib);

    x.push_str("<text>\n<front>\n");
    x.push_str(&format!(
        "<docTitle><titlePart type=\"main\">{}</titlePart>",
        marked(META_TITLE_ID, &meta.title)
    ));
    let words = edition.words();
    if translated {
        x.push_str(&format!(
            "<titlePart type=\"original\" xml:lang=\"kk\">{}</titlePart>",
            esc(&edition.original_title)
        ));
    }
    x.push_str("</docTitle>\n");
    x.push_str(&format!(
        "<byline><docAuthor>{}</docAuthor>, {}</byline>\n",
        marked(META_AUTHOR_ID, &meta.author),
        marked(META_POSITION_ID, &meta.position)
    ));
    // After the byline: in TEI's front, once a division starts only
    // divisions follow.
    if let Some(notice) = words.notice {
        x.push_str(&format!(
            "<div type=\"notice\"><p>{}</p></div>\n",
            esc(notice)
        ));
    }
    x.push_str(&format!(
        "<div type=\"dedication\"><p>{}</p></div>\n</front>\n<body>\n",
        marked(META_DEDICATION_ID, &meta.dedication)
    ));
    let mut paragraph = 0;
    for section in &article.sections {
        x.push_str(&format!(
            "<div xml:id=\"{}\"{}>\n",
            esc(&section.id),
            corresp(&section.id)
        ));
        if let Some(title) = &section.title {
            x.push_str(&format!("<head>{}</head>\n", marked(&section.id, title)));
        }
        for block in &section.blocks {
            match block {
                Block::Paragraph { id, text } => {
                    paragraph += 1;
                    x.push_str(&format!(
                        "<p xml:id=\"{}\" n=\"{paragraph}\"{}>{}</p>\n",
                        esc(id),
                        corresp(id),
                        marked(id, text)
                    ));
                }
                Block::Figure { id, caption } => x.push_str(&format!(
                    "<figure xml:id=\"{}\"{}><head>{}</head></figure>\n",
                    esc(id),
                    corresp(id),
                    marked(id, caption)
                )),
            }
        }
        x.push_str("</div>\n");
    }
    x.push_str("</body>\n<back>\n");
    let bibliography = &article.bibliography;
    // The entries are as written (not translated): say so in their language.
    let list_lang = if translated {
        format!(" xml:lang=\"{}\"", esc(&lib.article.meta.lang))
    } else {
        String::new()
    };
    x.push_str(&format!(
        "<div xml:id=\"{}\" type=\"bibliography\"{}>\n<head>{}</head>\n<listBibl{list_lang}>\n",
        esc(&bibliography.id),
        corresp(&bibliography.id),
        marked(&bibliography.id, &bibliography.title)
    ));
    for entry in &bibliography.entries {
        let link = entry.url.as_ref().map_or(String::new(), |url| {
            format!(" <ref target=\"{}\">{}</ref>", esc(url), esc(url))
        });
        x.push_str(&format!(
            "<bibl xml:id=\"{}\">{}{link}</bibl>\n",
            esc(&entry.id),
            marked(&entry.id, &entry.text)
        ));
    }
    x.push_str("</listBibl>\n</div>\n");
    if let Some(ornament) = &meta.ornament {
        x.push_str(&format!("<trailer>{}</trailer>\n", esc(ornament)));
    }
    x.push_str("</back>\n</text>\n</TEI>\n");
    x
}

/// What the file is and where its text comes from. The article states no
/// publisher, place or date of publication, so none is given.
fn header(x: &mut String, lib: &Library, edition: &Edition) {
    let meta = &lib.article.meta;
    let own = &edition.article.meta;
    x.push_str("<teiHeader>\n<fileDesc>\n<titleStmt>\n");
    if edition.is_translation() {
        x.push_str(&format!(
            "<title type=\"main\">{}</title>\n<title type=\"original\" xml:lang=\"kk\">{}</title>\n",
            esc(&own.title),
            esc(&meta.title)
        ));
    } else {
        x.push_str(&format!("<title>{}</title>\n", esc(&meta.title)));
    }
    x.push_str(&format!(
        "<author>{}</author>\n</titleStmt>\n",
        esc(&own.author)
    ));
    if let Some(notice) = edition.words().notice {
        x.push_str(&format!(
            "<editionStmt>\n<edition>{}</edition>\n</editionStmt>\n",
            esc(notice)
        ));
    }
    x.push_str(
        "<publicationStmt>\n<p>Electronic edition made by Qazaq Reader from the article's PDF text, \
         repaired (words broken across lines joined, headings and the bibliography recognised; \
         each repair is a choice of the source's reading and the editor's, see the editorial declaration). \
         People, places, organisations and dates are marked by its indexes.</p>\n</publicationStmt>\n",
    );
    x.push_str(&format!(
        "<sourceDesc>\n<bibl><author>{}</author>, <title>{}</title>. {}. \
         <note>The source gives no publisher, place or date of publication. \
         The photograph is not in the source, only its caption.</note></bibl>\n</sourceDesc>\n",
        esc(&meta.author),
        esc(&meta.title),
        esc(&meta.position)
    ));
    let name = match edition.lang {
        Lang::Kk => "Kazakh",
        Lang::Ru => "Russian",
        Lang::En => "English",
    };
    let original = if edition.is_translation() {
        format!(
            "<language ident=\"{}\">Kazakh (the original; the references as written)</language>",
            esc(&meta.lang)
        )
    } else {
        String::new()
    };
    x.push_str("</fileDesc>\n");
    // The repairs are marked in the original's text only.
    if !edition.is_translation() {
        editorial_decl(x, lib);
    }
    x.push_str(&format!(
        "<profileDesc>\n<langUsage><language ident=\"{}\">{name}</language>{original}</langUsage>\n</profileDesc>\n</teiHeader>\n",
        esc(edition.code())
    ));
}

/// What each kind of repair is, and how many the text has. Every repair is a
/// `<choice>`: `<orig>` the source's reading (line ends as `<lb/>`), `<reg
/// type="…">` the editor's, typed by kind.
fn editorial_decl(x: &mut String, lib: &Library) {
    let counted = counts(&lib.article.repairs);
    let n = |kind: RepairKind| {
        counted
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    };
    let p = |kind: RepairKind, what: &str| {
        format!(
            "<p n=\"{}\">{} ({}): {what}</p>",
            kind.code(),
            kind.code(),
            n(kind)
        )
    };
    x.push_str("<encodingDesc>\n<editorialDecl>\n");
    x.push_str("<correction status=\"high\" method=\"markup\">");
    x.push_str(&p(RepairKind::Encoding, "a character mis-encoded by the extraction is replaced by the one meant. None occurs in this source."));
    x.push_str("</correction>\n<normalization method=\"markup\">");
    x.push_str(&p(
        RepairKind::Break,
        "a line or page break inside a sentence is read as one space.",
    ));
    x.push_str(&p(
        RepairKind::Spacing,
        "spaces inside a line made regular. None needed: spaces inside lines are as in the source.",
    ));
    x.push_str(&p(
        RepairKind::Page,
        "a running header, footer or page number dropped. The source has none.",
    ));
    x.push_str("</normalization>\n<hyphenation eol=\"none\">");
    x.push_str(&p(
        RepairKind::Hyphen,
        "a word hyphenated at a line or page end is joined without its hyphen.",
    ));
    x.push_str(&p(RepairKind::Joined, "a compound hyphenated at a line or page end (its hyphenated spelling occurs elsewhere, or a capital follows) is joined keeping its hyphen."));
    x.push_str("</hyphenation>\n<segmentation><p>Blocks of the extraction become paragraphs, headings and the bibliography's entries; \
         a photograph's caption that interrupted a paragraph at a page break follows that paragraph. \
         The asterisks around the caption, the angle brackets around web addresses and the colon after the bibliography's heading \
         are the extraction's marks of that structure and are not repeated. \
         Spelling, punctuation, letters, numbers and the order of words are as in the source.</p></segmentation>\n");
    x.push_str("</editorialDecl>\n</encodingDesc>\n");
}

/// The people and places indexes, each entry an `xml:id` the text's `ref`s point to.
fn stand_off(x: &mut String, lib: &Library) {
    x.push_str("<standOff>\n<listPerson>\n");
    for p in &lib.people {
        x.push_str(&format!(
            "<person xml:id=\"{}\"><persName xml:lang=\"kk\">{}</persName>\
             <persName xml:lang=\"en\">{}</persName><persName xml:lang=\"ru\">{}</persName>\
             <note xml:lang=\"kk\">{}</note><note xml:lang=\"en\">{}</note></person>\n",
            esc(&p.slug),
            esc(&p.name),
            esc(&p.latin),
            esc(&p.russian),
            esc(&p.role_kk),
            esc(&p.role_en)
        ));
    }
    x.push_str("</listPerson>\n<listPlace>\n");
    let entry = |tag: &str, name_tag: &str, p: &crate::core::places::Place| {
        let geo = p.point().map_or(String::new(), |(lat, lon)| {
            format!("<location><geo>{lat} {lon}</geo></location>")
        });
        format!(
            "<{tag} xml:id=\"{}\" type=\"{}\"><{name_tag} xml:lang=\"kk\">{}</{name_tag}>\
             <{name_tag} xml:lang=\"en\">{}</{name_tag}><{name_tag} xml:lang=\"ru\">{}</{name_tag}>\
             {geo}<note xml:lang=\"kk\">{}</note><note xml:lang=\"en\">{}</note></{tag}>\n",
            esc(&p.slug),
            kind_name(p.kind),
            esc(&p.name),
            esc(&p.latin),
            esc(&p.russian),
            esc(&p.description_kk),
            esc(&p.description_en)
        )
    };
    for p in lib.places.iter().filter(|p| !is_org(p.kind)) {
        x.push_str(&entry("place", "placeName", p));
    }
    x.push_str("</listPlace>\n<listOrg>\n");
    for p in lib.places.iter().filter(|p| is_org(p.kind)) {
        x.push_str(&entry("org", "orgName", p));
    }
    x.push_str("</listOrg>\n</standOff>\n");
}
