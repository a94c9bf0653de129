//! TopoJSON, the format of the `world-atlas` outlines: shared arcs, delta
//! encoded on a quantised grid, and geometries that list arcs by index
//! (`~i`, that is `-i - 1`, for arc `i` reversed).

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Topology {
    pub arcs: Vec<Vec<[i64; 2]>>,
    pub transform: Option<Transform>,
    pub objects: std::collections::BTreeMap<String, Geometry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

/// The geometry kinds the land files use; points and lines are ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type")]
pub enum Geometry {
    GeometryCollection {
        geometries: Vec<Geometry>,
    },
    Polygon {
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
    },
    #[serde(other)]
    Other,
}

/// A closed ring of `(lon, lat)` points (first point repeated last).
pub type Ring = Vec<(f64, f64)>;

impl Topology {
    /// Every arc in degrees: the deltas summed, then scaled and translated.
    pub fn decoded_arcs(&self) -> Vec<Vec<(f64, f64)>> {
        self.arcs
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0i64, 0i64);
                arc.iter()
                    .map(|&[dx, dy]| match &self.transform {
                        Some(t) => {
                            x += dx;
                            y += dy;
                            (
                                x as f64 * t.scale[0] + t.translate[0],
                                y as f64 * t.scale[1] + t.translate[1],
                            )
                        }
                        // Without a transform the positions are absolute.
                        None => (dx as f64, dy as f64),
                    })
                    .collect()
            })
            .collect()
    }

    /// The rings of every polygon in object `name` (outer rings and holes
    /// alike: drawn with the even-odd rule, a hole needs no flag).
    pub fn rings(&self, name: &str) -> Vec<Ring> {
        let arcs = self.decoded_arcs();
        let mut out = Vec::new();
        if let Some(g) = self.objects.get(name) {
            collect(g, &arcs, &mut out);
        }
        out
    }
}

fn collect(g: &Geometry, arcs: &[Vec<(f64, f64)>], out: &mut Vec<Ring>) {
    match g {
        Geometry::GeometryCollection { geometries } => {
            for g in geometries {
                collect(g, arcs, out);
            }
        }
        Geometry::Polygon { arcs: rings } => {
            out.extend(rings.iter().map(|r| ring(r, arcs)));
        }
        Geometry::MultiPolygon { arcs: polys } => {
            for rings in polys {
                out.extend(rings.iter().map(|r| ring(r, arcs)));
            }
        }
        Geometry::Other => {}
    }
}

/// Joins a ring's arcs; each arc after the first starts where the last ended,
/// so its first point is dropped.
fn ring(indexes: &[i64], arcs: &[Vec<(f64, f64)>]) -> Ring {
    let mut points: Ring = Vec::new();
    for &i in indexes {
        let (index, reversed) = if i < 0 {
            ((-i - 1) as usize, true)
        } else {
            (i as usize, false)
        };
        let Some(arc) = arcs.get(index) else { continue };
        let mut arc = arc.clone();
        if reversed {
            arc.reverse();
        }
        let skip = usize::from(!points.is_empty());
        points.extend(arc.into_iter().skip(skip));
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_deltas_transform_and_reversed_arcs() {
        let topo = Topology {
            arcs: vec![vec![[0, 0], [2, 0], [0, 2]], vec![[0, 0], [0, 2], [2, 0]]],
            transform: Some(Transform {
                scale: [0.5, 1.0],
                translate: [10.0, 20.0],
            }),
            objects: [(
                "land".to_string(),
                Geometry::Polygon {
                    arcs: vec![vec![0, !1]],
                },
            )]
            .into(),
        };
        let arcs = topo.decoded_arcs();
        assert_eq!(arcs[0], vec![(10.0, 20.0), (11.0, 20.0), (11.0, 22.0)]);
        let rings = topo.rings("land");
        assert_eq!(rings.len(), 1);
        // Arc 1 reversed runs from where arc 0 ended back to the start; its
        // first point is not repeated.
        assert_eq!(
            rings[0],
            vec![
                (10.0, 20.0),
                (11.0, 20.0),
                (11.0, 22.0),
                (10.0, 22.0),
                (10.0, 20.0)
            ]
        );
        assert!(topo.rings("countries").is_empty());
    }
}
