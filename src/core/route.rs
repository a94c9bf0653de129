//! Hash routes (`#/section/s2`, `#/p/p7`, `#/search?q=…`): parsed and printed
//! here so the view stays thin and the rules are tested natively. Hash routing
//! because static hosts such as GitHub Pages have no URL rewrites.

use super::anchor::quote_for_link;
use super::library::Library;
use super::translation::Reading;

/// Where the reader is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
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
    let article = &lib.article;
    match route {
        Route::Section(id) if !article.has_part(&id) => Route::NotFound(format!("/section/{id}")),
        Route::Block { id, .. } | Route::Quote { id, .. } if !article.has_block(&id) => {
            Route::NotFound(format!("/p/{id}"))
        }
        Route::Person(slug) | Route::PersonWith { slug, .. } if lib.person(&slug).is_none() => {
            Route::NotFound(format!("/person/{slug}"))
        }
        // Someone unknown to appear with: just the person's page.
        Route::PersonWith { slug, with } if lib.person(&with).is_none() => Route::Person(slug),
        Route::Place(slug) if lib.place(&slug).is_none() => {
            Route::NotFound(format!("/place/{slug}"))
        }
        Route::Timeline { decade, person } => Route::Timeline {
            decade,
            person: person.filter(|p| lib.person(p).is_some()),
        },
        other => other,
    }
}

/// The query parameter of the reading choice.
const READING_PARAM: &str = "tr";

/// Longest hash we read: past it a link is cut, not rejected, so an over-long
/// search link still opens the search (which cuts the query again, and says
/// so). A Kazakh query of 10,000 letters is 60,000 bytes once escaped.
const MAX_HASH_BYTES: usize = 20_000;

impl Route {
    /// A block with no search highlighted.
    pub fn block(id: &str) -> Route {
        Route::Block {
            id: id.to_string(),
            query: String::new(),
        }
    }

    /// Parse `location.hash` (with or without its leading `#`).
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let long = raw.len() > MAX_HASH_BYTES;
        let raw = cut_hash(raw);
        let path = raw.strip_prefix('/').unwrap_or(raw);
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["section", id] if is_id(id) => Route::Section((*id).to_string()),
            ["p", id] if is_id(id) && has_quote(query) => Route::Quote {
                id: (*id).to_string(),
                quote: quote_for_link(&query_param(query, "quote").unwrap_or_default()),
            },
            ["p", id] if is_id(id) => Route::Block {
                id: (*id).to_string(),
                query: query_param(query, "q").unwrap_or_default(),
            },
            ["search"] => Route::Search(query_param(query, "q").unwrap_or_default()),
            ["people"] => Route::People,
            ["person", slug] if is_id(slug) => match query_param(query, "with") {
                Some(with) if is_id(&with) => Route::PersonWith {
                    slug: (*slug).to_string(),
                    with,
                },
                _ => Route::Person((*slug).to_string()),
            },
            ["places"] => Route::Places,
            ["timeline"] => Route::Timeline {
                decade: decade_param(query),
                person: query_param(query, "person").filter(|p| is_id(p)),
            },
            ["place", slug] if is_id(slug) => Route::Place((*slug).to_string()),
            ["map"] => Route::Map {
                decade: decade_param(query),
            },
            ["words"] => Route::Words {
                word: query_param(query, "w").filter(|w| !w.is_empty() && w.chars().count() <= 64),
            },
            ["overview"] => Route::Overview,
            ["notes"] => Route::Notes,
            ["about"] => Route::About,
            _ if long => Route::NotFound(truncate(&percent_decode(raw), 80)),
            _ => Route::NotFound(percent_decode(raw)),
        }
    }

    /// The hash for this route, with its leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Section(id) => format!("#/section/{id}"),
            Route::Block { id, query } if query.is_empty() => format!("#/p/{id}"),
            Route::Block { id, query } => format!("#/p/{id}?q={}", percent_encode(query)),
            Route::Quote { id, quote } => format!("#/p/{id}?quote={}", percent_encode(quote)),
            Route::Search(q) if q.is_empty() => "#/search".to_string(),
            Route::Search(q) => format!("#/search?q={}", percent_encode(q)),
            Route::People => "#/people".to_string(),
            Route::Person(slug) => format!("#/person/{slug}"),
            Route::PersonWith { slug, with } => format!("#/person/{slug}?with={with}"),
            Route::Places => "#/places".to_string(),
            Route::Place(slug) => format!("#/place/{slug}"),
            Route::Timeline { decade, person } => {
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
            Route::Map { decade: None } => "#/map".to_string(),
            Route::Map { decade: Some(d) } => format!("#/map?decade={d}"),
            Route::Words { word: None } => "#/words".to_string(),
            Route::Words { word: Some(w) } => format!("#/words?w={}", percent_encode(w)),
            Route::Overview => "#/overview".to_string(),
            Route::Notes => "#/notes".to_string(),
            Route::About => "#/about".to_string(),
            Route::NotFound(raw) => format!("#{}", percent_encode_path(raw)),
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

/// The reading choice a link carries (`#/p/p12?tr=en`), whatever the route;
/// `None` when it names none or one we do not know.
pub fn reading_of(hash: &str) -> Option<Reading> {
    let (_, query) = hash.split_once('?')?;
    query_param(query, READING_PARAM).and_then(|code| Reading::parse(&code))
}

/// `hash` carrying `reading` (Kazakh alone carries none), its other
/// parameters kept in order.
pub fn with_reading(hash: &str, reading: Reading) -> String {
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let mut params: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(READING_PARAM))
        .map(str::to_string)
        .collect();
    if reading != Reading::Kazakh {
        params.push(format!("{READING_PARAM}={}", reading.code()));
    }
    if params.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", params.join("&"))
    }
}

/// Ids are short ASCII words (`s2`, `p17`, `ref3`, `bibliography`).
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// At most [`MAX_HASH_BYTES`] of `raw`, cut on a char boundary and never
/// inside a `%XX` escape.
fn cut_hash(raw: &str) -> &str {
    if raw.len() <= MAX_HASH_BYTES {
        return raw;
    }
    let mut end = MAX_HASH_BYTES;
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = raw.as_bytes();
    if let Some(i) = (end.saturating_sub(2)..end).find(|&i| bytes[i] == b'%') {
        end = i;
    }
    // Nor inside the escapes of one UTF-8 char (`%D3|%99`).
    let escaped = |at: usize| {
        let hex = |b: u8| (b as char).to_digit(16);
        if at < 3 || bytes[at - 3] != b'%' {
            return None;
        }
        Some(hex(bytes[at - 2])? * 16 + hex(bytes[at - 1])?)
    };
    let (mut at, mut continuations) = (end, 0);
    while let Some(b) = escaped(at) {
        if b & 0xC0 == 0x80 {
            continuations += 1;
            at -= 3;
            continue;
        }
        let needs = match b {
            0xF0.. => 3,
            0xE0.. => 2,
            0xC0.. => 1,
            _ => 0,
        };
        if continuations < needs {
            end = at - 3;
        }
        break;
    }
    &raw[..end]
}

fn truncate(s: &str, max_chars: usize) -> String {
    let mut out: String = s.chars().take(max_chars).collect();
    if s.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// The decoded value of `key` in `a=1&b=2`.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| percent_decode(&v.replace('+', " ")))
    })
}

/// Decode `%XX` escapes as UTF-8; malformed escapes and invalid UTF-8 are kept
/// or replaced rather than rejected, since the hash comes from the user.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encode a query value: everything but unreserved ASCII is escaped.
pub fn percent_encode(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
}

/// Encode a path kept for display: `/` stays readable.
fn percent_encode_path(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~/?=&".contains(&b))
}

fn encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reading_rides_along_with_any_route() {
        use crate::core::translation::TrLang;
        let en = Reading::Parallel(TrLang::En);
        assert_eq!(reading_of("#/p/p12?tr=en"), Some(en));
        assert_eq!(
            reading_of("#/p/p12?q=%D0%B0&tr=ru-only"),
            Some(Reading::Alone(TrLang::Ru))
        );
        assert_eq!(reading_of("#/?tr=kk"), Some(Reading::Kazakh));
        for none in [
            "#/p/p12",
            "#/p/p12?tr=de",
            "#/p/p12?tr=",
            "",
            "#?tr",
            "#/?q=tr=en",
        ] {
            assert_eq!(reading_of(none), None, "{none}");
        }
        // The route itself is unchanged by the parameter.
        assert_eq!(Route::parse("#/p/p12?tr=en"), Route::block("p12"));
        assert_eq!(
            Route::parse("#/section/s2?tr=en"),
            Route::Section("s2".into())
        );
        assert_eq!(Route::parse("#/?tr=en"), Route::Home);
        assert_eq!(
            Route::parse("#/p/p3?q=oil&tr=en"),
            Route::Block {
                id: "p3".into(),
                query: "oil".into()
            }
        );
        assert_eq!(with_reading("#/p/p12", en), "#/p/p12?tr=en");
        assert_eq!(with_reading("#/p/p12?tr=ru&q=x", en), "#/p/p12?q=x&tr=en");
        assert_eq!(with_reading("#/p/p12?tr=ru", Reading::Kazakh), "#/p/p12");
        assert_eq!(
            with_reading("#/", Reading::Alone(TrLang::Ru)),
            "#/?tr=ru-only"
        );
        for r in Reading::ALL {
            assert_eq!(
                reading_of(&with_reading("#/section/s3", r)).unwrap_or_default(),
                r
            );
        }
    }

    #[test]
    fn parses_known_routes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/section/s2"), Route::Section("s2".into()));
        assert_eq!(Route::parse("#/p/p17"), Route::block("p17"));
        assert_eq!(Route::parse("#/p/ref3"), Route::block("ref3"));
        assert_eq!(
            Route::parse("#/p/p3?q=%C3%A4"),
            Route::Block {
                id: "p3".into(),
                query: "ä".into()
            }
        );
        assert_eq!(
            Route::parse("#/search?q=%D0%B3%D0%B0%D0%B7%D0%B5%D1%82+1911"),
            Route::Search("газет 1911".into())
        );
        assert_eq!(Route::parse("#/search"), Route::Search(String::new()));
        assert_eq!(Route::parse("#/people"), Route::People);
        assert_eq!(
            Route::parse("#/person/heydar-aliyev"),
            Route::Person("heydar-aliyev".into())
        );
        assert_eq!(
            Route::parse("#/person/a?with=b"),
            Route::PersonWith {
                slug: "a".into(),
                with: "b".into()
            }
        );
        // A `with` that is not a slug is dropped, the page kept.
        assert_eq!(
            Route::parse("#/person/a?with=%3Cx%3E"),
            Route::Person("a".into())
        );
    }

    #[test]
    fn timeline_filters_ignore_junk() {
        assert_eq!(
            Route::parse("#/timeline?decade=1935&person=%3Cx%3E"),
            Route::Timeline {
                decade: None,
                person: None
            }
        );
        assert_eq!(
            Route::parse("#/timeline?decade=1990"),
            Route::Timeline {
                decade: Some(1990),
                person: None
            }
        );
    }

    #[test]
    fn glance_routes_ignore_junk() {
        assert_eq!(
            Route::parse("#/map?decade=19x0"),
            Route::Map { decade: None }
        );
        assert_eq!(
            Route::parse("#/map?decade=2010"),
            Route::Map { decade: Some(2010) }
        );
        assert_eq!(Route::parse("#/words?w="), Route::Words { word: None });
        let long = format!("#/words?w={}", "а".repeat(100));
        assert_eq!(Route::parse(&long), Route::Words { word: None });
        assert_eq!(
            Route::parse("#/words?w=%D0%B3%D0%B0%D0%B7%D0%B5%D1%82"),
            Route::Words {
                word: Some("газет".into())
            }
        );
        assert_eq!(Route::parse("#/overview"), Route::Overview);
        assert_eq!(Route::parse("#/notes"), Route::Notes);
        assert_eq!(Route::parse("#/about"), Route::About);
        assert_eq!(Route::parse("#/about?x=1"), Route::About);
        assert_eq!(Route::parse(&Route::About.to_hash()), Route::About);
        assert_eq!(
            Route::parse("#/about/more"),
            Route::NotFound("/about/more".into())
        );
    }

    #[test]
    fn unknown_routes_are_kept_for_display() {
        assert_eq!(
            Route::parse("#/nowhere"),
            Route::NotFound("/nowhere".into())
        );
        assert_eq!(
            Route::parse("#/p/<script>"),
            Route::NotFound("/p/<script>".into())
        );
        assert_eq!(
            Route::parse("#/section/a/b"),
            Route::NotFound("/section/a/b".into())
        );
        let long = format!("#/{}", "x".repeat(30_000));
        assert!(matches!(Route::parse(&long), Route::NotFound(s) if s.chars().count() == 81));
    }

    #[test]
    fn over_long_search_links_still_search() {
        // 10,000 Kazakh letters, escaped as a browser does: 60,000 bytes.
        let q = "ә".repeat(10_000);
        let hash = Route::Search(q.clone()).to_hash();
        assert!(hash.len() > MAX_HASH_BYTES);
        let Route::Search(parsed) = Route::parse(&hash) else {
            panic!("an over-long search link is still a search");
        };
        assert!(
            parsed.chars().count() > 1000,
            "kept long enough to be cut by the search"
        );
        assert!(q.starts_with(&parsed), "cut, never garbled");
        // The same for a hit in the text, whatever the cut lands on.
        for pad in 0..3 {
            let hash = format!("#/p/p3?q={}{}", "x".repeat(pad), "%D3%99".repeat(10_000));
            let Route::Block { id, query } = Route::parse(&hash) else {
                panic!("an over-long hit link is still a hit");
            };
            assert_eq!(id, "p3");
            assert!(!query.contains('\u{FFFD}') && !query.contains('%'), "{pad}");
        }
    }

    #[test]
    fn quote_links_parse_and_round_trip() {
        let quote = |id: &str, q: &str| Route::Quote {
            id: id.into(),
            quote: q.into(),
        };
        assert_eq!(
            Route::parse("#/p/p12?quote=%D0%91%D1%96%D1%80+%20%20%D0%B6%D1%8B%D0%BB"),
            quote("p12", "Бір жыл"),
            "whitespace runs become one space"
        );
        assert_eq!(Route::parse("#/p/p12?quote=++"), Route::block("p12"));
        assert_eq!(Route::parse("#/p/p12?quote="), Route::block("p12"));
        assert_eq!(
            Route::parse("#/p/p3?tr=en&quote=a%26b%3Dc"),
            quote("p3", "a&b=c")
        );
        let long = Route::parse(&format!("#/p/p3?quote={}", "%D3%99".repeat(900)));
        let Route::Quote { quote: q, .. } = long else {
            panic!("still a quote");
        };
        assert_eq!(q.chars().count(), crate::core::anchor::MAX_QUOTE_CHARS);
        for r in [
            quote("p7", "«Яш Түркістан» 100% & ? #"),
            quote("ref2", "a b"),
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }

    #[test]
    fn routes_round_trip() {
        for route in [
            Route::Home,
            Route::Section("s3".into()),
            Route::block("p40"),
            Route::Block {
                id: "p2".into(),
                query: "Шоқай 1934".into(),
            },
            Route::Search("Әлиев \"Ғасыр келісім\" 100% & ?".into()),
            Route::Search(String::new()),
            Route::People,
            Route::Person("mustafa-shokay".into()),
            Route::PersonWith {
                slug: "turar-ryskulov".into(),
                with: "levon-mirzoyan".into(),
            },
            Route::Places,
            Route::Place("baku".into()),
            Route::Timeline {
                decade: None,
                person: None,
            },
            Route::Timeline {
                decade: Some(1930),
                person: Some("turar-ryskulov".into()),
            },
            Route::Map { decade: None },
            Route::Map { decade: Some(1920) },
            Route::Words { word: None },
            Route::Words {
                word: Some("әзербайжан".into()),
            },
            Route::Overview,
            Route::Notes,
            Route::About,
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn percent_decoding_never_fails() {
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        assert_eq!(percent_decode("%F0%9F%98%80"), "😀");
    }
}
