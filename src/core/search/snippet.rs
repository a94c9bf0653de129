//! A short excerpt around the matched words, for the result list.

const ELLIPSIS: char = '…';
/// How far an edge may move to land between words instead of inside one.
const WORD_SNAP: usize = 15;

/// Cuts `text` to about `max_chars` chars around the matches. Returns segments
/// in order, `true` for highlighted ones; `…` marks a cut end. Ranges that are
/// out of bounds, off char boundaries or overlapping are ignored.
pub fn snippet(text: &str, ranges: &[(usize, usize)], max_chars: usize) -> Vec<(String, bool)> {
    if max_chars == 0 || text.is_empty() {
        return Vec::new();
    }
    // Byte offset of every char, plus the end.
    let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let total = offsets.len();
    offsets.push(text.len());
    let char_at = |byte: usize| offsets.binary_search(&byte).ok();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut sorted: Vec<(usize, usize)> = ranges.to_vec();
    sorted.sort_unstable();
    for (s, e) in sorted {
        let (Some(cs), Some(ce)) = (char_at(s), char_at(e)) else {
            continue;
        };
        if cs < ce && spans.last().is_none_or(|&(_, pe)| cs >= pe) {
            spans.push((cs, ce));
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = window(&chars, &spans, max_chars);

    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |s: String, hl: bool| {
        if s.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((prev, phl)) if *phl == hl => prev.push_str(&s),
            _ => out.push((s, hl)),
        }
    };
    if start > 0 {
        push(ELLIPSIS.to_string(), false);
    }
    let mut at = start;
    for &(s, e) in &spans {
        let (s, e) = (s.max(start), e.min(end));
        if s >= e {
            continue;
        }
        push(chars[at..s].iter().collect(), false);
        push(chars[s..e].iter().collect(), true);
        at = e;
    }
    push(chars[at..end].iter().collect(), false);
    // A cut right after a full stop needs no ellipsis (`тұрды.…` reads badly).
    let ends_sentence = end > 0 && matches!(chars[end - 1], '.' | '!' | '?' | '…');
    if end < total && !ends_sentence {
        push(ELLIPSIS.to_string(), false);
    }
    out
}

/// The char window to show: the one holding the most matches, starting a
/// little before the first of them, with edges moved to word gaps.
fn window(chars: &[char], spans: &[(usize, usize)], max: usize) -> (usize, usize) {
    let total = chars.len();
    if total <= max {
        return (0, total);
    }
    let lead = max / 4;
    let mut best = (0usize, 0usize);
    for &(s, _) in spans.iter().take(64) {
        let start = s.saturating_sub(lead).min(total - max);
        let covered = spans
            .iter()
            .filter(|&&(a, b)| a >= start && b <= start + max)
            .count();
        if covered > best.1 {
            best = (start, covered);
        }
    }
    let mut start = best.0;
    let mut end = start + max;
    if start > 0 {
        // Begin after a space, unless that would drop the first match.
        let first = spans
            .iter()
            .map(|s| s.0)
            .find(|&s| s >= start)
            .unwrap_or(end);
        if let Some(k) = (start..(start + WORD_SNAP).min(first)).find(|&k| chars[k].is_whitespace())
        {
            start = k + 1;
        }
    }
    if end < total {
        let last = spans
            .iter()
            .map(|s| s.1)
            .filter(|&e| e <= end)
            .max()
            .unwrap_or(start);
        if let Some(k) = (last.max(end.saturating_sub(WORD_SNAP))..end)
            .rev()
            .find(|&k| chars[k].is_whitespace())
        {
            end = k;
        }
    }
    (start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(segs: &[(String, bool)]) -> String {
        segs.iter()
            .map(|(s, hl)| if *hl { format!("[{s}]") } else { s.clone() })
            .collect()
    }

    #[test]
    fn short_text_is_whole() {
        let t = "Гейдар Әлиев билікке";
        let s = snippet(t, &[(13, 23)], 100);
        assert_eq!(joined(&s), "Гейдар [Әлиев] билікке");
    }

    #[test]
    fn long_text_is_cut_around_the_match() {
        let t = format!("{} Тагиев {}", "бір ".repeat(50), "екі ".repeat(50));
        let start = t.find("Тагиев").unwrap_or(0);
        let s = snippet(&t, &[(start, start + "Тагиев".len())], 40);
        let j = joined(&s);
        assert!(j.starts_with('…') && j.ends_with('…'), "{j}");
        assert!(j.contains("[Тагиев]"));
        assert!(j.chars().count() <= 42);
    }

    #[test]
    fn bad_ranges_are_ignored() {
        let t = "Әзербайжан";
        let s = snippet(t, &[(1, 3), (0, 999), (4, 2), (0, 4), (2, 6)], 50);
        assert_eq!(joined(&s), "[Әз]ербайжан");
        assert!(snippet("", &[(0, 1)], 10).is_empty());
        assert!(snippet("abc", &[], 0).is_empty());
    }
}
