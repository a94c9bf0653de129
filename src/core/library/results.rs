//! The search results page as data: the count, each result's place, its
//! marked snippets and its link, as the app's results list shows them
//! (`view/components/search_results.rs`). The small search runtime that
//! answers before the app (`src/quick.rs`) renders these, so its results are
//! the app's: the same `search_all`, the same snippets, the same links.

use serde::Serialize;

use super::translated::Found;
use super::Library;
use crate::core::prefs::Lang;
use crate::core::route::{Page, Route};
use crate::core::search::{snippet, MAX_QUERY_CHARS};
use crate::core::translation::{Reading, TrLang};

/// Results listed at most; the count says how many there are in all.
pub const MAX_RESULTS: usize = 50;
/// Chars of a result's snippet.
pub const SNIPPET_CHARS: usize = 180;

/// Snippet segments in order, `true` for a marked (matched) one.
pub type Marked = Vec<(String, bool)>;

/// A results page for one query.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResultsPage {
    /// The query as searched: trimmed, cut to [`MAX_QUERY_CHARS`].
    pub query: String,
    /// The query was longer than that and only its start was searched.
    pub truncated: bool,
    /// Blocks matched in all, and words matched (see `AllResults`).
    pub total: usize,
    pub matches: usize,
    pub items: Vec<ResultItem>,
    /// When nothing matched: words the reader may have meant, with the
    /// hash of their search.
    pub suggestions: Vec<(String, String)>,
}

/// Where a result is: the name of its part, as the app labels it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PartLabel {
    /// The untitled opening part (the interface's word for it).
    Opening,
    /// The bibliography, in an interface other than Kazakh (its word for it).
    Bibliography,
    /// A title, in the language it is written in.
    Title { lang: &'static str, text: String },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultItem {
    /// The block's element id (`p12`).
    pub id: String,
    /// Its hash, in the reading the link opens (`#/p/p12?q=…`).
    pub href: String,
    pub place: PartLabel,
    /// The Kazakh text (or section title) with the matched words.
    pub kazakh: Marked,
    /// The translation's matching words, under the Kazakh.
    pub translation: Option<TranslatedSnippet>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TranslatedSnippet {
    pub lang: &'static str,
    pub parts: Marked,
    /// Found only in this translation: the item says so.
    pub only: bool,
}

impl Library {
    /// The results page for `query`, for a reader of interface `ui` reading
    /// as `reading`, on the opening page or (`away`) on a page of its own
    /// (`people.html`): what the app's results list shows.
    pub fn results_page(&self, query: &str, ui: Lang, reading: Reading, away: bool) -> ResultsPage {
        let shown: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
        let mut page = ResultsPage {
            truncated: query.chars().count() > MAX_QUERY_CHARS,
            query: shown,
            ..ResultsPage::default()
        };
        if query.trim().is_empty() {
            return page;
        }
        let results = self.search_all(query, MAX_RESULTS);
        page.total = results.total;
        page.matches = results.matches;
        page.items = results
            .hits
            .iter()
            .map(|f| self.result_item(f, ui, reading, away, query))
            .collect();
        page.suggestions = results
            .suggestions
            .into_iter()
            .map(|s| {
                let href = link(Route::new(Page::Search(s.clone()), reading), ui, away);
                (s, href)
            })
            .collect();
        page
    }

    /// The name of a part (a section or the bibliography) for a reader of
    /// `ui`: translated into it when its translation is here.
    pub fn part_label(&self, ui: Lang, id: &str, title: Option<&str>) -> PartLabel {
        let Some(title) = title else {
            return PartLabel::Opening;
        };
        if id == self.article.bibliography.id && ui != Lang::Kk {
            return PartLabel::Bibliography;
        }
        let translated = TrLang::of(ui).and_then(|l| Some((l, self.translation(l)?.section(id)?)));
        match translated {
            Some((l, text)) => PartLabel::Title {
                lang: l.code(),
                text: text.to_string(),
            },
            None => PartLabel::Title {
                lang: "kk",
                text: title.to_string(),
            },
        }
    }

    fn result_item(
        &self,
        found: &Found,
        ui: Lang,
        reading: Reading,
        away: bool,
        query: &str,
    ) -> ResultItem {
        let hit = &found.hit;
        let article = &self.article;
        let section = article.section(&hit.section_id);
        let bib = &article.bibliography;
        let place = match section {
            Some(s) => self.part_label(ui, &s.id, s.title.as_deref()),
            None => self.part_label(ui, &bib.id, Some(&bib.title)),
        };
        // A hit in a section title shows the title; otherwise the block's text.
        let text = if hit.in_title {
            section.and_then(|s| s.title.as_deref()).unwrap_or_default()
        } else {
            self.text_of(&hit.block_id).unwrap_or_default()
        };
        let translation = found.translation.as_ref().and_then(|(lang, th)| {
            let tr = self.translation(*lang)?;
            let text = if th.in_title {
                tr.section(&th.section_id)?
            } else {
                tr.block(&th.block_id)?
            };
            Some(TranslatedSnippet {
                lang: lang.code(),
                parts: snippet(text, &th.ranges, SNIPPET_CHARS),
                only: found.only_in().is_some(),
            })
        });
        // Found only in a translation the reader does not see: open it beside
        // the Kazakh; otherwise as the reader reads.
        let reading = match found.only_in() {
            Some(lang) if reading.translation() != Some(lang) => Reading::Parallel(lang),
            _ => reading,
        };
        let page = Page::Block {
            id: hit.block_id.clone(),
            query: query.to_string(),
        };
        ResultItem {
            id: hit.block_id.clone(),
            href: link(Route::new(page, reading), ui, away),
            place,
            kazakh: snippet(text, &hit.ranges, SNIPPET_CHARS),
            translation,
        }
    }
}

/// A link to `route` as the app makes it (`Link::href` in the view): its own
/// page or the opening page's hash, which on a page of its own names the
/// opening page (`./#/p/p7`).
fn link(route: Route, ui: Lang, away: bool) -> String {
    let href = route.href(ui);
    match away && href.starts_with('#') {
        true => format!("./{href}"),
        false => href,
    }
}
