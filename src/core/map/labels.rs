//! Label placement at build time: each label, in priority order, takes the
//! first free spot around its point (nearest first, then farther out with a
//! leader line), never covering another label, a marker or the frame's edge.
//! Labels are sized in map units, so what is free at one zoom is free at all.
//! The views the map opens on (the whole, and closer on a phone) cut no label
//! in two: a label whose point is in a view lies wholly inside it, any other
//! wholly outside.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Does it hold the point?
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        self.x0 <= x && x <= self.x1 && self.y0 <= y && y <= self.y1
    }

    /// Does it hold the whole of `o`?
    pub fn holds(&self, o: &Rect) -> bool {
        self.x0 <= o.x0 && o.x1 <= self.x1 && self.y0 <= o.y0 && o.y1 <= self.y1
    }

    /// Smaller by `d` on every side.
    pub fn inset(&self, d: f64) -> Rect {
        Rect {
            x0: self.x0 + d,
            y0: self.y0 + d,
            x1: self.x1 - d,
            y1: self.y1 - d,
        }
    }

    /// The square around a circle.
    pub fn around(c: (f64, f64), r: f64) -> Rect {
        Rect {
            x0: c.0 - r,
            y0: c.1 - r,
            x1: c.0 + r,
            y1: c.1 + r,
        }
    }
}

/// What to label: points it may hang from (a marker has one, a route
/// several along its line), the marker's radius, the label's size.
#[derive(Debug, Clone)]
pub struct LabelRequest {
    pub anchors: Vec<(f64, f64)>,
    pub r: f64,
    pub width: f64,
    pub height: f64,
}

/// Where a label went: its box and, when it stands off, a leader line from
/// the point to the box.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub rect: Rect,
    pub leader: Option<[f64; 4]>,
}

/// Directions tried, nearest reading position first: right, left, the
/// diagonals, above, below.
const DIRECTIONS: [(f64, f64); 8] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.7, -0.7),
    (0.7, 0.7),
    (-0.7, -0.7),
    (-0.7, 0.7),
    (0.0, -1.0),
    (0.0, 1.0),
];

/// Gaps between the marker and its label; past the first a leader is drawn.
const GAPS: [f64; 10] = [1.5, 10.0, 18.0, 28.0, 40.0, 55.0, 75.0, 100.0, 130.0, 160.0];

/// Space kept between a label and the edge of a view it lies in.
pub const VIEW_MARGIN: f64 = 3.0;

/// Does a label at `rect`, hung from `anchor`, keep whole in every view:
/// inside one that shows its point (with a margin), clear of one that does
/// not?
pub fn whole_in_views(anchor: (f64, f64), rect: &Rect, views: &[Rect]) -> bool {
    views.iter().all(|v| {
        if v.contains(anchor) {
            v.inset(VIEW_MARGIN).holds(rect)
        } else {
            !v.overlaps(rect)
        }
    })
}

/// Places `requests` in order; `obstacles` are the markers (every label must
/// keep off them, its own included); `views` the parts of the map it opens
/// on, which cut no label (see [`whole_in_views`]). `None` where no spot was
/// free.
pub fn place_labels(
    requests: &[LabelRequest],
    obstacles: &[Rect],
    width: f64,
    height: f64,
    views: &[Rect],
) -> Vec<Option<Placement>> {
    let mut taken: Vec<Rect> = Vec::new();
    let mut leaders: Vec<[f64; 4]> = Vec::new();
    let mut out = Vec::with_capacity(requests.len());
    for req in requests {
        let fits = |(anchor, p): &((f64, f64), Placement)| {
            let r = &p.rect;
            r.x0 >= 0.0
                && r.y0 >= 0.0
                && r.x1 <= width
                && r.y1 <= height
                && whole_in_views(*anchor, r, views)
                && !taken.iter().any(|t| t.overlaps(r))
                && !obstacles.iter().any(|o| o.overlaps(r))
        };
        // Leader lines cross no label, nor a label a leader, where that can be.
        let clear = |(_, p): &((f64, f64), Placement)| {
            !leaders.iter().any(|l| crosses(l, &p.rect))
                && p.leader
                    .is_none_or(|l| !taken.iter().any(|t| crosses(&l, t)))
        };
        let found = candidates(req)
            .find(|c| fits(c) && clear(c))
            .or_else(|| candidates(req).find(fits))
            .map(|(_, p)| p);
        if let Some(p) = &found {
            taken.push(p.rect);
            leaders.extend(p.leader);
        }
        out.push(found);
    }
    out
}

/// Does the segment `[x1, y1, x2, y2]` pass through `r` (Liang–Barsky)?
fn crosses(&[x1, y1, x2, y2]: &[f64; 4], r: &Rect) -> bool {
    let (dx, dy) = (x2 - x1, y2 - y1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, x1 - r.x0),
        (dx, r.x1 - x1),
        (-dy, y1 - r.y0),
        (dy, r.y1 - y1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1
}

/// Every spot to try, with the point it hangs from.
fn candidates(req: &LabelRequest) -> impl Iterator<Item = ((f64, f64), Placement)> + '_ {
    GAPS.iter().enumerate().flat_map(move |(ring, &gap)| {
        req.anchors.iter().flat_map(move |&(cx, cy)| {
            DIRECTIONS.iter().map(move |&(dx, dy)| {
                let d = req.r + gap;
                // The box's side or corner nearest the point sits `d` away.
                let (w, h) = (req.width, req.height);
                let (x0, y0) = (start(cx, d, dx, w), start(cy, d, dy, h));
                let rect = Rect {
                    x0,
                    y0,
                    x1: x0 + w,
                    y1: y0 + h,
                };
                let leader = (ring > 0).then(|| {
                    let near = (cx.clamp(rect.x0, rect.x1), cy.clamp(rect.y0, rect.y1));
                    let from = (cx + req.r * dx, cy + req.r * dy);
                    [from.0, from.1, near.0, near.1]
                });
                ((cx, cy), Placement { rect, leader })
            })
        })
    })
}

/// Where a box of `size` starts along one axis when it sits `d` from the
/// point `c` in direction `dir` (-1, 0 or 1): beyond the point on that side,
/// or centred on it.
fn start(c: f64, d: f64, dir: f64, size: f64) -> f64 {
    if dir > 0.0 {
        c + d * dir
    } else if dir < 0.0 {
        c + d * dir - size
    } else {
        c - size / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_points_get_separate_labels() {
        // Five markers almost on top of one another, as the Caspian ports are.
        let points = [
            (100.0, 100.0),
            (101.0, 100.5),
            (103.0, 99.0),
            (99.0, 102.0),
            (100.5, 98.0),
        ];
        let requests: Vec<LabelRequest> = points
            .iter()
            .map(|&p| LabelRequest {
                anchors: vec![p],
                r: 3.0,
                width: 40.0,
                height: 12.0,
            })
            .collect();
        let obstacles: Vec<Rect> = points.iter().map(|&p| Rect::around(p, 3.0)).collect();
        let placed = place_labels(&requests, &obstacles, 300.0, 300.0, &[]);
        let rects: Vec<Rect> = placed
            .iter()
            .map(|p| p.as_ref().expect("placed").rect)
            .collect();
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} {b:?}");
            }
            assert!(obstacles.iter().all(|o| !o.overlaps(a)));
        }
        // The first goes right beside its point, without a leader.
        assert!(placed[0].as_ref().is_some_and(|p| p.leader.is_none()));
    }

    #[test]
    fn labels_stay_inside_the_frame() {
        let req = LabelRequest {
            anchors: vec![(295.0, 5.0)],
            r: 2.0,
            width: 50.0,
            height: 12.0,
        };
        let placed = place_labels(&[req], &[], 300.0, 300.0, &[]);
        let r = placed[0].as_ref().expect("placed").rect;
        assert!(r.x1 <= 300.0 && r.y0 >= 0.0 && r.x1 <= 293.0);
    }

    #[test]
    fn a_view_cuts_no_label() {
        // A closer view whose right edge runs just past a point: the label
        // that would go right of it, the first choice, would be cut there.
        let view = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 110.0,
            y1: 200.0,
        };
        let label = |x: f64| LabelRequest {
            anchors: vec![(x, 100.0)],
            r: 2.0,
            width: 50.0,
            height: 12.0,
        };
        let placed = place_labels(&[label(100.0), label(140.0)], &[], 300.0, 300.0, &[view]);
        let inside = placed[0].as_ref().expect("placed").rect;
        assert!(view.inset(VIEW_MARGIN).holds(&inside), "{inside:?}");
        // A point outside the view keeps its label wholly outside.
        let outside = placed[1].as_ref().expect("placed").rect;
        assert!(!view.overlaps(&outside), "{outside:?}");
        // Without the view, the first goes right of its point, across the edge.
        let free = place_labels(&[label(100.0)], &[], 300.0, 300.0, &[]);
        let r = free[0].as_ref().expect("placed").rect;
        assert!(r.x0 > 100.0 && r.x1 > view.x1);
    }
}
