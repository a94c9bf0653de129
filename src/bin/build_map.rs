//! Writes the map the browser draws (`dist/map.json`): land from the
//! `world-atlas` package (Natural Earth, public domain) projected and clipped
//! to the article's region, with the places, routes and labels of
//! `src/core/map`.
//!
//! `cargo run --bin build_map -- <out.json>`

mod common;

use std::process::ExitCode;

use common::read;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::map::{self, project::Frame, topo::Topology, Routes};

/// Natural Earth at 1:50 million: the Caspian, the Black Sea and the Aral
/// are clear at the map's size, and the file stays small once clipped.
const LAND: &str = "node_modules/world-atlas/land-50m.json";
/// Islands smaller than this (square SVG units, about 50 km²) are left out.
const MIN_AREA: f64 = 1.0;

fn run() -> Result<(), String> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: build_map <out.json>")?;
    let topology: Topology =
        serde_json::from_str(&read(LAND)?).map_err(|e| format!("{LAND}: {e}"))?;
    let (article, people, places) = common::sources()?;
    let routes: Routes = serde_json::from_str(&read("data/routes.json")?)
        .map_err(|e| format!("data/routes.json: {e}"))?;
    let library = Library::computed(article, people, places.clone());

    let frame = Frame::region(map::WIDTH);
    let (land, _) = map::land_path(&topology.rings("land"), &frame, MIN_AREA);
    let data = map::build(
        land,
        &frame,
        &places,
        library.places.mentions(),
        &routes,
        library.timeline(),
    );
    let json = serde_json::to_string(&data).map_err(|e| e.to_string())?;
    std::fs::write(&out, &json).map_err(|e| format!("cannot write {out}: {e}"))?;
    println!(
        "map: {} markers, {} routes, {} places without a point, land path {} bytes, {} bytes in all",
        data.markers.len(),
        data.routes.len(),
        data.unmapped.len(),
        data.land.len(),
        json.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
