//! The EPUB's pages as XHTML: the opening page (title, byline, dedication and
//! the untitled opening part), one page per titled section, the bibliography.
//! One edition's words, or the Kazakh with a translation after each of its
//! paragraphs and headings (the parallel book).

use super::edition::Edition;
use super::escape_xml as esc;
use crate::core::article::{Block, Section};

/// One XHTML file of the book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// File name inside the book (`s2.xhtml`).
    pub file: String,
    /// Its entry in the table of contents.
    pub title: String,
    /// The whole XHTML document.
    pub xhtml: String,
}

/// The style sheet every page links (`stylesheet.css` in the book).
pub const STYLESHEET: &str = "body { line-height: 1.5; }\n\
h1, h2 { line-height: 1.25; }\n\
.byline, .dedication, figcaption { font-style: italic; }\n\
figure { margin: 1em 0; }\n\
.ornament { text-align: center; }\n\
.notice { border: 1px solid; padding: 0.5em 0.75em; }\n\
.tr { margin-left: 1em; padding-left: 0.75em; border-left: 2px solid #888; }\n\
.tr-head { font-weight: normal; font-size: 0.8em; }\n";

fn document(lang: &str, title: &str, body: &str) -> String {
    let lang = esc(lang);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" \
         lang=\"{lang}\" xml:lang=\"{lang}\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>{}</title>\n\
         <link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

/// `lang` and `xml:lang` for an element in another language than the page.
fn lang_attrs(code: &str) -> String {
    let code = esc(code);
    format!(" lang=\"{code}\" xml:lang=\"{code}\"")
}

/// A heading's text: the edition's, and the translation's under it.
fn heading(main: &str, beside: Option<(&str, &str)>) -> String {
    match beside {
        Some((code, text)) => format!(
            "{}<br/><span class=\"tr-head\"{}>{}</span>",
            esc(main),
            lang_attrs(code),
            esc(text)
        ),
        None => esc(main),
    }
}

fn blocks(section: &Section, beside: Option<(&str, &Section)>) -> String {
    let mut out = String::new();
    for (i, block) in section.blocks.iter().enumerate() {
        let other = beside.and_then(|(code, s)| Some((code, s.blocks.get(i)?)));
        match block {
            Block::Paragraph { id, text } => {
                out.push_str(&format!("<p id=\"{}\">{}</p>\n", esc(id), esc(text)));
                if let Some((code, b)) = other {
                    out.push_str(&format!(
                        "<p class=\"tr\"{}>{}</p>\n",
                        lang_attrs(code),
                        esc(b.text())
                    ));
                }
            }
            Block::Figure { id, caption } => {
                let tr = other.map_or(String::new(), |(code, b)| {
                    format!(
                        "<br/><span class=\"tr-head\"{}>{}</span>",
                        lang_attrs(code),
                        esc(b.text())
                    )
                });
                out.push_str(&format!(
                    "<figure id=\"{}\"><figcaption>{}{tr}</figcaption></figure>\n",
                    esc(id),
                    esc(caption)
                ));
            }
        }
    }
    out
}

/// Every page of the book, in reading order: `main`'s words, and with
/// `beside` (a translation of the same article) its words after each
/// heading, paragraph and caption. A translated book says it is one on its
/// title page, whichever of the two it is.
pub fn epub_pages(main: &Edition, beside: Option<&Edition>) -> Vec<Page> {
    let article = &main.article;
    let meta = &article.meta;
    let lang = main.code();
    let other = beside.map(|b| (b.code(), &b.article));
    let translated = beside
        .filter(|b| b.is_translation())
        .or(Some(main).filter(|m| m.is_translation()));
    let both = |kk: &str, tr: Option<&str>| match tr {
        Some(tr) => format!("{kk} / {tr}"),
        None => kk.to_string(),
    };
    let mut pages = Vec::new();
    let mut opening = format!(
        "<section epub:type=\"titlepage\">\n<h1>{}</h1>\n",
        heading(&meta.title, other.map(|(c, a)| (c, a.meta.title.as_str())))
    );
    if let Some(t) = translated {
        let words = t.words();
        if let Some(notice) = words.notice {
            opening.push_str(&format!(
                "<p class=\"notice\" epub:type=\"preamble\"{}><strong>{}</strong><br/>{}: <span lang=\"kk\" xml:lang=\"kk\">{}</span></p>\n",
                lang_attrs(t.code()),
                esc(notice),
                esc(words.original_title),
                esc(&t.original_title)
            ));
        }
    }
    opening.push_str(&format!(
        "<p class=\"byline\">{}<br/>{}</p>\n<p class=\"dedication\">{}</p>\n",
        esc(&meta.author),
        heading(
            &meta.position,
            other.map(|(c, a)| (c, a.meta.position.as_str()))
        ),
        heading(
            &meta.dedication,
            other.map(|(c, a)| (c, a.meta.dedication.as_str()))
        ),
    ));
    opening.push_str("</section>\n");
    let title_of_book = both(&meta.title, other.map(|(_, a)| a.meta.title.as_str()));
    for (i, section) in article.sections.iter().enumerate() {
        let beside_section = other.and_then(|(c, a)| Some((c, a.sections.get(i)?)));
        match &section.title {
            None if pages.is_empty() => {
                opening.push_str(&format!(
                    "<section id=\"{}\">\n{}</section>\n",
                    esc(&section.id),
                    blocks(section, beside_section)
                ));
            }
            title => {
                if pages.is_empty() {
                    pages.push(Page {
                        file: "opening.xhtml".into(),
                        title: title_of_book.clone(),
                        xhtml: document(lang, &title_of_book, &opening),
                    });
                }
                let title = title.clone().unwrap_or_else(|| section.id.clone());
                let tr_title = beside_section.and_then(|(c, s)| Some((c, s.title.as_deref()?)));
                let body = format!(
                    "<section epub:type=\"chapter\" id=\"{}\">\n<h2>{}</h2>\n{}</section>\n",
                    esc(&section.id),
                    heading(&title, tr_title),
                    blocks(section, beside_section)
                );
                let title = both(&title, tr_title.map(|(_, t)| t));
                pages.push(Page {
                    file: format!("{}.xhtml", section.id),
                    xhtml: document(lang, &title, &body),
                    title,
                });
            }
        }
    }
    if pages.is_empty() {
        pages.push(Page {
            file: "opening.xhtml".into(),
            title: title_of_book.clone(),
            xhtml: document(lang, &title_of_book, &opening),
        });
    }
    let bibliography = &article.bibliography;
    let tr_heading = other.map(|(c, a)| (c, a.bibliography.title.as_str()));
    let mut body = format!(
        "<section epub:type=\"bibliography\" id=\"{}\">\n<h2>{}</h2>\n<ol>\n",
        esc(&bibliography.id),
        heading(&bibliography.title, tr_heading)
    );
    // The entries stay as written, whatever the edition: mostly Russian and
    // Kazakh titles, so they carry no language of their own here.
    for entry in &bibliography.entries {
        let link = entry.url.as_ref().map_or(String::new(), |url| {
            format!(" <a href=\"{}\">{}</a>", esc(url), esc(url))
        });
        body.push_str(&format!(
            "<li id=\"{}\">{}{link}</li>\n",
            esc(&entry.id),
            esc(&entry.text)
        ));
    }
    body.push_str("</ol>\n");
    if let Some(ornament) = &meta.ornament {
        body.push_str(&format!("<p class=\"ornament\">{}</p>\n", esc(ornament)));
    }
    body.push_str("</section>\n");
    let title = both(&bibliography.title, tr_heading.map(|(_, t)| t));
    pages.push(Page {
        file: "bibliography.xhtml".into(),
        xhtml: document(lang, &title, &body),
        title,
    });
    pages
}
