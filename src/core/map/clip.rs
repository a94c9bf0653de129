//! Clipping rings to the frame and writing them as a compact SVG path.

/// A ring clipped to the rectangle `0..w × 0..h` (Sutherland–Hodgman: a
/// concave ring may come back with edges along the border, which have no
/// area and fill correctly).
pub fn clip_ring(ring: &[(f64, f64)], w: f64, h: f64) -> Vec<(f64, f64)> {
    clip_to(ring, (0.0, 0.0), (w, h))
}

/// A ring clipped to the rectangle from `min` to `max`.
pub fn clip_to(ring: &[(f64, f64)], min: (f64, f64), max: (f64, f64)) -> Vec<(f64, f64)> {
    type Inside = fn(&(f64, f64), f64) -> bool;
    // (inside test, the border's coordinate, whether it is an x border)
    let edges: [(Inside, f64, bool); 4] = [
        (|p, v| p.0 >= v, min.0, true),
        (|p, v| p.0 <= v, max.0, true),
        (|p, v| p.1 >= v, min.1, false),
        (|p, v| p.1 <= v, max.1, false),
    ];
    let mut out: Vec<(f64, f64)> = ring.to_vec();
    for (inside, v, is_x) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else { break };
        let mut prev = last;
        for &cur in &input {
            let (pi, ci) = (inside(&prev, v), inside(&cur, v));
            if ci {
                if !pi {
                    out.push(cross(prev, cur, v, is_x));
                }
                out.push(cur);
            } else if pi {
                out.push(cross(prev, cur, v, is_x));
            }
            prev = cur;
        }
    }
    out
}

fn cross(a: (f64, f64), b: (f64, f64), v: f64, is_x: bool) -> (f64, f64) {
    if is_x {
        let t = (v - a.0) / (b.0 - a.0);
        (v, a.1 + t * (b.1 - a.1))
    } else {
        let t = (v - a.1) / (b.1 - a.1);
        (a.0 + t * (b.0 - a.0), v)
    }
}

/// Twice the signed area of a ring (shoelace).
pub fn area2(ring: &[(f64, f64)]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

/// Whether `p` is inside an odd number of `rings` (the even-odd rule the
/// path is drawn with).
pub fn inside_even_odd(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                inside = !inside;
            }
        }
    }
    inside
}

/// Rounds a ring to a grid of `1/precision` units and drops points that
/// round onto the previous one or lie on a straight line with their
/// neighbours, so the file stays small.
pub fn simplify(ring: &[(f64, f64)], precision: f64) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = (
            (x * precision).round() as i64,
            (y * precision).round() as i64,
        );
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let crossp = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
            if crossp == 0 {
                out.pop();
            }
        }
        out.push(p);
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// An SVG path: one `M` per ring, then relative moves (`l` is implied after
/// the first pair of `m`), closed with `z`. Coordinates are in grid units of
/// `1/precision`; the caller scales the path back (`precision` 1 → none).
pub fn path_data(rings: &[Vec<(i64, i64)>]) -> String {
    let mut d = String::new();
    let mut pen = (0i64, 0i64);
    for ring in rings.iter().filter(|r| r.len() >= 3) {
        let first = ring[0];
        d.push('m');
        push_pair(&mut d, first.0 - pen.0, first.1 - pen.1);
        let mut last = first;
        for &p in &ring[1..] {
            push_pair(&mut d, p.0 - last.0, p.1 - last.1);
            last = p;
        }
        d.push('z');
        // After `z` the pen is back at the ring's first point.
        pen = first;
    }
    d
}

fn push_pair(d: &mut String, dx: i64, dy: i64) {
    // A minus sign separates numbers by itself.
    if dx >= 0 && !d.ends_with(['m', 'z']) {
        d.push(' ');
    }
    d.push_str(&dx.to_string());
    if dy >= 0 {
        d.push(',');
    }
    d.push_str(&dy.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_half_outside_is_cut_at_the_border() {
        let ring = vec![(-5.0, 2.0), (5.0, 2.0), (5.0, 8.0), (-5.0, 8.0)];
        let clipped = clip_ring(&ring, 10.0, 10.0);
        assert!((area2(&clipped).abs() / 2.0 - 30.0).abs() < 1e-9);
        assert!(clipped.iter().all(|p| p.0 >= 0.0));
        assert!(clip_ring(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], 10.0, 10.0).is_empty());
    }

    #[test]
    fn a_hole_is_outside_under_even_odd() {
        let outer = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let hole = vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)];
        let rings = vec![outer, hole];
        assert!(inside_even_odd(&rings, (2.0, 2.0)));
        assert!(!inside_even_odd(&rings, (5.0, 5.0)));
        assert!(!inside_even_odd(&rings, (12.0, 5.0)));
    }

    #[test]
    fn paths_are_relative_and_drop_straight_points() {
        let ring = vec![(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        let s = simplify(&ring, 1.0);
        assert_eq!(s, vec![(0, 0), (2, 0), (2, 2), (0, 2)]);
        let d = path_data(&[s, vec![(5, 5), (6, 5), (6, 6)]]);
        assert_eq!(d, "m0,0 2,0 0,2-2,0zm5,5 1,0 0,1z");
    }
}
