//! One sort routine for the whole crate. The standard library's sorts are
//! generic, and every call site got its own copy in the Wasm (about 50 KB in
//! all); here the merging is written once over indices, and only a few lines
//! of glue are generic. Stable, O(n log n); the lists sorted here are small.

use std::cmp::Ordering;

/// `0..n` in the order `cmp` gives (a stable bottom-up merge sort).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = idx.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b, mut k) = (start, mid, start);
            while a < mid && b < end {
                // Take from the right run only when strictly less: stability.
                if cmp(idx[b], idx[a]) == Ordering::Less {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            let rest_a = mid - a;
            buf[k..k + rest_a].copy_from_slice(&idx[a..mid]);
            buf[k + rest_a..end].copy_from_slice(&idx[b..end]);
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    idx
}

/// Put `v` in the order of `order` (a permutation of its indices).
fn permute<T>(v: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sort stably by a comparison.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sort stably in natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sort stably by a key, computing it once per element.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_indices(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut seed = 7u64;
        for len in 0..70 {
            let mut v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            // Stable by the first field only: the second records the input order.
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, expected, "len {len}");
        }
        let mut words = vec!["б", "а", "в", "а"];
        sort(&mut words);
        assert_eq!(words, ["а", "а", "б", "в"]);
        let mut desc = vec![1, 3, 2];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, [3, 2, 1]);
    }
}
