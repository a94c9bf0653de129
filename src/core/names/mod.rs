//! Finding named things in the article: people, places, organisations.
//!
//! One matcher serves every index. Each index turns its entries into
//! [`Target`]s (the forms to look for) and says which [`Heads`] make a name part
//! of the name of something else; the matcher returns [`NameMatch`]es, which the
//! index turns into its own mention type.

mod context;
pub mod index;
mod matcher;
pub mod suffix;

pub use matcher::find_names;

/// One thing to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target<'a> {
    /// Every form written in the text, uninflected; the matcher adds suffixes.
    pub forms: Vec<&'a str>,
    /// A form that fills a short quotation on its own (or ends one, after a
    /// word or two) is the title of something else: the newspaper
    /// «Қазақстан», the journal «Яш Түркістан». False for people, whose
    /// quoted names are covered by [`Heads`], and for organisations, whose
    /// names are quoted as themselves (`«Прометей» ұйымы`).
    pub quoted_is_title: bool,
}

/// Words around a name that make it part of another name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heads {
    /// After an uninflected name: `Гейдар Әлиев Қоры`.
    pub after: &'static [&'static str],
    /// After an uninflected name in quotes: `«Гейдар Әлиев» орденімен`.
    pub after_quoted: &'static [&'static str],
    /// Before the name (Russian word order): `Фонд Гейдара Алиева`.
    pub before: &'static [&'static str],
}

impl Heads {
    pub const NONE: Heads = Heads {
        after: &[],
        after_quoted: &[],
        before: &[],
    };
}

/// One place a target is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMatch {
    /// Index into the targets given to [`find_names`].
    pub target: usize,
    /// The id of the text it was found in.
    pub block_id: String,
    /// Byte range covering the name as written, suffix included.
    pub start: usize,
    pub end: usize,
    /// The name is part of the name of something else.
    pub in_name: bool,
}

/// Is this word an abbreviation (`ӘДР`, `БҰҰ`, `ЮНЕСКО`)? Kazakh writes their
/// suffixes after a hyphen.
pub fn is_abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n) && word.chars().all(char::is_uppercase)
}

/// What can be wrong with an entry of `people.json` or `places.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryProblem {
    BadSlug,
    DuplicateSlug,
    /// A name or alias that is empty or does not start with a letter.
    BadForm,
}

/// The checks every index entry passes: an ASCII slug not used before (it is
/// added to `seen`), and every form starting with a letter, since the matcher
/// anchors forms at the start of a word.
pub fn check_entry<'a>(
    slug: &'a str,
    mut forms: impl Iterator<Item = &'a str>,
    seen: &mut std::collections::BTreeSet<&'a str>,
) -> Result<(), EntryProblem> {
    if !is_slug(slug) {
        return Err(EntryProblem::BadSlug);
    }
    if !seen.insert(slug) {
        return Err(EntryProblem::DuplicateSlug);
    }
    if !forms.all(|f| f.chars().next().is_some_and(char::is_alphabetic)) {
        return Err(EntryProblem::BadForm);
    }
    Ok(())
}

/// A slug: lowercase ASCII letters, digits and `-`, not at either end.
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_short_and_all_capitals() {
        for word in ["ӘДР", "СІМ", "БҰҰ", "ОК", "ЮНЕСКО", "TANAP"] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["Баку", "МАММАДОВ", "Ә", "ТрансАнадолы"] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }
}
