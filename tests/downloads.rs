//! The downloads: the plain text has the article's words in order, the TEI is
//! well formed with one element per index mention, and the EPUB is a valid
//! package with its navigation document (the real build's output, `site --downloads`).
//! The Russian and English editions: each says it is an unofficial working
//! translation, holds the translation's words in order, its TEI is in its
//! language with every paragraph pointing at the Kazakh one, and the parallel
//! books hold both texts, each Kazakh paragraph followed by its translation.

mod common;

use std::io::Read;

use qazaq_reader::core::export::edition::{self, author_in, Edition};
use qazaq_reader::core::export::plain::{to_markdown, to_plain_text};
use qazaq_reader::core::export::tei::{original_file, to_tei, TEI_NS};
use qazaq_reader::core::export::{all_downloads, downloads_of, Contents, Download, Format};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::META_AUTHOR_ID;
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::translation::{TrLang, Translation};

fn library() -> Library {
    Library::computed(common::article(), common::people(), common::places())
}

fn translation(lang: TrLang) -> Translation {
    common::translation(lang)
}

fn edition(lib: &Library, lang: TrLang) -> Edition {
    let author = author_in(lib, lang).expect("the byline names the author");
    Edition::translated(&lib.article, lang, &translation(lang), author).expect("complete")
}

fn original(lib: &Library) -> Edition {
    Edition::original(&lib.article)
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
    let plain = to_plain_text(&original(&lib));
    assert_eq!(words(&plain), words(&expected));
    assert!(plain.len() > 10_000, "the whole article, not a part");
}

#[test]
fn markdown_has_headings_caption_and_links() {
    let lib = library();
    let md = to_markdown(&original(&lib));
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
    let xml = to_tei(&lib, &original(&lib));
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

/// Runs the real build of the downloads into a fresh site folder of its
/// own; their folder in it.
fn built(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("qazaq-downloads-{}-{name}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_site"))
        .arg("--downloads")
        .arg(&dir)
        .status()
        .expect("the build runs");
    assert!(status.success());
    dir.join("downloads")
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
    let dir = built("package");
    let names: Vec<String> = all_downloads().iter().map(|d| d.file()).collect();
    assert_eq!(
        names.len(),
        14,
        "four formats in three languages, two parallel books"
    );
    for name in &names {
        assert!(dir.join(name).is_file(), "{name} written");
    }
    let path = dir.join("azerbaijan-kazakhstan.epub");
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

/// Every text of a translation in reading order: front matter, headings,
/// blocks; the bibliography's entries stay as written.
fn translated_texts(lib: &Library, tr: &Translation) -> Vec<String> {
    let a = &lib.article;
    let mut texts = vec![
        tr.meta.title.clone(),
        tr.meta.position.clone(),
        tr.meta.dedication.clone(),
    ];
    for s in &a.sections {
        if s.title.is_some() {
            texts.push(tr.section(&s.id).expect("heading translated").to_string());
        }
        for b in &s.blocks {
            texts.push(tr.block(b.id()).expect("block translated").to_string());
        }
    }
    texts.extend(a.bibliography.entries.iter().map(|r| r.text.clone()));
    texts
}

/// Where each of `needles` is found in `hay`, each after the one before;
/// panics naming the first that is missing or out of order.
fn in_order(hay: &str, needles: &[String], what: &str) {
    let mut at = 0;
    for n in needles {
        match hay[at..].find(n.as_str()) {
            Some(i) => at += i + n.len(),
            None => panic!(
                "{what}: not found after byte {at}: {}",
                n.chars().take(60).collect::<String>()
            ),
        }
    }
}

#[test]
fn translated_editions_say_so_and_hold_the_translation_in_order() {
    let lib = library();
    let kk = original(&lib);
    for doc in [to_plain_text(&kk), to_markdown(&kk), to_tei(&lib, &kk)] {
        for lang in [Lang::Ru, Lang::En] {
            let notice = edition::words(lang).notice.expect("a translation's notice");
            assert!(!doc.contains(notice), "the original is no translation");
        }
    }
    for lang in TrLang::ALL {
        let tr = translation(lang);
        let ed = edition(&lib, lang);
        let notice = ed.words().notice.expect("a notice");
        assert!(notice.contains(if lang == TrLang::Ru {
            "Неофициальный рабочий перевод"
        } else {
            "Unofficial working translation"
        }));
        let plain = to_plain_text(&ed);
        let md = to_markdown(&ed);
        let tei = to_tei(&lib, &ed);
        // Said at the top, before the first paragraph, in every format.
        let first = tr.block("p1").expect("p1");
        for (name, doc) in [("text", &plain), ("Markdown", &md), ("TEI", &tei)] {
            let at = doc
                .find(notice)
                .unwrap_or_else(|| panic!("{name} {lang:?} has the notice"));
            let opening: String = first.chars().take(40).collect();
            let opening = if name == "TEI" {
                qazaq_reader::core::export::escape_xml(&opening)
            } else {
                opening
            };
            assert!(
                at < doc.find(&opening).expect("p1 there"),
                "{name}: notice first"
            );
            assert!(
                doc.contains(&lib.article.meta.title),
                "{name} names the original's title"
            );
        }
        let texts = translated_texts(&lib, &tr);
        in_order(&plain, &texts, &format!("{lang:?} plain text"));
        let author = author_in(&lib, lang).expect("author");
        assert!(plain.contains(author), "{author}");
        // No Kazakh paragraph slipped in.
        for (_, _, kk_text) in lib.article.paragraphs() {
            assert!(
                !plain.contains(kk_text),
                "{lang:?} text holds a Kazakh paragraph"
            );
        }
    }
}

#[test]
fn a_translation_lacking_a_text_is_refused_with_its_id() {
    let lib = library();
    let mut tr = translation(TrLang::En);
    tr.blocks.remove("p7");
    let err = Edition::translated(&lib.article, TrLang::En, &tr, "Rashad Mammadov")
        .expect_err("incomplete");
    assert!(err.contains("p7"), "{err}");
    let err = Edition::translated(&lib.article, TrLang::Ru, &translation(TrLang::En), "x")
        .expect_err("wrong language");
    assert!(err.contains("\"en\""), "{err}");
}

#[test]
fn tei_translations_are_in_their_language_and_point_at_the_kazakh() {
    let lib = library();
    let kk_xml = to_tei(&lib, &original(&lib));
    let kk_doc = roxmltree::Document::parse(&kk_xml).expect("Kazakh TEI");
    let kk_paragraphs: Vec<&str> = kk_doc
        .descendants()
        .filter(|n| n.tag_name().name() == "p")
        .filter_map(|n| xml_id(&n))
        .collect();
    assert_eq!(kk_paragraphs.len(), lib.article.paragraphs().count());
    let kk_ids: Vec<&str> = kk_doc.descendants().filter_map(|n| xml_id(&n)).collect();
    for lang in TrLang::ALL {
        let tr = translation(lang);
        let xml = to_tei(&lib, &edition(&lib, lang));
        let doc = roxmltree::Document::parse(&xml).expect("TEI well formed");
        let root = doc.root_element();
        assert_eq!(
            root.attribute((roxmltree::NS_XML_URI, "lang")),
            Some(lang.code())
        );
        let body = doc
            .descendants()
            .find(|n| n.tag_name().name() == "body")
            .expect("a body");
        let paragraphs: Vec<_> = body
            .descendants()
            .filter(|n| n.tag_name().name() == "p")
            .collect();
        assert_eq!(
            paragraphs.iter().filter_map(xml_id).collect::<Vec<_>>(),
            kk_paragraphs,
            "{lang:?}: one paragraph per Kazakh paragraph, in order"
        );
        let prefix = format!("{}#", original_file());
        for p in &paragraphs {
            let id = xml_id(p).expect("an id");
            let corresp = p
                .attribute("corresp")
                .unwrap_or_else(|| panic!("{lang:?} {id} has corresp"));
            let target = corresp
                .strip_prefix(&prefix)
                .unwrap_or_else(|| panic!("{corresp} points into the Kazakh file"));
            assert_eq!(target, id, "{lang:?}: ¶ {id} renders the Kazakh ¶ {id}");
            assert!(
                kk_paragraphs.contains(&target),
                "{corresp} exists in the Kazakh TEI"
            );
            assert_eq!(
                text_of(*p),
                tr.block(id).expect("translated"),
                "{lang:?} {id}"
            );
        }
        // Headings, the caption and the bibliography point at existing ids too.
        for n in doc.descendants().filter(|n| n.has_attribute("corresp")) {
            let target = n
                .attribute("corresp")
                .and_then(|c| c.strip_prefix(&prefix))
                .unwrap_or("");
            assert!(
                kk_ids.contains(&target),
                "{lang:?}: {target} is a Kazakh id"
            );
        }
        // The references are as written, and say they are not in the edition's language.
        let list = doc
            .descendants()
            .find(|n| n.tag_name().name() == "listBibl")
            .expect("listBibl");
        assert_eq!(list.attribute((roxmltree::NS_XML_URI, "lang")), Some("kk"));
        let first: String = lib.article.bibliography.entries[0]
            .text
            .chars()
            .take(20)
            .collect();
        assert!(xml.contains(&qazaq_reader::core::export::escape_xml(&first)));
    }
}

fn xml_id<'a>(n: &roxmltree::Node<'a, '_>) -> Option<&'a str> {
    n.attribute((roxmltree::NS_XML_URI, "id"))
}

/// The book's package document and its XHTML pages in spine order.
fn book(path: &std::path::Path) -> (String, Vec<String>) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).expect("open")).expect("a zip");
    let container = read_entry(&mut zip, "META-INF/container.xml");
    let opf_path = parse(&container)
        .expect("container")
        .descendants()
        .find(|n| n.tag_name().name() == "rootfile")
        .and_then(|n| n.attribute("full-path"))
        .expect("rootfile")
        .to_string();
    let opf = read_entry(&mut zip, &opf_path);
    let base = opf_path
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| format!("{d}/"));
    let doc = parse(&opf).expect("opf");
    let href_of = |id: &str| {
        doc.descendants()
            .find(|n| n.tag_name().name() == "item" && n.attribute("id") == Some(id))
            .and_then(|n| n.attribute("href"))
            .map(str::to_string)
    };
    let pages = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "itemref")
        .filter_map(|n| href_of(n.attribute("idref")?))
        .map(|href| read_entry(&mut zip, &format!("{base}{href}")))
        .collect();
    (opf.clone(), pages)
}

fn languages(opf: &str) -> Vec<String> {
    parse(opf)
        .expect("opf")
        .descendants()
        .filter(|n| n.tag_name().name() == "language")
        .filter_map(|n| n.text().map(str::to_string))
        .collect()
}

#[test]
fn each_language_has_its_books_and_the_parallel_ones_hold_both_texts_in_order() {
    let dir = built("books");
    let lib = library();
    for lang in TrLang::ALL {
        let tr = translation(lang);
        let ui = if lang == TrLang::Ru {
            Lang::Ru
        } else {
            Lang::En
        };
        let notice = edition::words(ui).notice.expect("notice");

        // The translated book: in its language, every page marked so, the notice on the title page.
        let single = Download {
            contents: Contents::Single(ui),
            format: Format::Epub,
        };
        let (opf, pages) = book(&dir.join(single.file()));
        assert_eq!(languages(&opf), [lang.code()]);
        assert!(
            opf.contains(&tr.meta.title),
            "{lang:?} book titled in its language"
        );
        for page in &pages {
            parse(page).expect("page well formed");
            assert!(page.contains(&format!("xml:lang=\"{}\"", lang.code())));
        }
        assert!(
            pages[0].contains(notice),
            "{lang:?} title page says it is a translation"
        );
        let all = pages.concat();
        in_order(
            &all,
            &translated_texts(&lib, &tr)
                .iter()
                .map(|t| qazaq_reader::core::export::escape_xml(t))
                .collect::<Vec<_>>(),
            &format!("{lang:?} book"),
        );

        // The parallel book: Kazakh first, each paragraph then its translation, in reading order.
        let parallel = Download {
            contents: Contents::Parallel(lang),
            format: Format::Epub,
        };
        assert!(downloads_of(ui).contains(&parallel));
        let (opf, pages) = book(&dir.join(parallel.file()));
        assert_eq!(languages(&opf), ["kk", lang.code()]);
        assert!(
            pages[0].contains(notice),
            "the parallel book says its translation is unofficial"
        );
        let all = pages.concat();
        let mut pairs = Vec::new();
        for (_, id, kk) in lib.article.paragraphs() {
            pairs.push(qazaq_reader::core::export::escape_xml(kk));
            pairs.push(format!(
                "<p class=\"tr\" lang=\"{0}\" xml:lang=\"{0}\">{1}</p>",
                lang.code(),
                qazaq_reader::core::export::escape_xml(tr.block(id).expect("translated"))
            ));
        }
        in_order(&all, &pairs, &format!("kk+{lang:?} book"));
        // Nothing between a Kazakh paragraph and its translation but the markup.
        assert_eq!(
            all.matches("<p class=\"tr\"").count(),
            lib.article.paragraphs().count()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn tei_carries_every_repair_as_a_choice_and_declares_each_kind() {
    let lib = library();
    let xml = to_tei(&lib, &original(&lib));
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
