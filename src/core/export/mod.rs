//! The article as files to take away: plain text, Markdown, TEI P5 XML and the
//! XHTML pages of the EPUB. Written at build time (`src/bin/build_downloads.rs`)
//! into `dist/downloads/`; the app only links them.

pub mod markup;
pub mod plain;
pub mod tei;
pub mod xhtml;

/// A file the reader can download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Download {
    /// The file name under `downloads/`.
    pub file: &'static str,
    /// What the menu calls it (the format's own name, the same in every language).
    pub label: &'static str,
    pub media_type: &'static str,
}

/// Folder of the build that holds the downloads, relative to the page.
pub const DOWNLOADS_DIR: &str = "downloads";

/// Every download, in the order the menu lists them.
pub const DOWNLOADS: [Download; 4] = [
    Download {
        file: "azerbaijan-kazakhstan.epub",
        label: "EPUB 3",
        media_type: "application/epub+zip",
    },
    Download {
        file: "azerbaijan-kazakhstan.txt",
        label: "Text (UTF-8)",
        media_type: "text/plain; charset=utf-8",
    },
    Download {
        file: "azerbaijan-kazakhstan.md",
        label: "Markdown",
        media_type: "text/markdown; charset=utf-8",
    },
    Download {
        file: "azerbaijan-kazakhstan.tei.xml",
        label: "TEI P5 XML",
        media_type: "application/tei+xml",
    },
];

/// Escapes text for XML and XHTML content and attribute values: the one
/// escaper the page's HTML uses too (`&#39;` is XML as well as HTML).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::core::render::escape(&mut out, text);
    out
}
