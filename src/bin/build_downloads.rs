//! Writes the downloads into a folder of the build (`dist/downloads/`): the
//! article as EPUB 3, plain text, Markdown and TEI P5 XML, and prints each
//! file's size. `cargo run --bin build_downloads -- dist/downloads`

mod common;

use std::path::PathBuf;
use std::process::ExitCode;

use epub_builder::{EpubBuilder, EpubContent, EpubVersion, ReferenceType, ZipLibrary};
use qazaq_reader::core::article::Article;
use qazaq_reader::core::export::plain::{to_markdown, to_plain_text};
use qazaq_reader::core::export::tei::to_tei;
use qazaq_reader::core::export::xhtml::{epub_pages, STYLESHEET};
use qazaq_reader::core::export::DOWNLOADS;
use qazaq_reader::core::library::Library;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build_downloads: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: build_downloads <folder>")?,
    );
    let (article, people, places) = common::sources()?;
    let lib = Library::computed(article, people, places);

    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    for download in DOWNLOADS {
        let bytes = match download.file.rsplit_once('.').map(|(_, ext)| ext) {
            Some("epub") => epub(&lib.article)?,
            Some("txt") => to_plain_text(&lib.article).into_bytes(),
            Some("md") => to_markdown(&lib.article).into_bytes(),
            Some("xml") => to_tei(&lib).into_bytes(),
            _ => return Err(format!("no writer for {}", download.file)),
        };
        let path = out.join(download.file);
        std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{:>9} bytes  {}", bytes.len(), path.display());
    }
    Ok(())
}

/// The EPUB 3 book: one page per part, the navigation document made from them.
fn epub(article: &Article) -> Result<Vec<u8>, String> {
    let err = |e: epub_builder::Error| e.to_string();
    let mut book = EpubBuilder::new(ZipLibrary::new().map_err(err)?).map_err(err)?;
    book.epub_version(EpubVersion::V30);
    book.set_title(article.meta.title.as_str());
    book.add_author(article.meta.author.as_str());
    book.add_language(article.meta.lang.as_str());
    book.add_description(article.meta.dedication.as_str());
    book.set_toc_name("Мазмұны");
    book.stylesheet(STYLESHEET.as_bytes()).map_err(err)?;
    for (i, page) in epub_pages(article).into_iter().enumerate() {
        let kind = match i {
            0 => ReferenceType::TitlePage,
            _ if page.file == "bibliography.xhtml" => ReferenceType::Bibliography,
            _ => ReferenceType::Text,
        };
        book.add_content(
            EpubContent::new(page.file, page.xhtml.as_bytes())
                .title(page.title)
                .reftype(kind),
        )
        .map_err(err)?;
    }
    let mut bytes = Vec::new();
    book.generate(&mut bytes).map_err(err)?;
    Ok(bytes)
}
