//! The downloads: the plain text has the article's words in order, the TEI is
//! well formed with one element per index mention, and the EPUB is a valid
//! package with its navigation document (the real `build_downloads` output).

mod common;

use std::io::Read;

use qazaq_reader::core::export::plain::{to_markdown, to_plain_text};
use qazaq_reader::core::export::tei::{to_tei, TEI_NS};
use qazaq_reader::core::export::DOWNLOADS;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::META_AUTHOR_ID;

fn library() -> Library {
    Library::computed(common::article(), common::people(), common::places())
}

/// Every text of the article in reading order, as the model holds it.
fn article_texts(lib: &Library) -> Vec<String> {
    let a = &lib.article;
    let mut texts = vec![
        a.meta.title.clone(),
        a.meta.author.clone(),
        a.meta.position.clone(),
        a.meta.dedication.clone(),
    ];
    for s in &a.sections {
        texts.extend(s.title.clone());
        texts.extend(s.blocks.iter().map(|b| b.text().to_string()));
    }
    texts.push(a.bibliography.title.clone());
    for r in &a.bibliography.entries {
        texts.push(r.text.clone());
        texts.extend(r.url.clone());
    }
    texts.extend(a.meta.ornament.clone());
    texts
}

/// The text a mention's block id names, as written.
fn written<'a>(lib: &'a Library, block_id: &str, start: usize, end: usize) -> &'a str {
    let a = &lib.article;
    let text = if block_id == META_AUTHOR_ID {
        Some(a.meta.author.as_str())
    } else if block_id == a.bibliography.id {
        Some(a.bibliography.title.as_str())
    } else {
        a.sections
            .iter()
            .find_map(|s| {
                if s.id == block_id {
                    return s.title.as_deref();
                }
                s.blocks
                    .iter()
                    .find(|b| b.id() == block_id)
                    .map(|b| b.text())
            })
            .or_else(|| {
                a.bibliography
                    .entries
                    .iter()
                    .find(|r| r.id == block_id)
                    .map(|r| r.text.as_str())
            })
    };
    text.and_then(|t| t.get(start..end)).unwrap_or("")
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn plain_text_has_the_articles_words_in_order() {
    let lib = library();
    let expected = article_texts(&lib).join(" ");
    let plain = to_plain_text(&lib.article);
    assert_eq!(words(&plain), words(&expected));
    assert!(plain.len() > 10_000, "the whole article, not a part");
}

#[test]
fn markdown_has_headings_caption_and_links() {
    let lib = library();
    let md = to_markdown(&lib.article);
    assert!(md.starts_with("# "));
    for s in lib.article.sections.iter().filter_map(|s| s.title.as_ref()) {
        assert!(md.contains(&format!("## {s}")), "{s}");
    }
    for url in lib
        .article
        .bibliography
        .entries
        .iter()
        .filter_map(|r| r.url.as_ref())
    {
        assert!(md.contains(&format!("<{url}>")), "{url}");
    }
    assert!(md.contains("*Өнеркәсіп иесі және меценат"));
}

/// Text of an element, its descendants' text joined.
/// The text as the edition reads it: the source's readings (`<orig>`) left out.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter(|n| !n.ancestors().any(|a| a.tag_name().name() == "orig"))
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn tei_marks_every_index_mention() {
    let lib = library();
    let xml = to_tei(&lib);
    let doc = roxmltree::Document::parse(&xml).expect("TEI is well formed");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "TEI");
    assert_eq!(root.tag_name().namespace(), Some(TEI_NS));
    let in_tei = |n: &roxmltree::Node, name: &str| {
        n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == Some(TEI_NS)
    };
    let text = root
        .children()
        .find(|n| in_tei(n, "text"))
        .expect("a <text>");
    let ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute((roxmltree::NS_XML_URI, "id")))
        .collect();

    // People: one persName per mention, in reading order, with the name as written.
    let found: Vec<(String, String)> = text
        .descendants()
        .filter(|n| in_tei(n, "persName"))
        .map(|n| (n.attribute("ref").unwrap_or("").to_string(), text_of(n)))
        .collect();
    let expected: Vec<(String, String)> = lib
        .people
        .mentions()
        .iter()
        .map(|m| {
            let name = written(&lib, &m.block_id, m.start, m.end);
            (format!("#{}", m.slug), name.to_string())
        })
        .collect();
    assert_eq!(found, expected);

    // Places and organisations: one placeName or orgName per mention.
    let found: Vec<(String, String, String)> = text
        .descendants()
        .filter(|n| in_tei(n, "placeName") || in_tei(n, "orgName"))
        .map(|n| {
            let tag = n.tag_name().name().to_string();
            (
                tag,
                n.attribute("ref").unwrap_or("").to_string(),
                text_of(n),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = lib
        .places
        .mentions()
        .iter()
        .map(|m| {
            let name = written(&lib, &m.block_id, m.start, m.end);
            let org = lib
                .place(&m.slug)
                .is_some_and(|p| p.kind == qazaq_reader::core::places::PlaceKind::Organisation);
            let tag = if org { "orgName" } else { "placeName" };
            (tag.to_string(), format!("#{}", m.slug), name.to_string())
        })
        .collect();
    assert_eq!(found.len(), 190, "the places index counts 190 mentions");
    assert_eq!(found, expected);

    // Every reference points at an entry of the standOff lists.
    for n in text.descendants().filter(|n| n.has_attribute("ref")) {
        let target = n.attribute("ref").unwrap_or("");
        let id = target.strip_prefix('#').unwrap_or(target);
        assert!(ids.contains(&id), "{target} has no entry");
    }
    let stand_off = root
        .children()
        .find(|n| in_tei(n, "standOff"))
        .expect("a <standOff>");
    let persons = stand_off
        .descendants()
        .filter(|n| in_tei(n, "person"))
        .count();
    assert_eq!(persons, lib.people.len());
    let entries = stand_off
        .descendants()
        .filter(|n| in_tei(n, "place") || in_tei(n, "org"))
        .count();
    assert_eq!(entries, lib.places.len());

    // Dates from the timeline and the bibliography, each with a machine-readable value.
    let dates: Vec<_> = text.descendants().filter(|n| in_tei(n, "date")).collect();
    assert_eq!(dates.len(), lib.timeline().len() + lib.sources().len());
    for d in &dates {
        let value = d.attribute("when").or(d.attribute("from")).unwrap_or("");
        assert!(
            value.len() >= 4 && value[..4].bytes().all(|b| b.is_ascii_digit()),
            "{value}"
        );
    }
    let p12 = text
        .descendants()
        .find(|n| n.attribute((roxmltree::NS_XML_URI, "id")) == Some("p12"))
        .expect("paragraph p12");
    assert_eq!(p12.attribute("n"), Some("12"));
}

/// Runs the real download builder into a fresh folder.
fn built() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("qazaq-downloads-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_build_downloads"))
        .arg(&dir)
        .status()
        .expect("build_downloads runs");
    assert!(status.success());
    dir
}

/// Parses XHTML and XML of the book, which start with `<!DOCTYPE html>`.
fn parse(xml: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(xml, options)
}

fn read_entry(zip: &mut zip::ZipArchive<std::fs::File>, name: &str) -> String {
    let mut out = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut out)
        .expect("UTF-8");
    out
}

#[test]
fn epub_is_a_valid_package_with_a_nav_document() {
    let dir = built();
    for d in DOWNLOADS {
        assert!(dir.join(d.file).is_file(), "{} written", d.file);
    }
    let epub = DOWNLOADS
        .iter()
        .find(|d| d.file.ends_with(".epub"))
        .expect("an EPUB");
    let path = dir.join(epub.file);
    let bytes = std::fs::read(&path).expect("EPUB written");

    // The first entry, by its local header: `mimetype`, stored, no extra field.
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    assert_eq!(u16_at(8), 0, "mimetype is stored, not compressed");
    let name_len = u16_at(26);
    assert_eq!(&bytes[30..30 + name_len], b"mimetype");
    let data = 30 + name_len + u16_at(28);
    assert_eq!(&bytes[data..data + 20], b"application/epub+zip");

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).expect("open")).expect("a zip");
    let container = read_entry(&mut zip, "META-INF/container.xml");
    let doc = parse(&container).expect("container.xml well formed");
    let opf_path = doc
        .descendants()
        .find(|n| n.tag_name().name() == "rootfile")
        .and_then(|n| n.attribute("full-path"))
        .expect("a rootfile")
        .to_string();
    let opf = read_entry(&mut zip, &opf_path);
    let doc = parse(&opf).expect("package document well formed");
    let language = doc
        .descendants()
        .find(|n| n.tag_name().name() == "language");
    assert_eq!(language.and_then(|n| n.text()), Some("kk"));
    let nav_href = doc
        .descendants()
        .find(|n| {
            n.attribute("properties")
                .is_some_and(|p| p.split(' ').any(|p| p == "nav"))
        })
        .and_then(|n| n.attribute("href"))
        .expect("a nav item")
        .to_string();
    let base = opf_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let in_book = |href: &str| {
        if base.is_empty() {
            href.to_string()
        } else {
            format!("{base}/{href}")
        }
    };
    let nav = read_entry(&mut zip, &in_book(&nav_href));
    parse(&nav).expect("nav well formed");
    assert!(nav.contains("epub:type = \"toc\"") || nav.contains("epub:type=\"toc\""));

    let lib = library();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        if f.name().ends_with(".xhtml") {
            let mut s = String::new();
            f.read_to_string(&mut s).expect("UTF-8");
            if !s.contains("epub:type = \"toc\"") {
                parse(&s).unwrap_or_else(|e| panic!("{}: {e}", f.name()));
                assert!(s.contains("lang=\"kk\""), "{} is marked Kazakh", f.name());
            }
            all.push_str(&s);
        }
    }
    for s in lib.article.sections.iter().filter_map(|s| s.title.as_ref()) {
        assert!(nav.contains(s.as_str()), "nav lists {s}");
    }
    assert!(nav.contains(&lib.article.bibliography.title));
    assert!(all.contains("<figcaption>Өнеркәсіп иесі және меценат"));
    for url in lib
        .article
        .bibliography
        .entries
        .iter()
        .filter_map(|r| r.url.as_ref())
    {
        let href = qazaq_reader::core::export::escape_xml(url);
        assert!(
            all.contains(&format!("<a href=\"{href}\">")),
            "{url} linked"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn tei_carries_every_repair_as_a_choice_and_declares_each_kind() {
    let lib = library();
    let xml = to_tei(&lib);
    let doc = roxmltree::Document::parse(&xml).expect("TEI is well formed");
    let named = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    // The source's reading with its line ends back as newlines.
    let orig_text = |n: roxmltree::Node| -> String {
        n.children()
            .map(|c| {
                if named(&c, "lb") {
                    "\n".to_string()
                } else {
                    c.text().unwrap_or("").to_string()
                }
            })
            .collect()
    };
    let found: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| named(n, "choice"))
        .map(|c| {
            let orig = c.children().find(|n| named(n, "orig")).expect("an <orig>");
            let reg = c.children().find(|n| named(n, "reg")).expect("a <reg>");
            (
                reg.attribute("type").unwrap_or("").to_string(),
                orig_text(orig),
                text_of(reg),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = lib
        .article
        .repairs
        .iter()
        .map(|r| {
            let text = qazaq_reader::core::repair::trace::text_of(&lib.article, &r.block)
                .expect("its text");
            (
                r.kind.code().to_string(),
                r.orig.clone(),
                text[r.start..r.end].to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 15);
    assert_eq!(found, expected);

    let decl = doc
        .descendants()
        .find(|n| named(n, "editorialDecl"))
        .expect("an <editorialDecl>");
    for kind in qazaq_reader::core::repair::RepairKind::ALL {
        let p = decl
            .descendants()
            .find(|n| named(n, "p") && n.attribute("n") == Some(kind.code()))
            .unwrap_or_else(|| panic!("{kind:?} is not declared"));
        let count = lib
            .article
            .repairs
            .iter()
            .filter(|r| r.kind == kind)
            .count();
        assert!(text_of(p).starts_with(&format!("{} ({count}): ", kind.code())));
    }
}
