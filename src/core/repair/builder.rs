//! Assembles the article's sections while the repair walks the source's
//! blocks, keeping every text's trace by its block id.

use std::collections::HashMap;

use super::trace::Traced;
use super::{ends_sentence, join_traced};
use crate::core::article::{Block, Section};

/// Assembles sections while walking the body blocks.
pub(super) struct Builder {
    /// Never empty: the article opens with an untitled section.
    pub(super) sections: Vec<Section>,
    /// A paragraph still waiting for the end of its sentence.
    pub(super) open: Option<Traced>,
    /// Where the break after the open paragraph ends: the first caption met
    /// while it was open (the caption is not part of the break).
    gap_end: Option<usize>,
    /// Captions met while a paragraph was open: placed after it.
    waiting_figures: Vec<Traced>,
    paragraphs: usize,
    figures: usize,
    /// Every text by its block id, with its trace.
    pub(super) traced: HashMap<String, Traced>,
}

impl Builder {
    pub(super) fn new() -> Self {
        Builder {
            sections: vec![Section {
                id: "s1".into(),
                title: None,
                blocks: Vec::new(),
            }],
            open: None,
            gap_end: None,
            waiting_figures: Vec::new(),
            paragraphs: 0,
            figures: 0,
            traced: HashMap::new(),
        }
    }

    fn current(&mut self) -> &mut Section {
        let last = self.sections.len() - 1;
        &mut self.sections[last]
    }

    pub(super) fn start_section(&mut self, title: Traced) {
        self.flush();
        let text = title.text.clone();
        let current = self.current();
        let id = if current.blocks.is_empty() && current.title.is_none() {
            // No untitled opening part: the first heading names the first section.
            current.title = Some(text);
            current.id.clone()
        } else {
            let id = format!("s{}", self.sections.len() + 1);
            self.sections.push(Section {
                id: id.clone(),
                title: Some(text),
                blocks: Vec::new(),
            });
            id
        };
        self.traced.insert(id, title);
    }

    pub(super) fn text(&mut self, text: Traced, corpus: &str) {
        let text = match self.open.take() {
            Some(open) => {
                let start = text.pieces.first().map_or(0, |p| p.src.start);
                let gap_end = self.gap_end.take().unwrap_or(start);
                join_traced(&open, &text, gap_end, corpus)
            }
            None => text,
        };
        if ends_sentence(&text.text) {
            self.push_paragraph(text);
        } else {
            self.open = Some(text);
        }
    }

    /// A caption whose block starts at `block_start` in the source.
    pub(super) fn figure(&mut self, caption: Traced, block_start: usize) {
        if self.open.is_some() {
            self.gap_end.get_or_insert(block_start);
            self.waiting_figures.push(caption);
        } else {
            self.push_figure(caption);
        }
    }

    fn push_paragraph(&mut self, text: Traced) {
        self.paragraphs += 1;
        let id = format!("p{}", self.paragraphs);
        self.current().blocks.push(Block::Paragraph {
            id: id.clone(),
            text: text.text.clone(),
        });
        self.traced.insert(id, text);
        for caption in std::mem::take(&mut self.waiting_figures) {
            self.push_figure(caption);
        }
    }

    fn push_figure(&mut self, caption: Traced) {
        self.figures += 1;
        let id = format!("fig{}", self.figures);
        self.current().blocks.push(Block::Figure {
            id: id.clone(),
            caption: caption.text.clone(),
        });
        self.traced.insert(id, caption);
    }

    /// Close an open paragraph even if its sentence never ended.
    pub(super) fn flush(&mut self) {
        self.gap_end = None;
        if let Some(open) = self.open.take() {
            self.push_paragraph(open);
        }
        for caption in std::mem::take(&mut self.waiting_figures) {
            self.push_figure(caption);
        }
    }
}
