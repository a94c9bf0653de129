//! Wraps stretches of a text in XML elements that nest: names and dates in a
//! paragraph, some inside others (`Гейдар Әлиев` inside `Гейдар Әлиев Қоры`).

use super::escape_xml;

/// An element to put around `start..end` (byte offsets into the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// The opening tag, written as given (attribute values already escaped).
    pub open: String,
    pub close: String,
}

/// The text, escaped, with `spans` around their stretches. Spans are taken in
/// the order given, which is their priority: one that would cross an earlier
/// one (start inside it and end outside) is left out, as are empty spans and
/// spans off the text or off char boundaries. Returns the markup and how many
/// spans were left out.
pub fn wrap(text: &str, spans: &[Span]) -> (String, usize) {
    let fits = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let crosses = |a: &Span, b: &Span| {
        (a.start < b.start && b.start < a.end && a.end < b.end)
            || (b.start < a.start && a.start < b.end && b.end < a.end)
    };
    let mut kept: Vec<&Span> = Vec::new();
    for span in spans {
        if fits(span) && !kept.iter().any(|k| crosses(k, span)) {
            kept.push(span);
        }
    }
    let dropped = spans.len() - kept.len();
    // Outer first: by start, the longer of two at the same start first; equal
    // stretches keep their priority order.
    let mut ordered: Vec<(usize, &Span)> = kept.into_iter().enumerate().collect();
    ordered.sort_by_key(|(i, s)| (s.start, usize::MAX - s.end, *i));

    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<&Span> = Vec::new();
    let mut at = 0;
    for (_, span) in ordered {
        while let Some(top) = stack.last() {
            if top.end <= span.start {
                out.push_str(&escape_xml(&text[at..top.end]));
                out.push_str(&top.close);
                at = top.end;
                stack.pop();
            } else {
                break;
            }
        }
        out.push_str(&escape_xml(&text[at..span.start]));
        out.push_str(&span.open);
        at = span.start;
        stack.push(span);
    }
    while let Some(top) = stack.pop() {
        out.push_str(&escape_xml(&text[at..top.end]));
        out.push_str(&top.close);
        at = top.end;
    }
    out.push_str(&escape_xml(&text[at..]));
    (out, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, tag: &str) -> Span {
        Span {
            start,
            end,
            open: format!("<{tag}>"),
            close: format!("</{tag}>"),
        }
    }

    #[test]
    fn nests_and_escapes() {
        let (out, dropped) = wrap("a <b> c d", &[span(0, 9, "x"), span(2, 5, "y")]);
        assert_eq!(out, "<x>a <y>&lt;b&gt;</y> c d</x>");
        assert_eq!(dropped, 0);
    }

    #[test]
    fn leaves_out_crossing_spans() {
        let (out, dropped) = wrap(
            "abcdef",
            &[span(0, 3, "x"), span(2, 5, "y"), span(4, 6, "z")],
        );
        assert_eq!(out, "<x>abc</x>d<z>ef</z>");
        assert_eq!(dropped, 1);
    }

    #[test]
    fn same_stretch_keeps_priority_order() {
        let (out, _) = wrap("ab", &[span(0, 2, "x"), span(0, 2, "y")]);
        assert_eq!(out, "<x><y>ab</y></x>");
    }
}
