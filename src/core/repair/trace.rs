//! What the repair changed, kept with the text: every piece of an edited text
//! knows the stretch of the source it came from, copied as it is or repaired.
//! From that come the article's repair records ([`Repair`]) and the source
//! order of everything ([`TraceItem`]), which puts the source back together.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::core::article::Article;

/// Ids of the front matter's lines, as repair records name them (the author
/// line's is the one the name index uses).
pub use crate::core::article::{META_DEDICATION_ID, META_POSITION_ID, META_TITLE_ID};

/// What a repair did. All six kinds a PDF extraction calls for are named;
/// this source needs only the first three (the others are checked absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RepairKind {
    /// A word hyphenated at a line or page end, joined without its hyphen.
    Hyphen,
    /// A compound hyphenated at a line or page end, joined keeping its hyphen.
    Joined,
    /// A line or page break inside a sentence, read as one space.
    Break,
    /// Spaces inside a line made regular.
    Spacing,
    /// A running header, footer or page number dropped.
    Page,
    /// A mis-encoded character replaced by the one meant.
    Encoding,
}

impl RepairKind {
    pub const ALL: [RepairKind; 6] = [
        RepairKind::Hyphen,
        RepairKind::Joined,
        RepairKind::Break,
        RepairKind::Spacing,
        RepairKind::Page,
        RepairKind::Encoding,
    ];

    /// The name in the data, the page's `data-kind` and the TEI's `type`.
    pub fn code(self) -> &'static str {
        match self {
            RepairKind::Hyphen => "hyphen",
            RepairKind::Joined => "joined",
            RepairKind::Break => "break",
            RepairKind::Spacing => "spacing",
            RepairKind::Page => "page",
            RepairKind::Encoding => "encoding",
        }
    }
}

/// One change: the editor's reading is `text[start..end]` of block `block`
/// (byte offsets), the source read `orig`, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repair {
    pub block: String,
    pub start: usize,
    pub end: usize,
    pub kind: RepairKind,
    pub orig: String,
}

/// A stretch of an edited text and the stretch of the source it came from:
/// copied as it is (`kind` none) or repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub src: Range<usize>,
    pub dst: Range<usize>,
    pub kind: Option<RepairKind>,
}

/// An edited text with the pieces that cover it, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Traced {
    pub text: String,
    pub pieces: Vec<Piece>,
}

impl Traced {
    /// `part`, a slice of `source`, as it is.
    pub fn verbatim(source: &str, part: &str) -> Traced {
        let start = part.as_ptr() as usize - source.as_ptr() as usize;
        Traced {
            text: part.to_string(),
            pieces: vec![Piece {
                src: start..start + part.len(),
                dst: 0..part.len(),
                kind: None,
            }],
        }
    }

    pub fn src_end(&self) -> usize {
        self.pieces.last().map_or(0, |p| p.src.end)
    }

    /// The source offset of edited offset `at`, which lies in a copied piece
    /// (or at a piece's edge).
    fn src_at(&self, at: usize) -> Option<usize> {
        let p = self
            .pieces
            .iter()
            .find(|p| p.dst.start <= at && at <= p.dst.end)?;
        match p.kind {
            None => Some(p.src.start + (at - p.dst.start)),
            Some(_) if at == p.dst.start => Some(p.src.start),
            Some(_) if at == p.dst.end => Some(p.src.end),
            Some(_) => None,
        }
    }

    /// The part `range` of the text; a repaired piece cut by it is kept whole
    /// (trimming and splitting only ever cut copied text).
    pub fn slice(&self, range: Range<usize>) -> Traced {
        let mut out = Traced {
            text: self.text[range.clone()].to_string(),
            pieces: Vec::new(),
        };
        for p in &self.pieces {
            let start = p.dst.start.max(range.start);
            let end = p.dst.end.min(range.end);
            if start >= end && !(p.dst.is_empty() && range.contains(&p.dst.start)) {
                continue;
            }
            let piece = match p.kind {
                None => Piece {
                    src: p.src.start + (start - p.dst.start)..p.src.start + (end - p.dst.start),
                    dst: start - range.start..end - range.start,
                    kind: None,
                },
                Some(_) => Piece {
                    src: p.src.clone(),
                    dst: start - range.start..end - range.start,
                    kind: p.kind,
                },
            };
            out.pieces.push(piece);
        }
        out
    }

    /// Without the whitespace at either end.
    pub fn trim(&self) -> Traced {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start..end)
    }

    /// Append `other`'s text and pieces.
    pub fn push(&mut self, other: &Traced) {
        let shift = self.text.len();
        self.text.push_str(&other.text);
        self.pieces.extend(other.pieces.iter().map(|p| Piece {
            src: p.src.clone(),
            dst: p.dst.start + shift..p.dst.end + shift,
            kind: p.kind,
        }));
    }

    /// `left`, then the repaired piece `text` standing for `src`, then `right`.
    pub fn joined(
        left: &Traced,
        text: &str,
        src: Range<usize>,
        kind: RepairKind,
        right: &Traced,
    ) -> Traced {
        let mut out = left.clone();
        let at = out.text.len();
        out.text.push_str(text);
        out.pieces.push(Piece {
            src,
            dst: at..at + text.len(),
            kind: Some(kind),
        });
        out.push(right);
        out
    }

    /// Join a word broken at the end of `left` (`stem_len` bytes of it kept,
    /// the hyphen after them dropped unless `glue` keeps it) with the first
    /// `word_len` bytes of `right`: one repair over the whole word.
    pub fn join_word(
        left: &Traced,
        stem_len: usize,
        word_start: usize,
        glue: &str,
        right: &Traced,
        word_len: usize,
    ) -> Option<Traced> {
        let src_start = left.src_at(word_start)?;
        let src_end = right.src_at(word_len)?;
        let text = format!(
            "{}{glue}{}",
            &left.text[word_start..stem_len],
            &right.text[..word_len]
        );
        let kind = if glue.is_empty() {
            RepairKind::Hyphen
        } else {
            RepairKind::Joined
        };
        Some(Traced::joined(
            &left.slice(0..word_start),
            &text,
            src_start..src_end,
            kind,
            &right.slice(word_len..right.text.len()),
        ))
    }

    /// The repair records of block `block`, in order.
    pub fn repairs(&self, block: &str, source: &str) -> Vec<Repair> {
        self.pieces
            .iter()
            .filter_map(|p| {
                Some(Repair {
                    block: block.to_string(),
                    start: p.dst.start,
                    end: p.dst.end,
                    kind: p.kind?,
                    orig: source.get(p.src.clone())?.to_string(),
                })
            })
            .collect()
    }
}

/// Where a stretch of the source went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// Copied into block `block` at `dst`.
    Copied { block: String, dst: Range<usize> },
    /// Repaired: the article's repair record number `index`.
    Repaired { index: usize },
    /// The URL of bibliography entry `entry`.
    Url { entry: String },
    /// The closing ornament.
    Ornament,
}

/// A stretch of the source and where it went. Stretches not named by any
/// item are layout: blank lines and the extraction's marks of structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceItem {
    pub src: Range<usize>,
    pub placed: Placed,
}

/// The characters layout may hold: whitespace between blocks, the asterisks
/// around a caption, the angle brackets around a URL, the colon after the
/// bibliography's heading. No letter or digit is ever layout.
pub fn is_layout(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '<' | '>' | ':')
}

/// A text of the article by the id its repairs name: the front matter's
/// lines, or any of [`Article::blocks`].
pub fn text_of<'a>(article: &'a Article, id: &str) -> Option<&'a str> {
    let meta = &article.meta;
    match id {
        META_POSITION_ID => Some(&meta.position),
        META_TITLE_ID => Some(&meta.title),
        META_DEDICATION_ID => Some(&meta.dedication),
        _ => article.block(id).map(|b| b.text),
    }
}

/// The source put back from the article: its texts, with the source's
/// readings in place of the editor's, and the layout between them (from
/// `source`, which must be layout only). An error says what did not fit.
pub fn restore(article: &Article, trace: &[TraceItem], source: &str) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for item in trace {
        let layout = source
            .get(at..item.src.start)
            .ok_or_else(|| format!("items overlap at {at}"))?;
        if let Some(c) = layout.chars().find(|&c| !is_layout(c)) {
            return Err(format!("{c:?} at {at} is in no text and no repair"));
        }
        out.push_str(layout);
        match &item.placed {
            Placed::Copied { block, dst } => {
                let text = text_of(article, block).ok_or_else(|| format!("no block {block}"))?;
                out.push_str(
                    text.get(dst.clone())
                        .ok_or_else(|| format!("{block} has no {dst:?}"))?,
                );
            }
            Placed::Repaired { index } => {
                let r = article
                    .repairs
                    .get(*index)
                    .ok_or_else(|| format!("no repair {index}"))?;
                out.push_str(&r.orig);
            }
            Placed::Url { entry } => {
                let url = article
                    .bibliography
                    .entries
                    .iter()
                    .find(|e| &e.id == entry)
                    .and_then(|e| e.url.as_deref())
                    .ok_or_else(|| format!("no URL on {entry}"))?;
                out.push_str(url);
            }
            Placed::Ornament => out.push_str(article.meta.ornament.as_deref().unwrap_or_default()),
        }
        at = item.src.end;
    }
    let rest = source.get(at..).unwrap_or_default();
    if let Some(c) = rest.chars().find(|&c| !is_layout(c)) {
        return Err(format!("{c:?} after the last item is in no text"));
    }
    out.push_str(rest);
    Ok(out)
}

/// How many repairs of each kind, in [`RepairKind::ALL`]'s order.
pub fn counts(repairs: &[Repair]) -> [(RepairKind, usize); 6] {
    RepairKind::ALL.map(|k| (k, repairs.iter().filter(|r| r.kind == k).count()))
}
