//! Who an event is about: the people its sentence names, or, when it names
//! no one, the people a pronoun points back to or the paragraph goes on to
//! name. The rules, in order (README, *Dates*):
//!
//! 1. The people the sentence names.
//! 2. If none, and it opens with a third-person pronoun (`Ол`, `Оның`,
//!    `Олар`, `Олардың`, …): the people of the nearest earlier sentence of the
//!    paragraph that names someone; for a singular pronoun only the last of
//!    them (`Тұрар Рысқұлов ... қызмет атқарды. Ол 1937 жылы ... тұтқындалды`).
//! 3. If still none, and the next sentence opens with such a pronoun (the
//!    paragraph goes on about the same people: `... жан репрессияланды.
//!    Олардың арасында ...`): the people of the first later sentence of the
//!    paragraph that names someone.

use std::ops::Range;

/// Third-person pronouns, singular, as a sentence may open with them.
const SINGULAR: [&str; 7] = ["ол", "оның", "оны", "оған", "онда", "одан", "онымен"];
/// The same, plural.
const PLURAL: [&str; 7] = [
    "олар",
    "олардың",
    "оларды",
    "оларға",
    "оларда",
    "олардан",
    "олармен",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    Singular,
    Plural,
    Other,
}

fn opening(text: &str, sentence: &Range<usize>) -> Opening {
    let first = text[sentence.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    if SINGULAR.contains(&first.as_str()) {
        Opening::Singular
    } else if PLURAL.contains(&first.as_str()) {
        Opening::Plural
    } else {
        Opening::Other
    }
}

/// The people an event in sentence `at` of a paragraph is about, by the rules
/// above. `named(i)` gives the people sentence `i` names, in order.
pub fn people_about(
    text: &str,
    sentences: &[Range<usize>],
    at: usize,
    named: impl Fn(usize) -> Vec<String>,
) -> Vec<String> {
    let own = named(at);
    if !own.is_empty() || at >= sentences.len() {
        return own;
    }
    match opening(text, &sentences[at]) {
        Opening::Other => {}
        pronoun => {
            let earlier = (0..at).rev().map(&named).find(|p| !p.is_empty());
            if let Some(mut people) = earlier {
                if pronoun == Opening::Singular {
                    people.drain(..people.len() - 1);
                }
                return people;
            }
            return Vec::new();
        }
    }
    let goes_on = sentences
        .get(at + 1)
        .is_some_and(|next| opening(text, next) != Opening::Other);
    if goes_on {
        if let Some(people) = (at + 1..sentences.len())
            .map(&named)
            .find(|p| !p.is_empty())
        {
            return people;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dates::sentence::sentences;

    /// People are the words marked with a `*` after them.
    fn about(text: &str, at: usize) -> Vec<String> {
        let list = sentences(text);
        let named = |i: usize| {
            text[list[i].clone()]
                .split_whitespace()
                .filter_map(|w| w.trim_end_matches(['.', ',']).strip_suffix('*'))
                .map(str::to_string)
                .collect()
        };
        people_about(text, &list, at, named)
    }

    #[test]
    fn a_pronoun_points_back() {
        let text = "Кіріспе. Бір* мен Екі* келді. Бос сөйлем. Ол 1937 жылы кетті.";
        assert_eq!(about(text, 3), ["Екі"]);
        let text = "Бір* мен Екі* келді. Олар 1937 жылы кетті.";
        assert_eq!(about(text, 1), ["Бір", "Екі"]);
        // Nobody before: nobody.
        assert!(about("Ол 1937 жылы кетті. Бір* келді.", 0).is_empty());
    }

    #[test]
    fn a_group_the_paragraph_goes_on_to_name() {
        let text = "1937 жылы көп адам кетті. Олардың арасында зиялылар болды. Бір*, Екі* атылды. Үш* бұйырды.";
        assert_eq!(about(text, 0), ["Бір", "Екі"]);
        // Without the pronoun the next sentences are about something else.
        let text = "1937 жылы көп адам кетті. Бір* атылды.";
        assert!(about(text, 0).is_empty());
    }

    #[test]
    fn own_names_come_first() {
        let text = "Бір* келді. Ол мен Екі* 1937 жылы кетті.";
        assert_eq!(about(text, 1), ["Екі"]);
    }
}
