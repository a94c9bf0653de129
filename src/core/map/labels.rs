//! Label placement at build time: each label, in priority order, takes the
//! first free spot around its point (nearest first, then farther out with a
//! leader line), never covering another label, a marker or the frame's edge.
//! Labels are sized in map units, so what is free at one zoom is free at all.

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
const GAPS: [f64; 8] = [1.5, 10.0, 18.0, 28.0, 40.0, 55.0, 75.0, 100.0];

/// Places `requests` in order; `obstacles` are the markers (every label must
/// keep off them, its own included). `None` where no spot was free.
pub fn place_labels(
    requests: &[LabelRequest],
    obstacles: &[Rect],
    width: f64,
    height: f64,
) -> Vec<Option<Placement>> {
    let mut taken: Vec<Rect> = Vec::new();
    let mut out = Vec::with_capacity(requests.len());
    for req in requests {
        let found = candidates(req).find(|p| {
            let r = &p.rect;
            r.x0 >= 0.0
                && r.y0 >= 0.0
                && r.x1 <= width
                && r.y1 <= height
                && !taken.iter().any(|t| t.overlaps(r))
                && !obstacles.iter().any(|o| o.overlaps(r))
        });
        if let Some(p) = &found {
            taken.push(p.rect);
        }
        out.push(found);
    }
    out
}

fn candidates(req: &LabelRequest) -> impl Iterator<Item = Placement> + '_ {
    GAPS.iter().enumerate().flat_map(move |(ring, &gap)| {
        req.anchors.iter().flat_map(move |&(cx, cy)| {
            DIRECTIONS.iter().map(move |&(dx, dy)| {
                let d = req.r + gap;
                // The box's side or corner nearest the point sits `d` away.
                let (w, h) = (req.width, req.height);
                let x0 = if dx > 0.0 {
                    cx + d * dx
                } else if dx < 0.0 {
                    cx + d * dx - w
                } else {
                    cx - w / 2.0
                };
                let y0 = if dy > 0.0 {
                    cy + d * dy
                } else if dy < 0.0 {
                    cy + d * dy - h
                } else {
                    cy - h / 2.0
                };
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
                Placement { rect, leader }
            })
        })
    })
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
        let placed = place_labels(&requests, &obstacles, 300.0, 300.0);
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
        let placed = place_labels(&[req], &[], 300.0, 300.0);
        let r = placed[0].as_ref().expect("placed").rect;
        assert!(r.x1 <= 300.0 && r.y0 >= 0.0 && r.x1 <= 293.0);
    }
}
