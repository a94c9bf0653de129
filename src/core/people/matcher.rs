//! Finding the people's names in the article text.

use std::collections::BTreeMap;

use super::suffix;
use super::{searchable_texts, Mention, Person};
use crate::core::article::Article;

/// Heads after which a name is part of a foundation's name (`Гейдар Әлиев Қоры`);
/// capitalised only, so that the common noun `қор` (reserve) does not count.
const HEADS_AFTER: [&str; 2] = ["Қор", "Фонд"];
/// Heads that make a quoted name an award or a work (`«Гейдар Әлиев» орденімен`,
/// `«Қорқыт Ата кітабы»`, `«Манас» эпосы`).
const HEADS_AFTER_QUOTED: [&str; 5] = ["орден", "Орден", "эпос", "кітап", "кітаб"];
/// Russian puts the head first: `орден «Гейдар Әлиев»`, `Фонд Гейдара Алиева`.
const HEADS_BEFORE: [&str; 4] = ["орден", "Орден", "Фонд", "фонд"];

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
    /// The people who use this form; more than one for a shared surname.
    people: Vec<usize>,
}

/// A match before a shared form is resolved to one person.
struct Found<'f> {
    block: usize,
    start: usize,
    end: usize,
    people: &'f [usize],
    in_name: bool,
}

/// Every mention of `people` in `article`, in reading order.
///
/// A form matches at the start of a word, with any plausible inflection after
/// it (see [`suffix`]); where several forms match, the longest wins, and
/// matching resumes after it, so mentions never overlap. A form shared by several
/// people (`Әлиев`) goes to the one among them named by the nearest preceding
/// unshared mention (not counting names of awards or foundations), else by the
/// next one in the same block, else to the first of them in `people`.
pub fn find_mentions(article: &Article, people: &[Person]) -> Vec<Mention> {
    let forms = compile(people);
    let texts = searchable_texts(article);
    let mut found = Vec::new();
    for (block, (_, text)) in texts.iter().enumerate() {
        scan(text, &forms, block, &mut found);
    }
    (0..found.len())
        .filter_map(|i| {
            let f = &found[i];
            let person = people.get(resolve(&found, i)?)?;
            let (block_id, _) = texts.get(f.block)?;
            Some(Mention {
                person: person.slug.clone(),
                block_id: (*block_id).to_string(),
                start: f.start,
                end: f.end,
                in_name: f.in_name,
            })
        })
        .collect()
}

fn compile(people: &[Person]) -> Vec<Form<'_>> {
    let mut by_form: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, person) in people.iter().enumerate() {
        for form in person.forms().map(str::trim).filter(|f| !f.is_empty()) {
            let owners = by_form.entry(form).or_default();
            if !owners.contains(&i) {
                owners.push(i);
            }
        }
    }
    by_form
        .into_iter()
        .map(|(form, people)| Form {
            parts: split(form),
            len: form.chars().count(),
            people,
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

fn scan<'f>(text: &str, forms: &'f [Form<'_>], block: usize, out: &mut Vec<Found<'f>>) {
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
                people: &form.people,
                in_name: in_name(text, at, end, inflected),
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
                let fits = match parts.get(i + 1) {
                    None => suffix::is_name_suffix(word, tail),
                    // Russian declines every word of a name: `Нурсултану Назарбаеву`.
                    Some(Part::Space) => tail.is_empty() || suffix::is_russian_ending(tail),
                    Some(_) => tail.is_empty(),
                };
                if !fits {
                    return None;
                }
                inflected |= !tail.is_empty();
                at += word.len() + tail.len();
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

/// Is the name at `start..end` part of the name of an award, foundation or work?
fn in_name(text: &str, start: usize, end: usize, inflected: bool) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let quoted = before.ends_with('«');
    // A name inside another name keeps its nominative form in Kazakh.
    if !inflected {
        let after = after.strip_prefix('»').unwrap_or(after);
        if after.starts_with(char::is_whitespace) {
            let next = first_word(after.trim_start());
            if is_head(next, &HEADS_AFTER) || (quoted && is_head(next, &HEADS_AFTER_QUOTED)) {
                return true;
            }
        }
    }
    let before = before.strip_suffix('«').unwrap_or(before);
    before.ends_with(char::is_whitespace) && is_head(last_word(before.trim_end()), &HEADS_BEFORE)
}

fn is_head(word: &str, heads: &[&str]) -> bool {
    heads.iter().any(|head| {
        word.strip_prefix(head)
            .is_some_and(|tail| suffix::is_name_suffix(head, tail))
    })
}

fn resolve(found: &[Found<'_>], i: usize) -> Option<usize> {
    let f = found.get(i)?;
    let first = *f.people.first()?;
    if f.people.len() == 1 {
        return Some(first);
    }
    let decides = |g: &&Found<'_>| {
        !g.in_name && g.people.len() == 1 && g.people.first().is_some_and(|p| f.people.contains(p))
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
            .and_then(|g| g.people.first().copied())
            .unwrap_or(first),
    )
}

fn letters_len(s: &str) -> usize {
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

fn first_word(s: &str) -> &str {
    s.get(..letters_len(s)).unwrap_or("")
}

fn last_word(s: &str) -> &str {
    let n: usize = s
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    s.get(s.len() - n..).unwrap_or("")
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
    fn heads_mark_names_inside_names() {
        let text = "«Гейдар Әлиев» орденімен";
        assert!(in_name(text, "«".len(), "«Гейдар Әлиев".len(), false));
        let text = "Гейдар Әлиев орденімен";
        assert!(!in_name(text, 0, "Гейдар Әлиев".len(), false));
        let text = "Гейдар Әлиев Қорында";
        assert!(in_name(text, 0, "Гейдар Әлиев".len(), false));
        let text = "Фонд Гейдара Алиева";
        assert!(in_name(text, "Фонд ".len(), text.len(), true));
        let text = "бай табиғи қорлары";
        assert!(!in_name(text, 0, "бай".len(), false));
    }
}
