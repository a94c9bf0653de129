//! The pages the build writes out whole, one file per route and interface
//! language (`people.html`, `person-abai.ru.html`), so that a tap on People
//! before the app has loaded is a plain link to a small page. Every file
//! sits beside `index.html`: the site's relative URLs hold in each.

use super::{Page, Route};
use crate::core::library::Library;
use crate::core::prefs::Lang;
use crate::core::translation::Reading;

const EXT: &str = ".html";

impl Route {
    /// Where a link to this route goes for a reader of the interface in
    /// `ui`: its own page when it has one, else the opening page's hash
    /// (`#/p/p7?tr=en`), which the app (or, for the text, the page itself)
    /// follows. Only the Kazakh reading has pages of its own: a translation
    /// read beside it is fetched by the app, which is running by then.
    pub fn href(&self, ui: Lang) -> String {
        match self.file(ui) {
            Some(file) => file,
            None => self.to_hash(),
        }
    }

    /// This route's own page for `ui`, if it has one.
    pub fn file(&self, ui: Lang) -> Option<String> {
        if self.reading != Reading::Kazakh {
            return None;
        }
        let stem = match &self.page {
            Page::People => "people".to_string(),
            Page::Person(slug) => format!("person-{slug}"),
            Page::Places => "places".to_string(),
            Page::Place(slug) => format!("place-{slug}"),
            Page::Timeline {
                decade: None,
                person: None,
            } => "timeline".to_string(),
            Page::Map { decade: None } => "map".to_string(),
            Page::Words { word: None } => "words".to_string(),
            Page::Overview => "overview".to_string(),
            Page::About => "about".to_string(),
            _ => return None,
        };
        Some(match ui {
            Lang::Kk => format!("{stem}{EXT}"),
            other => format!("{stem}.{}{EXT}", other.code()),
        })
    }

    /// The route and interface language of a page's file name, or of a link
    /// or path ending in one (`./people.ru.html`, `/site/person-abai.html#x`);
    /// `None` for anything else, `index.html` included.
    pub fn from_file(path: &str) -> Option<(Route, Lang)> {
        let path = path.split(['#', '?']).next().unwrap_or_default();
        let name = path.rsplit('/').next().unwrap_or_default();
        let stem = name.strip_suffix(EXT)?;
        let (stem, ui) = match stem.rsplit_once('.') {
            Some((stem, code)) => (stem, Lang::ALL.into_iter().find(|l| l.code() == code)?),
            None => (stem, Lang::Kk),
        };
        let page = match stem {
            "people" => Page::People,
            "places" => Page::Places,
            "timeline" => Page::Timeline {
                decade: None,
                person: None,
            },
            "map" => Page::Map { decade: None },
            "words" => Page::Words { word: None },
            "overview" => Page::Overview,
            "about" => Page::About,
            _ => match stem.split_once('-') {
                Some(("person", slug)) if super::is_id(slug) => Page::Person(slug.to_string()),
                Some(("place", slug)) if super::is_id(slug) => Page::Place(slug.to_string()),
                _ => return None,
            },
        };
        let route = Route::from(page);
        // A name that prints back otherwise (`.kk.html`) is no page of ours.
        (route.file(ui).as_deref() == Some(name)).then_some((route, ui))
    }
}

/// The pages of their own that name no person or place.
fn fixed_pages() -> [Page; 7] {
    [
        Page::People,
        Page::Places,
        Page::Timeline {
            decade: None,
            person: None,
        },
        Page::Map { decade: None },
        Page::Words { word: None },
        Page::Overview,
        Page::About,
    ]
}

/// Every route the build writes a page for, in a stable order.
pub fn pages_with_files(lib: &Library) -> Vec<Route> {
    let fixed = fixed_pages();
    let people = lib.people.iter().map(|p| Page::Person(p.slug.clone()));
    let places = lib.places.iter().map(|p| Page::Place(p.slug.clone()));
    fixed
        .into_iter()
        .chain(people)
        .chain(places)
        .map(Route::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_file_reads_back_as_its_route() {
        let named = [Page::Person("abai".into()), Page::Place("baku".into())];
        for page in fixed_pages().into_iter().chain(named) {
            for ui in Lang::ALL {
                let route = Route::from(page.clone());
                let file = route.file(ui).expect("a page of its own");
                assert_eq!(Route::from_file(&file), Some((route.clone(), ui)), "{file}");
                assert_eq!(
                    Route::from_file(&format!("/site/{file}#/x")),
                    Some((route, ui))
                );
            }
        }
    }

    #[test]
    fn what_has_no_page_of_its_own_links_by_hash() {
        let search = Route::from(Page::Search("абай".into()));
        assert!(search.href(Lang::Ru).starts_with("#/search?q="));
        let filtered = Route::from(Page::Timeline {
            decade: Some(1990),
            person: None,
        });
        assert_eq!(filtered.href(Lang::Kk), "#/timeline?decade=1990");
        let translated = Route::new(Page::People, Reading::parse("en").unwrap());
        assert_eq!(translated.href(Lang::En), "#/people?tr=en");
        assert_eq!(Route::from(Page::People).href(Lang::En), "people.en.html");
    }

    #[test]
    fn other_names_are_no_pages() {
        for name in [
            "index.html",
            "people.kk.html",
            "people.de.html",
            "person-.html",
            "person-a b.html",
            "people.htm",
            "sw.js",
            "",
        ] {
            assert_eq!(Route::from_file(name), None, "{name}");
        }
    }
}
