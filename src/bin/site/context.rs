//! The one model every output is rendered from: the project's sources read
//! and checked once, the build's findings (mentions, dates) worked out once,
//! and what more than one output needs (the map, the vocabulary) made on
//! first use and kept.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use qazaq_reader::core::cite::CitationData;
use qazaq_reader::core::library::{BuildData, Library};
use qazaq_reader::core::map::{self, project::Frame, topo::Topology, MapData, Routes};
use qazaq_reader::core::people::parse_people;
use qazaq_reader::core::places::parse_places;
use qazaq_reader::core::translation::{TrLang, Translation};
use qazaq_reader::core::words::{parse_stopwords, vocabulary, Vocabulary};
use qazaq_reader::view::Source;

/// Natural Earth at 1:50 million, from the `world-atlas` package: the
/// Caspian, the Black Sea and the Aral are clear at the map's size, and the
/// file stays small once clipped.
const LAND: &str = "node_modules/world-atlas/land-50m.json";
/// Islands smaller than this (square SVG units, about 50 km²) are left out.
const MIN_AREA: f64 = 1.0;

pub struct Context {
    /// The built site's folder (`dist/`).
    pub out: PathBuf,
    /// The article, the people and the places, and what the build found in them.
    pub source: Source,
    /// The same, as the app holds it (no translation in it: the outputs
    /// that show one take it from `translations`).
    pub lib: Library,
    pub citation: CitationData,
    /// The Russian and the English translation, by `TrLang::index`.
    pub translations: [Translation; 2],
    map: OnceCell<MapData>,
    words: OnceCell<Vocabulary>,
}

/// A file of the project, by its path from the project's root.
pub fn read(path: &str) -> Result<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

/// A JSON file of the project, parsed.
pub fn json<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, String> {
    serde_json::from_str(&read(path)?).map_err(|e| format!("{path}: {e}"))
}

impl Context {
    /// Reads every source once; the site is written into `out`.
    pub fn load(out: PathBuf) -> Result<Context, String> {
        let article = json("data/article.json")?;
        let people = parse_people(&read("data/people.json")?).map_err(|e| e.to_string())?;
        let places = parse_places(&read("data/places.json")?).map_err(|e| e.to_string())?;
        let data = BuildData::compute(&article, &people, &places);
        let lib = Library::with_build_data(
            Clone::clone(&article),
            people.clone(),
            places.clone(),
            data.clone(),
        );
        let translation =
            |l: TrLang| json::<Translation>(&format!("data/translations/{}.json", l.code()));
        let translations = [translation(TrLang::Ru)?, translation(TrLang::En)?];
        Ok(Context {
            out,
            source: Source {
                article,
                people,
                places,
                data,
            },
            lib,
            citation: json("data/citation.json")?,
            translations,
            map: OnceCell::new(),
            words: OnceCell::new(),
        })
    }

    pub fn translation(&self, lang: TrLang) -> &Translation {
        &self.translations[lang.index()]
    }

    /// The map the browser draws: land projected and clipped to the
    /// article's region, with the places, routes and labels of `core::map`.
    pub fn map(&self) -> Result<&MapData, String> {
        if let Some(map) = self.map.get() {
            return Ok(map);
        }
        let topology: Topology = json(LAND)?;
        let routes: Routes = json("data/routes.json")?;
        let frame = Frame::region(map::WIDTH);
        let (land, _) = map::land_path(&topology.rings("land"), &frame, MIN_AREA);
        let data = map::build(
            land,
            &frame,
            &self.source.places,
            self.lib.places.mentions(),
            &routes,
            self.lib.timeline(),
        );
        Ok(self.map.get_or_init(|| data))
    }

    /// The article's vocabulary for `#/words` (see `core::words`), with the
    /// whole article's abstract in each language.
    pub fn words(&self) -> Result<&Vocabulary, String> {
        if let Some(words) = self.words.get() {
            return Ok(words);
        }
        let stopwords = parse_stopwords(&read("data/stopwords.txt")?);
        let mut words = vocabulary(
            &self.lib.article,
            &stopwords,
            self.lib.people.mentions(),
            self.lib.places.mentions(),
        );
        for lang in ["kk", "ru", "en"] {
            let path = format!("data/abstracts/{lang}.json");
            if let Ok(text) = read(&path) {
                let value: serde_json::Value =
                    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
                if let Some(a) = article_abstract(&value) {
                    words.abstracts.insert(lang.to_string(), a);
                }
            }
        }
        Ok(self.words.get_or_init(|| words))
    }

    /// Writes `bytes` as `name` in the site's folder, and says so.
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, String> {
        let path = self.out.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }

    /// Writes `value` as compact JSON in `name`; the number of bytes written.
    pub fn write_json(&self, name: &str, value: &impl serde::Serialize) -> Result<usize, String> {
        let json = serde_json::to_string(value).map_err(|e| format!("{name}: {e}"))?;
        self.write(name, json.as_bytes())?;
        Ok(json.len())
    }
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
