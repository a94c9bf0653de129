//! Where the reader is, as one typed value: the page and the reading choice
//! (`#/p/p7?tr=en`). The address is parsed here once and written here once,
//! so every link the app makes is a [`Route`] printed, and keeps the reader's
//! language by construction. Hash routing because static hosts such as GitHub
//! Pages have no URL rewrites.

mod files;
mod url;

use super::anchor::quote_for_link;
use super::library::Library;
use super::translation::Reading;
pub use files::pages_with_files;
use url::{cut_hash, percent_encode_path, truncate, MAX_HASH_BYTES};
pub use url::{percent_decode, percent_encode, query_param};

/// Where the reader is and what they read there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    /// Kazakh, Kazakh beside a translation, or a translation alone.
    pub reading: Reading,
    /// A `tr=` the address carried that names no reading we have, kept (cut
    /// short) to tell the reader; the page is then shown in Kazakh.
    pub unknown_reading: Option<String>,
}

/// Which page the reader is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The article from the top (`#/` or no hash).
    Home,
    /// A section or the bibliography, by id.
    Section(String),
    /// A paragraph, figure or bibliography entry, by id; `query` (may be empty)
    /// is a search whose hits are highlighted in the text.
    Block { id: String, query: String },
    /// A paragraph with a quoted passage marked (`#/p/<id>?quote=…`): found
    /// again by `core::anchor`, robust to whitespace and case.
    Quote { id: String, quote: String },
    /// A search, with the query as typed.
    Search(String),
    /// The index of people.
    People,
    /// One person, by slug.
    Person(String),
    /// One person's page with the passages that also name another
    /// (`#/person/<slug>?with=<other>`).
    PersonWith { slug: String, with: String },
    /// The index of places and organisations.
    Places,
    /// One place or organisation, by slug.
    Place(String),
    /// The timeline, optionally narrowed to a decade and to a person.
    Timeline {
        decade: Option<u16>,
        person: Option<String>,
    },
    /// The map of places and routes, optionally narrowed to the places a
    /// decade's events name.
    Map { decade: Option<u16> },
    /// The article's vocabulary; `word` (a stem) opens its occurrences.
    Words { word: Option<String> },
    /// One screen on who, where, when and what.
    Overview,
    /// The reader's highlights and notes.
    Notes,
    /// About this edition: the kinds of repair, their counts, what was not changed.
    About,
    /// A hash we do not know, kept to show it back to the reader.
    NotFound(String),
}

/// A route that names something the library does not have is "not found"
/// too; an unknown person in the timeline's filter just shows everyone.
pub fn resolve(route: Route, lib: &Library) -> Route {
    Route {
        page: resolve_page(route.page, lib),
        ..route
    }
}

fn resolve_page(page: Page, lib: &Library) -> Page {
    let article = &lib.article;
    match page {
        Page::Section(id) if !article.has_part(&id) => Page::NotFound(format!("/section/{id}")),
        Page::Block { id, .. } | Page::Quote { id, .. } if !article.has_block(&id) => {
            Page::NotFound(format!("/p/{id}"))
        }
        Page::Person(slug) | Page::PersonWith { slug, .. } if lib.person(&slug).is_none() => {
            Page::NotFound(format!("/person/{slug}"))
        }
        // Someone unknown to appear with: just the person's page.
        Page::PersonWith { slug, with } if lib.person(&with).is_none() => Page::Person(slug),
        Page::Place(slug) if lib.place(&slug).is_none() => Page::NotFound(format!("/place/{slug}")),
        Page::Timeline { decade, person } => Page::Timeline {
            decade,
            person: person.filter(|p| lib.person(p).is_some()),
        },
        other => other,
    }
}

/// The query parameter of the reading choice.
const READING_PARAM: &str = "tr";

/// Longest unknown `tr=` value kept to show back.
const MAX_UNKNOWN_READING_CHARS: usize = 24;

impl Route {
    pub fn new(page: Page, reading: Reading) -> Route {
        Route {
            page,
            reading,
            unknown_reading: None,
        }
    }

    /// Another page, read the same way: how the app makes its links.
    pub fn to(&self, page: Page) -> Route {
        Route::new(page, self.reading)
    }

    /// Parse `location.hash` (with or without its leading `#`); an address
    /// that names no reading is read in Kazakh.
    pub fn parse(hash: &str) -> Route {
        Route::parse_or(hash, Reading::Kazakh)
    }

    /// Parse `location.hash`; an address that names no reading is read in
    /// `current`, the reading in effect (a link inside the page keeps it).
    pub fn parse_or(hash: &str, current: Reading) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let long = raw.len() > MAX_HASH_BYTES;
        let raw = cut_hash(raw);
        let (path, query) = raw.split_once('?').unwrap_or((raw, ""));
        let (reading, unknown_reading) = match query_param(query, READING_PARAM) {
            None => (current, None),
            Some(code) => match Reading::parse(&code) {
                Some(r) => (r, None),
                None => (
                    Reading::Kazakh,
                    Some(truncate(&code, MAX_UNKNOWN_READING_CHARS)),
                ),
            },
        };
        let query = without_param(query, READING_PARAM);
        let raw = if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        };
        Route {
            page: Page::parse(&raw, long),
            reading,
            unknown_reading,
        }
    }

    /// The hash for this route, with its leading `#`; Kazakh names no reading,
    /// so the addresses of the original stay as they always were.
    pub fn to_hash(&self) -> String {
        let hash = self.page.to_hash();
        if self.reading == Reading::Kazakh {
            return hash;
        }
        let sep = if hash.contains('?') { '&' } else { '?' };
        format!("{hash}{sep}{READING_PARAM}={}", self.reading.code())
    }
}

/// A page in Kazakh.
impl From<Page> for Route {
    fn from(page: Page) -> Route {
        Route::new(page, Reading::Kazakh)
    }
}

impl Page {
    /// A block with no search highlighted.
    pub fn block(id: &str) -> Page {
        Page::Block {
            id: id.to_string(),
            query: String::new(),
        }
    }

    /// The page a hash names (its leading `#` and any `tr=` removed).
    fn parse(raw: &str, long: bool) -> Page {
        let path = raw.strip_prefix('/').unwrap_or(raw);
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Page::Home,
            ["section", id] if is_id(id) => Page::Section((*id).to_string()),
            ["p", id] if is_id(id) && has_quote(query) => Page::Quote {
                id: (*id).to_string(),
                quote: quote_for_link(&query_param(query, "quote").unwrap_or_default()),
            },
            ["p", id] if is_id(id) => Page::Block {
                id: (*id).to_string(),
                query: query_param(query, "q").unwrap_or_default(),
            },
            ["search"] => Page::Search(query_param(query, "q").unwrap_or_default()),
            ["people"] => Page::People,
            ["person", slug] if is_id(slug) => match query_param(query, "with") {
                Some(with) if is_id(&with) => Page::PersonWith {
                    slug: (*slug).to_string(),
                    with,
                },
                _ => Page::Person((*slug).to_string()),
            },
            ["places"] => Page::Places,
            ["timeline"] => Page::Timeline {
                decade: decade_param(query),
                person: query_param(query, "person").filter(|p| is_id(p)),
            },
            ["place", slug] if is_id(slug) => Page::Place((*slug).to_string()),
            ["map"] => Page::Map {
                decade: decade_param(query),
            },
            ["words"] => Page::Words {
                word: query_param(query, "w").filter(|w| !w.is_empty() && w.chars().count() <= 64),
            },
            ["overview"] => Page::Overview,
            ["notes"] => Page::Notes,
            ["about"] => Page::About,
            _ if long => Page::NotFound(truncate(&percent_decode(raw), 80)),
            _ => Page::NotFound(percent_decode(raw)),
        }
    }

    /// The hash of this page in Kazakh, with its leading `#`.
    fn to_hash(&self) -> String {
        match self {
            Page::Home => "#/".to_string(),
            Page::Section(id) => format!("#/section/{id}"),
            Page::Block { id, query } if query.is_empty() => format!("#/p/{id}"),
            Page::Block { id, query } => format!("#/p/{id}?q={}", percent_encode(query)),
            Page::Quote { id, quote } => format!("#/p/{id}?quote={}", percent_encode(quote)),
            Page::Search(q) if q.is_empty() => "#/search".to_string(),
            Page::Search(q) => format!("#/search?q={}", percent_encode(q)),
            Page::People => "#/people".to_string(),
            Page::Person(slug) => format!("#/person/{slug}"),
            Page::PersonWith { slug, with } => format!("#/person/{slug}?with={with}"),
            Page::Places => "#/places".to_string(),
            Page::Place(slug) => format!("#/place/{slug}"),
            Page::Timeline { decade, person } => {
                let mut params = Vec::new();
                if let Some(d) = decade {
                    params.push(format!("decade={d}"));
                }
                if let Some(p) = person {
                    params.push(format!("person={}", percent_encode(p)));
                }
                if params.is_empty() {
                    "#/timeline".to_string()
                } else {
                    format!("#/timeline?{}", params.join("&"))
                }
            }
            Page::Map { decade: None } => "#/map".to_string(),
            Page::Map { decade: Some(d) } => format!("#/map?decade={d}"),
            Page::Words { word: None } => "#/words".to_string(),
            Page::Words { word: Some(w) } => format!("#/words?w={}", percent_encode(w)),
            Page::Overview => "#/overview".to_string(),
            Page::Notes => "#/notes".to_string(),
            Page::About => "#/about".to_string(),
            Page::NotFound(raw) => format!("#{}", percent_encode_path(raw)),
        }
    }
}

/// Whether a `quote=` parameter carries any text.
fn has_quote(query: &str) -> bool {
    query_param(query, "quote").is_some_and(|q| !q.trim().is_empty())
}

/// A decade (`1990`) from `decade=`; anything else is none.
fn decade_param(query: &str) -> Option<u16> {
    query_param(query, "decade")
        .and_then(|d| d.parse::<u16>().ok())
        .filter(|d| d % 10 == 0)
}

/// `query` without the parameter `key`, the others kept in order.
fn without_param(query: &str, key: &str) -> String {
    query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .collect::<Vec<_>>()
        .join("&")
}

/// Ids are short ASCII words (`s2`, `p17`, `ref3`, `bibliography`).
pub(crate) fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests;
