//! The article model: what `data/article.json` holds and the app renders.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub bibliography: Bibliography,
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

impl Article {
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
}
