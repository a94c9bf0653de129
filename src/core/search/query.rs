//! Turns what the user typed into words and phrases, within fixed bounds so a
//! pasted essay costs no more than a short query.

use crate::core::text::normalize::{truncate_chars, MAX_WORD_CHARS};
use crate::core::text::tokenize;

/// Query text past this many chars is ignored.
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words are searched (they must all match, so more would
/// rarely find anything anyway).
pub const MAX_TERMS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryTerm {
    /// Normalised word.
    pub text: String,
    /// The last word, still being typed: it may match as a prefix.
    pub open: bool,
}

/// Words that must appear next to each other in this order: a quoted phrase
/// or hyphen-joined words (`1911-1913`). A single word is a group of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub first: usize,
    pub len: usize,
    /// Joined by hyphens rather than quoted.
    pub hyphenated: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<QueryTerm>,
    pub groups: Vec<Group>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The words of a hyphen-joined group written as one word, the way the
    /// article may write them (`Kassym-Jomart` for `Қасымжомарт`).
    pub fn joined(&self, g: &Group) -> Option<String> {
        let words = self.terms.get(g.first..g.first + g.len)?;
        let joined: String = words.iter().map(|t| t.text.as_str()).collect();
        (g.hyphenated && g.len > 1).then(|| truncate_chars(&joined, MAX_WORD_CHARS).to_string())
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„')
}

pub fn parse(input: &str) -> Query {
    let input = truncate_chars(input, MAX_QUERY_CHARS);
    let mut query = Query::default();
    // Quote characters toggle phrase mode; an unclosed quote runs to the end.
    let mut quoted = false;
    let mut segment_start = 0;
    let mut segments: Vec<(&str, bool)> = Vec::new();
    for (i, c) in input.char_indices() {
        if is_quote(c) {
            segments.push((&input[segment_start..i], quoted));
            quoted = !quoted;
            segment_start = i + c.len_utf8();
        }
    }
    segments.push((&input[segment_start..], quoted));

    'segments: for (text, phrase) in segments {
        let mut current: Option<Group> = None;
        for tok in tokenize(text) {
            if query.terms.len() == MAX_TERMS {
                // The group being built still holds its words.
                if let Some(g) = current.take() {
                    query.groups.push(g);
                }
                break 'segments;
            }
            let joined = phrase || tok.hyphen_before;
            match current.as_mut() {
                Some(g) if joined => g.len += 1,
                _ => {
                    if let Some(g) = current.take() {
                        query.groups.push(g);
                    }
                    current = Some(Group {
                        first: query.terms.len(),
                        len: 1,
                        hyphenated: !phrase,
                    });
                }
            }
            query.terms.push(QueryTerm {
                text: tok.text,
                open: false,
            });
        }
        if let Some(g) = current {
            query.groups.push(g);
        }
    }
    drop_repeated_words(&mut query);
    // Typing is in progress when the text ends inside a word.
    let typing = input.chars().next_back().is_some_and(char::is_alphanumeric);
    if typing && input.chars().count() < MAX_QUERY_CHARS {
        if let Some(last) = query.terms.last_mut() {
            last.open = true;
        }
    }
    query
}

/// A single word given twice adds nothing but cost.
fn drop_repeated_words(query: &mut Query) {
    let mut keep = vec![true; query.terms.len()];
    for (gi, g) in query.groups.iter().enumerate() {
        if g.len != 1 {
            continue;
        }
        let text = &query.terms[g.first].text;
        let seen = query.groups[..gi]
            .iter()
            .any(|o| o.len == 1 && &query.terms[o.first].text == text);
        if seen {
            keep[g.first] = false;
        }
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut terms = Vec::new();
    let mut groups = Vec::new();
    for g in &query.groups {
        if !keep[g.first] {
            continue;
        }
        groups.push(Group {
            first: terms.len(),
            ..*g
        });
        terms.extend_from_slice(&query.terms[g.first..g.first + g.len]);
    }
    query.terms = terms;
    query.groups = groups;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &Query) -> Vec<&str> {
        q.terms.iter().map(|t| t.text.as_str()).collect()
    }

    fn lens(q: &Query) -> Vec<usize> {
        q.groups.iter().map(|g| g.len).collect()
    }

    #[test]
    fn splits_words_and_phrases() {
        let q = parse("Гейдар «ғасыр келісім» 1911-1913 шарт");
        assert_eq!(
            words(&q),
            ["гейдар", "ғасыр", "келісім", "1911", "1913", "шарт"]
        );
        assert_eq!(lens(&q), [1, 2, 2, 1]);
        assert!(q.terms[5].open);
        assert!(!parse("шарт ").terms[0].open);
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        let q = parse("\"екі ел");
        assert_eq!(lens(&q), [2]);
    }

    #[test]
    fn bounds_the_work() {
        let long = "сөз ".repeat(5000);
        let q = parse(&long);
        assert_eq!(q.terms.len(), 1, "repeats collapse");
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(parse(&many).terms.len(), MAX_TERMS);
    }

    proptest::proptest! {
        #[test]
        fn any_input_gives_bounded_consistent_groups(s in proptest::prelude::any::<String>()) {
            let q = parse(&s);
            proptest::prop_assert!(q.terms.len() <= MAX_TERMS);
            let mut next = 0;
            for g in &q.groups {
                proptest::prop_assert!(g.first == next && g.len > 0);
                next += g.len;
            }
            proptest::prop_assert_eq!(next, q.terms.len());
            proptest::prop_assert!(q.terms.iter().all(|t| !t.text.is_empty()));
            proptest::prop_assert!(q.terms.iter().filter(|t| t.open).count() <= 1);
        }
    }

    #[test]
    fn punctuation_only_is_empty() {
        assert!(parse(".*+?^${}()|[]\\ «» \"\" 🙂").is_empty());
        assert!(parse("").is_empty());
    }
}
