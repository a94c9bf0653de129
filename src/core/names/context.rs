//! What surrounds a match: is the name part of the name of something else?

use super::matcher::letters_len;
use super::{suffix, Heads};

/// Does the name at `start..end` fill a short quotation, or end one after a
/// word or two (`«Қазақстан»`, `«Қазақстанға»`, `«Яш Түркістан»`)? Long quoted
/// speech does not count: it is a word or two of letters only.
pub(super) fn quoted_title(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    if !after.starts_with('»') {
        return false;
    }
    let Some(open) = before.rfind('«') else {
        return false;
    };
    let inside = &before[open + '«'.len_utf8()..];
    inside
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && inside.split_whitespace().count() <= MAX_TITLE_WORDS_BEFORE
}

/// Words a title may have before the name it ends with (`Яш`).
const MAX_TITLE_WORDS_BEFORE: usize = 2;

/// Is the name at `start..end` part of the name of an award, foundation or work?
pub(super) fn in_name(
    text: &str,
    start: usize,
    end: usize,
    inflected: bool,
    heads: &Heads,
) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let quoted = before.ends_with('«');
    // A name inside another name keeps its nominative form in Kazakh.
    if !inflected {
        let after = after.strip_prefix('»').unwrap_or(after);
        if after.starts_with(char::is_whitespace) {
            let next = first_word(after.trim_start());
            if is_head(next, heads.after) || (quoted && is_head(next, heads.after_quoted)) {
                return true;
            }
        }
    }
    let before = before.strip_suffix('«').unwrap_or(before);
    before.ends_with(char::is_whitespace) && is_head(last_word(before.trim_end()), heads.before)
}

fn is_head(word: &str, heads: &[&str]) -> bool {
    heads.iter().any(|head| {
        word.strip_prefix(head)
            .is_some_and(|tail| suffix::is_name_suffix(head, tail))
    })
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

    const HEADS: Heads = crate::core::people::HEADS;

    #[test]
    fn heads_mark_names_inside_names() {
        let text = "«Гейдар Әлиев» орденімен";
        assert!(in_name(
            text,
            "«".len(),
            "«Гейдар Әлиев".len(),
            false,
            &HEADS
        ));
        let text = "Гейдар Әлиев орденімен";
        assert!(!in_name(text, 0, "Гейдар Әлиев".len(), false, &HEADS));
        let text = "Гейдар Әлиев Қорында";
        assert!(in_name(text, 0, "Гейдар Әлиев".len(), false, &HEADS));
        let text = "Фонд Гейдара Алиева";
        assert!(in_name(text, "Фонд ".len(), text.len(), true, &HEADS));
        let text = "бай табиғи қорлары";
        assert!(!in_name(text, 0, "бай".len(), false, &HEADS));
        assert!(!in_name(text, 0, "бай".len(), false, &Heads::NONE));
    }

    #[test]
    fn short_quotations_are_titles() {
        let text = "«Қазақстан» газеті";
        assert!(quoted_title(text, "«".len(), "«Қазақстан".len()));
        let text = "Ол «Қазақстанға» көмек";
        assert!(quoted_title(text, "Ол «".len(), "Ол «Қазақстанға".len()));
        let text = "«Яш Түркістан» журналы";
        assert!(quoted_title(text, "«Яш ".len(), "«Яш Түркістан".len()));
        // Quoted speech that happens to end with a name.
        let text = "«Біз, екі кісі, Баку қаласында болдық, Баку»";
        let at = text.rfind("Баку").unwrap_or(0);
        assert!(!quoted_title(text, at, at + "Баку".len()));
        let text = "Баку қаласы";
        assert!(!quoted_title(text, 0, "Баку".len()));
    }
}
