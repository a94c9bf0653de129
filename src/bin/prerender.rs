//! Renders the app's opening page to HTML and writes it into the built
//! `index.html`, so the article is readable before (and without) any script;
//! the Wasm then hydrates it. `cargo run --features ssr --bin prerender -- dist/index.html`
//!
//! `prerender --ui-strings <out.json>` writes instead every string of the
//! interface's table, by language (for the browser tests).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use qazaq_reader::core::article::Article;
use qazaq_reader::core::cite::{highwire_tags, CitationData};
use qazaq_reader::core::page_patch;
use qazaq_reader::core::people::parse_people;
use qazaq_reader::core::places::parse_places;
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::translation::{lines_language, Reading, Translation};
use qazaq_reader::view::{page_strings_json, render_to_html, table_strings, PRERENDERED_ATTR};

/// The element index.html leaves for the app, replaced whole.
const APP_START: &str = "<div id=\"app\">";
const APP_END: &str = "</div><!--/app-->";

fn main() -> ExitCode {
    match run() {
        Ok(path) => {
            println!("pre-rendered {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<PathBuf, String> {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, out] = args.as_slice() {
        if flag == "--ui-strings" {
            let tables: serde_json::Map<String, serde_json::Value> = Lang::ALL
                .into_iter()
                .map(|l| (l.code().to_string(), table_strings(l).into()))
                .collect();
            let json = serde_json::to_string(&tables).map_err(|e| e.to_string())?;
            std::fs::write(out, json).map_err(|e| format!("{out}: {e}"))?;
            return Ok(PathBuf::from(out));
        }
    }
    let page = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: prerender <index.html>")?,
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));

    // The same data the page loads, so hydration finds what it renders.
    let article: Article = serde_json::from_str(&read(&root.join("data/article.json"))?)
        .map_err(|e| format!("data/article.json: {e}"))?;
    let people = parse_people(&read(&root.join("data/people.json"))?).map_err(|e| e.to_string())?;
    let places = parse_places(&read(&root.join("data/places.json"))?).map_err(|e| e.to_string())?;
    let citation: CitationData = serde_json::from_str(&read(&root.join("data/citation.json"))?)
        .map_err(|e| format!("data/citation.json: {e}"))?;
    // The site's public address; the build passes it (see tools/build.sh).
    let url = std::env::var("SITE_URL").map_err(|_| "SITE_URL is not set")?;
    let tags = highwire_tags(&article, &citation, &url);
    let body = render_to_html(article.clone(), people.clone(), places.clone(), None, None);
    // The same page in each other interface language, kept as what differs.
    let mut patches = serde_json::Map::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Kk) {
        // With the language's translation, as the app soon has it: the
        // contents and the labels around the text in that language too.
        let translation = lines_language(Reading::Kazakh, lang)
            .map(|l| {
                let path = root.join(format!("data/translations/{}.json", l.code()));
                let tr: Translation = serde_json::from_str(&read(&path)?)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                Ok::<_, String>((l, tr))
            })
            .transpose()?;
        let other = render_to_html(
            article.clone(),
            people.clone(),
            places.clone(),
            Some(lang),
            translation,
        );
        let patch = page_patch::diff(&body, &other)
            .map_err(|e| format!("the page in {}: {e}", lang.code()))?;
        let json = serde_json::to_value(patch).map_err(|e| e.to_string())?;
        patches.insert(lang.code().to_string(), json);
    }
    // `<` escaped: the block must not end early at a `</script>` in a string.
    let patches = serde_json::Value::Object(patches)
        .to_string()
        .replace('<', "\\u003c");

    let html = read(&page)?;
    let start = html
        .find(APP_START)
        .ok_or("no <div id=\"app\"> in the page")?;
    let end = html[start..]
        .find(APP_END)
        .map(|i| start + i)
        .ok_or("no </div><!--/app--> closing the app element")?;
    let out = format!(
        "{}<div id=\"app\" {PRERENDERED_ATTR}>{body}{}",
        &html[..start],
        &html[end..]
    );
    // Reference managers read the citation from the static <head> only.
    let head_end = out.find("</head>").ok_or("no </head> in the page")?;
    let out = format!(
        "{}  {tags}\n<script type=\"application/json\" id=\"page-patch\">{patches}</script>\n{}",
        &out[..head_end],
        &out[head_end..]
    );
    std::fs::write(&page, with_strings(&out)?).map_err(|e| format!("{}: {e}", page.display()))?;

    // The not-found page beside it speaks the reader's language too, and
    // finds its script at the site's own path whatever the stray path's depth.
    let not_found = page.with_file_name("404.html");
    if not_found.exists() {
        let html = with_strings(&read(&not_found)?)?;
        let script = format!("<script src=\"{}404.js\"></script>", site_path(&url));
        if !html.contains(NOT_FOUND_SCRIPT) {
            return Err(format!("no {NOT_FOUND_SCRIPT} in 404.html"));
        }
        let html = html.replacen(NOT_FOUND_SCRIPT, &script, 1);
        std::fs::write(&not_found, html).map_err(|e| format!("{}: {e}", not_found.display()))?;
    }
    Ok(page)
}

/// The script tag of 404.html, given the site's path by the build.
const NOT_FOUND_SCRIPT: &str = "<script src=\"404.js\"></script>";

/// The path of the site's address, from its root, ending in `/`:
/// `https://example.github.io/qazaq-reader` → `/qazaq-reader/`.
fn site_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let path = path.trim_end_matches('/');
    format!("{path}/")
}

/// The page with the strings of `boot.js` and `404.js` in every language, as
/// a JSON data block (not a script: the Content-Security-Policy is unaffected).
fn with_strings(html: &str) -> Result<String, String> {
    let at = html.find("</head>").ok_or("no </head> in the page")?;
    Ok(format!(
        "{}<script type=\"application/json\" id=\"strings\">{}</script>\n{}",
        &html[..at],
        page_strings_json(),
        &html[at..]
    ))
}

#[cfg(test)]
mod tests {
    use super::site_path;

    #[test]
    fn the_site_path_of_an_address() {
        assert_eq!(
            site_path("https://a.github.io/qazaq-reader/"),
            "/qazaq-reader/"
        );
        assert_eq!(
            site_path("https://a.github.io/qazaq-reader"),
            "/qazaq-reader/"
        );
        assert_eq!(
            site_path("http://127.0.0.1:8080/qazaq-reader/"),
            "/qazaq-reader/"
        );
        assert_eq!(site_path("https://example.org"), "/");
        assert_eq!(site_path("https://example.org/"), "/");
        assert_eq!(site_path("https://a.github.io/x/y/?q#h"), "/x/y/");
    }
}
