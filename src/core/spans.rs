//! Cuts a block's text into pieces for display: plain text, names linked to
//! their person, and search hits highlighted, which may overlap a name.

use crate::core::order;
use std::ops::Range;

/// A run of text, linked to a person when `person` is set, made of parts that
/// are highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    /// Index into the `people` ranges given to [`pieces`].
    pub person: Option<usize>,
    /// `(range, highlighted)`, covering `range` in order.
    pub parts: Vec<(Range<usize>, bool)>,
}

/// Split `text` by `people` (non-overlapping name ranges) and `hits` (ranges to
/// highlight, any order, may overlap). Ranges are clamped to the text and to
/// char boundaries, so bad ranges never panic.
pub fn pieces(text: &str, people: &[Range<usize>], hits: &[Range<usize>]) -> Vec<Piece> {
    let clamp = |r: &Range<usize>| {
        let mut start = r.start.min(text.len());
        let mut end = r.end.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        start..end.max(start)
    };
    let people: Vec<Range<usize>> = people.iter().map(clamp).collect();
    let hits: Vec<Range<usize>> = hits.iter().map(clamp).filter(|r| !r.is_empty()).collect();

    // Outer level: stretches of text owned by one person link, or by none.
    let mut cuts = vec![0, text.len()];
    for r in &people {
        cuts.extend([r.start, r.end]);
    }
    order::sort(&mut cuts);
    cuts.dedup();
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let range = w[0]..w[1];
        if range.is_empty() {
            continue;
        }
        let person = people
            .iter()
            .position(|p| p.start <= range.start && range.end <= p.end && !p.is_empty());
        match out.last_mut() {
            Some(last) if last.person.is_none() && person.is_none() => last.range.end = range.end,
            _ => out.push(Piece {
                range,
                person,
                parts: Vec::new(),
            }),
        }
    }
    // Inner level: highlighted or not.
    for piece in &mut out {
        piece.parts = highlight(piece.range.clone(), &hits);
    }
    out
}

fn highlight(range: Range<usize>, hits: &[Range<usize>]) -> Vec<(Range<usize>, bool)> {
    let mut cuts = vec![range.start, range.end];
    for h in hits {
        for c in [h.start, h.end] {
            if range.start < c && c < range.end {
                cuts.push(c);
            }
        }
    }
    order::sort(&mut cuts);
    cuts.dedup();
    let mut parts: Vec<(Range<usize>, bool)> = Vec::new();
    for w in cuts.windows(2) {
        let lit = hits.iter().any(|h| h.start <= w[0] && w[1] <= h.end);
        match parts.last_mut() {
            Some((r, l)) if *l == lit => r.end = w[1],
            _ => parts.push((w[0]..w[1], lit)),
        }
    }
    parts
}

/// A window of about `radius` chars on each side of `range`, widened to word
/// boundaries, and whether text was cut before and after it.
pub fn window(text: &str, range: Range<usize>, radius: usize) -> (Range<usize>, bool, bool) {
    let start = range.start.min(text.len());
    let end = range.end.clamp(start, text.len());
    let (start, end) = (floor_boundary(text, start), floor_boundary(text, end));
    let before = &text[..start];
    let mut from = before
        .char_indices()
        .rev()
        .nth(radius.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if from > 0 {
        // Start at the next word, not in the middle of one.
        from = before[from..]
            .find(char::is_whitespace)
            .map_or(from, |i| from + i + 1);
    }
    let after = &text[end..];
    let mut to = after
        .char_indices()
        .nth(radius)
        .map_or(text.len(), |(i, _)| end + i);
    if to < text.len() {
        to = text[..to]
            .rfind(char::is_whitespace)
            .filter(|&i| i >= end)
            .unwrap_or(to);
    }
    (from.min(start)..to.max(end), from > 0, to < text.len())
}

/// Where a name stands in a translated text, the `nth` time (counting from
/// 0; the last one when it is there fewer times): a place where one of
/// `forms` (the first that fits wins there) has its words begin words of
/// `text` in a row, ignoring case and allowing an ending (`Гейдар Алиев`
/// finds `Гейдара Алиева`, `Каспийское море` finds `Каспийском море`). The
/// translation has no name index of its own, so a mention list finds the
/// name again this way.
pub fn find_name<'f>(
    text: &str,
    forms: impl IntoIterator<Item = &'f str>,
    nth: usize,
) -> Option<Range<usize>> {
    let words: Vec<(Range<usize>, String)> = word_spans(text)
        .map(|r| {
            let w = text[r.clone()].to_lowercase();
            (r, w)
        })
        .collect();
    let forms: Vec<Vec<String>> = forms
        .into_iter()
        .map(|form| {
            word_spans(form)
                .map(|r| {
                    let w: Vec<char> = form[r].to_lowercase().chars().collect();
                    // Room for an ending, keeping at least three letters.
                    let keep = w.len().saturating_sub(2).max(3.min(w.len()));
                    w[..keep].iter().collect()
                })
                .collect()
        })
        .filter(|stems: &Vec<String>| !stems.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let fit = forms.iter().find(|stems| {
            words.get(i..i + stems.len()).is_some_and(|run| {
                run.iter()
                    .zip(stems.iter())
                    .all(|((_, w), stem)| w.starts_with(stem.as_str()))
            })
        });
        match fit {
            Some(stems) => {
                let last = i + stems.len() - 1;
                found.push(words[i].0.start..words[last].0.end);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    let last = found.len().checked_sub(1)?;
    found.into_iter().nth(nth.min(last))
}

/// The byte ranges of the words (runs of letters and digits) of `text`.
fn word_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (start, c.is_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some(s..i);
                }
                _ => {}
            }
        }
        None
    })
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
// The tests pass lists of one range, and reversed ranges on purpose.
#[allow(clippy::single_range_in_vec_init, clippy::reversed_empty_ranges)]
mod tests {
    use super::*;

    fn render(text: &str, people: &[Range<usize>], hits: &[Range<usize>]) -> String {
        pieces(text, people, hits)
            .iter()
            .map(|p| {
                let inner: String = p
                    .parts
                    .iter()
                    .map(|(r, lit)| {
                        if *lit {
                            format!("[{}]", &text[r.clone()])
                        } else {
                            text[r.clone()].to_string()
                        }
                    })
                    .collect();
                match p.person {
                    Some(i) => format!("<{i}:{inner}>"),
                    None => inner,
                }
            })
            .collect()
    }

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(render("сәлем", &[], &[]), "сәлем");
        assert_eq!(pieces("", &[], &[]), vec![]);
    }

    #[test]
    fn names_and_hits_nest() {
        let text = "Гейдар Әлиев пен Назарбаев";
        let aliyev = 0..text.find(" пен").unwrap();
        let nazar = text.find("Назарбаев").unwrap()..text.len();
        let hit = text.find("Әлиев").unwrap()..text.find(" пен").unwrap();
        assert_eq!(
            render(text, &[aliyev, nazar], &[hit]),
            "<0:Гейдар [Әлиев]> пен <1:Назарбаев>"
        );
    }

    #[test]
    fn hits_across_a_name_border_and_overlapping_hits() {
        let text = "abc def";
        assert_eq!(render(text, &[0..3], &[1..5, 4..7]), "<0:a[bc]>[ def]");
    }

    #[test]
    fn a_name_is_found_again_in_a_translation_with_its_ending() {
        let text = "Визит Гейдара Алиева в Каспийском море; слова Абая.";
        let found = |forms: &[&str]| find_name(text, forms.iter().copied(), 0).map(|r| &text[r]);
        assert_eq!(found(&["Гейдар Алиев"]), Some("Гейдара Алиева"));
        assert_eq!(found(&["Каспийское море"]), Some("Каспийском море"));
        assert_eq!(found(&["Абай"]), Some("Абая"));
        // The full name wins where it fits; a name not there is not found.
        assert_eq!(found(&["Гейдар Алиев", "Алиев"]), Some("Гейдара Алиева"));
        assert_eq!(found(&["Ильхам Алиев", "Алиев"]), Some("Алиева"));
        assert_eq!(found(&["Назарбаев"]), None);
        assert_eq!(found(&[]), None);
        assert_eq!(
            find_name("Baku–Tbilisi–Ceyhan pipeline", ["Baku–Tbilisi–Ceyhan"], 0),
            Some(0..23)
        );
    }

    #[test]
    fn the_nth_mention_is_the_nth_time_the_name_stands_there() {
        let text = "Mustafa Shokay wrote; later Shokay met them. Shokay.";
        let at = |n: usize| find_name(text, ["Mustafa Shokay", "Shokay"], n).map(|r| r.start);
        assert_eq!(at(0), Some(0));
        assert_eq!(at(1), text.find("Shokay met"));
        assert_eq!(at(2), text.rfind("Shokay"));
        // Fewer times there than asked: the last one.
        assert_eq!(at(7), text.rfind("Shokay"));
    }

    #[test]
    fn window_cuts_at_word_boundaries() {
        let text = "бір екі үш төрт бес алты жеті";
        let hit = text.find("төрт").unwrap();
        let (r, cut_before, cut_after) = window(text, hit..hit + "төрт".len(), 6);
        assert_eq!(&text[r], "үш төрт бес");
        assert!(cut_before && cut_after);
        let (r, cut_before, cut_after) = window(text, 0..3, 500);
        assert_eq!(&text[r], text);
        assert!(!cut_before && !cut_after);
        // Out-of-range input does not panic.
        let _ = window(text, 1000..2000, 5);
        let _ = window(text, 1..2, 5);
    }

    #[test]
    fn bad_ranges_are_clamped() {
        let text = "әб";
        // 1 is inside `ә`; 99 is past the end.
        assert_eq!(render(text, &[1..99], &[3..1]), "<0:әб>");
    }
}
