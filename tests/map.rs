//! The map built from Natural Earth's land (the `world-atlas` npm package):
//! the Caspian stays water after projection and clipping, every place with a
//! point is a marker, the routes are drawn, and no label covers another.

mod common;

use common::{article, people, places, read};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::map::{self, clip, project::Frame, topo::Topology, MapData, Routes};

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
    ] {
        let route = data.routes.iter().find(|r| r.slug == slug).expect(slug);
        assert!(route.d.starts_with('M') && route.d.contains('L'), "{slug}");
        assert!(route.block.is_some(), "{slug} names a paragraph");
    }
    // More mentions, a bigger marker.
    let r = |slug: &str| data.markers.iter().find(|m| m.slug == slug).map(|m| m.r);
    assert!(r("azerbaijan") > r("baku") && r("baku") > r("kazan"));
}

#[test]
fn labels_never_collide_nor_cover_a_marker() {
    let data = map_data();
    let labels: Vec<_> = data
        .markers
        .iter()
        .map(|m| &m.label)
        .chain(data.routes.iter().map(|r| &r.label))
        .collect();
    for (i, a) in labels.iter().enumerate() {
        assert!(a.rect.x0 >= 0.0 && a.rect.x1 <= data.width, "{a:?}");
        assert!(a.rect.y0 >= 0.0 && a.rect.y1 <= data.height, "{a:?}");
        for b in &labels[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{a:?} / {b:?}");
        }
        for m in &data.markers {
            let circle = map::labels::Rect::around((m.x, m.y), m.r);
            assert!(!a.rect.overlaps(&circle), "{a:?} covers {}", m.slug);
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
