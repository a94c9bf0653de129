//! The downloads, in `downloads/`: the article in Kazakh, Russian and
//! English as EPUB 3, plain text, Markdown and TEI P5 XML, and the Kazakh
//! beside each translation as EPUB.

use std::io::{Cursor, Read, Write};

use epub_builder::{EpubBuilder, EpubContent, EpubVersion, ReferenceType, ZipLibrary};
use qazaq_reader::core::export::edition::{author_in, Edition};
use qazaq_reader::core::export::plain::{to_markdown, to_plain_text};
use qazaq_reader::core::export::tei::to_tei;
use qazaq_reader::core::export::xhtml::{epub_pages, STYLESHEET};
use qazaq_reader::core::export::{all_downloads, Contents, Format};
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::translation::TrLang;

use super::{Context, Renderer};

const FOLDER: &str = "downloads";

pub struct Downloads;

impl Renderer for Downloads {
    fn name(&self) -> &'static str {
        "the downloads (EPUB, text, Markdown, TEI)"
    }

    fn render(&self, ctx: &Context) -> Result<String, String> {
        let lib = &ctx.lib;
        let translated = |lang: TrLang| {
            let name = author_in(lib, lang).ok_or("the byline names no one of the people index")?;
            Edition::translated(&lib.article, lang, ctx.translation(lang), name)
                .map_err(|e| format!("data/translations/{}.json: {e}", lang.code()))
        };
        let kk = Edition::original(&lib.article);
        let ru = translated(TrLang::Ru)?;
        let en = translated(TrLang::En)?;
        let edition = |lang: Lang| match lang {
            Lang::Kk => &kk,
            Lang::Ru => &ru,
            Lang::En => &en,
        };
        let mut sizes = Vec::new();
        for download in all_downloads() {
            let bytes = match (download.contents, download.format) {
                (Contents::Single(l), Format::Epub) => epub(edition(l), None)?,
                (Contents::Single(l), Format::Text) => to_plain_text(edition(l)).into_bytes(),
                (Contents::Single(l), Format::Markdown) => to_markdown(edition(l)).into_bytes(),
                (Contents::Single(l), Format::Tei) => to_tei(lib, edition(l)).into_bytes(),
                (Contents::Parallel(l), Format::Epub) => {
                    let tr = if l == TrLang::Ru { &ru } else { &en };
                    epub(&kk, Some(tr))?
                }
                (Contents::Parallel(_), f) => return Err(format!("no parallel {f:?}")),
            };
            let file = download.file();
            ctx.write(&format!("{FOLDER}/{file}"), &bytes)?;
            sizes.push(format!("{:>9} bytes  {FOLDER}/{file}", bytes.len()));
        }
        Ok(format!("{} files\n{}", sizes.len(), sizes.join("\n")))
    }
}

/// The EPUB 3 book: one page per part, the navigation document made from
/// them; with `beside`, that translation after each of `main`'s texts.
fn epub(main: &Edition, beside: Option<&Edition>) -> Result<Vec<u8>, String> {
    let err = |e: epub_builder::Error| e.to_string();
    let meta = &main.article.meta;
    let mut book = EpubBuilder::new(ZipLibrary::new().map_err(err)?).map_err(err)?;
    book.epub_version(EpubVersion::V30);
    let title = match beside {
        Some(b) => format!("{} / {}", meta.title, b.article.meta.title),
        None => meta.title.clone(),
    };
    book.set_title(title);
    book.add_author(meta.author.as_str());
    book.add_language(main.code());
    book.add_description(meta.dedication.as_str());
    // What the book is says so where a library lists it, not only inside.
    if let Some(notice) = beside.unwrap_or(main).words().notice {
        book.add_description(notice);
    }
    if let Some(b) = beside {
        book.add_language(b.code());
    }
    let contents = match beside {
        Some(b) => format!("{} / {}", main.words().contents, b.words().contents),
        None => main.words().contents.to_string(),
    };
    book.set_toc_name(contents);
    book.stylesheet(STYLESHEET.as_bytes()).map_err(err)?;
    for (i, page) in epub_pages(main, beside).into_iter().enumerate() {
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
    distinct_ids(&bytes)
}

/// epub-builder 0.8 gives the first language and the first author the same
/// id (`epub-creator-0`), which EPUBCheck rejects, and offers no way to name
/// either. So the package document is rewritten with the languages' ids
/// renamed; every other entry is copied as written, in order (`mimetype`
/// first and stored, as readers insist).
fn distinct_ids(epub: &[u8]) -> Result<Vec<u8>, String> {
    let err = |e: zip::result::ZipError| e.to_string();
    let mut archive = zip::ZipArchive::new(Cursor::new(epub)).map_err(err)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(err)?;
        if !entry.name().ends_with(".opf") {
            out.raw_copy_file(entry).map_err(err)?;
            continue;
        }
        let name = entry.name().to_string();
        let mut opf = String::new();
        entry
            .read_to_string(&mut opf)
            .map_err(|e| format!("{name}: {e}"))?;
        let opf = opf.replace(
            "<dc:language id=\"epub-creator-",
            "<dc:language id=\"epub-language-",
        );
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        out.start_file(name.as_str(), options).map_err(err)?;
        out.write_all(opf.as_bytes())
            .map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(out.finish().map_err(err)?.into_inner())
}
