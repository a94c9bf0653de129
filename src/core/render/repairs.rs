//! The repairs in the body: each repaired stretch marked, its button, and
//! the popovers with the source's readings (`core::repair::trace`).

use std::ops::Range;

use super::{repair_id, Writer};
use crate::core::repair::{Repair, RepairKind};

impl<'a> Writer<'a> {
    /// `text[range]` of block `id`, each stretch a repair made wrapped in a
    /// quiet `<span class="rep">` (styled only when the reader shows the
    /// repairs) and followed by its button; inside a name's link (`in_link`)
    /// the buttons wait, and the repairs that end here are returned for them.
    pub(super) fn repaired(
        &mut self,
        id: &str,
        text: &str,
        range: Range<usize>,
        in_link: bool,
    ) -> Vec<usize> {
        let repairs = &self.lib.article.repairs;
        let mut ended = Vec::new();
        let mut at = range.start;
        let inside: Vec<(usize, &Repair)> = repairs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.block == id && r.start < range.end && range.start < r.end)
            .collect();
        for (i, r) in inside {
            let start = r.start.max(at);
            let end = r.end.min(range.end);
            self.text(text.get(at..start).unwrap_or_default());
            self.raw("<span class=\"rep\"");
            self.attr("data-kind", r.kind.code());
            self.raw(">");
            self.text(text.get(start..end).unwrap_or_default());
            self.raw("</span>");
            at = end;
            if end == r.end {
                ended.push(i);
                if !in_link {
                    self.repair_buttons(&mut ended);
                }
            }
        }
        self.text(text.get(at..range.end).unwrap_or_default());
        ended
    }

    /// The button after a repaired stretch: hidden unless the reader shows the
    /// repairs; it opens the popover with the source's reading (no script).
    pub(super) fn repair_buttons(&mut self, ended: &mut Vec<usize>) {
        for i in ended.drain(..) {
            let Some(r) = self.lib.article.repairs.get(i) else {
                continue;
            };
            let kind = self.kind_label(r.kind);
            self.raw("<button type=\"button\" class=\"rep-note\"");
            self.attr("popovertarget", &repair_id(i));
            self.attr("data-orig", &shown_reading(&r.orig));
            self.attr("aria-label", &format!("{}: {kind}", self.labels.repair));
            self.raw("></button>");
            self.marked.push(i);
        }
    }

    fn kind_label(&self, kind: RepairKind) -> &'a str {
        let at = RepairKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.labels.repair_kinds[at]
    }

    /// One popover per marked repair, after the text (not inside a
    /// paragraph, whose text stays the editor's alone): its kind, and the
    /// source's and the editor's readings with a word of context.
    pub(super) fn repair_popovers(&mut self) {
        if self.marked.is_empty() {
            return;
        }
        self.raw("<div class=\"rep-pops\">");
        for i in std::mem::take(&mut self.marked) {
            let Some(r) = self.lib.article.repairs.get(i) else {
                continue;
            };
            let text = crate::core::repair::trace::text_of(&self.lib.article, &r.block)
                .unwrap_or_default();
            let before = text.get(..r.start).unwrap_or_default();
            let before = &before[before.trim_end_matches(|c: char| !c.is_whitespace()).len()..];
            let after = text.get(r.end..).unwrap_or_default();
            let after = &after
                [..after.len() - after.trim_start_matches(|c: char| !c.is_whitespace()).len()];
            let reg = text.get(r.start..r.end).unwrap_or_default();
            self.raw("<div popover class=\"rep-pop\"");
            self.attr("id", &repair_id(i));
            self.attr("lang", self.reading.ui.code());
            self.attr("data-kind", r.kind.code());
            self.raw("><p class=\"rep-kind\">");
            self.text(self.kind_label(r.kind));
            self.raw("</p><p>");
            self.text(self.labels.source_reading);
            self.raw(": <q lang=\"kk\">");
            self.text(before);
            // Line ends drawn, and named for a screen reader.
            for (n, line) in r.orig.split('\n').enumerate() {
                if n > 0 {
                    self.raw("<span class=\"rep-nl\" aria-hidden=\"true\">↵</span>");
                    if r.orig.split('\n').nth(n - 1).is_some_and(|l| !l.is_empty()) || n == 1 {
                        self.raw("<span class=\"visually-hidden\"> (");
                        self.text(self.labels.line_end);
                        self.raw(") </span>");
                    }
                }
                self.raw("<span class=\"rep-orig\">");
                self.text(line);
                self.raw("</span>");
            }
            self.text(after);
            self.raw("</q></p><p>");
            self.text(self.labels.edition_reading);
            self.raw(": <q lang=\"kk\">");
            self.text(before);
            self.raw("<span class=\"rep-reg\">");
            self.text(reg);
            self.raw("</span>");
            self.text(after);
            self.raw("</q></p></div>");
        }
        self.raw("</div>");
    }
}

/// A source's reading on one line: each line end drawn as `↵`.
pub fn shown_reading(orig: &str) -> String {
    orig.replace('\n', "↵")
}
