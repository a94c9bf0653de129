//! The route's grammar, pinned: every page and reading parses back from the
//! address it prints.

use crate::core::translation::TrLang;

fn page(hash: &str) -> Page {
    Route::parse(hash).page
}

#[test]
fn the_reading_is_part_of_the_route() {
    let en = Reading::Parallel(TrLang::En);
    let ru_only = Reading::Alone(TrLang::Ru);
    let r = Route::parse("#/p/p12?tr=en");
    assert_eq!(r, Route::new(Page::block("p12"), en));
    assert_eq!(Route::parse("#/p/p12?q=%D0%B0&tr=ru-only").reading, ru_only);
    assert_eq!(
        Route::parse("#/p/p12?q=%D0%B0&tr=ru-only").page,
        Page::Block {
            id: "p12".into(),
            query: "а".into()
        }
    );
    assert_eq!(Route::parse("#/?tr=kk"), Route::from(Page::Home));
    assert_eq!(
        Route::parse("#/section/s2?tr=en").page,
        Page::Section("s2".into())
    );
    assert_eq!(
        Route::parse("#/p/p3?tr=en&quote=a%26b").page,
        Page::Quote {
            id: "p3".into(),
            quote: "a&b".into()
        }
    );
    // An address without a reading keeps the one in effect; one with a
    // reading (Kazakh too) says which.
    assert_eq!(Route::parse_or("#/people", en).reading, en);
    assert_eq!(
        Route::parse_or("#/people?tr=kk", en).reading,
        Reading::Kazakh
    );
    assert_eq!(Route::parse_or("#/people?tr=ru-only", en).reading, ru_only);
    // Printed: Kazakh names no reading, so old links stay as they were.
    assert_eq!(
        Route::new(Page::block("p12"), en).to_hash(),
        "#/p/p12?tr=en"
    );
    assert_eq!(Route::from(Page::block("p12")).to_hash(), "#/p/p12");
    assert_eq!(Route::new(Page::Home, ru_only).to_hash(), "#/?tr=ru-only");
    assert_eq!(
        Route::new(
            Page::Block {
                id: "p3".into(),
                query: "oil".into()
            },
            en
        )
        .to_hash(),
        "#/p/p3?q=oil&tr=en"
    );
    // `to` keeps the reading: how every link is made.
    assert_eq!(r.to(Page::People).to_hash(), "#/people?tr=en");
}

#[test]
fn an_unknown_reading_is_kazakh_and_said() {
    for (hash, said) in [
        ("#/p/p12?tr=de", "de"),
        ("#/p/p12?tr=", ""),
        ("#/p/p12?tr=%3Cscript%3E", "<script>"),
        ("#/p/p12?tr=en-only-only", "en-only-only"),
    ] {
        let r = Route::parse_or(hash, Reading::Parallel(TrLang::En));
        assert_eq!(
            r.page,
            Page::block("p12"),
            "{hash}: the paragraph still opens"
        );
        assert_eq!(r.reading, Reading::Kazakh, "{hash}");
        assert_eq!(r.unknown_reading.as_deref(), Some(said), "{hash}");
        assert_eq!(r.to_hash(), "#/p/p12", "{hash}: printed without the junk");
    }
    let long = format!("#/p/p1?tr={}", "x".repeat(500));
    let said = Route::parse(&long).unknown_reading.unwrap_or_default();
    assert!(said.chars().count() <= MAX_UNKNOWN_READING_CHARS + 1);
    assert_eq!(Route::parse("#/p/p12?tr=ru").unknown_reading, None);
}

#[test]
fn every_route_round_trips_in_every_reading() {
    let pages = [
        Page::Home,
        Page::Section("s3".into()),
        Page::block("p40"),
        Page::Block {
            id: "p2".into(),
            query: "Шоқай 1934 tr=en".into(),
        },
        Page::Quote {
            id: "p7".into(),
            quote: "«Яш Түркістан» 100% & ? #".into(),
        },
        Page::Search("Әлиев \"Ғасыр келісім\" 100% & ?".into()),
        Page::Search(String::new()),
        Page::People,
        Page::Person("mustafa-shokay".into()),
        Page::PersonWith {
            slug: "turar-ryskulov".into(),
            with: "levon-mirzoyan".into(),
        },
        Page::Places,
        Page::Place("baku".into()),
        Page::Timeline {
            decade: None,
            person: None,
        },
        Page::Timeline {
            decade: Some(1930),
            person: Some("turar-ryskulov".into()),
        },
        Page::Map { decade: None },
        Page::Map { decade: Some(1920) },
        Page::Words { word: None },
        Page::Words {
            word: Some("әзербайжан".into()),
        },
        Page::Overview,
        Page::Notes,
        Page::About,
        Page::NotFound("/nowhere".into()),
    ];
    for page in pages {
        for reading in Reading::ALL {
            let route = Route::new(page.clone(), reading);
            let hash = route.to_hash();
            // Whatever reading was in effect before, the address says which.
            for before in Reading::ALL {
                let back = Route::parse_or(&hash, before);
                if reading == Reading::Kazakh {
                    assert_eq!(back.page, page, "{hash}");
                    assert_eq!(back.reading, before, "{hash}: Kazakh names no reading");
                } else {
                    assert_eq!(back, route, "{hash}");
                }
            }
            assert_eq!(Route::parse(&hash), route, "{hash}");
        }
    }
}

use super::url::*;
use super::*;

#[test]
fn parses_known_routes() {
    assert_eq!(page(""), Page::Home);
    assert_eq!(page("#"), Page::Home);
    assert_eq!(page("#/"), Page::Home);
    assert_eq!(page("#/section/s2"), Page::Section("s2".into()));
    assert_eq!(page("#/p/p17"), Page::block("p17"));
    assert_eq!(page("#/p/ref3"), Page::block("ref3"));
    assert_eq!(
        page("#/p/p3?q=%C3%A4"),
        Page::Block {
            id: "p3".into(),
            query: "ä".into()
        }
    );
    assert_eq!(
        page("#/search?q=%D0%B3%D0%B0%D0%B7%D0%B5%D1%82+1911"),
        Page::Search("газет 1911".into())
    );
    assert_eq!(page("#/search"), Page::Search(String::new()));
    assert_eq!(page("#/people"), Page::People);
    assert_eq!(
        page("#/person/heydar-aliyev"),
        Page::Person("heydar-aliyev".into())
    );
    assert_eq!(
        page("#/person/a?with=b"),
        Page::PersonWith {
            slug: "a".into(),
            with: "b".into()
        }
    );
    // A `with` that is not a slug is dropped, the page kept.
    assert_eq!(page("#/person/a?with=%3Cx%3E"), Page::Person("a".into()));
}

#[test]
fn timeline_filters_ignore_junk() {
    assert_eq!(
        page("#/timeline?decade=1935&person=%3Cx%3E"),
        Page::Timeline {
            decade: None,
            person: None
        }
    );
    assert_eq!(
        page("#/timeline?decade=1990"),
        Page::Timeline {
            decade: Some(1990),
            person: None
        }
    );
}

#[test]
fn glance_routes_ignore_junk() {
    assert_eq!(page("#/map?decade=19x0"), Page::Map { decade: None });
    assert_eq!(page("#/map?decade=2010"), Page::Map { decade: Some(2010) });
    assert_eq!(page("#/words?w="), Page::Words { word: None });
    let long = format!("#/words?w={}", "а".repeat(100));
    assert_eq!(page(&long), Page::Words { word: None });
    assert_eq!(
        page("#/words?w=%D0%B3%D0%B0%D0%B7%D0%B5%D1%82"),
        Page::Words {
            word: Some("газет".into())
        }
    );
    assert_eq!(page("#/overview"), Page::Overview);
    assert_eq!(page("#/notes"), Page::Notes);
    assert_eq!(page("#/about"), Page::About);
    assert_eq!(page("#/about?x=1"), Page::About);
}

#[test]
fn unknown_routes_are_kept_for_display() {
    assert_eq!(page("#/nowhere"), Page::NotFound("/nowhere".into()));
    assert_eq!(page("#/p/<script>"), Page::NotFound("/p/<script>".into()));
    assert_eq!(page("#/section/a/b"), Page::NotFound("/section/a/b".into()));
    let long = format!("#/{}", "x".repeat(30_000));
    assert!(matches!(page(&long), Page::NotFound(s) if s.chars().count() == 81));
}

#[test]
fn over_long_search_links_still_search() {
    // 10,000 Kazakh letters, escaped as a browser does: 60,000 bytes.
    let q = "ә".repeat(10_000);
    let hash = Route::from(Page::Search(q.clone())).to_hash();
    assert!(hash.len() > MAX_HASH_BYTES);
    let Page::Search(parsed) = page(&hash) else {
        panic!("an over-long search link is still a search");
    };
    assert!(
        parsed.chars().count() > 1000,
        "kept long enough to be cut by the search"
    );
    assert!(q.starts_with(&parsed), "cut, never garbled");
    // The same for a hit in the text, whatever the cut lands on.
    for pad in 0..3 {
        let hash = format!("#/p/p3?q={}{}", "x".repeat(pad), "%D3%99".repeat(10_000));
        let Page::Block { id, query } = page(&hash) else {
            panic!("an over-long hit link is still a hit");
        };
        assert_eq!(id, "p3");
        assert!(!query.contains('\u{FFFD}') && !query.contains('%'), "{pad}");
    }
}

#[test]
fn quote_links_parse_and_round_trip() {
    let quote = |id: &str, q: &str| Page::Quote {
        id: id.into(),
        quote: q.into(),
    };
    assert_eq!(
        page("#/p/p12?quote=%D0%91%D1%96%D1%80+%20%20%D0%B6%D1%8B%D0%BB"),
        quote("p12", "Бір жыл"),
        "whitespace runs become one space"
    );
    assert_eq!(page("#/p/p12?quote=++"), Page::block("p12"));
    assert_eq!(page("#/p/p12?quote="), Page::block("p12"));
    assert_eq!(page("#/p/p3?tr=en&quote=a%26b%3Dc"), quote("p3", "a&b=c"));
    let long = page(&format!("#/p/p3?quote={}", "%D3%99".repeat(900)));
    let Page::Quote { quote: q, .. } = long else {
        panic!("still a quote");
    };
    assert_eq!(q.chars().count(), crate::core::anchor::MAX_QUOTE_CHARS);
    for r in [
        quote("p7", "«Яш Түркістан» 100% & ? #"),
        quote("ref2", "a b"),
    ] {
        assert_eq!(page(&Route::from(r.clone()).to_hash()), r);
    }
}

#[test]
fn percent_decoding_never_fails() {
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("%zz"), "%zz");
    assert_eq!(percent_decode("a%2"), "a%2");
    assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    assert_eq!(percent_decode("%F0%9F%98%80"), "😀");
}
