//! Citations of the article or of one paragraph: ГОСТ Р 7.0.100–2018, APA 7,
//! Chicago (note and bibliography), MLA 9, and BibTeX, RIS and CSL-JSON.
//!
//! Nothing is invented: `data/citation.json` says what the article states and
//! what is inferred, with the reason. The year is given only as inferred, marked
//! the way each style marks a supplied date (`[2019?]`, `ca. 2019`); place and
//! publisher, which the article never names, are left out.
//!
//! The title is the original's, in Kazakh, followed by its translation the
//! way each style gives one: APA, Chicago and MLA the English in brackets,
//! ГОСТ the Russian as a parallel title (` = `); BibTeX in `titleaddon`, RIS
//! in `TT`, CSL-JSON in citeproc-js's multilingual `multi._keys.title`.
//!
//! CSL-JSON is serde types ([`CslItem`]), not text: this module runs in the
//! browser (the "Cite this" dialog), where there is no JSON code in the Wasm,
//! so the browser's `JSON.stringify` writes them (through
//! serde-wasm-bindgen) and the native tools use serde_json ([`csl_json`]).
//!
//! Long (near 500 lines): one function per style, side by side so their
//! rules can be compared; the reference-manager files share its data.

use serde::{Deserialize, Serialize};

use super::article::Article;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitationData {
    /// Key for BibTeX and CSL-JSON.
    pub id: String,
    pub author: Author,
    /// The title as the working translations give it.
    pub translated_title: TranslatedTitle,
    pub year: Fact<u16>,
    pub place: Fact<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Author {
    /// As the article writes it, in Cyrillic.
    pub family: String,
    pub given: String,
    /// The usual Latin spelling, for the English-language styles.
    pub family_latin: String,
    pub given_latin: String,
}

/// The title in the languages of the working translations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranslatedTitle {
    pub ru: String,
    pub en: String,
}

/// Something the article states, or that is inferred (with why), or neither.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact<T> {
    pub stated: Option<T>,
    pub inferred: Option<T>,
    pub reason: Reason,
}

/// Why a fact is inferred or left out, in the interface languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub kk: String,
    pub ru: String,
    pub en: String,
}

/// A day, for the access date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// What is cited: the whole article, or one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub title: String,
    /// The paragraph's number (`¶ 12`), when one paragraph is cited.
    pub paragraph: Option<usize>,
    /// The stable URL: the article's, or the paragraph's deep link.
    pub url: String,
    pub accessed: Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Gost,
    Apa,
    ChicagoNote,
    ChicagoBibliography,
    Mla,
}

impl Style {
    pub const ALL: [Style; 5] = [
        Style::Gost,
        Style::Apa,
        Style::ChicagoNote,
        Style::ChicagoBibliography,
        Style::Mla,
    ];

    /// The style's own name, the same in every interface language.
    pub fn label(self) -> &'static str {
        match self {
            Style::Gost => "ГОСТ Р 7.0.100–2018",
            Style::Apa => "APA 7",
            Style::ChicagoNote => "Chicago (note)",
            Style::ChicagoBibliography => "Chicago (bibliography)",
            Style::Mla => "MLA 9",
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

fn month(names: &[&'static str; 12], m: u8) -> &'static str {
    names[usize::from(m.clamp(1, 12)) - 1]
}

/// The paragraph's number in reading order (1-based), which is its id's order.
pub fn paragraph_number(article: &Article, id: &str) -> Option<usize> {
    article
        .paragraphs()
        .position(|(_, pid, _)| pid == id)
        .map(|i| i + 1)
}

/// The year as each style writes it: stated, or inferred and marked, or none.
fn year(data: &CitationData, style: Style) -> Option<String> {
    if let Some(y) = data.year.stated {
        return Some(y.to_string());
    }
    let y = data.year.inferred?;
    Some(match style {
        Style::Gost | Style::ChicagoNote | Style::ChicagoBibliography => format!("[{y}?]"),
        Style::Apa => format!("ca. {y}"),
        Style::Mla => format!("c. {y}"),
    })
}

/// The citation as text to copy.
pub fn cite(style: Style, data: &CitationData, target: &Target) -> String {
    let a = &data.author;
    let t = &target.title;
    let en = &data.translated_title.en;
    let ru = &data.translated_title.ru;
    let url = &target.url;
    let d = target.accessed;
    let year = year(data, style);
    let para = target.paragraph;
    match style {
        Style::Gost => {
            let initial = a
                .given
                .chars()
                .next()
                .map(|c| format!("{c}."))
                .unwrap_or_default();
            // The parallel title (ГОСТ Р 7.0.100–2018, 5.4.3): after ` = `.
            let mut s = format!(
                "{}, {initial} {t} = {ru} / {initial} {}.",
                a.family, a.family
            );
            if let Some(y) = year {
                s.push_str(&format!(" – {y}."));
            }
            if let Some(n) = para {
                s.push_str(&format!(" – ¶ {n}."));
            }
            s.push_str(&format!(
                " – Текст : электронный. – URL: {url} (дата обращения: {:02}.{:02}.{}).",
                d.day, d.month, d.year
            ));
            s
        }
        Style::Apa => {
            let initial = a
                .given_latin
                .chars()
                .next()
                .map(|c| format!("{c}."))
                .unwrap_or_default();
            let mut s = format!(
                "{}, {initial} ({}). {t} [{en}]",
                a.family_latin,
                year.as_deref().unwrap_or("n.d.")
            );
            if let Some(n) = para {
                s.push_str(&format!(" (para. {n})"));
            }
            s.push_str(&format!(
                ". Retrieved {} {}, {}, from {url}",
                month(&MONTHS, d.month),
                d.day,
                d.year
            ));
            s
        }
        Style::ChicagoNote => {
            let mut s = format!("{} {}, “{t}” [{en}]", a.given_latin, a.family_latin);
            if let Some(y) = year {
                s.push_str(&format!(" ({y})"));
            }
            if let Some(n) = para {
                s.push_str(&format!(", par. {n}"));
            }
            s.push_str(&format!(
                ", accessed {} {}, {}, {url}.",
                month(&MONTHS, d.month),
                d.day,
                d.year
            ));
            s
        }
        Style::ChicagoBibliography => {
            let mut s = format!("{}, {}. “{t}” [{en}].", a.family_latin, a.given_latin);
            if let Some(y) = year {
                s.push_str(&format!(" {y}."));
            }
            if let Some(n) = para {
                s.push_str(&format!(" Par. {n}."));
            }
            s.push_str(&format!(
                " Accessed {} {}, {}. {url}.",
                month(&MONTHS, d.month),
                d.day,
                d.year
            ));
            s
        }
        Style::Mla => {
            let mut s = format!("{}, {}. “{t}” [{en}].", a.family_latin, a.given_latin);
            if let Some(y) = year {
                s.push_str(&format!(" {y},"));
            }
            if let Some(n) = para {
                s.push_str(&format!(" par. {n},"));
            }
            // MLA 9 drops the scheme from URLs.
            let bare = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))
                .unwrap_or(url);
            s.push_str(&format!(" {bare}."));
            s.push_str(&format!(
                " Accessed {} {} {}.",
                d.day,
                month(&MLA_MONTHS, d.month),
                d.year
            ));
            s
        }
    }
}

/// The note a reference manager keeps: the paragraph, and what is inferred or left out and why.
fn manager_note(data: &CitationData, target: &Target) -> String {
    let mut parts = Vec::new();
    if let Some(n) = target.paragraph {
        parts.push(format!("¶ {n}."));
    }
    if data.year.stated.is_none() && data.year.inferred.is_some() {
        parts.push(format!("Year inferred: {}", data.year.reason.en));
    }
    if data.place.stated.is_none() {
        parts.push(data.place.reason.en.clone());
    }
    parts.join(" ")
}

/// Escapes a BibTeX field value.
fn bib(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            c => out.push(c),
        }
    }
    out
}

/// A biblatex `@online` entry (BibTeX readers take it as `@misc`).
pub fn bibtex(data: &CitationData, target: &Target) -> String {
    let a = &data.author;
    let d = target.accessed;
    let key = match target.paragraph {
        Some(n) => format!("{}-p{n}", data.id),
        None => data.id.clone(),
    };
    let mut fields = vec![
        ("author", format!("{}, {}", a.family_latin, a.given_latin)),
        ("title", target.title.clone()),
        // biblatex prints `titleaddon` right after the title: the brackets
        // are the styles' (APA, MLA) way of giving a translated title.
        ("titleaddon", format!("[{}]", data.translated_title.en)),
    ];
    if let Some(y) = data.year.stated.or(data.year.inferred) {
        fields.push(("year", y.to_string()));
    }
    fields.extend([
        ("langid", "kazakh".to_string()),
        ("url", target.url.clone()),
        ("urldate", format!("{}-{:02}-{:02}", d.year, d.month, d.day)),
        ("note", manager_note(data, target)),
    ]);
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| {
            let v = if *k == "url" { v.clone() } else { bib(v) };
            format!("  {k} = {{{v}}}")
        })
        .collect();
    format!("@online{{{key},\n{}\n}}\n", body.join(",\n"))
}

/// An RIS record (`TY  - ELEC`).
pub fn ris(data: &CitationData, target: &Target) -> String {
    let a = &data.author;
    let d = target.accessed;
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = vec![
        "TY  - ELEC".to_string(),
        format!("AU  - {}, {}", a.family_latin, a.given_latin),
        format!("TI  - {}", one_line(&target.title)),
        format!("TT  - {}", one_line(&data.translated_title.en)),
    ];
    if let Some(y) = data.year.stated.or(data.year.inferred) {
        lines.push(format!("PY  - {y}"));
    }
    lines.extend([
        "LA  - kk".to_string(),
        format!("UR  - {}", target.url),
        format!("Y2  - {}/{:02}/{:02}", d.year, d.month, d.day),
        format!("N1  - {}", one_line(&manager_note(data, target))),
        "ER  - ".to_string(),
    ]);
    lines.join("\r\n") + "\r\n"
}

/// One CSL-JSON item (a file holds an array of them); field names as CSL
/// spells them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    /// citeproc-js's multilingual extension: the title in other languages.
    pub multi: CslMulti,
    pub author: Vec<CslName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    pub accessed: CslDate,
    #[serde(rename = "URL")]
    pub url: String,
    pub language: &'static str,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslMulti {
    #[serde(rename = "_keys")]
    pub keys: CslKeys,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslKeys {
    pub title: TranslatedTitle,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslName {
    pub family: String,
    pub given: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub parts: Vec<Vec<i32>>,
    /// An inferred date; left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub circa: bool,
}

/// The CSL-JSON array of one item; an inferred year is `circa`.
pub fn csl_items(data: &CitationData, target: &Target) -> Vec<CslItem> {
    let a = &data.author;
    let d = target.accessed;
    let id = match target.paragraph {
        Some(n) => format!("{}-p{n}", data.id),
        None => data.id.clone(),
    };
    let issued = match (data.year.stated, data.year.inferred) {
        (Some(y), _) => Some((y, false)),
        (None, Some(y)) => Some((y, true)),
        (None, None) => None,
    }
    .map(|(y, circa)| CslDate {
        parts: vec![vec![i32::from(y)]],
        circa,
    });
    vec![CslItem {
        id,
        kind: "webpage",
        title: target.title.clone(),
        multi: CslMulti {
            keys: CslKeys {
                title: data.translated_title.clone(),
            },
        },
        author: vec![CslName {
            family: a.family_latin.clone(),
            given: a.given_latin.clone(),
        }],
        issued,
        accessed: CslDate {
            parts: vec![vec![d.year, i32::from(d.month), i32::from(d.day)]],
            circa: false,
        },
        url: target.url.clone(),
        language: "kk",
        note: manager_note(data, target),
    }]
}

/// The CSL-JSON file as text, for the native tools and tests (the browser
/// writes [`csl_items`] with `JSON.stringify`).
#[cfg(not(target_arch = "wasm32"))]
pub fn csl_json(data: &CitationData, target: &Target) -> String {
    serde_json::to_string_pretty(&csl_items(data, target)).unwrap_or_default() + "\n"
}

/// Escapes text for an HTML attribute value.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The Highwire `citation_*` meta tags reference managers read from the static
/// page (Zotero's embedded metadata): a date only when the article states one.
pub fn highwire_tags(article: &Article, data: &CitationData, url: &str) -> String {
    let a = &data.author;
    let mut tags = vec![
        ("citation_title", article.meta.title.clone()),
        (
            "citation_author",
            format!("{}, {}", a.family_latin, a.given_latin),
        ),
        ("citation_language", article.meta.lang.clone()),
        ("citation_public_url", url.to_string()),
    ];
    if let Some(y) = data.year.stated {
        tags.push(("citation_publication_date", y.to_string()));
    }
    tags.iter()
        .map(|(name, content)| format!("<meta name=\"{name}\" content=\"{}\">", attr(content)))
        .collect::<Vec<_>>()
        .join("\n  ")
}
