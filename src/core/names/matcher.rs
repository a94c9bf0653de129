//! Finding the forms of named things in texts.

use std::collections::BTreeMap;

use super::context::{in_name, quoted_title};
use super::{is_abbreviation, suffix, Heads, NameMatch, Target};

/// A searched form split at word boundaries: `Г.Әлиев` is `Г`, `.`, `Әлиев`.
#[derive(Debug, PartialEq, Eq)]
enum Part<'a> {
    Word(&'a str),
    Space,
    Punct(&'a str),
}

struct Form<'a> {
    parts: Vec<Part<'a>>,
    /// Length in chars: the longest form matching at a place wins.
    len: usize,
    /// The targets that use this form; more than one for a shared surname.
    owners: Vec<usize>,
}

/// A match before a shared form is resolved to one target.
struct Found<'f> {
    block: usize,
    start: usize,
    end: usize,
    owners: &'f [usize],
    in_name: bool,
    /// Fills or ends a short quotation (see [`Target::quoted_is_title`]).
    quoted: bool,
}

/// Every place `texts` (`(id, text)` in reading order) name one of `targets`.
///
/// A form matches at the start of a word, with any plausible inflection after
/// it (see [`suffix`]; an abbreviation takes it after a hyphen, `ӘДР-дің`);
/// where several forms match, the longest wins, and matching resumes after it,
/// so matches never overlap. A form shared by several targets (`Әлиев`) goes to
/// the one among them named by the nearest preceding unshared match (not
/// counting names inside names), else by the next one in the same text, else
/// to the first of them in `targets`.
pub fn find_names(texts: &[(&str, &str)], targets: &[Target<'_>], heads: &Heads) -> Vec<NameMatch> {
    let forms = compile(targets);
    let mut found = Vec::new();
    for (block, (_, text)) in texts.iter().enumerate() {
        scan(text, &forms, heads, block, &mut found);
    }
    (0..found.len())
        .filter_map(|i| {
            let f = &found[i];
            let target = resolve(&found, i)?;
            let quoted_title = f.quoted && targets.get(target)?.quoted_is_title;
            let (block_id, _) = texts.get(f.block)?;
            Some(NameMatch {
                target,
                block_id: (*block_id).to_string(),
                start: f.start,
                end: f.end,
                in_name: f.in_name || quoted_title,
            })
        })
        .collect()
}

fn compile<'a>(targets: &'a [Target<'a>]) -> Vec<Form<'a>> {
    let mut by_form: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, target) in targets.iter().enumerate() {
        for form in target
            .forms
            .iter()
            .map(|f| f.trim())
            .filter(|f| !f.is_empty())
        {
            let owners = by_form.entry(form).or_default();
            if !owners.contains(&i) {
                owners.push(i);
            }
        }
    }
    by_form
        .into_iter()
        .map(|(form, owners)| Form {
            parts: split(form),
            len: form.chars().count(),
            owners,
        })
        .filter(|f| matches!(f.parts.first(), Some(Part::Word(_))))
        .collect()
}

fn split(form: &str) -> Vec<Part<'_>> {
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Letter,
        Space,
        Other,
    }
    let kind = |c: char| {
        if c.is_alphabetic() {
            Kind::Letter
        } else if c.is_whitespace() {
            Kind::Space
        } else {
            Kind::Other
        }
    };
    let mut parts = Vec::new();
    let mut chars = form.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let k = kind(c);
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if kind(next) != k {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        parts.push(match k {
            Kind::Letter => Part::Word(&form[start..end]),
            Kind::Space => Part::Space,
            Kind::Other => Part::Punct(&form[start..end]),
        });
    }
    parts
}

fn scan<'f>(
    text: &str,
    forms: &'f [Form<'_>],
    heads: &Heads,
    block: usize,
    out: &mut Vec<Found<'f>>,
) {
    let mut resume = 0;
    let mut prev: Option<char> = None;
    for (at, c) in text.char_indices() {
        let word_start = c.is_alphabetic() && !prev.is_some_and(char::is_alphabetic);
        prev = Some(c);
        if at < resume || !word_start {
            continue;
        }
        let best = forms
            .iter()
            .filter_map(|f| match_form(text, at, &f.parts).map(|m| (f, m)))
            .max_by_key(|(f, (end, _))| (f.len, *end));
        if let Some((form, (end, inflected))) = best {
            out.push(Found {
                block,
                start: at,
                end,
                owners: &form.owners,
                in_name: in_name(text, at, end, inflected, heads),
                quoted: quoted_title(text, at, end),
            });
            resume = end;
        }
    }
}

/// Where the form matched at `start` ends, and whether any word of it was inflected.
fn match_form(text: &str, start: usize, parts: &[Part<'_>]) -> Option<(usize, bool)> {
    let mut at = start;
    let mut inflected = false;
    for (i, part) in parts.iter().enumerate() {
        let rest = text.get(at..)?;
        match part {
            Part::Word(word) => {
                let after = rest.strip_prefix(word)?;
                let tail = after.get(..letters_len(after))?;
                let taken = match parts.get(i + 1) {
                    None => last_word_tail(word, after, tail)?,
                    // Russian declines every word of a name: `Нурсултану Назарбаеву`.
                    Some(Part::Space) if tail.is_empty() || suffix::is_russian_ending(tail) => {
                        tail.len()
                    }
                    Some(_) if tail.is_empty() => 0,
                    Some(_) => return None,
                };
                inflected |= taken > 0;
                at += word.len() + taken;
            }
            Part::Space => {
                let n = spaces_len(rest);
                if n == 0 {
                    return None;
                }
                at += n;
            }
            Part::Punct(p) => {
                let after = rest.strip_prefix(p)?;
                at += p.len();
                // Initials are sometimes printed with a space: `Г. Әлиев`.
                if matches!(parts.get(i + 1), Some(Part::Word(_))) {
                    at += spaces_len(after);
                }
            }
        }
    }
    Some((at, inflected))
}

/// How much of what follows the last word of a form is its suffix, if the
/// form may end there: `tail` (the letters right after it) or, for an
/// abbreviation, a hyphen and a suffix (`ӘДР-дің`, `СІМ-інің`).
fn last_word_tail(word: &str, after: &str, tail: &str) -> Option<usize> {
    if !suffix::is_name_suffix(word, tail) {
        return None;
    }
    if tail.is_empty() && is_abbreviation(word) {
        if let Some(rest) = after.strip_prefix('-') {
            let hyphenated = rest.get(..letters_len(rest)).unwrap_or("");
            if suffix::is_abbreviation_suffix(word, hyphenated) {
                return Some('-'.len_utf8() + hyphenated.len());
            }
        }
    }
    Some(tail.len())
}

fn resolve(found: &[Found<'_>], i: usize) -> Option<usize> {
    let f = found.get(i)?;
    let first = *f.owners.first()?;
    if f.owners.len() == 1 {
        return Some(first);
    }
    let decides = |g: &&Found<'_>| {
        !g.in_name && g.owners.len() == 1 && g.owners.first().is_some_and(|p| f.owners.contains(p))
    };
    let earlier = found[..i].iter().rev().find(decides);
    let later_here = || {
        found[i + 1..]
            .iter()
            .take_while(|g| g.block == f.block)
            .find(decides)
    };
    Some(
        earlier
            .or_else(later_here)
            .and_then(|g| g.owners.first().copied())
            .unwrap_or(first),
    )
}

pub(super) fn letters_len(s: &str) -> usize {
    s.chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum()
}

fn spaces_len(s: &str) -> usize {
    s.chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_split_into_words_and_separators() {
        assert_eq!(
            split("Г.Әлиев"),
            [Part::Word("Г"), Part::Punct("."), Part::Word("Әлиев")]
        );
        assert_eq!(
            split("Шоқай М."),
            [
                Part::Word("Шоқай"),
                Part::Space,
                Part::Word("М"),
                Part::Punct(".")
            ]
        );
    }

    #[test]
    fn match_takes_the_suffix_and_checks_boundaries() {
        let parts = split("Гейдар Әлиев");
        let text = "Гейдар Әлиевтің есімі";
        assert_eq!(
            match_form(text, 0, &parts),
            Some(("Гейдар Әлиевтің".len(), true))
        );
        assert_eq!(match_form("Гейдар Әлиевшіл", 0, &parts), None);
        let initial = split("Г.Әлиев");
        assert_eq!(
            match_form("Г. Әлиев пен", 0, &initial),
            Some(("Г. Әлиев".len(), false))
        );
    }

    #[test]
    fn abbreviations_take_suffixes_after_a_hyphen() {
        let parts = split("ӘДР");
        for (text, len) in [
            ("ӘДР-дің негізі", "ӘДР-дің".len()),
            ("ӘДР-ге қолдау", "ӘДР-ге".len()),
            ("ӘДР құлады", "ӘДР".len()),
            ("ӘДР-Түркия", "ӘДР".len()),
            ("ӘДР-шіл", "ӘДР".len()),
        ] {
            assert_eq!(
                match_form(text, 0, &parts).map(|m| m.0),
                Some(len),
                "{text}"
            );
        }
        let parts = split("КП ОК");
        assert_eq!(
            match_form("КП ОК-тің басқарып", 0, &parts),
            Some(("КП ОК-тің".len(), true))
        );
        // Only abbreviations: a hyphen after a word joins another word.
        let parts = split("Қытай");
        assert_eq!(
            match_form("Қытай-Қазақстан", 0, &parts),
            Some(("Қытай".len(), false))
        );
    }
}
