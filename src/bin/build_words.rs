//! Writes the article's vocabulary for `#/words` (`dist/words.json`): see
//! `src/core/words.rs`.
//!
//! `cargo run --bin build_words -- <out.json>`

mod common;

use std::process::ExitCode;

use qazaq_reader::core::library::Library;
use qazaq_reader::core::words::{parse_stopwords, vocabulary};

fn run() -> Result<(), String> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: build_words <out.json>")?;
    let (article, people, places) = common::sources()?;
    let stopwords = parse_stopwords(&common::read("data/stopwords.txt")?);
    let library = Library::computed(article, people, places.clone());
    let vocabulary = vocabulary(
        &library.article,
        &stopwords,
        library.people.mentions(),
        library.places.mentions(),
    );
    let mut vocabulary = vocabulary;
    for lang in ["kk", "ru", "en"] {
        let path = format!("data/abstracts/{lang}.json");
        if let Ok(text) = common::read(&path) {
            let value: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            if let Some(a) = article_abstract(&value) {
                vocabulary.abstracts.insert(lang.to_string(), a);
            }
        }
    }
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

/// The whole article's abstract in an abstracts file: the file itself if it
/// is a string, else its `article` (or `abstract`, `whole`, `text`) field.
fn article_abstract(value: &serde_json::Value) -> Option<String> {
    if let Some(s) = value.as_str() {
        return Some(s.to_string());
    }
    ["article", "abstract", "whole", "text"]
        .iter()
        .find_map(|k| match value.get(k)? {
            serde_json::Value::String(s) => Some(s.clone()),
            other => article_abstract(other),
        })
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
