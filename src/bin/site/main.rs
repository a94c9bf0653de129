//! The build: one program that reads the project's sources once into a
//! [`Context`] and runs every output's [`Renderer`] over it, in the manner
//! of mdBook's renderers over one `RenderContext`. `tools/build.sh` runs it
//! after compiling the Wasm, with the site's folder:
//!
//! - `site dist`: checks `data/article.json`, then writes the data, the map,
//!   the words, the pages and the downloads into `dist/`;
//! - `site --article`: writes `data/article.json` from `data/article.txt`;
//! - `site --ui-strings <out.json>`: every interface string by language
//!   (for the browser tests; not part of the site).

mod article;
mod context;
mod data;
mod downloads;
mod map;
mod pages;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;

use qazaq_reader::core::prefs::Lang;
use qazaq_reader::view::table_strings;

pub use context::Context;

/// One output of the build, written from the one context.
pub trait Renderer {
    /// What it writes, for the build's log.
    fn name(&self) -> &'static str;
    /// Writes it into the site's folder; says what was written.
    fn render(&self, ctx: &Context) -> Result<String, String>;
}

/// In order: the pages embed the map and the words the renderers before
/// them made (kept in the context, made once).
fn renderers() -> [&'static dyn Renderer; 5] {
    [
        &data::Data,
        &map::Map,
        &words::Words,
        &pages::Pages,
        &downloads::Downloads,
    ]
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag] if flag == "--article" => article::write().map(|said| println!("{said}")),
        [flag, out] if flag == "--ui-strings" => ui_strings(out),
        [flag, out] if flag == "--downloads" => Context::load(PathBuf::from(out))
            .and_then(|ctx| downloads::Downloads.render(&ctx))
            .map(|said| println!("{said}")),
        [out] if !out.starts_with('-') => site(PathBuf::from(out)),
        _ => Err("usage: site <dist> | site --downloads <dir> | site --article | site --ui-strings <out.json>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}

fn site(out: PathBuf) -> Result<(), String> {
    println!("{}", article::check()?);
    let ctx = Context::load(out)?;
    for renderer in renderers() {
        let said = renderer
            .render(&ctx)
            .map_err(|e| format!("{}: {e}", renderer.name()))?;
        println!("{}: {said}", renderer.name());
    }
    Ok(())
}

fn ui_strings(out: &str) -> Result<(), String> {
    let tables: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|l| (l.code().to_string(), table_strings(l).into()))
        .collect();
    let json = serde_json::to_string(&tables).map_err(|e| e.to_string())?;
    std::fs::write(out, json).map_err(|e| format!("{out}: {e}"))
}
