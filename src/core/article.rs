//! The article model: what `data/article.json` holds and the app renders.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub bibliography: Bibliography,
    /// Every change the repair made to the source's text, in reading order
    /// (`core::repair::trace`).
    #[serde(default)]
    pub repairs: Vec<crate::core::repair::Repair>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub author: String,
    /// The author's position, as printed under his name.
    pub position: String,
    /// The line under the title ("Мақала ... арналады").
    pub dedication: String,
    /// BCP 47 language tag of the text (`kk`).
    pub lang: String,
    /// A closing ornament printed after the last line of the source (e.g. `❀`), kept
    /// so that nothing of the source is dropped.
    #[serde(default)]
    pub ornament: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Stable id: `s1`, `s2`, … in reading order.
    pub id: String,
    /// `None` for the untitled opening part.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// Stable id: `p1`, `p2`, … numbered through the whole article.
    Paragraph { id: String, text: String },
    /// A photo caption; the photo itself is not in the source. Id `fig1`, ….
    Figure { id: String, caption: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bibliography {
    /// Stable id of the bibliography as a navigable part (`bibliography`).
    pub id: String,
    pub title: String,
    pub entries: Vec<Reference>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Stable id: `ref1`, `ref2`, ….
    pub id: String,
    /// The entry without its URL.
    pub text: String,
    pub url: Option<String>,
}

impl Block {
    pub fn id(&self) -> &str {
        match self {
            Block::Paragraph { id, .. } | Block::Figure { id, .. } => id,
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Block::Paragraph { text, .. } => text,
            Block::Figure { caption, .. } => caption,
        }
    }
}

/// Block id given to the author line under the title, which also names people.
pub const META_AUTHOR_ID: &str = "meta-author";
/// Ids of the other lines of the front matter: search finds them, links
/// lead to them.
pub const META_POSITION_ID: &str = "meta-position";
pub const META_TITLE_ID: &str = "meta-title";
pub const META_DEDICATION_ID: &str = "meta-dedication";

/// What a piece of the article's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// The author line under the title ([`META_AUTHOR_ID`]).
    Author,
    /// A section's title (its id is the section's).
    SectionTitle,
    Paragraph,
    Figure,
    /// The bibliography's title (its id is the bibliography's).
    BibliographyTitle,
    Reference,
}

/// One piece of text in reading order, with the id links and mentions use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextBlock<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub kind: TextKind,
    /// The section or bibliography it belongs to (`None` for the author line).
    pub part: Option<&'a str>,
}

/// A navigable part of the article: a section or the bibliography.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part<'a> {
    pub id: &'a str,
    /// `None` for the untitled opening part.
    pub title: Option<&'a str>,
}

impl Article {
    /// Every text of the article in reading order: the author line, section
    /// titles, paragraphs and figures, the bibliography's title and entries.
    /// The one traversal that mentions, search, dates and the view share.
    pub fn blocks(&self) -> impl Iterator<Item = TextBlock<'_>> {
        let author = std::iter::once(TextBlock {
            id: META_AUTHOR_ID,
            text: &self.meta.author,
            kind: TextKind::Author,
            part: None,
        });
        let sections = self.sections.iter().flat_map(|s| {
            let part = Some(s.id.as_str());
            let title = s.title.as_deref().map(|text| TextBlock {
                id: &s.id,
                text,
                kind: TextKind::SectionTitle,
                part,
            });
            title
                .into_iter()
                .chain(s.blocks.iter().map(move |b| TextBlock {
                    id: b.id(),
                    text: b.text(),
                    kind: match b {
                        Block::Paragraph { .. } => TextKind::Paragraph,
                        Block::Figure { .. } => TextKind::Figure,
                    },
                    part,
                }))
        });
        let bib = &self.bibliography;
        let part = Some(bib.id.as_str());
        let bib_title = std::iter::once(TextBlock {
            id: &bib.id,
            text: &bib.title,
            kind: TextKind::BibliographyTitle,
            part,
        });
        let entries = bib.entries.iter().map(move |r| TextBlock {
            id: &r.id,
            text: &r.text,
            kind: TextKind::Reference,
            part,
        });
        author.chain(sections).chain(bib_title).chain(entries)
    }

    /// The front matter's lines as the page shows them, each with its id:
    /// the author, his position, the title and the dedication. Not in
    /// [`Article::blocks`]: names and dates are not looked for there.
    pub fn front_matter(&self) -> [(&'static str, &str); 4] {
        let m = &self.meta;
        [
            (META_AUTHOR_ID, &m.author),
            (META_POSITION_ID, &m.position),
            (META_TITLE_ID, &m.title),
            (META_DEDICATION_ID, &m.dedication),
        ]
    }

    /// The text of a front-matter line, by id.
    pub fn front_line(&self, id: &str) -> Option<&str> {
        let (_, text) = self.front_matter().into_iter().find(|(i, _)| *i == id)?;
        Some(text).filter(|t| !t.trim().is_empty())
    }

    /// The sections and then the bibliography: the table of contents, the
    /// previous/next links and the `[` `]` keys.
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        let sections = self.sections.iter().map(|s| Part {
            id: &s.id,
            title: s.title.as_deref(),
        });
        sections.chain(std::iter::once(Part {
            id: &self.bibliography.id,
            title: Some(&self.bibliography.title),
        }))
    }

    /// The text with this id, as [`Article::blocks`] gives it.
    pub fn block(&self, id: &str) -> Option<TextBlock<'_>> {
        self.blocks().find(|b| b.id == id)
    }

    /// Every paragraph in reading order, with the section it belongs to.
    pub fn paragraphs(&self) -> impl Iterator<Item = (&Section, &str, &str)> {
        self.sections.iter().flat_map(|s| {
            s.blocks.iter().filter_map(move |b| match b {
                Block::Paragraph { id, text } => Some((s, id.as_str(), text.as_str())),
                Block::Figure { .. } => None,
            })
        })
    }

    /// The section that holds the block with this id.
    pub fn section_of(&self, block_id: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.blocks.iter().any(|b| b.id() == block_id))
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// A section or the bibliography has this id.
    pub fn has_part(&self, id: &str) -> bool {
        self.parts().any(|p| p.id == id)
    }

    /// A paragraph, figure, bibliography entry or front-matter line has this
    /// id: what `#/p/<id>` may name.
    pub fn has_block(&self, id: &str) -> bool {
        self.front_line(id).is_some()
            || self.blocks().any(|b| {
                b.id == id
                    && matches!(
                        b.kind,
                        TextKind::Paragraph | TextKind::Figure | TextKind::Reference
                    )
            })
    }
}
