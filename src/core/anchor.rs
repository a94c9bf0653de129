//! Finding a passage in a paragraph again: quote links (`?quote=…`) and
//! highlights, anchored by a W3C Web Annotation `TextQuoteSelector` (the exact
//! text with a little context either side) rather than by offsets, so they
//! survive a corrected or rebuilt article.
//!
//! Matching ignores case and runs of whitespace: a passage copied from the
//! page, with its line breaks, finds the text it came from.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::prefs::Lang;
use super::translation::{Reading, TrLang};

/// Characters of context kept either side of a highlighted passage.
pub const CONTEXT_CHARS: usize = 32;

/// Longest quote a link carries, in chars: a link stays a link.
pub const MAX_QUOTE_CHARS: usize = 500;

/// The W3C Web Annotation `TextQuoteSelector`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// The text folded for matching (lowercase, each run of whitespace one
/// space), with the byte offset in the original of each folded char, plus
/// one past the end.
struct Folded {
    chars: Vec<char>,
    starts: Vec<usize>,
}

fn fold(text: &str) -> Folded {
    let mut chars = Vec::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len() + 1);
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                chars.push(' ');
                starts.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        for lower in c.to_lowercase() {
            chars.push(lower);
            starts.push(i);
        }
    }
    starts.push(text.len());
    Folded { chars, starts }
}

/// The folded form of a quote, trimmed.
fn fold_quote(quote: &str) -> Vec<char> {
    let f = fold(quote.trim());
    f.chars
}

/// Where `needle` occurs in `hay` (char indexes), in order.
fn occurrences(hay: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..i + needle.len()] == *needle)
        .collect()
}

/// Byte range in the original text of folded chars `start..end`: whole chars,
/// without the whitespace a folded space stood for at either edge.
fn byte_range(text: &str, f: &Folded, start: usize, end: usize) -> Range<usize> {
    let mut a = f.starts[start];
    // The end is where the next folded char starts, or the text's end.
    let mut b = f.starts[end];
    while a < b && text[a..].starts_with(char::is_whitespace) {
        a += text[a..].chars().next().map_or(1, char::len_utf8);
    }
    while b > a && text[..b].ends_with(char::is_whitespace) {
        b -= text[..b].chars().next_back().map_or(1, char::len_utf8);
    }
    a..b
}

/// The first place `quote` occurs in `text`, ignoring case and whitespace.
pub fn find_quote(text: &str, quote: &str) -> Option<Range<usize>> {
    let needle = fold_quote(quote);
    let f = fold(text);
    let at = *occurrences(&f.chars, &needle).first()?;
    Some(byte_range(text, &f, at, at + needle.len()))
}

/// Where a quote link's passage is in the texts `reading` shows, and in which
/// language: the Kazakh first (when shown), then the translation.
pub fn find_quote_in(
    reading: Reading,
    kazakh: &str,
    translated: Option<&str>,
    quote: &str,
) -> Option<(Lang, Range<usize>)> {
    let in_kazakh = reading
        .shows_kazakh()
        .then(|| find_quote(kazakh, quote))
        .flatten()
        .map(|r| (Lang::Kk, r));
    in_kazakh.or_else(|| {
        let lang = reading.translation()?;
        Some((lang.lang(), find_quote(translated?, quote)?))
    })
}

/// The reading a quote link opens in, for a passage quoted in `lang` while
/// the reader read `seen`: what they saw, so long as [`find_quote_in`] then
/// finds the passage in its own language. A translation's passage that the
/// Kazakh beside it also has (a year, a name) would be found there first, so
/// its link opens the translation alone.
pub fn quote_reading(lang: Lang, seen: Reading, kazakh: &str, quote: &str) -> Reading {
    match TrLang::of(lang) {
        None if seen.shows_kazakh() => seen,
        None => Reading::Kazakh,
        Some(l) if seen == Reading::Parallel(l) && find_quote(kazakh, quote).is_none() => seen,
        Some(l) => Reading::Alone(l),
    }
}

/// How many chars two sequences share at their ends (`from_end`) or starts.
fn shared(a: &[char], b: &[char], from_end: bool) -> usize {
    if from_end {
        a.iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
    } else {
        a.iter().zip(b).take_while(|(x, y)| x == y).count()
    }
}

/// Where the selector's passage is in `text`: of the places the exact text
/// occurs, the one whose surroundings best match the prefix and suffix.
/// `None` when the exact text is no longer there (the highlight is detached).
pub fn anchor(text: &str, selector: &TextQuoteSelector) -> Option<Range<usize>> {
    let needle = fold_quote(&selector.exact);
    let f = fold(text);
    let prefix = fold(&selector.prefix).chars;
    let suffix = fold(&selector.suffix).chars;
    let best = occurrences(&f.chars, &needle)
        .into_iter()
        .max_by_key(|&at| {
            let before = &f.chars[..at];
            let after = &f.chars[at + needle.len()..];
            // Whitespace at the passage's edges is not part of the match.
            let score = shared(trim_chars(before), trim_chars(&prefix), true)
                + shared(trim_chars_start(after), trim_chars_start(&suffix), false);
            // Equal scores: the earliest wins (max_by_key keeps the last, so
            // break ties on position).
            (score, usize::MAX - at)
        })?;
    Some(byte_range(text, &f, best, best + needle.len()))
}

fn trim_chars(c: &[char]) -> &[char] {
    let end = c.iter().rposition(|&x| x != ' ').map_or(0, |i| i + 1);
    &c[..end]
}

fn trim_chars_start(c: &[char]) -> &[char] {
    let start = c.iter().position(|&x| x != ' ').unwrap_or(c.len());
    &c[start..]
}

/// The selector for `range` of `text` (clamped to char boundaries), with up to
/// [`CONTEXT_CHARS`] of context either side.
pub fn selector_for(text: &str, range: Range<usize>) -> Option<TextQuoteSelector> {
    let mut start = range.start.min(text.len());
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let exact = text[start..end].trim();
    if exact.is_empty() {
        return None;
    }
    let prefix: String = {
        let before: Vec<char> = text[..start].chars().rev().take(CONTEXT_CHARS).collect();
        before.into_iter().rev().collect()
    };
    let suffix: String = text[end..].chars().take(CONTEXT_CHARS).collect();
    Some(TextQuoteSelector {
        exact: exact.to_string(),
        prefix,
        suffix,
    })
}

/// A quote as a link carries it: whitespace runs made single spaces, cut to
/// [`MAX_QUOTE_CHARS`].
pub fn quote_for_link(selected: &str) -> String {
    let one_line = selected.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(MAX_QUOTE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Бір жыл бұрын ӘДР құрылды.  Бір жыл\nбұрын тағы да.";

    #[test]
    fn finds_quotes_across_case_and_whitespace() {
        let r = find_quote(TEXT, "  бір ЖЫЛ бұрын  ").expect("found");
        assert_eq!(&TEXT[r], "Бір жыл бұрын");
        let r = find_quote(TEXT, "құрылды. бір жыл бұрын").expect("across a double space");
        assert_eq!(&TEXT[r], "құрылды.  Бір жыл\nбұрын");
        assert_eq!(find_quote(TEXT, "жоқ сөз"), None);
        assert_eq!(find_quote(TEXT, "   "), None);
    }

    #[test]
    fn context_picks_the_right_occurrence() {
        let second = TEXT.rfind("Бір жыл").expect("twice");
        let range = second..second + "Бір жыл\nбұрын".len();
        let sel = selector_for(TEXT, range.clone()).expect("a selector");
        assert_eq!(anchor(TEXT, &sel), Some(range));
        let first = selector_for(TEXT, 0.."Бір жыл бұрын".len()).expect("a selector");
        assert_eq!(anchor(TEXT, &first), Some(0.."Бір жыл бұрын".len()));
    }

    #[test]
    fn a_changed_text_detaches() {
        let sel = selector_for(TEXT, 0.."Бір жыл бұрын".len()).expect("a selector");
        assert_eq!(anchor("Мүлде басқа мәтін.", &sel), None);
    }

    #[test]
    fn a_quote_is_found_in_the_language_its_link_opens() {
        use TrLang::En;
        let en = "One year earlier the ADR was founded in 1918.";
        let kk = "Бір жыл бұрын, 1918 жылы, ӘДР құрылды.";
        let quote = "the ADR was";
        let seen = Reading::Parallel(En);
        assert_eq!(quote_reading(Lang::En, seen, kk, quote), seen);
        let (lang, r) = find_quote_in(seen, kk, Some(en), quote).expect("in the English");
        assert_eq!((lang, &en[r]), (Lang::En, quote));
        // A year both texts have opens the English alone, and is found there.
        let alone = quote_reading(Lang::En, seen, kk, "1918");
        assert_eq!(alone, Reading::Alone(En));
        let (lang, r) = find_quote_in(alone, kk, Some(en), "1918").expect("found");
        assert_eq!((lang, r.start), (Lang::En, en.find("1918").expect("year")));
        // The Kazakh keeps the reader's choice when it shows the Kazakh.
        assert_eq!(quote_reading(Lang::Kk, seen, kk, "ӘДР"), seen);
        assert_eq!(
            quote_reading(Lang::Kk, Reading::Alone(En), kk, "ӘДР"),
            Reading::Kazakh
        );
        assert_eq!(
            find_quote_in(seen, kk, Some(en), "1918").map(|(l, _)| l),
            Some(Lang::Kk)
        );
        // The translation not here yet: not found, not found elsewhere.
        assert_eq!(find_quote_in(seen, kk, None, quote), None);
        assert_eq!(find_quote_in(Reading::Kazakh, kk, Some(en), quote), None);
    }

    #[test]
    fn link_quotes_are_one_line_and_bounded() {
        assert_eq!(quote_for_link(" a\n b  c "), "a b c");
        assert_eq!(
            quote_for_link(&"я".repeat(900)).chars().count(),
            MAX_QUOTE_CHARS
        );
    }
}
