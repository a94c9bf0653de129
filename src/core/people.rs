//! The people index: who the article mentions, and where.
//!
//! `data/people.json` lists the people by hand; [`find_mentions`] finds every
//! place the article names them, so the reader can link each name to its entry.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::names::index::{named_alongside, spellings, Named};
use super::names::{check_entry, find_names, EntryProblem, Heads, Target};

pub use super::names::index::Mention;

pub use super::names::suffix;

pub use super::article::META_AUTHOR_ID;

/// Words that make a person's name part of the name of something else.
pub const HEADS: Heads = Heads {
    // Capitalised only, so that the common noun `қор` (reserve) does not count.
    after: &["Қор", "Фонд"],
    // A quoted name before these is an award or a work (`«Гейдар Әлиев»
    // орденімен`, `«Қорқыт Ата кітабы»`, `«Манас» эпосы`).
    after_quoted: &["орден", "Орден", "эпос", "кітап", "кітаб"],
    // Russian puts the head first: `орден «Гейдар Әлиев»`, `Фонд Гейдара Алиева`.
    before: &["орден", "Орден", "Фонд", "фонд"],
};

/// One person of `data/people.json`.
///
/// The file is a JSON array of these objects, in the order the index lists them:
///
/// - `slug`: stable id used in links; lowercase ASCII words joined by `-`.
/// - `name`: the name in Kazakh, as the article gives it.
/// - `latin`, `russian`: the usual spellings in those scripts.
/// - `role_kk`, `role_en`, `role_ru`: one line on who they are, as the article
///   describes them.
/// - `aliases`: every other form the article writes (initials `Г.Әлиев`, surnames,
///   titles, the Russian forms of the bibliography), uninflected: suffixes such
///   as `-тің` or `-у` are recognised by the matcher. An alias may be shared by
///   two people (`Әлиев`); context then decides (see [`find_mentions`]).
/// - `aliases_ru`, `aliases_en`: optional, other forms the Russian or English
///   translation writes besides `russian` or `latin` and the surname.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub slug: String,
    pub name: String,
    pub latin: String,
    pub russian: String,
    pub role_kk: String,
    pub role_en: String,
    pub role_ru: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases_ru: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases_en: Vec<String>,
}

impl Named for Person {
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

impl Person {
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
    /// language's aliases, then the surname alone.
    pub fn forms_in(&self, lang: crate::core::translation::TrLang) -> Vec<&str> {
        let (full, aliases) = match lang {
            crate::core::translation::TrLang::Ru => (&self.russian, &self.aliases_ru),
            crate::core::translation::TrLang::En => (&self.latin, &self.aliases_en),
        };
        let mut forms = vec![full.as_str()];
        forms.extend(aliases.iter().map(String::as_str));
        forms.extend(full.split_whitespace().last());
        forms
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeopleError {
    Json(String),
    BadSlug(String),
    DuplicateSlug(String),
    /// A person whose name or an alias is empty or does not start with a letter.
    BadForm(String),
}

impl std::fmt::Display for PeopleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PeopleError::Json(e) => write!(f, "people.json: {e}"),
            PeopleError::BadSlug(s) => write!(f, "bad slug {s:?}"),
            PeopleError::DuplicateSlug(s) => write!(f, "slug {s:?} used twice"),
            PeopleError::BadForm(s) => {
                write!(f, "{s}: a name or alias does not start with a letter")
            }
        }
    }
}

impl std::error::Error for PeopleError {}

/// Every mention of `people` in `article`, in reading order.
///
/// Forms match with their inflections and never overlap (see
/// [`find_names`]). A surname shared by several people (`Әлиев`) goes to the
/// one among them named by the nearest preceding unshared mention (not
/// counting names of awards or foundations), else by the next one in the same
/// block, else to the first of them in `people`.
pub fn find_mentions(article: &Article, people: &[Person]) -> Vec<Mention> {
    let targets: Vec<Target<'_>> = people
        .iter()
        .map(|p| Target {
            forms: p.forms().collect(),
            quoted_is_title: false,
        })
        .collect();
    find_names(&searchable_texts(article), &targets, &HEADS)
        .into_iter()
        .filter_map(|m| {
            Some(Mention {
                slug: people.get(m.target)?.slug.clone(),
                block_id: m.block_id,
                start: m.start,
                end: m.end,
                in_name: m.in_name,
            })
        })
        .collect()
}

/// Parse and check `data/people.json` (native builds; the browser parses the
/// JSON itself and calls [`validate_people`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_people(json: &str) -> Result<Vec<Person>, PeopleError> {
    let people: Vec<Person> =
        serde_json::from_str(json).map_err(|e| PeopleError::Json(e.to_string()))?;
    validate_people(&people)?;
    Ok(people)
}

/// Slugs are ASCII and unique; names and aliases start with a letter (the
/// matcher anchors every form at the start of a word).
pub fn validate_people(people: &[Person]) -> Result<(), PeopleError> {
    let mut seen = std::collections::BTreeSet::new();
    for p in people {
        check_entry(&p.slug, p.forms(), &mut seen).map_err(|problem| {
            let slug = p.slug.clone();
            match problem {
                EntryProblem::BadSlug => PeopleError::BadSlug(slug),
                EntryProblem::DuplicateSlug => PeopleError::DuplicateSlug(slug),
                EntryProblem::BadForm => PeopleError::BadForm(slug),
            }
        })?;
    }
    Ok(())
}

/// Every text the index searches, in reading order, with the id mentions use
/// (see [`Article::blocks`]).
pub fn searchable_texts(article: &Article) -> Vec<(&str, &str)> {
    article.blocks().map(|b| (b.id, b.text)).collect()
}

/// The text a mention points into, as written (`Әлиевтің`).
pub fn mention_text<'a>(article: &'a Article, mention: &Mention) -> Option<&'a str> {
    searchable_texts(article)
        .into_iter()
        .find(|(id, _)| *id == mention.block_id)
        .and_then(|(_, text)| text.get(mention.start..mention.end))
}

/// The mentions of one person, in reading order.
pub fn mentions_of<'a>(
    mentions: &'a [Mention],
    slug: &'a str,
) -> impl Iterator<Item = &'a Mention> {
    mentions.iter().filter(move |m| m.slug == slug)
}

/// The distinct people named in one block, in order of first mention.
pub fn people_in_block<'a>(mentions: &'a [Mention], block_id: &str) -> Vec<&'a str> {
    let mut people: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| m.block_id == block_id) {
        if !people.contains(&m.slug.as_str()) {
            people.push(&m.slug);
        }
    }
    people
}

/// The blocks that name both `a` and `b`, in reading order, each with the
/// byte ranges of both names there, sorted: the passages behind
/// `appears_with`'s count (as many as it gives for `b` on `a`'s page).
pub fn passages_with(mentions: &[Mention], a: &str, b: &str) -> Vec<(String, Vec<(usize, usize)>)> {
    let mut out: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    for m in mentions_of(mentions, a) {
        if out.iter().any(|(id, _)| *id == m.block_id) {
            continue;
        }
        let both = people_in_block(mentions, &m.block_id).contains(&b);
        if a == b || !both {
            continue;
        }
        let mut ranges: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|n| n.block_id == m.block_id && (n.slug == a || n.slug == b))
            .map(|n| (n.start, n.end))
            .collect();
        super::order::sort(&mut ranges);
        out.push((m.block_id.clone(), ranges));
    }
    out
}

/// The other people named in the blocks that name `slug`, each with the number
/// of such blocks they share, most shared first (ties in reading order).
pub fn appears_with(mentions: &[Mention], slug: &str) -> Vec<(String, usize)> {
    named_alongside(mentions, mentions, slug)
        .into_iter()
        .map(|(s, n)| (s, n as usize))
        .collect()
}
