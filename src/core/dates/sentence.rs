//! The sentence around a date, cut to one readable line.

use std::ops::Range;

/// Chars that end a sentence.
const ENDS: [char; 4] = ['.', '!', '?', '…'];
/// Chars that may follow the end inside the same sentence: `деді».`
const CLOSERS: [char; 4] = ['»', '"', '”', ')'];
/// Chars that separate clauses inside a sentence.
const CLAUSE_ENDS: [char; 3] = [',', ';', ':'];
/// The ellipsis marking a cut.
const CUT: &str = "…";

/// The byte range of the sentence holding `at`, without surrounding spaces.
pub fn sentence_around(text: &str, at: Range<usize>) -> Range<usize> {
    let mut start = 0;
    for end in sentence_ends(text) {
        if end.start > at.start {
            return trimmed(text, start..end.start);
        }
        start = end.end;
    }
    trimmed(text, start..text.len())
}

/// The byte ranges of every sentence of `text`, in order, without
/// surrounding spaces.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in sentence_ends(text) {
        out.push(trimmed(text, start..end.start));
        start = end.end;
    }
    if start < text.len() {
        out.push(trimmed(text, start..text.len()));
    }
    out.retain(|r| !r.is_empty());
    out
}

/// The byte range of the clause holding `at` inside `sentence`: between the
/// commas, semicolons or colons around it.
pub fn clause_around(text: &str, sentence: Range<usize>, at: Range<usize>) -> Range<usize> {
    let inner = &text[sentence.clone()];
    let rel = at.start.saturating_sub(sentence.start).min(inner.len());
    let rel_end = at
        .end
        .saturating_sub(sentence.start)
        .clamp(rel, inner.len());
    let start = inner[..rel].rfind(CLAUSE_ENDS).map_or(0, |i| i + 1);
    let end = inner[rel_end..]
        .find(CLAUSE_ENDS)
        .map_or(inner.len(), |i| rel_end + i);
    sentence.start + start..sentence.start + end
}

/// `sentence` as one line of at most `max` chars: whole if it fits, else cut
/// at word boundaries around `focus` (which stays whole), with `…` where cut.
pub fn readable_line(
    text: &str,
    sentence: Range<usize>,
    focus: Range<usize>,
    max: usize,
) -> String {
    let line = |r: Range<usize>| text[r].split_whitespace().collect::<Vec<_>>().join(" ");
    let total = text[sentence.clone()].chars().count();
    if total <= max {
        return line(sentence);
    }
    let start = focus.start.clamp(sentence.start, sentence.end);
    let focus = start..focus.end.clamp(start, sentence.end);
    let focus_chars = text[focus.clone()].chars().count();
    // Room on each side, leaving space for two ellipses; what one side cannot
    // use goes to the other.
    let budget = max.saturating_sub(focus_chars + 2 * CUT.chars().count());
    let before = text[sentence.start..focus.start].chars().count();
    let after = text[focus.end..sentence.end].chars().count();
    let mut left = before.min(budget / 2);
    let right = after.min(budget - left);
    left = before.min(budget - right);

    let mut from = back_chars(text, focus.start, left);
    let mut to = forward_chars(text, focus.end, right);
    if from > sentence.start {
        // Start at the next word, not in the middle of one.
        from = text[from..focus.start]
            .find(char::is_whitespace)
            .map_or(focus.start, |i| from + i);
    }
    if to < sentence.end {
        to = text[focus.end..to]
            .rfind(char::is_whitespace)
            .map_or(focus.end, |i| focus.end + i);
    }
    let mut out = String::new();
    if from > sentence.start {
        out.push_str(CUT);
    }
    let body = line(from..to);
    out.push_str(if to < sentence.end {
        body.trim_end_matches([',', ';', ':', ' ', '-', '–'])
    } else {
        &body
    });
    if to < sentence.end {
        out.push_str(CUT);
    }
    out
}

/// Where each sentence ends: the end mark (with closing quotes) and the
/// spaces after it.
fn sentence_ends(text: &str) -> Vec<Range<usize>> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut prev: [Option<char>; 2] = [None, None];
    while let Some((i, c)) = chars.next() {
        let initial = c == '.'
            && prev[0].is_some_and(char::is_uppercase)
            && !prev[1].is_some_and(char::is_alphabetic);
        prev = [Some(c), prev[0]];
        if !ENDS.contains(&c) || initial {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !(ENDS.contains(&next) || CLOSERS.contains(&next)) {
                break;
            }
            end = j + next.len_utf8();
            prev = [Some(next), prev[0]];
            chars.next();
        }
        let rest = &text[end..];
        let spaces = rest.len() - rest.trim_start().len();
        let next = rest.trim_start().chars().next();
        let starts_sentence = next.is_none_or(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '«' | '“' | '"' | '(')
        });
        if (spaces > 0 || next.is_none()) && starts_sentence {
            ends.push(end..end + spaces);
        }
    }
    ends
}

/// `r` without the spaces at either end.
pub fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    start..start + s.trim().len()
}

fn back_chars(text: &str, from: usize, n: usize) -> usize {
    if n == 0 {
        return from;
    }
    text[..from]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i)
}

fn forward_chars(text: &str, from: usize, n: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_of<'a>(text: &'a str, word: &str) -> &'a str {
        let at = text.find(word).unwrap_or(0);
        &text[sentence_around(text, at..at + word.len())]
    }

    #[test]
    fn sentences_end_at_marks_not_at_initials() {
        let text =
            "Бірінші сөйлем. 1991 жылы Г.Әлиев келді! Шоқай М. Таңдамалы. «Сөз», - деді». Соңы";
        assert_eq!(sentence_of(text, "Бірінші"), "Бірінші сөйлем.");
        assert_eq!(sentence_of(text, "1991"), "1991 жылы Г.Әлиев келді!");
        assert_eq!(sentence_of(text, "Таңдамалы"), "Шоқай М. Таңдамалы.");
        assert_eq!(sentence_of(text, "деді"), "«Сөз», - деді».");
        assert_eq!(sentence_of(text, "Соңы"), "Соңы");
        // Lowercase after a dot does not start a sentence.
        assert_eq!(sentence_of("т.б. сөздер.", "сөздер"), "т.б. сөздер.");
    }

    #[test]
    fn clauses_are_between_commas() {
        let text = "1973 жылы Нәсимидің 600 жылдық, Физулидің 500 жылдық мерейтойлары.";
        let all = 0..text.len();
        let at = text.find("600").unwrap_or(0);
        let clause = clause_around(text, all.clone(), at..at + 3);
        assert_eq!(&text[clause], "1973 жылы Нәсимидің 600 жылдық");
        let at = text.find("500").unwrap_or(0);
        let clause = clause_around(text, all, at..at + 3);
        assert_eq!(&text[clause], " Физулидің 500 жылдық мерейтойлары.");
    }

    #[test]
    fn long_sentences_are_cut_around_the_focus() {
        let words: Vec<String> = (0..80).map(|i| format!("сөз{i}")).collect();
        let text = words.join(" ");
        let at = text.find("сөз40").unwrap_or(0);
        let line = readable_line(&text, 0..text.len(), at..at + "сөз40".len(), 60);
        assert!(line.chars().count() <= 60, "{line}");
        assert!(line.starts_with('…') && line.ends_with('…'), "{line}");
        assert!(line.contains(" сөз40 "), "{line}");
        // Near the start, the room goes to the right.
        let line = readable_line(&text, 0..text.len(), 0.."сөз0".len(), 60);
        assert!(
            line.starts_with("сөз0 сөз1 ") && line.ends_with('…'),
            "{line}"
        );
        assert!(line.chars().count() <= 60, "{line}");
        // Short sentences stay whole, on one line.
        let text = "Қысқа\nсөйлем.";
        assert_eq!(
            readable_line(text, 0..text.len(), 0..1, 60),
            "Қысқа сөйлем."
        );
    }
}
