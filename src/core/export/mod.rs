//! The article as files to take away: plain text, Markdown, TEI P5 XML and the
//! XHTML pages of the EPUB. Written at build time (`src/bin/site/downloads.rs`)
//! into `dist/downloads/`; the app only links them.

pub mod edition;
pub mod markup;
pub mod plain;
pub mod tei;
pub mod xhtml;

use crate::core::prefs::Lang;
use crate::core::translation::{Reading, TrLang};

/// The file formats, in the order the menu lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Epub,
    Text,
    Markdown,
    Tei,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Epub, Format::Text, Format::Markdown, Format::Tei];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Epub => "epub",
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Tei => "tei.xml",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Epub => "application/epub+zip",
            Format::Text => "text/plain; charset=utf-8",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Tei => "application/tei+xml",
        }
    }
}

/// What a file holds: one language's edition, or the Kazakh with a
/// translation paragraph by paragraph (EPUB only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contents {
    Single(Lang),
    Parallel(TrLang),
}

/// A file the reader can download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Download {
    pub contents: Contents,
    pub format: Format,
}

/// The name every file starts with; the Kazakh original keeps the bare name.
const STEM: &str = "azerbaijan-kazakhstan";

impl Download {
    /// The file name under `downloads/`: `azerbaijan-kazakhstan.epub` (the
    /// original), `….ru.txt`, `….kk-en.epub`.
    pub fn file(self) -> String {
        let ext = self.format.extension();
        match self.contents {
            Contents::Single(Lang::Kk) => format!("{STEM}.{ext}"),
            Contents::Single(l) => format!("{STEM}.{}.{ext}", l.code()),
            Contents::Parallel(l) => format!("{STEM}.kk-{}.{ext}", l.code()),
        }
    }

    /// The language of the file's text (`hreflang`); a parallel book is
    /// Kazakh first.
    pub fn lang(self) -> Lang {
        match self.contents {
            Contents::Single(l) => l,
            Contents::Parallel(_) => Lang::Kk,
        }
    }

    pub fn media_type(self) -> &'static str {
        self.format.media_type()
    }
}

/// Folder of the build that holds the downloads, relative to the page.
pub const DOWNLOADS_DIR: &str = "downloads";

/// One language's files, in the order the menu lists them: its edition in
/// every format, then (for a translation) the parallel EPUB.
pub fn downloads_of(lang: Lang) -> Vec<Download> {
    let mut out: Vec<Download> = Format::ALL
        .into_iter()
        .map(|format| Download {
            contents: Contents::Single(lang),
            format,
        })
        .collect();
    let parallel = match lang {
        Lang::Kk => None,
        Lang::Ru => Some(TrLang::Ru),
        Lang::En => Some(TrLang::En),
    };
    out.extend(parallel.map(|l| Download {
        contents: Contents::Parallel(l),
        format: Format::Epub,
    }));
    out
}

/// Every download the build writes: Kazakh, Russian, English.
pub fn all_downloads() -> Vec<Download> {
    Lang::ALL.into_iter().flat_map(downloads_of).collect()
}

/// Whose files the Download menu opens on: the translation being read, or
/// else the interface's language (Kazakh reading is everyone's default, so
/// it says nothing of what the reader reads best).
pub fn preferred(reading: Reading, ui: Lang) -> Lang {
    match reading.translation() {
        Some(TrLang::Ru) => Lang::Ru,
        Some(TrLang::En) => Lang::En,
        None => ui,
    }
}

/// Escapes text for XML and XHTML content and attribute values: the one
/// escaper the page's HTML uses too (`&#39;` is XML as well as HTML).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::core::render::escape(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_distinct_and_the_original_keeps_its_own() {
        let names: Vec<String> = all_downloads().iter().map(|d| d.file()).collect();
        assert_eq!(names.len(), 14);
        for (i, n) in names.iter().enumerate() {
            assert!(!names[..i].contains(n), "{n} twice");
        }
        assert!(names.contains(&"azerbaijan-kazakhstan.epub".to_string()));
        assert!(names.contains(&"azerbaijan-kazakhstan.ru.tei.xml".to_string()));
        assert!(names.contains(&"azerbaijan-kazakhstan.kk-en.epub".to_string()));
        assert_eq!(
            downloads_of(Lang::Kk).len(),
            4,
            "no parallel book of the original alone"
        );
    }

    #[test]
    fn the_menu_opens_on_the_reading_then_the_interface_language() {
        use Reading::{Alone, Kazakh, Parallel};
        assert_eq!(preferred(Kazakh, Lang::Kk), Lang::Kk);
        assert_eq!(preferred(Kazakh, Lang::Ru), Lang::Ru);
        assert_eq!(preferred(Parallel(TrLang::En), Lang::Ru), Lang::En);
        assert_eq!(preferred(Alone(TrLang::Ru), Lang::En), Lang::Ru);
    }
}
