//! `data/article.json` from `data/article.txt`: the repair, run again and
//! compared with the committed file (`build --article` writes it).

use std::path::Path;

use qazaq_reader::core::repair::repair;

const SOURCE: &str = "data/article.txt";
const ARTICLE: &str = "data/article.json";

/// The repaired article as `data/article.json` holds it.
fn repaired() -> Result<String, String> {
    let source = super::context::read(SOURCE)?;
    let article = repair(&source).map_err(|e| format!("cannot repair {SOURCE}: {e}"))?;
    let json = serde_json::to_string_pretty(&article)
        .map_err(|e| format!("cannot serialise the article: {e}"))?;
    Ok(json + "\n")
}

fn path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(ARTICLE)
}

/// Fails unless the committed file is what the repair writes today.
pub fn check() -> Result<String, String> {
    let current = std::fs::read_to_string(path()).unwrap_or_default();
    match current == repaired()? {
        true => Ok(format!("{ARTICLE} is up to date")),
        false => Err(format!(
            "{ARTICLE} is out of date: run `cargo run --features ssr --bin site -- --article`"
        )),
    }
}

/// Writes the file.
pub fn write() -> Result<String, String> {
    std::fs::write(path(), repaired()?).map_err(|e| format!("cannot write {ARTICLE}: {e}"))?;
    Ok(format!("wrote {ARTICLE}"))
}
