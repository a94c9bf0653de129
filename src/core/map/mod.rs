//! The map of the article's places, made at build time (`src/bin/site/map.rs`):
//! land from Natural Earth (TopoJSON, see [`topo`]) projected with an
//! equal-area conic ([`project`]), clipped to the region and written as one
//! path ([`clip`]); markers sized by mentions with labels placed so none
//! collide ([`labels`]); routes drawn through their way-points. The browser
//! only draws what [`MapData`] says.
//!
//! Long (over 500 lines): the map's data types and the one pass that builds
//! them; the projection, clipping, TopoJSON and labels are in their own files.

pub mod clip;
pub mod labels;
pub mod project;
pub mod topo;
pub mod viewbox;

use serde::{Deserialize, Serialize};

use super::dates::Event;
use super::names::index::Mention;
use super::places::{Place, PlaceKind};
use super::prefs::Lang;
use super::translation::TrLang;
use labels::{place_labels, LabelRequest, Rect};
use project::Frame;
use viewbox::ViewBox;

/// Width of the map in SVG units; the height follows from the frame.
pub const WIDTH: f64 = 1000.0;
/// Label text size in SVG units (13 px when the map is 730 px wide, beside the contents).
pub const FONT: f64 = 18.0;
/// The part of the globe (lon, lat) that may reach the frame.
const GLOBE_MIN: (f64, f64) = (-40.0, 10.0);
const GLOBE_MAX: (f64, f64) = (140.0, 85.0);
/// Distance between routes drawn side by side, in SVG units.
pub const ROUTE_GAP: f64 = 2.2;
/// Below this width (CSS px) the map opens closer, on the Caspian, with a
/// squarer view, so labels stay readable on a phone.
pub const NARROW_SCREEN: f64 = 600.0;
const NARROW_ZOOM: f64 = 2.6;
const NARROW_ASPECT: f64 = 1.0;
/// The place a narrow screen's view is centred on.
const NARROW_CENTRE: &str = "caspian-sea";

/// A way-point of a route: a place of `places.json` by slug, or a point
/// the route passes that the article does not name (`[lat, lon]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WayPoint {
    Place(String),
    Point([f64; 2]),
}

/// `data/routes.json`: route slug → its lines (a route may branch), each a
/// list of way-points.
pub type Routes = std::collections::BTreeMap<String, Vec<Vec<WayPoint>>>;

/// What the browser draws: the land as one path (even-odd), markers and
/// routes with their labels, the places that have no point, and which places
/// each decade of the timeline names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    pub width: f64,
    pub height: f64,
    pub land: String,
    pub markers: Vec<MapMarker>,
    pub routes: Vec<MapRoute>,
    /// Slugs of the places with neither a point nor a drawn line.
    pub unmapped: Vec<String>,
    pub decades: Vec<Decade>,
}

impl MapData {
    /// The view a narrow screen opens on (see [`NARROW_SCREEN`]); the labels
    /// were placed so that it cuts none.
    pub fn narrow_view(&self) -> ViewBox {
        let centre = self
            .markers
            .iter()
            .find(|m| m.slug == NARROW_CENTRE)
            .map_or((self.width / 2.0, self.height / 2.0), |m| (m.x, m.y));
        narrow_view((self.width, self.height), centre)
    }

    /// The views the map opens on: the whole, and the narrow screen's.
    pub fn views(&self) -> [ViewBox; 2] {
        [ViewBox::whole(self.width, self.height), self.narrow_view()]
    }
}

/// Closer and squarer than the whole map, centred on `centre`.
fn narrow_view(size: (f64, f64), centre: (f64, f64)) -> ViewBox {
    ViewBox::around(size, NARROW_ASPECT, NARROW_ZOOM, centre)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapMarker {
    pub slug: String,
    pub kind: PlaceKind,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub count: usize,
    /// The point lies outside the frame and is shown at its edge.
    pub edge: bool,
    /// The name and label in each interface language ([`Lang::ALL`] order).
    pub text: [MapText; 3],
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapRoute {
    pub slug: String,
    /// SVG path data, absolute, one `M` per line.
    pub d: String,
    pub count: usize,
    /// The first paragraph that names the route.
    pub block: Option<String>,
    /// The name and label in each interface language ([`Lang::ALL`] order).
    pub text: [MapText; 3],
}

/// A place's name in one language, its label's words and where the label
/// goes: each language's labels are placed on their own, since their
/// widths differ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapText {
    /// The full name, in the data's form for the language.
    pub name: String,
    /// The label: the shortest form (`Алят` for the port whose name is a
    /// line long, `TANAP`).
    pub short: String,
    pub label: MapLabel,
}

impl MapMarker {
    pub fn text(&self, lang: Lang) -> &MapText {
        &self.text[lang as usize]
    }
}

impl MapRoute {
    pub fn text(&self, lang: Lang) -> &MapText {
        &self.text[lang as usize]
    }
}

/// A label's text baseline start (`x`, `y`), its box, and a leader line
/// when it stands off its point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapLabel {
    pub x: f64,
    pub y: f64,
    pub rect: Rect,
    pub leader: Option<[f64; 4]>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decade {
    pub decade: u16,
    pub places: Vec<String>,
}

/// Marker radius for a mention count: area grows with the count.
pub fn radius(count: usize) -> f64 {
    (2.5 + 1.1 * (count as f64).sqrt()).min(12.0)
}

/// Estimated width of a label in SVG units, on the wide side (measured
/// against DejaVu Sans, the broadest of the usual system sans fonts):
/// capitals wider than small letters, spaces and hyphens narrow; bold
/// (route labels) a little wider still.
pub fn text_width(text: &str, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.33,
            '-' | '.' | ',' => 0.4,
            c if c.is_uppercase() => 0.8,
            _ => 0.64,
        })
        .sum();
    ems * FONT * if bold { 1.1 } else { 1.0 } + 2.0
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn round_rect(r: Rect) -> Rect {
    Rect {
        x0: round1(r.x0),
        y0: round1(r.y0),
        x1: round1(r.x1),
        y1: round1(r.y1),
    }
}

/// Land rings (lon/lat) → one path clipped to the frame, islands smaller
/// than `min_area` square units left out.
pub fn land_path(
    rings: &[topo::Ring],
    frame: &Frame,
    min_area: f64,
) -> (String, Vec<Vec<(f64, f64)>>) {
    let mut kept = Vec::new();
    for ring in rings {
        // Cut to the region's part of the globe first: far-off land
        // (Antarctica, Chukotka across the antimeridian) would otherwise
        // project around the frame and turn it inside out.
        let ring = clip::clip_to(ring, GLOBE_MIN, GLOBE_MAX);
        let projected: Vec<(f64, f64)> = ring
            .iter()
            .map(|&(lon, lat)| frame.to_svg(lon, lat))
            .collect();
        let clipped = clip::clip_ring(&projected, frame.width, frame.height);
        if clipped.len() >= 3 && clip::area2(&clipped).abs() / 2.0 >= min_area {
            kept.push(clipped);
        }
    }
    let grid: Vec<Vec<(i64, i64)>> = kept.iter().map(|r| clip::simplify(r, 1.0)).collect();
    (clip::path_data(&grid), kept)
}

/// A route's lines in SVG units.
type Lines = Vec<Vec<(f64, f64)>>;

/// Everything but the land: markers, routes, labels, decades.
pub fn build(
    land: String,
    frame: &Frame,
    places: &[Place],
    mentions: &[Mention],
    routes: &Routes,
    timeline: &[Event],
) -> MapData {
    let count = |slug: &str| mentions.iter().filter(|m| m.slug == slug).count();
    let point_of = |slug: &str| {
        places
            .iter()
            .find(|p| p.slug == slug)
            .and_then(Place::point)
    };

    // Markers, largest first so the big names get the best label spots.
    let mut points: Vec<(&Place, (f64, f64), bool, usize)> = places
        .iter()
        .filter_map(|p| {
            let (lat, lon) = p.point()?;
            let xy = frame.to_svg(lon, lat);
            let edge = !frame.contains(xy);
            Some((p, frame.clamp(xy, 14.0), edge, count(&p.slug)))
        })
        .collect();
    points.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.slug.cmp(&b.0.slug)));

    let lines: Vec<(&Place, Lines)> = places
        .iter()
        .filter(|p| p.kind == PlaceKind::Route)
        .filter_map(|p| {
            let lines = routes.get(&p.slug)?;
            let lines = lines
                .iter()
                .map(|line| {
                    line.iter()
                        .filter_map(|w| match w {
                            WayPoint::Place(slug) => point_of(slug),
                            WayPoint::Point([lat, lon]) => Some((*lat, *lon)),
                        })
                        .map(|(lat, lon)| frame.to_svg(lon, lat))
                        .collect()
                })
                .collect();
            Some((p, lines))
        })
        .collect();
    // Routes that share a way (Baku to Tbilisi) run side by side, like the
    // lines of a transit map, instead of on top of one another.
    let n = lines.len() as f64;
    let lines: Vec<(&Place, Lines)> = lines
        .into_iter()
        .enumerate()
        .map(|(i, (p, ls))| {
            let shift = (i as f64 - (n - 1.0) / 2.0) * ROUTE_GAP;
            (p, ls.iter().map(|l| offset_line(l, shift)).collect())
        })
        .collect();

    let obstacles: Vec<Rect> = points
        .iter()
        .map(|(_, xy, _, n)| Rect::around(*xy, radius(*n)))
        .collect();
    let requests = |lang: Lang| {
        let mut requests: Vec<LabelRequest> = points
            .iter()
            .map(|(p, xy, _, n)| LabelRequest {
                anchors: vec![*xy],
                r: radius(*n),
                width: text_width(short_name_in(p, lang), false),
                height: FONT * 1.15,
            })
            .collect();
        requests.extend(lines.iter().map(|(p, lines)| LabelRequest {
            anchors: route_anchors(lines),
            r: 1.0,
            width: text_width(short_name_in(p, lang), true),
            height: FONT * 1.15,
        }));
        requests
    };
    // The views the map opens on, as the browser will work them out from the
    // markers' rounded points.
    let centre = points
        .iter()
        .find(|(p, ..)| p.slug == NARROW_CENTRE)
        .map_or((frame.width / 2.0, frame.height / 2.0), |(_, xy, ..)| {
            (round1(xy.0), round1(xy.1))
        });
    let views = [
        ViewBox::whole(frame.width, frame.height).rect(),
        narrow_view((frame.width, frame.height), centre).rect(),
    ];
    let placed = Lang::ALL.map(|lang| {
        place_labels(
            &requests(lang),
            &obstacles,
            frame.width,
            frame.height,
            &views,
        )
    });
    // Label `i` in every language, or `None` where one found no room.
    let text = |i: usize, p: &Place| -> Option<[MapText; 3]> {
        let mut out = Vec::with_capacity(3);
        for (lang, placed) in Lang::ALL.into_iter().zip(&placed) {
            let l = placed.get(i).cloned().flatten()?;
            out.push(MapText {
                name: name_in(p, lang).to_string(),
                short: short_name_in(p, lang).to_string(),
                label: MapLabel {
                    x: round1(l.rect.x0 + 1.0),
                    y: round1(l.rect.y1 - FONT * 0.3),
                    rect: round_rect(l.rect),
                    leader: l.leader.map(|l| l.map(round1)),
                },
            });
        }
        out.try_into().ok()
    };

    let markers = points
        .iter()
        .enumerate()
        .filter_map(|(i, (p, xy, edge, n))| {
            Some(MapMarker {
                slug: p.slug.clone(),
                kind: p.kind,
                x: round1(xy.0),
                y: round1(xy.1),
                r: round1(radius(*n)),
                count: *n,
                edge: *edge,
                text: text(i, p)?,
            })
        })
        .collect();
    let routes_out = lines
        .iter()
        .enumerate()
        .filter_map(|(i, (p, lines))| {
            let d = lines
                .iter()
                .filter(|l| l.len() >= 2)
                .map(|l| {
                    let pts: Vec<String> = l
                        .iter()
                        .map(|(x, y)| format!("{},{}", round1(*x), round1(*y)))
                        .collect();
                    format!("M{}", pts.join("L"))
                })
                .collect::<String>();
            Some(MapRoute {
                slug: p.slug.clone(),
                d,
                count: count(&p.slug),
                block: mentions
                    .iter()
                    .find(|m| m.slug == p.slug && !m.in_name)
                    .map(|m| m.block_id.clone()),
                text: text(points.len() + i, p)?,
            })
        })
        .collect();
    let unmapped = places
        .iter()
        .filter(|p| p.point().is_none() && !lines.iter().any(|(l, _)| l.slug == p.slug))
        .map(|p| p.slug.clone())
        .collect();
    MapData {
        width: frame.width,
        height: frame.height,
        land,
        markers,
        routes: routes_out,
        unmapped,
        decades: decades(timeline),
    }
}

/// A polyline moved sideways by `shift` units (each point along the mean
/// of its segments' normals).
pub fn offset_line(line: &[(f64, f64)], shift: f64) -> Vec<(f64, f64)> {
    let normal = |a: (f64, f64), b: (f64, f64)| {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = dx.hypot(dy).max(1e-9);
        (-dy / len, dx / len)
    };
    (0..line.len())
        .map(|i| {
            let mut n = (0.0, 0.0);
            if i > 0 {
                let m = normal(line[i - 1], line[i]);
                n = (n.0 + m.0, n.1 + m.1);
            }
            if i + 1 < line.len() {
                let m = normal(line[i], line[i + 1]);
                n = (n.0 + m.0, n.1 + m.1);
            }
            let len = n.0.hypot(n.1);
            if len < 1e-9 {
                return line[i];
            }
            (line[i].0 + n.0 / len * shift, line[i].1 + n.1 / len * shift)
        })
        .collect()
}

/// A place's shortest form of at least four letters, for its label:
/// `Баку-Тбилиси-Карс` for the railway, `TANAP` for the pipeline, `Алят` for
/// the port; the name where none is shorter. A stem the matcher uses (`…
/// тасымал дәліз` of `… тасымал дәлізі`) is no label.
pub fn short_name(p: &Place) -> &str {
    let stem = |f: &str| {
        p.name
            .strip_prefix(f)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphabetic)
    };
    p.forms()
        .filter(|f| f.chars().count() >= 4 && !stem(f))
        .min_by_key(|f| f.chars().count())
        .unwrap_or(&p.name)
}

/// A place's name in the data's form for `lang`: Kazakh, Russian, Latin.
pub fn name_in(p: &Place, lang: Lang) -> &str {
    match lang {
        Lang::Kk => &p.name,
        Lang::Ru => &p.russian,
        Lang::En => &p.latin,
    }
}

/// A place's label in `lang`: in Kazakh [`short_name`]; in Russian and
/// English the shortest of the forms the data gives for the language, of
/// at least three letters (`TAP`, `Алят`), else the name.
pub fn short_name_in(p: &Place, lang: Lang) -> &str {
    let tr = match lang {
        Lang::Kk => return short_name(p),
        Lang::Ru => TrLang::Ru,
        Lang::En => TrLang::En,
    };
    p.forms_in(tr)
        .into_iter()
        .filter(|f| f.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
        .min_by_key(|f| f.chars().count())
        .unwrap_or(name_in(p, lang))
}

/// Points along a route to hang its label from: the middles, then the
/// quarters, of its segments, longest first.
fn route_anchors(lines: &[Vec<(f64, f64)>]) -> Vec<(f64, f64)> {
    let mut points: Vec<((f64, f64), f64)> = lines
        .iter()
        .flat_map(|l| l.windows(2))
        .flat_map(|w| {
            let (a, b) = (w[0], w[1]);
            let len = (b.0 - a.0).hypot(b.1 - a.1);
            // The middle first, then the quarters, of each segment.
            [0.5, 0.25, 0.75, 0.1, 0.9].map(move |t| {
                let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                (p, len * if t == 0.5 { 1.0 } else { 0.5 })
            })
        })
        .collect();
    points.sort_by(|a, b| b.1.total_cmp(&a.1));
    points.into_iter().map(|(p, _)| p).collect()
}

/// The decades of the timeline and the places named in their events, in
/// order of first naming.
pub fn decades(timeline: &[Event]) -> Vec<Decade> {
    let mut out: Vec<Decade> = Vec::new();
    for e in timeline {
        let decade = e.decade();
        let i = match out.iter().position(|d| d.decade == decade) {
            Some(i) => i,
            None => {
                out.push(Decade {
                    decade,
                    places: Vec::new(),
                });
                out.len() - 1
            }
        };
        for p in &e.places {
            if !out[i].places.contains(p) {
                out[i].places.push(p.clone());
            }
        }
    }
    out.sort_by_key(|d| d.decade);
    out
}
