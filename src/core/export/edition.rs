//! An edition of the article in one language: the Kazakh original, or the
//! original's structure with a working translation's words in it. Every
//! writer takes one, so the language is a parameter, never assumed. Ids stay
//! the original's (`p12` is ¶ 12 in every edition), so a translated paragraph
//! always names the Kazakh one it renders. The bibliography stays as written.
//!
//! The few words an edition adds (the notice on a translation, the contents'
//! name, the bibliography's heading) live here, not in the interface's table
//! (`view::strings`): the writers run at build time without the view.

use crate::core::article::{Article, Block};
use crate::core::prefs::Lang;
use crate::core::translation::{TrLang, Translation};

/// What an edition says about itself, in its own language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionWords {
    /// The navigation's name (the EPUB's contents).
    pub contents: &'static str,
    /// Said at the top of every translated edition; `None` for the original.
    pub notice: Option<&'static str>,
    /// Before the original's title, in a translated edition.
    pub original_title: &'static str,
    /// The bibliography's heading in a translation (its entries stay as written).
    pub bibliography: &'static str,
}

pub fn words(lang: Lang) -> EditionWords {
    match lang {
        Lang::Kk => EditionWords {
            contents: "Мазмұны",
            notice: None,
            original_title: "Түпнұсқа",
            bibliography: "Әдебиеттер тізімі",
        },
        Lang::Ru => EditionWords {
            contents: "Содержание",
            notice: Some(
                "Неофициальный рабочий перевод с казахского языка. Автор его не проверял; \
                 авторитетен только казахский оригинал, его и цитируйте. \
                 Список литературы приведён так, как он напечатан в оригинале.",
            ),
            original_title: "Оригинал",
            bibliography: "Список литературы (как в оригинале)",
        },
        Lang::En => EditionWords {
            contents: "Contents",
            notice: Some(
                "Unofficial working translation from the Kazakh. The author has not reviewed it; \
                 only the Kazakh original is authoritative, and it is the one to cite. \
                 The references are given as printed in the original.",
            ),
            original_title: "Original",
            bibliography: "References (as in the original)",
        },
    }
}

/// The article in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Edition {
    pub lang: Lang,
    /// The text in `lang`: the original's parts and ids, the translation's words.
    pub article: Article,
    /// The Kazakh title, kept for a translation's title page and header.
    pub original_title: String,
}

impl Edition {
    /// The Kazakh original as it is.
    pub fn original(article: &Article) -> Edition {
        Edition {
            lang: Lang::Kk,
            article: article.clone(),
            original_title: article.meta.title.clone(),
        }
    }

    /// The article in `tr`'s language: every title, heading, paragraph and
    /// caption from the translation; `author` as that language writes the
    /// name. Fails, naming them, when the translation lacks any text, so a
    /// download never mixes languages unsaid.
    pub fn translated(
        article: &Article,
        lang: TrLang,
        tr: &Translation,
        author: &str,
    ) -> Result<Edition, String> {
        if tr.lang != lang.code() {
            return Err(format!(
                "the {} translation says it is {:?}",
                lang.code(),
                tr.lang
            ));
        }
        let mut missing = Vec::new();
        let mut need = |id: &str, text: Option<&str>| {
            if text.is_none() {
                missing.push(id.to_string());
            }
            text.unwrap_or_default().to_string()
        };
        let mut out = article.clone();
        let meta = &tr.meta;
        out.meta.title = need("title", Some(meta.title.as_str()).filter(|s| !s.is_empty()));
        out.meta.position = need(
            "position",
            Some(meta.position.as_str()).filter(|s| !s.is_empty()),
        );
        out.meta.dedication = need(
            "dedication",
            Some(meta.dedication.as_str()).filter(|s| !s.is_empty()),
        );
        out.meta.author = author.to_string();
        out.meta.lang = lang.code().to_string();
        for section in &mut out.sections {
            if section.title.is_some() {
                section.title = Some(need(&section.id, tr.section(&section.id)));
            }
            for block in &mut section.blocks {
                let text = need(block.id(), tr.block(block.id()));
                match block {
                    Block::Paragraph { text: t, .. } => *t = text,
                    Block::Figure { caption, .. } => *caption = text,
                }
            }
        }
        let lang = match lang {
            TrLang::Ru => Lang::Ru,
            TrLang::En => Lang::En,
        };
        out.bibliography.title = words(lang).bibliography.to_string();
        if !missing.is_empty() {
            return Err(format!(
                "the {} translation lacks {}",
                lang.code(),
                missing.join(", ")
            ));
        }
        Ok(Edition {
            lang,
            article: out,
            original_title: article.meta.title.clone(),
        })
    }

    pub fn words(&self) -> EditionWords {
        words(self.lang)
    }

    /// Whether this is a translation (and says so).
    pub fn is_translation(&self) -> bool {
        self.lang != Lang::Kk
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }
}

/// The author's name as `lang` writes it: the people index's entry for the
/// person the byline names (`Rashad Mammadov`, `Рашад Маммадов`).
pub fn author_in(lib: &crate::core::library::Library, lang: TrLang) -> Option<&str> {
    let slug = &lib
        .people
        .mentions()
        .iter()
        .find(|m| m.block_id == crate::core::people::META_AUTHOR_ID)?
        .slug;
    let person = lib.people.iter().find(|p| &p.slug == slug)?;
    Some(match lang {
        TrLang::Ru => person.russian.as_str(),
        TrLang::En => person.latin.as_str(),
    })
}
