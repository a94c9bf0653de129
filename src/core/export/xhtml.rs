//! The EPUB's pages as XHTML: the opening page (title, byline, dedication and
//! the untitled opening part), one page per titled section, the bibliography.

use super::escape_xml as esc;
use crate::core::article::{Article, Block, Section};

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
.ornament { text-align: center; }\n";

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

fn blocks(section: &Section) -> String {
    let mut out = String::new();
    for block in &section.blocks {
        match block {
            Block::Paragraph { id, text } => {
                out.push_str(&format!("<p id=\"{}\">{}</p>\n", esc(id), esc(text)));
            }
            Block::Figure { id, caption } => out.push_str(&format!(
                "<figure id=\"{}\"><figcaption>{}</figcaption></figure>\n",
                esc(id),
                esc(caption)
            )),
        }
    }
    out
}

/// Every page of the book, in reading order.
pub fn epub_pages(article: &Article) -> Vec<Page> {
    let meta = &article.meta;
    let lang = meta.lang.as_str();
    let mut pages = Vec::new();
    let mut opening = format!(
        "<section epub:type=\"titlepage\">\n<h1>{}</h1>\n<p class=\"byline\">{}<br/>{}</p>\n\
         <p class=\"dedication\">{}</p>\n</section>\n",
        esc(&meta.title),
        esc(&meta.author),
        esc(&meta.position),
        esc(&meta.dedication)
    );
    for section in &article.sections {
        match &section.title {
            None if pages.is_empty() => {
                opening.push_str(&format!(
                    "<section id=\"{}\">\n{}</section>\n",
                    esc(&section.id),
                    blocks(section)
                ));
            }
            title => {
                if pages.is_empty() {
                    pages.push(Page {
                        file: "opening.xhtml".into(),
                        title: meta.title.clone(),
                        xhtml: document(lang, &meta.title, &opening),
                    });
                }
                let title = title.clone().unwrap_or_else(|| section.id.clone());
                let body = format!(
                    "<section epub:type=\"chapter\" id=\"{}\">\n<h2>{}</h2>\n{}</section>\n",
                    esc(&section.id),
                    esc(&title),
                    blocks(section)
                );
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
            title: meta.title.clone(),
            xhtml: document(lang, &meta.title, &opening),
        });
    }
    let bibliography = &article.bibliography;
    let mut body = format!(
        "<section epub:type=\"bibliography\" id=\"{}\">\n<h2>{}</h2>\n<ol>\n",
        esc(&bibliography.id),
        esc(&bibliography.title)
    );
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
    pages.push(Page {
        file: "bibliography.xhtml".into(),
        title: bibliography.title.clone(),
        xhtml: document(lang, &bibliography.title, &body),
    });
    pages
}
