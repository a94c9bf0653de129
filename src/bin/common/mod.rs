//! What the build tools share: reading the project's files, and the article
//! with its people and places as the build checks them.

use std::path::Path;

use qazaq_reader::core::article::Article;
use qazaq_reader::core::people::{parse_people, Person};
use qazaq_reader::core::places::{parse_places, Place};

/// A file of the project, by its path from the project's root.
pub fn read(path: &str) -> Result<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

/// `data/article.json`, `data/people.json` and `data/places.json`, parsed.
pub fn sources() -> Result<(Article, Vec<Person>, Vec<Place>), String> {
    let article = serde_json::from_str(&read("data/article.json")?)
        .map_err(|e| format!("data/article.json: {e}"))?;
    let people = parse_people(&read("data/people.json")?).map_err(|e| e.to_string())?;
    let places = parse_places(&read("data/places.json")?).map_err(|e| e.to_string())?;
    Ok((article, people, places))
}
