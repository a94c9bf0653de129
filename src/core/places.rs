//! The index of places and organisations: which the article names, and where.
//!
//! `data/places.json` lists them by hand; [`find_place_mentions`] finds them in
//! the text with the same matcher as the people index.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::index::{spellings, Mention, Named};
use super::names::{check_entry, find_names, EntryProblem, Heads, Target};
use super::people::searchable_texts;

/// What sort of thing a [`Place`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    City,
    Country,
    /// A region with no borders of its own: the Caucasus, Central Asia, Europe.
    Region,
    Sea,
    Port,
    /// A pipeline, railway, corridor or trade route.
    Route,
    /// A labour camp (АЛЖИР).
    Camp,
    /// A state of the past: the ADR, the USSR, the Russian Empire.
    State,
    /// A ministry, party, foundation, international body or movement.
    Organisation,
}

impl PlaceKind {
    /// Geographic names; wholly quoted, they are the title of a newspaper or a
    /// journal (`«Қазақстан» газеті`). The other kinds are themselves when
    /// quoted (`«Прометей» ұйымы`).
    pub fn is_geographic(self) -> bool {
        matches!(
            self,
            PlaceKind::City | PlaceKind::Country | PlaceKind::Region | PlaceKind::Sea
        )
    }
}

/// One place or organisation of `data/places.json`.
///
/// The file is a JSON array of these objects:
///
/// - `slug`: stable id used in links; lowercase ASCII words joined by `-`.
/// - `name`: the name in Kazakh, as the article gives it (an abbreviation the
///   article never spells out, such as `БҰҰ`, stays one).
/// - `kind`: see [`PlaceKind`].
/// - `latin`, `russian`: the usual names in English and in Russian.
/// - `description_kk`, `description_en`, `description_ru`: one line on what it
///   is and why the article names it.
/// - `aliases`: every other form the article writes, uninflected (suffixes are
///   recognised by the matcher, also after an abbreviation's hyphen:
///   `ӘДР-дің`), including adjectives made from a country's name
///   (`Әзербайжандық`). No two places share a form.
/// - `aliases_ru`, `aliases_en`: optional, other forms the Russian or English
///   translation writes besides `russian` or `latin` (`Каспий`, `МИД`).
/// - `lat`, `lon`: optional, a representative point (a city's centre, roughly
///   the middle of a country, region or sea) for a small map; absent for
///   routes, states and organisations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub slug: String,
    pub name: String,
    pub kind: PlaceKind,
    pub latin: String,
    pub russian: String,
    pub description_kk: String,
    pub description_en: String,
    pub description_ru: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases_ru: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases_en: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

impl Named for Place {
    fn slug(&self) -> &str {
        &self.slug
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn spellings(&self) -> Vec<&str> {
        spellings([&self.name, &self.latin, &self.russian], &self.aliases)
    }
}

impl Place {
    /// The name, then the aliases: every form searched for.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        let name = std::iter::once(self.name.as_str());
        let aliases = self
            .aliases
            .iter()
            .map(String::as_str)
            .filter(move |a| *a != self.name);
        name.chain(aliases)
    }

    /// The forms a translation writes the name in: the full name, the
    /// short one in brackets (`TANAP`), the language's aliases.
    pub fn forms_in(&self, lang: crate::core::translation::TrLang) -> Vec<&str> {
        let (full, aliases) = match lang {
            crate::core::translation::TrLang::Ru => (&self.russian, &self.aliases_ru),
            crate::core::translation::TrLang::En => (&self.latin, &self.aliases_en),
        };
        let mut forms = vec![full.as_str()];
        if let Some((before, inner)) = full.trim_end_matches(')').split_once(" (") {
            if full.ends_with(')') {
                forms.extend([before, inner]);
            }
        }
        forms.extend(aliases.iter().map(String::as_str));
        forms
    }

    /// Where to put it on a map, if it has a point.
    pub fn point(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacesError {
    Json(String),
    BadSlug(String),
    DuplicateSlug(String),
    /// A name or alias is empty or does not start with a letter.
    BadForm(String),
    /// Two places share a form, so a mention could not tell them apart.
    SharedForm(String),
    /// Only one of `lat`/`lon`, or a value off the globe.
    BadPoint(String),
}

impl std::fmt::Display for PlacesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlacesError::Json(e) => write!(f, "places.json: {e}"),
            PlacesError::BadSlug(s) => write!(f, "bad slug {s:?}"),
            PlacesError::DuplicateSlug(s) => write!(f, "slug {s:?} used twice"),
            PlacesError::BadForm(s) => {
                write!(f, "{s}: a name or alias does not start with a letter")
            }
            PlacesError::SharedForm(s) => write!(f, "the form {s:?} belongs to two places"),
            PlacesError::BadPoint(s) => {
                write!(f, "{s}: lat and lon must both be given, on the globe")
            }
        }
    }
}

impl std::error::Error for PlacesError {}

/// Parse and check `data/places.json` (native builds; the browser parses the
/// JSON itself and calls [`validate_places`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_places(json: &str) -> Result<Vec<Place>, PlacesError> {
    let places: Vec<Place> =
        serde_json::from_str(json).map_err(|e| PlacesError::Json(e.to_string()))?;
    validate_places(&places)?;
    Ok(places)
}

/// Slugs are ASCII and unique, forms start with a letter and belong to one
/// place only, points are whole and on the globe.
pub fn validate_places(places: &[Place]) -> Result<(), PlacesError> {
    let mut slugs = std::collections::BTreeSet::new();
    let mut forms = std::collections::BTreeSet::new();
    for p in places {
        check_entry(&p.slug, p.forms(), &mut slugs).map_err(|problem| {
            let slug = p.slug.clone();
            match problem {
                EntryProblem::BadSlug => PlacesError::BadSlug(slug),
                EntryProblem::DuplicateSlug => PlacesError::DuplicateSlug(slug),
                EntryProblem::BadForm => PlacesError::BadForm(slug),
            }
        })?;
        for form in p.forms() {
            if !forms.insert(form.trim()) {
                return Err(PlacesError::SharedForm(form.to_string()));
            }
        }
        let point_ok = match (p.lat, p.lon) {
            (None, None) => true,
            (Some(lat), Some(lon)) => {
                (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
            }
            _ => false,
        };
        if !point_ok {
            return Err(PlacesError::BadPoint(p.slug.clone()));
        }
    }
    Ok(())
}

/// Every mention of `places` in `article`, in reading order, never
/// overlapping one another (the longest form wins: `Баку-Тбилиси-Жейхан` is one
/// route, not Baku). They may overlap people's mentions where a person's name
/// is part of an organisation's (`Гейдар Әлиев Қоры`); the person's mention is
/// then marked `in_name`.
pub fn find_place_mentions(article: &Article, places: &[Place]) -> Vec<Mention> {
    let targets: Vec<Target<'_>> = places
        .iter()
        .map(|p| Target {
            forms: p.forms().collect(),
            quoted_is_title: p.kind.is_geographic(),
        })
        .collect();
    find_names(&searchable_texts(article), &targets, &Heads::NONE)
        .into_iter()
        .filter_map(|m| {
            Some(Mention {
                slug: places.get(m.target)?.slug.clone(),
                block_id: m.block_id,
                start: m.start,
                end: m.end,
                in_name: m.in_name,
            })
        })
        .collect()
}

/// The distinct places named in one block, in order of first mention, not
/// counting names inside titles.
pub fn places_in_block<'a>(mentions: &'a [Mention], block_id: &str) -> Vec<&'a str> {
    let mut places: Vec<&str> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| m.block_id == block_id && !m.in_name)
    {
        if !places.contains(&m.slug.as_str()) {
            places.push(&m.slug);
        }
    }
    places
}
