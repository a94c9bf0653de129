//! Writes the article's vocabulary for `#/words` (`dist/words.json`): see
//! `src/core/words.rs`.
//!
//! `cargo run --bin build_words -- <out.json>`

use std::path::Path;
use std::process::ExitCode;

use qazaq_reader::core::article::Article;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::parse_people;
use qazaq_reader::core::places::parse_places;
use qazaq_reader::core::words::{parse_stopwords, vocabulary};

fn read(root: &Path, path: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

fn run() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: build_words <out.json>")?;
    let article: Article = serde_json::from_str(&read(root, "data/article.json")?)
        .map_err(|e| format!("data/article.json: {e}"))?;
    let people = parse_people(&read(root, "data/people.json")?).map_err(|e| e.to_string())?;
    let places = parse_places(&read(root, "data/places.json")?).map_err(|e| e.to_string())?;
    let stopwords = parse_stopwords(&read(root, "data/stopwords.txt")?);
    let library = Library::new(article, people, places);
    let vocabulary = vocabulary(
        &library.article,
        &stopwords,
        &library.mentions,
        library.place_mentions(),
    );
    let json = serde_json::to_string(&vocabulary).map_err(|e| e.to_string())?;
    std::fs::write(&out, &json).map_err(|e| format!("cannot write {out}: {e}"))?;
    println!(
        "words: {} in the body, {} left out, {} entries, {} bytes",
        vocabulary.total,
        vocabulary.excluded,
        vocabulary.entries.len(),
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
