//! The map built from Natural Earth's land (the `world-atlas` npm package):
//! the Caspian stays water after projection and clipping, every place with a
//! point is a marker, the routes are drawn, and no label covers another.

mod common;

use common::{article, people, places, read};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::map::{self, clip, project::Frame, topo::Topology, MapData, Routes};
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::translation::TrLang;

const LAND: &str = "node_modules/world-atlas/land-50m.json";

fn frame() -> Frame {
    Frame::region(map::WIDTH)
}

fn land_rings() -> Vec<Vec<(f64, f64)>> {
    let topology: Topology = serde_json::from_str(&read(LAND)).expect("world-atlas land");
    map::land_path(&topology.rings("land"), &frame(), 1.0).1
}

fn map_data() -> MapData {
    let places = places();
    let library = Library::computed(article(), people(), places.clone());
    let routes: Routes = serde_json::from_str(&read("data/routes.json")).expect("routes.json");
    map::build(
        String::new(),
        &frame(),
        &places,
        library.places.mentions(),
        &routes,
        library.timeline(),
    )
}

#[test]
fn the_caspian_and_the_black_sea_stay_water() {
    let rings = land_rings();
    let f = frame();
    let is_land = |lat: f64, lon: f64| clip::inside_even_odd(&rings, f.to_svg(lon, lat));
    // The middle, north and south of the Caspian; the Black Sea; the Aegean.
    for (lat, lon) in [
        (41.5, 50.5),
        (45.0, 49.5),
        (38.5, 51.0),
        (43.5, 34.0),
        (38.5, 25.0),
    ] {
        assert!(!is_land(lat, lon), "{lat} {lon} should be water");
    }
    // Kazakhstan's steppe, Anatolia, Paris, the Caucasus between the seas.
    for (lat, lon) in [(48.0, 67.0), (39.9, 32.9), (48.86, 2.35), (42.0, 45.0)] {
        assert!(is_land(lat, lon), "{lat} {lon} should be land");
    }
}

#[test]
fn every_place_with_a_point_is_a_marker_and_the_routes_are_drawn() {
    let data = map_data();
    for p in places() {
        let marked = data.markers.iter().any(|m| m.slug == p.slug);
        let drawn = data.routes.iter().any(|r| r.slug == p.slug);
        let listed = data.unmapped.contains(&p.slug);
        assert_eq!(p.point().is_some(), marked, "{}", p.slug);
        assert_eq!(
            [marked, drawn, listed].iter().filter(|&&b| b).count(),
            1,
            "{} is on the map once or listed beside it",
            p.slug
        );
    }
    for slug in [
        "baku-tbilisi-ceyhan",
        "baku-tbilisi-erzurum",
        "baku-tbilisi-kars",
        "tanap",
        "tap",
        "east-west-corridor",
        "china-turkey-transit-route",
    ] {
        let route = data.routes.iter().find(|r| r.slug == slug).expect(slug);
        assert!(route.d.starts_with('M') && route.d.contains('L'), "{slug}");
        assert!(route.block.is_some(), "{slug} names a paragraph");
    }
    // More mentions, a bigger marker.
    let r = |slug: &str| data.markers.iter().find(|m| m.slug == slug).map(|m| m.r);
    assert!(r("azerbaijan") > r("baku") && r("baku") > r("kazan"));
}

/// The points of a path's data (`M1,2L3,4…`).
fn path_points(d: &str) -> Vec<(f64, f64)> {
    d.split(['M', 'L'])
        .filter(|s| !s.is_empty())
        .filter_map(|xy| {
            let (x, y) = xy.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

#[test]
fn the_transit_route_and_the_caspian_crossing_are_drawn_apart() {
    let data = map_data();
    let route = |slug: &str| data.routes.iter().find(|r| r.slug == slug).expect(slug);
    let marker = |slug: &str| {
        let m = data.markers.iter().find(|m| m.slug == slug).expect(slug);
        (m.x, m.y)
    };
    let near = |p: (f64, f64), q: (f64, f64)| (p.0 - q.0).hypot(p.1 - q.1) < 8.0;
    let transit = route("china-turkey-transit-route");
    let corridor = route("east-west-corridor");
    // Each is linked to the paragraph that names it.
    assert_eq!(transit.block.as_deref(), Some("p36"));
    assert_eq!(corridor.block.as_deref(), Some("p34"));
    assert_ne!(transit.d, corridor.d);
    // The corridor joining the two countries is the crossing: from Aktau and
    // from Kuryk over the Caspian to Alat, and nothing more.
    let lines: Vec<Vec<(f64, f64)>> = corridor
        .d
        .split('M')
        .filter(|l| !l.is_empty())
        .map(|l| path_points(&format!("M{l}")))
        .collect();
    assert_eq!(lines.len(), 2, "{}", corridor.d);
    for (line, from) in lines.iter().zip(["aktau-port", "kuryk-port"]) {
        assert_eq!(line.len(), 2);
        assert!(near(line[0], marker(from)), "{from}");
        assert!(near(line[1], marker("alat-port")), "to Alat");
    }
    // The transit route runs from China's border, through Almaty and across
    // the Caspian, into Turkey (Kars lies west of Tbilisi).
    let points = path_points(&transit.d);
    let (first, last) = (points[0], points[points.len() - 1]);
    assert!(first.0 > marker("almaty").0, "starts east of Almaty");
    for place in ["almaty", "aktau-port", "alat-port"] {
        assert!(
            points.iter().any(|&p| near(p, marker(place))),
            "through {place}"
        );
    }
    assert!(last.0 < marker("alat-port").0 && last.0 < marker("georgia").0);
    // Both are labelled, each with its own words, in every language.
    for lang in Lang::ALL {
        assert_ne!(transit.text(lang).short, corridor.text(lang).short);
    }
}

#[test]
fn labels_never_collide_nor_cover_a_marker() {
    let data = map_data();
    // Each language's labels are placed on their own.
    for lang in Lang::ALL {
        let labels: Vec<_> = data
            .markers
            .iter()
            .map(|m| &m.text(lang).label)
            .chain(data.routes.iter().map(|r| &r.text(lang).label))
            .collect();
        for (i, a) in labels.iter().enumerate() {
            assert!(a.rect.x0 >= 0.0 && a.rect.x1 <= data.width, "{a:?}");
            assert!(a.rect.y0 >= 0.0 && a.rect.y1 <= data.height, "{a:?}");
            for b in &labels[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{lang:?}: {a:?} / {b:?}");
            }
            for m in &data.markers {
                let circle = map::labels::Rect::around((m.x, m.y), m.r);
                assert!(
                    !a.rect.overlaps(&circle),
                    "{lang:?}: {a:?} covers {}",
                    m.slug
                );
            }
        }
    }
}

#[test]
fn labels_speak_each_language_in_the_data_s_forms() {
    let data = map_data();
    let places = places();
    let kazakh = |s: &str| s.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c));
    let texts = data
        .markers
        .iter()
        .map(|m| (&m.slug, &m.text))
        .chain(data.routes.iter().map(|r| (&r.slug, &r.text)));
    for (slug, text) in texts {
        let p = places.iter().find(|p| &p.slug == slug).expect("a place");
        assert_eq!(text[0].name, p.name);
        assert_eq!(text[1].name, p.russian);
        assert_eq!(text[2].name, p.latin);
        for (t, lang) in text[1..].iter().zip([TrLang::Ru, TrLang::En]) {
            assert!(
                p.forms_in(lang).contains(&t.short.as_str()),
                "{slug}: {}",
                t.short
            );
            assert!(!kazakh(&t.short) && !kazakh(&t.name), "{slug}: {}", t.short);
        }
    }
    let alat = data
        .markers
        .iter()
        .find(|m| m.slug == "alat-port")
        .expect("Alat");
    assert_eq!(alat.text(Lang::Ru).short, "Алят");
    assert_eq!(alat.text(Lang::En).short, "Alat");
    let tanap = data
        .routes
        .iter()
        .find(|r| r.slug == "tanap")
        .expect("TANAP");
    assert_eq!(tanap.text(Lang::En).short, "TANAP");
}

#[test]
fn the_views_the_map_opens_on_cut_no_label() {
    let data = map_data();
    let views = data.views();
    // The phone's view is the Caspian, closer.
    assert!(views[1].w < data.width / 2.0);
    for (lang, view) in Lang::ALL
        .into_iter()
        .flat_map(|l| views.map(|v| (l, v.rect())))
    {
        for m in &data.markers {
            let r = &m.text(lang).label.rect;
            if view.contains((m.x, m.y)) {
                assert!(view.holds(r), "{} is cut by {view:?}: {r:?}", m.slug);
            } else {
                assert!(!view.overlaps(r), "{} is cut by {view:?}: {r:?}", m.slug);
            }
        }
        for route in &data.routes {
            let r = &route.text(lang).label.rect;
            assert!(
                view.holds(r) || !view.overlaps(r),
                "{} is cut by {view:?}: {r:?}",
                route.slug
            );
        }
    }
}

#[test]
fn decades_name_the_places_of_their_events() {
    let data = map_data();
    let d1910 = data
        .decades
        .iter()
        .find(|d| d.decade == 1910)
        .expect("1910s");
    assert!(d1910.places.iter().any(|p| p == "baku"));
    let mut sorted = data.decades.clone();
    sorted.sort_by_key(|d| d.decade);
    assert_eq!(sorted, data.decades);
}
