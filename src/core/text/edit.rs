//! Bounded edit distance for typo matching and suggestions.

/// Optimal-string-alignment distance (insert, delete, substitute, swap of two
/// neighbours) between `a` and `b` if it is at most `max`, else `None`.
///
/// Gives up as soon as a whole row exceeds `max`, so comparing a query word
/// with every word of the article stays cheap.
pub fn within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rolling rows (the swap needs the row before the previous one),
    // on the stack for words of ordinary length.
    let width = b.len() + 1;
    let mut stack = [0usize; 3 * 64];
    let mut heap;
    let rows: &mut [usize] = if 3 * width <= stack.len() {
        &mut stack[..3 * width]
    } else {
        heap = vec![0usize; 3 * width];
        &mut heap
    };
    let (mut before, rest) = rows.split_at_mut(width);
    let (mut prev, mut cur) = rest.split_at_mut(width);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[width - 1];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        within(&a, &b, max)
    }

    #[test]
    fn counts_each_kind_of_typo_as_one() {
        assert_eq!(d("назарбаеев", "назарбаев", 1), Some(1));
        assert_eq!(d("назрбаев", "назарбаев", 1), Some(1));
        assert_eq!(d("назарбаев", "назарбаев", 1), Some(0));
        assert_eq!(d("назарбеав", "назарбаев", 1), Some(1));
        assert_eq!(d("назорбаев", "назарбаев", 1), Some(1));
    }

    #[test]
    fn gives_up_beyond_the_bound() {
        assert_eq!(d("газет", "мемлекет", 1), None);
        assert_eq!(d("abcd", "badc", 1), None);
        assert_eq!(d("", "ab", 1), None);
        assert_eq!(d("", "a", 1), Some(1));
    }
}
