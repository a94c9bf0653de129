//! The pages: the app's opening page rendered into `index.html` (the
//! article readable before, and without, any script; the Wasm then hydrates
//! it), with the other interface languages as patches; every fixed route's
//! page of its own beside it (`people.html`, `person-abai.ru.html`); and the
//! not-found page in the reader's language.

use std::path::Path;

use qazaq_reader::core::cite::highwire_tags;
use qazaq_reader::core::page_patch;
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::route::{pages_with_files, Page};
use qazaq_reader::core::translation::{lines_language, Reading, TrLang, Translation};
use qazaq_reader::view::{
    page_strings_json, render_extras_to_html, render_to_html, Lazies, PRERENDERED_ATTR,
    SITE_TITLE_ATTR,
};

use super::data::{DATES_FILE, PLACES_FILE};
use super::{Context, Renderer};

/// The element index.html leaves for the app, replaced whole.
const APP_START: &str = "<div id=\"app\">";
const APP_END: &str = "</div><!--/app-->";

pub struct Pages;

impl Renderer for Pages {
    fn name(&self) -> &'static str {
        "the pages (index.html and each route's own)"
    }

    fn render(&self, ctx: &Context) -> Result<String, String> {
        let page = ctx.out.join("index.html");
        let read =
            |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        let source = &ctx.source;
        // The site's public address; the build passes it (see tools/build.sh).
        let url = std::env::var("SITE_URL").map_err(|_| "SITE_URL is not set")?;
        let tags = highwire_tags(&source.article, &ctx.citation, &url);
        // Each other interface language's translation, as the app soon has it:
        // the contents and the labels around the text in that language too.
        let translations: Vec<(Lang, Option<(TrLang, Translation)>)> = Lang::ALL
            .into_iter()
            .map(|lang| {
                let tr = lines_language(Reading::Kazakh, lang);
                (lang, tr.map(|l| (l, ctx.translation(l).clone())))
            })
            .collect();
        let body = render_to_html(source, None, None, None);
        // The same page in each other interface language, kept as what differs.
        let mut patches = serde_json::Map::new();
        for (lang, tr) in translations.iter().filter(|(l, _)| *l != Lang::Kk) {
            let other = render_to_html(source, Some(*lang), tr.clone(), None);
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
        let out = with_app(&html, PRERENDERED_ATTR, &body)?;
        // Reference managers read the citation from the static <head> only.
        let head_end = out.find("</head>").ok_or("no </head> in the page")?;
        let out = format!(
            "{}  {tags}\n<script type=\"application/json\" id=\"page-patch\">{patches}</script>\n{}",
            &out[..head_end],
            &out[head_end..]
        );
        std::fs::write(&page, with_strings(&out)?)
            .map_err(|e| format!("{}: {e}", page.display()))?;

        let lazies = Lazies {
            map: ctx.map()?.clone(),
            words: ctx.words()?.clone(),
        };
        let written = own_pages(&html, ctx, &translations, &lazies, &page)?;

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
            std::fs::write(&not_found, html)
                .map_err(|e| format!("{}: {e}", not_found.display()))?;
        }
        Ok(format!("index.html and {written} pages of their own"))
    }
}

/// Writes every route's page of its own (`people.html`, `person-abai.ru.html`)
/// beside the opening page, in each interface language, from the same
/// template: the app's HTML for that route, the page's language fixed on
/// `<html>` and its name in the title. Returns how many were written.
fn own_pages(
    template: &str,
    ctx: &Context,
    translations: &[(Lang, Option<(TrLang, Translation)>)],
    lazies: &Lazies,
    index: &Path,
) -> Result<usize, String> {
    let (source, lib) = (&ctx.source, &ctx.lib);
    let site = between(template, "<title>", "</title>").ok_or("no <title> in the page")?;
    let mut written = 0;
    for route in pages_with_files(lib) {
        // What the page shows at once, handed to the app with the start-up data.
        let load = match route.page {
            Page::Places | Page::Place(_) => format!(" data-load=\"{PLACES_FILE}\""),
            Page::Timeline { .. } | Page::Overview => format!(" data-load=\"{DATES_FILE}\""),
            _ => String::new(),
        };
        for (lang, tr) in translations {
            let file = route.file(*lang).ok_or("a page without a file")?;
            let mut body = render_to_html(source, Some(*lang), tr.clone(), Some(route.clone()));
            // A page of the module loaded on first use: its HTML in the host
            // the app leaves for it, which the app keeps as it finds it.
            if matches!(
                route.page,
                Page::Map { .. } | Page::Words { .. } | Page::Overview
            ) {
                let extras =
                    render_extras_to_html(source, *lang, tr.clone(), route.clone(), lazies);
                body = in_extras_host(&body, &extras).ok_or_else(|| format!("{file}: no host"))?;
            }
            let name = page_name(&body).ok_or_else(|| format!("{file}: no <h1>"))?;
            let mut html = with_app(template, &format!("{PRERENDERED_ATTR}{load}"), &body)?;
            html = html.replacen(
                "<html lang=\"kk\">",
                &format!(
                    "<html lang=\"{}\" {SITE_TITLE_ATTR}=\"{site}\">",
                    lang.code()
                ),
                1,
            );
            html = html.replacen(
                &format!("<title>{site}</title>"),
                &format!("<title>{} — {site}</title>", escape(&name)),
                1,
            );
            let out = index.with_file_name(&file);
            std::fs::write(&out, with_strings(&html)?)
                .map_err(|e| format!("{}: {e}", out.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// The app's HTML with `extras` in place of what its `.extras-host` holds.
fn in_extras_host(body: &str, extras: &str) -> Option<String> {
    const HOST: &str = "<div class=\"extras-host\">";
    let start = body.find(HOST)? + HOST.len();
    let end = body[start..].find("</div>")? + start;
    Some(format!("{}{extras}{}", &body[..start], &body[end..]))
}

/// The template with the app's HTML in `#app`, marked with `attrs`.
fn with_app(template: &str, attrs: &str, body: &str) -> Result<String, String> {
    let start = template
        .find(APP_START)
        .ok_or("no <div id=\"app\"> in the page")?;
    let end = template[start..]
        .find(APP_END)
        .map(|i| start + i)
        .ok_or("no </div><!--/app--> closing the app element")?;
    Ok(format!(
        "{}<div id=\"app\" {attrs}>{body}{}",
        &template[..start],
        &template[end..]
    ))
}

/// The text between the first `open` and the `close` after it.
fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}

/// The page's name: its `<h1>`'s text, as `arrival` reads it in the browser.
fn page_name(body: &str) -> Option<String> {
    let main = &body[body.find("<main")?..];
    let h1 = between(&main[main.find("<h1")?..], ">", "</h1>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in h1.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = html_escape::decode_html_entities(&text);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Text for HTML.
fn escape(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
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
