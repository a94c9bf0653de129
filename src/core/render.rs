//! The article's body as one HTML string: written here, natively tested, and
//! put into the page as it is. The browser keeps the pre-rendered body and the
//! Wasm never rebuilds it node by node; name links, paragraph links and copy
//! buttons are plain markup served by one delegated listener in the view.
//!
//! Every piece of text and every attribute value is escaped ([`escape`]).
//!
//! The reading choice is written here too: a translation beside the Kazakh
//! (one row per paragraph: side by side on a wide screen, interleaved on a
//! phone, which is the style sheet's choice) or instead of it, and the folded
//! abstracts.
//!
//! Long (near 600 lines): one writer over the article in reading order, so
//! the HTML's structure reads as one walk; labels and marks are in `render/`.

use std::ops::Range;

/// The copy button's icons: two sheets, and a tick (shown by the `copied` class).
pub const COPY_ICONS: &str = concat!(
    "<svg class=\"icon copy\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
    "<path d=\"M5.5 5.5h8v8h-8z M10.5 5.5v-3h-8v8h3\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/></svg>",
    "<svg class=\"icon done\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
    "<path d=\"M3 8.5l3.2 3.2L13 4.8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/></svg>",
);

use super::article::{
    Article, Block, Section, META_AUTHOR_ID, META_DEDICATION_ID, META_POSITION_ID, META_TITLE_ID,
};
use super::library::{Highlights, Library};
use super::prefs::Lang;
use super::route::{Page, Route};
use super::spans::pieces;
use super::translation::{Reading as Choice, TrLang, TrMeta, Translation};

/// The interface words the body carries, in the reader's language (the view
/// takes them from its strings table).
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    pub opening_part: &'a str,
    pub previous: &'a str,
    pub next: &'a str,
    pub link_to_paragraph: &'a str,
    pub link_to_section: &'a str,
    pub copy_link: &'a str,
    pub figure_label: &'a str,
    /// The summary line of a folded abstract.
    pub abstract_label: &'a str,
    /// Says the translation is unofficial and the Kazakh authoritative.
    pub translation_notice: &'a str,
    pub cite: &'a str,
    pub cite_article: &'a str,
    /// The repairs' marks: what a mark is, the source's and the editor's
    /// readings, a line end in a reading, and each kind's name in
    /// [`RepairKind::ALL`]'s order.
    pub repair: &'a str,
    pub source_reading: &'a str,
    pub edition_reading: &'a str,
    pub line_end: &'a str,
    pub repair_kinds: [&'a str; 6],
    /// The bibliography's heading in an interface other than Kazakh (the
    /// Kazakh one is the article's own).
    pub bibliography: &'a str,
}

/// The id of the popover that shows repair number `index`.
pub fn repair_id(index: usize) -> String {
    format!("rep-{index}")
}

/// A translation that is here, shown beside the Kazakh or instead of it.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub lang: TrLang,
    pub text: &'a Translation,
    /// Instead of the Kazakh, not beside it.
    pub alone: bool,
}

/// What the reader chose around the Kazakh text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading<'a> {
    /// The translation shown, once fetched.
    pub shown: Option<Shown<'a>>,
    /// A translation is chosen (fetched or not): the notice is shown.
    pub translating: bool,
    /// The interface language: the abstracts are in it.
    pub ui: Lang,
    /// The parts (`article` or a section id) whose abstract the reader opened.
    pub open: &'a [String],
    /// The reading choice, which every link in the body carries.
    pub choice: Choice,
    /// The interface language's translation, once here, for the labels
    /// around the text (the previous and next links' titles).
    pub titles: Option<&'a Translation>,
}

/// The id of the hidden one-line description of a person, which name links
/// point to with `aria-describedby`.
pub fn card_id(slug: &str) -> String {
    format!("card-{slug}")
}

/// Append `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped: safe as
/// element text and as a quoted attribute value.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The body of `<article>`: its header, sections, bibliography and ornament,
/// with search hits (`highlights`) marked.
pub fn article_html(
    lib: &Library,
    labels: &Labels,
    highlights: &Highlights,
    reading: &Reading,
) -> String {
    let article = &lib.article;
    let mut w = Writer {
        out: String::with_capacity(128 * 1024),
        lib,
        labels,
        highlights,
        reading,
        marked: Vec::new(),
    };
    let meta = &article.meta;
    // Each line has its id: a search hit or a link leads to it.
    w.raw("<header class=\"article-header\"><p class=\"author\"");
    w.attr("id", META_AUTHOR_ID);
    w.raw(" tabindex=\"-1\">");
    w.linked(META_AUTHOR_ID, &meta.author);
    w.raw("</p><p class=\"position\"");
    w.attr("id", META_POSITION_ID);
    w.raw(" tabindex=\"-1\">");
    w.line(META_POSITION_ID, &meta.position, |m| &m.position);
    w.raw("</p><h1");
    w.attr("id", META_TITLE_ID);
    w.raw(" tabindex=\"-1\">");
    w.line(META_TITLE_ID, &meta.title, |m| &m.title);
    w.raw("</h1><p class=\"dedication\"");
    w.attr("id", META_DEDICATION_ID);
    w.raw(" tabindex=\"-1\">");
    w.line(META_DEDICATION_ID, &meta.dedication, |m| &m.dedication);
    w.raw("</p><button type=\"button\" class=\"cite-article\" data-cite=\"\">❝ ");
    w.text(labels.cite_article);
    w.raw("</button></header>");
    if reading.translating {
        w.raw("<p class=\"tr-notice\" role=\"note\"");
        w.attr("lang", reading.ui.code());
        w.raw(">");
        w.text(labels.translation_notice);
        w.raw("</p>");
    }
    w.abstract_box("article", None);
    let parts: Vec<(&str, &str)> = article
        .parts()
        .map(|p| (p.id, p.title.unwrap_or(labels.opening_part)))
        .collect();
    for (i, section) in article.sections.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|j| parts.get(j)).copied();
        w.section(section, previous, parts.get(i + 1).copied());
    }
    w.bibliography(article);
    if let Some(ornament) = &meta.ornament {
        w.raw("<p class=\"ornament\" aria-hidden=\"true\">");
        w.text(ornament);
        w.raw("</p>");
    }
    w.repair_popovers();
    w.out
}

struct Writer<'a> {
    out: String,
    lib: &'a Library,
    labels: &'a Labels<'a>,
    highlights: &'a Highlights,
    reading: &'a Reading<'a>,
    /// The repairs marked in the text so far, by index: each gets its popover.
    marked: Vec<usize>,
}

impl<'a> Writer<'a> {
    /// A link to `page`, read as the reader reads this body.
    fn href(&self, page: Page) -> String {
        Route::new(page, self.reading.choice).href(self.reading.ui)
    }

    fn raw(&mut self, html: &str) {
        self.out.push_str(html);
    }

    fn text(&mut self, text: &str) {
        escape(&mut self.out, text);
    }

    /// ` name="value"`, the value escaped.
    fn attr(&mut self, name: &str, value: &str) {
        self.raw(" ");
        self.raw(name);
        self.raw("=\"");
        self.text(value);
        self.raw("\"");
    }

    /// `text` of block `id` with its people linked and search hits marked.
    fn linked(&mut self, id: &str, text: &str) {
        let mentions = self.lib.people.mentions_in(id);
        let names: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
        let hits = self.marks(id);
        for piece in pieces(text, &names, hits) {
            let mention = piece.person.and_then(|i| mentions.get(i));
            if let Some(m) = mention {
                self.raw("<a class=\"person");
                if m.in_name {
                    self.raw(" in-name");
                }
                self.raw("\"");
                self.attr("href", &self.href(Page::Person(m.slug.clone())));
                self.attr("aria-describedby", &card_id(&m.slug));
                self.raw(">");
            }
            // A repair's button follows its text, outside a name's link.
            let mut ended = Vec::new();
            for (range, lit) in &piece.parts {
                if *lit {
                    self.raw(if self.highlights.quote {
                        "<mark class=\"quote\">"
                    } else {
                        "<mark>"
                    });
                }
                ended.extend(self.repaired(id, text, range.clone(), mention.is_some()));
                if *lit {
                    self.raw("</mark>");
                }
            }
            if mention.is_some() {
                self.raw("</a>");
                self.repair_buttons(&mut ended);
            }
        }
    }

    /// The marks of block `id`'s Kazakh text (hits, or a quoted passage).
    fn marks(&self, id: &str) -> &'a [Range<usize>] {
        self.highlights
            .ranges
            .get(id)
            .map_or(&[][..], Vec::as_slice)
    }

    /// The marks of block `id`'s translation.
    fn tr_marks(&self, id: &str) -> &'a [Range<usize>] {
        self.highlights
            .translated
            .get(id)
            .map_or(&[][..], Vec::as_slice)
    }

    /// Parts of `text`, those lit as `<mark>`.
    fn marked(&mut self, text: &str, parts: &[(Range<usize>, bool)]) {
        for (range, lit) in parts {
            let part = text.get(range.clone()).unwrap_or_default();
            if *lit {
                self.raw(if self.highlights.quote {
                    "<mark class=\"quote\">"
                } else {
                    "<mark>"
                });
                self.text(part);
                self.raw("</mark>");
            } else {
                self.text(part);
            }
        }
    }

    /// The translation of `id` when one is shown and has it, and whether it
    /// stands alone.
    fn translated(&self, id: &str) -> Option<(TrLang, &'a str, bool)> {
        let s = self.reading.shown?;
        Some((s.lang, s.text.block(id)?, s.alone))
    }

    /// `<tag class="…" lang="…">text</tag>`: the translation of `key` (a
    /// block, a line, a section's title) under or beside its Kazakh, or
    /// standing alone (no class), with its marks (search hits, a quoted
    /// passage). Beside the Kazakh it names the Kazakh's element
    /// (`data-tr`), for the hit bar to find its marks (`library::Step`).
    fn tr_of(
        &mut self,
        key: &str,
        element: &str,
        tag: &str,
        class: &str,
        lang: TrLang,
        text: &str,
    ) {
        self.raw("<");
        self.raw(tag);
        if !class.is_empty() {
            self.attr("class", class);
            self.attr("data-tr", element);
        }
        self.attr("lang", lang.code());
        self.raw(">");
        for piece in pieces(text, &[], self.tr_marks(key)) {
            self.marked(text, &piece.parts);
        }
        self.raw("</");
        self.raw(tag);
        self.raw(">");
    }

    /// The Kazakh of block `id`, linked and marked, or its translation alone.
    fn kazakh_or_alone(&mut self, id: &str, text: &str) {
        match self.translated(id) {
            Some((lang, tr, true)) => self.tr_of(id, id, "span", "", lang, tr),
            _ => self.linked(id, text),
        }
    }

    /// A line of the front matter: Kazakh (search hits marked), Kazakh and
    /// its translation, or the translation alone.
    fn line(&mut self, id: &str, kazakh: &str, pick: fn(&TrMeta) -> &str) {
        let shown = self.reading.shown;
        match shown.map(|s| (s, pick(&s.text.meta))) {
            Some((s, tr)) if !tr.is_empty() && s.alone => {
                self.tr_of(id, id, "span", "", s.lang, tr)
            }
            Some((s, tr)) if !tr.is_empty() => {
                self.linked(id, kazakh);
                self.tr_of(id, id, "span", "tr", s.lang, tr);
            }
            _ => self.linked(id, kazakh),
        }
    }

    /// The folded abstract of the article (`article`) or of a section, in the
    /// interface language; `…` until it is fetched (on first opening).
    fn abstract_box(&mut self, part: &str, caption: Option<&str>) {
        let ui = self.reading.ui;
        let text = self.lib.abstract_of(ui, part);
        // Known to be missing once the language's abstracts are here.
        if text.is_none() && self.lib.has_abstracts(ui) {
            return;
        }
        self.raw("<details class=\"abstract\"");
        self.attr("lang", ui.code());
        self.attr("data-part", part);
        if self.reading.open.iter().any(|p| p == part) {
            self.raw(" open");
        }
        self.raw("><summary>");
        self.text(self.labels.abstract_label);
        // The opening part has no heading, and its abstract follows the
        // article's at once: name it, or the two read the same.
        if let Some(part) = caption {
            self.text(" · ");
            self.text(part);
        }
        // Not a `p`: the section's paragraphs are its text's alone.
        self.raw("</summary><div class=\"abstract-text\">");
        self.text(text.unwrap_or("…"));
        self.raw("</div></details>");
    }

    /// The `¶` or `#` is drawn by the style sheet (`sign` names which), not
    /// written in the text: a selection across paragraphs copies words only.
    fn permalink(&mut self, href: &str, label: &str, sign: &str) {
        let _ = sign;
        self.raw("<a class=\"permalink\"");
        self.attr("href", href);
        self.attr("aria-label", label);
        self.raw("></a>");
    }

    fn section(
        &mut self,
        section: &Section,
        previous: Option<(&str, &str)>,
        next: Option<(&str, &str)>,
    ) {
        let labels = self.labels;
        let heading_id = format!("{}-title", section.id);
        self.raw("<section");
        self.attr("id", &section.id);
        self.raw(" class=\"part\" tabindex=\"-1\"");
        match &section.title {
            Some(_) => self.attr("aria-labelledby", &heading_id),
            // The untitled opening part is labelled for assistive technology only.
            None => self.attr("aria-label", labels.opening_part),
        }
        self.raw(">");
        if let Some(title) = &section.title {
            let tr = self
                .reading
                .shown
                .and_then(|s| Some((s, s.text.section(&section.id)?)));
            self.raw("<h2");
            self.attr("id", &heading_id);
            self.raw(">");
            match tr {
                Some((s, tr)) if s.alone => {
                    self.tr_of(&section.id, &heading_id, "span", "", s.lang, tr)
                }
                _ => self.linked(&section.id, title),
            }
            self.permalink(
                &self.href(Page::Section(section.id.clone())),
                labels.link_to_section,
                "#",
            );
            self.raw("</h2>");
            if let Some((s, tr)) = tr.filter(|(s, _)| !s.alone) {
                self.tr_of(&section.id, &heading_id, "p", "tr tr-heading", s.lang, tr);
            }
        }
        let opening = section.title.is_none().then_some(labels.opening_part);
        self.abstract_box(&section.id, opening);
        for block in &section.blocks {
            self.block(block);
        }
        self.raw("<footer class=\"section-nav\">");
        for (part, rel, caption) in [
            (previous, "prev", labels.previous),
            (next, "next", labels.next),
        ] {
            let Some((id, label)) = part else { continue };
            self.raw("<a class=\"");
            self.raw(rel);
            self.raw("\" rel=\"");
            self.raw(rel);
            self.raw("\"");
            self.attr("href", &self.href(Page::Section(id.to_string())));
            self.raw("><span class=\"caption\"");
            self.attr("lang", self.reading.ui.code());
            self.raw(">");
            self.text(caption);
            self.raw("</span><span class=\"label\"");
            let (lang, label) = self.part_label(id, label);
            self.attr("lang", lang);
            self.raw(">");
            self.text(label);
            self.raw("</span></a>");
        }
        self.raw("</footer></section>");
    }

    fn block(&mut self, block: &Block) {
        let labels = self.labels;
        let id = block.id();
        match block {
            Block::Paragraph { text, .. } => {
                let beside = self.translated(id).filter(|&(.., alone)| !alone);
                self.raw(if beside.is_some() {
                    "<div class=\"block parallel\">"
                } else {
                    "<div class=\"block\">"
                });
                // The paragraph's number, from the ids' order: stable, in print too.
                if let Some(n) = crate::core::cite::paragraph_number(&self.lib.article, id) {
                    self.raw(&format!(
                        "<span class=\"pnum\" aria-hidden=\"true\">¶ {n}</span>"
                    ));
                }
                self.raw("<p");
                self.attr("id", id);
                self.raw(" tabindex=\"-1\">");
                self.kazakh_or_alone(id, text);
                self.raw("</p>");
                if let Some((lang, tr, _)) = beside {
                    self.tr_of(id, id, "p", "tr", lang, tr);
                }
                self.raw("<span class=\"tools\">");
                self.permalink(&self.href(Page::block(id)), labels.link_to_paragraph, "¶");
                self.raw("<button type=\"button\" class=\"copy-link\"");
                self.attr("aria-label", labels.copy_link);
                self.attr("title", labels.copy_link);
                // Inline SVG, not `⧉`: not every system has that glyph. Two
                // sheets, and a tick shown once the link is copied.
                self.raw(">");
                self.raw(COPY_ICONS);
                self.raw("</button><button type=\"button\" class=\"cite-button\"");
                self.attr("data-cite", id);
                self.attr("aria-label", labels.cite);
                self.attr("title", labels.cite);
                self.raw(">❝</button></span></div>");
            }
            Block::Figure { caption, .. } => {
                self.raw("<figure");
                self.attr("id", id);
                // No photo box: the article has no photograph to show.
                self.raw(" tabindex=\"-1\"><figcaption><span class=\"visually-hidden\">");
                self.text(labels.figure_label);
                self.raw(": </span>");
                self.kazakh_or_alone(id, caption);
                if let Some((lang, tr, false)) = self.translated(id) {
                    self.tr_of(id, id, "span", "tr", lang, tr);
                }
                self.raw("</figcaption></figure>");
            }
        }
    }

    /// A part's title as the previous or next link shows it, and its
    /// language: the interface's words where it has them (the translated
    /// title, the bibliography's heading), else the article's.
    fn part_label(&self, id: &str, title: &'a str) -> (&'static str, &'a str) {
        let ui = self.reading.ui;
        if ui == Lang::Kk {
            return ("kk", title);
        }
        if id == self.lib.article.bibliography.id {
            return (ui.code(), self.labels.bibliography);
        }
        if title == self.labels.opening_part {
            return (ui.code(), title);
        }
        match self.reading.titles.and_then(|tr| tr.section(id)) {
            Some(tr) => (ui.code(), tr),
            None => ("kk", title),
        }
    }

    fn bibliography(&mut self, article: &Article) {
        let bib = &article.bibliography;
        self.raw("<section");
        self.attr("id", &bib.id);
        self.raw(" class=\"part bibliography\" tabindex=\"-1\" aria-labelledby=\"bibliography-title\"><h2 id=\"bibliography-title\"");
        // The heading is the interface's: the entries below stay as written.
        let ui = self.reading.ui;
        self.attr("lang", ui.code());
        self.raw(">");
        if ui == Lang::Kk {
            self.linked(&bib.id, &bib.title);
        } else {
            self.text(self.labels.bibliography);
        }
        self.raw("</h2><ol>");
        for entry in &bib.entries {
            self.raw("<li");
            self.attr("id", &entry.id);
            self.raw(" tabindex=\"-1\">");
            self.linked(&entry.id, &entry.text);
            self.raw(" ");
            // Only web addresses become links; anything else stays text.
            match &entry.url {
                Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                    self.raw("<a");
                    self.attr("href", url);
                    self.raw(" target=\"_blank\" rel=\"noopener noreferrer\">");
                    self.text(url);
                    self.raw("</a>");
                }
                Some(url) => {
                    self.raw("<span>");
                    self.text(url);
                    self.raw("</span>");
                }
                None => {}
            }
            self.permalink(
                &self.href(Page::block(&entry.id)),
                self.labels.link_to_paragraph,
                "¶",
            );
            self.raw("</li>");
        }
        self.raw("</ol></section>");
    }
}

mod repairs;
pub use repairs::shown_reading;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let mut out = String::new();
        escape(&mut out, "<script>\"a\" & 'b'</script>");
        assert_eq!(
            out,
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
