//! Works out, once, at build time, what never changes at run time: where the
//! article names each person and place (with counts, first appearances and who
//! is named alongside) and its dates. The browser loads the results as data,
//! so neither the name matcher nor the date scanner ships in the Wasm.
//! `cargo run --bin build_data -- dist`

mod common;

use std::path::PathBuf;
use std::process::ExitCode;

use qazaq_reader::core::library::BuildData;

/// The files written, as `boot.js` and the view's `use_data` fetch them.
pub const PEOPLE_FILE: &str = "mentions-people.json";
pub const PLACES_FILE: &str = "mentions-places.json";
pub const DATES_FILE: &str = "dates.json";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build_data: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("usage: build_data <dir>")?);
    let (article, people, places) = common::sources()?;
    let data = BuildData::compute(&article, &people, &places);

    let write = |name: &str, json: Result<String, serde_json::Error>| {
        let path = out.join(name);
        let json = json.map_err(|e| format!("{name}: {e}"))?;
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
        Ok::<(), String>(())
    };
    write(PEOPLE_FILE, serde_json::to_string(&data.people))?;
    write(PLACES_FILE, serde_json::to_string(&data.places))?;
    write(DATES_FILE, serde_json::to_string(&data.dates))?;
    Ok(())
}
