//! The places and organisations index against the real article: every entry
//! found, every count as counted by hand, abbreviations with hyphenated
//! suffixes, routes whole, titles flagged, nothing found that is not there.

use std::collections::BTreeMap;

mod common;

use common::{article, article_of, pairs, people, places, read};
use qazaq_reader::core::article::Article;
use qazaq_reader::core::library::Library;
use qazaq_reader::core::names::index::{Mention, SortOrder};
use qazaq_reader::core::people::{find_mentions, mention_text};
use qazaq_reader::core::places::{
    find_place_mentions, places_in_block, validate_places, Place, PlaceKind, PlacesError,
};

/// `(block id, text as written)` of one place's mentions.
fn written(article: &Article, mentions: &[Mention], slug: &str) -> Vec<(String, String)> {
    mentions
        .iter()
        .filter(|m| m.slug == slug)
        .map(|m| {
            let text = mention_text(article, m).expect("mention lies in its block");
            (m.block_id.clone(), text.to_string())
        })
        .collect()
}

/// The places found in one made-up paragraph, with their text.
fn found_in(text: &str) -> Vec<(String, String)> {
    let article = article_of(&[text], &[]);
    find_place_mentions(&article, &places())
        .iter()
        .map(|m| {
            let text = mention_text(&article, m).unwrap_or_default();
            (text.to_string(), m.slug.clone())
        })
        .collect()
}

#[test]
fn places_file_is_complete() {
    let places = places();
    assert_eq!(places.len(), 47);
    for p in &places {
        let fields = [
            &p.name,
            &p.latin,
            &p.russian,
            &p.description_kk,
            &p.description_en,
            &p.description_ru,
        ];
        for field in fields {
            assert!(!field.trim().is_empty(), "{}: empty field", p.slug);
            assert!(!field.contains('\n'), "{}: one line only", p.slug);
        }
        // Cities, countries, regions, seas, ports and the camp are on the map.
        let mapped = !matches!(
            p.kind,
            PlaceKind::Route | PlaceKind::State | PlaceKind::Organisation
        );
        assert_eq!(p.point().is_some(), mapped, "{}: lat/lon", p.slug);
    }
}

#[test]
fn bad_places_files_are_rejected() {
    let mut places = places();
    let taken = places[0].name.clone();
    places[1].aliases.push(taken);
    assert!(matches!(
        validate_places(&places),
        Err(PlacesError::SharedForm(_))
    ));
    let mut places = self::places();
    places[0].lat = None;
    assert!(matches!(
        validate_places(&places),
        Err(PlacesError::BadPoint(_))
    ));
    let mut places = self::places();
    places[0].slug = "Baku".into();
    assert!(matches!(
        validate_places(&places),
        Err(PlacesError::BadSlug(_))
    ));
}

#[test]
fn every_place_is_mentioned_and_mentions_do_not_overlap() {
    let article = article();
    let mentions = find_place_mentions(&article, &places());
    for p in places() {
        assert!(
            mentions.iter().any(|m| m.slug == p.slug),
            "{} is never found",
            p.slug
        );
    }
    let mut last_end: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &mentions {
        assert!(m.start < m.end, "{m:?}");
        assert!(mention_text(&article, m).is_some(), "{m:?}");
        let prev = last_end.insert(&m.block_id, m.end).unwrap_or(0);
        assert!(m.start >= prev, "overlap or out of order: {m:?}");
    }
}

#[test]
fn counts_match_the_hand_count() {
    let expected: BTreeMap<String, usize> =
        serde_json::from_str(&read("tests/fixtures/place_mentions.json")).expect("fixture");
    let mentions = find_place_mentions(&article(), &places());
    let mut actual: BTreeMap<String, usize> = BTreeMap::new();
    for m in &mentions {
        *actual.entry(m.slug.clone()).or_default() += 1;
    }
    assert_eq!(actual, expected);
    assert_eq!(mentions.len(), 190);
}

#[test]
fn abbreviations_take_suffixes_after_a_hyphen() {
    let article = article();
    let mentions = find_place_mentions(&article, &places());
    assert_eq!(
        written(&article, &mentions, "azerbaijan-democratic-republic"),
        pairs(&[
            ("p1", "Әзербайжан Демократиялық Республикасының"),
            ("p1", "ӘДР"),
            ("p2", "ӘДР"),
            ("p2", "ӘДР"),
            ("p3", "ӘДР-ді"),
            ("p3", "ӘДР"),
            ("p3", "ӘДР-дің"),
            ("p5", "ӘДР"),
            ("p14", "ӘДР"),
            ("p15", "ӘДР-ге"),
            ("p16", "ӘДР-дің"),
            ("ref2", "Azərbaycan Xalq Cümhuriyyəti"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "azerbaijan-foreign-ministry"),
        pairs(&[
            ("p1", "Сыртқы істер министрлігі"),
            ("p1", "СІМ"),
            ("p3", "СІМ-інің"),
            ("p4", "СІМ-нің"),
            ("p5", "СІМ-нің"),
            ("p5", "Сыртқы істер министрлігінің"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "un"),
        pairs(&[("p31", "БҰҰ-ның")])
    );
    assert_eq!(
        written(&article, &mentions, "un-security-council"),
        pairs(&[
            ("p31", "Қауіпсіздік Кеңесінің"),
            ("p31", "БҰҰ Қауіпсіздік Кеңесінің"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "communist-party-of-azerbaijan"),
        pairs(&[("p18", "КП ОК-тің")])
    );
    assert_eq!(
        written(&article, &mentions, "rsfsr"),
        pairs(&[("p20", "РКФСР-дің")])
    );
}

#[test]
fn routes_are_one_mention_each() {
    let article = article();
    let mentions = find_place_mentions(&article, &places());
    assert_eq!(
        written(&article, &mentions, "baku-tbilisi-ceyhan"),
        pairs(&[("p37", "Баку-Тбилиси-Жейхан мұнай құбырымен")])
    );
    assert_eq!(
        written(&article, &mentions, "baku-tbilisi-kars"),
        pairs(&[("p36", "Баку-Тбилиси-Карс темір жолының")])
    );
    assert_eq!(
        places_in_block(&mentions, "p37"),
        [
            "baku-tbilisi-ceyhan",
            "baku-tbilisi-erzurum",
            "tanap",
            "tap",
            "east-west-corridor"
        ]
    );
    // Baku inside a route's name is not Baku.
    let baku = written(&article, &mentions, "baku");
    assert!(baku
        .iter()
        .all(|(block, _)| block != "p36" && block != "p37"));
    // A list of countries joined by hyphens is the countries; the transit
    // route they name is the words after them, its own mention.
    let p36: Vec<&str> = places_in_block(&mentions, "p36");
    for country in ["china", "kazakhstan", "azerbaijan", "georgia", "turkey"] {
        assert!(p36.contains(&country), "{country}");
    }
    assert_eq!(
        written(&article, &mentions, "china-turkey-transit-route"),
        pairs(&[("p36", "халықаралық транзит бағыты")])
    );
    assert_eq!(
        written(&article, &mentions, "east-west-corridor"),
        pairs(&[
            ("p34", "Шығыс-Батыс тасымал дәлізінде"),
            ("p37", "Шығыс-Батыс тасымал дәлізін")
        ])
    );
}

#[test]
fn the_two_countries_with_adjectives_and_titles() {
    let article = article();
    let mentions = find_place_mentions(&article, &places());
    let texts: Vec<(String, String)> = written(&article, &mentions, "azerbaijan")
        .into_iter()
        .chain(written(&article, &mentions, "kazakhstan"))
        .collect();
    for (block, form) in [
        ("p9", "Әзербайжандықтар"),
        ("p16", "Әзербайжандық"),
        ("p23", "Әзербайжандықтардың"),
        ("p29", "Әзербайжан Республикасының"),
        ("p29", "қазақстандық"),
        ("p34", "қазақстандық"),
        ("p23", "Қазақстандағы"),
        ("ref5", "Казахстана"),
    ] {
        assert!(
            texts.contains(&(block.to_string(), form.to_string())),
            "{block}: {form}"
        );
    }
    // «Қазақстан» is also the newspaper: there it is a title, not the country.
    let titles: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.in_name)
        .map(|m| {
            let text = mention_text(&article, m).unwrap_or_default();
            (m.block_id.clone(), text.to_string())
        })
        .collect();
    assert_eq!(
        titles,
        pairs(&[
            ("p11", "Қазақстан"),
            ("p12", "Қазақстан"),
            ("p12", "Қазақстанға"),
            ("p16", "Түркістан"),
        ])
    );
    assert_eq!(places_in_block(&mentions, "p11"), ["azerbaijan"]);
    // The party, not the country; «Прометей» is the organisation itself.
    assert_eq!(
        places_in_block(&mentions, "p18"),
        [
            "kazakhstan",
            "communist-party-of-kazakhstan",
            "azerbaijan",
            "communist-party-of-azerbaijan"
        ]
    );
    assert!(places_in_block(&mentions, "p15").contains(&"prometheus"));
}

#[test]
fn words_that_only_look_like_places_are_not_places() {
    let text = "Қазақ даласы. қазан айында. Қазақтар келді. Түркі әлемі. Армян лоббиі. \
                Еуропалықтар. Парижанка. Ресейлік. Каспийский. Бакуев. Грузин. Қытайлық. \
                Армениялық. ӘДРшіл. СІМКАРТА. Кавказдықтар. Алматылық. бұұ. қырымтатар.";
    assert_eq!(found_in(text), Vec::<(String, String)>::new());
    // And the article's own near misses.
    let article = article();
    let mentions = find_place_mentions(&article, &places());
    for block in ["p6", "p37"] {
        assert!(!places_in_block(&mentions, block).contains(&"armenia"));
    }
    assert!(places_in_block(&mentions, "p9").contains(&"kazakhstan"));
    assert_eq!(
        found_in("Бакуге, Бакуде, Баку-Тбилиси бағыты, ӘДР-Түркия"),
        pairs(&[
            ("Бакуге", "baku"),
            ("Бакуде", "baku"),
            ("Баку", "baku"),
            ("ӘДР", "azerbaijan-democratic-republic"),
            ("Түркия", "turkey"),
        ])
    );
}

#[test]
fn people_and_places_overlap_only_inside_organisation_names() {
    let article = article();
    let people = find_mentions(&article, &people());
    let places = find_place_mentions(&article, &places());
    let mut overlaps = Vec::new();
    for p in &people {
        for q in places.iter().filter(|q| q.block_id == p.block_id) {
            if p.start < q.end && q.start < p.end {
                assert!(p.in_name, "{p:?} overlaps {q:?}");
                assert!(q.start <= p.start && p.end <= q.end, "{p:?} in {q:?}");
                overlaps.push((p.block_id.clone(), q.slug.clone()));
            }
        }
    }
    assert_eq!(
        overlaps,
        [
            ("p28".to_string(), "heydar-aliyev-foundation".to_string()),
            ("ref6".into(), "heydar-aliyev-foundation".into()),
        ]
    );
}

#[test]
fn library_lists_places_like_people() {
    let lib = Library::computed(article(), people(), places());
    assert_eq!(lib.places.count("baku"), 6);
    assert_eq!(lib.places.mentions_in("p31").len(), 7);
    assert_eq!(
        lib.place("caspian-sea").map(|p| p.kind),
        Some(PlaceKind::Sea)
    );
    let slugs =
        |list: Vec<&Place>| -> Vec<String> { list.iter().map(|p| p.slug.clone()).collect() };
    let by_mentions = slugs(lib.places.listing(SortOrder::Mentions, "", &|_| true));
    assert_eq!(
        by_mentions[..3],
        ["azerbaijan", "kazakhstan", "azerbaijan-democratic-republic"]
    );
    let first = slugs(
        lib.places
            .listing(SortOrder::FirstAppearance, "", &|_| true),
    );
    assert_eq!(first[..2], ["azerbaijan", "azerbaijan-democratic-republic"]);
    let by_name = slugs(
        lib.places
            .listing(SortOrder::Name, "", &|p| p.kind == PlaceKind::City),
    );
    assert_eq!(by_name, ["aktau", "almaty", "baku", "kazan", "paris"]);
    // Any script finds a place, and the kind narrows the list.
    for filter in ["Baku", "Баку", "Bakı", "бак"] {
        let cities = slugs(
            lib.places
                .listing(SortOrder::Name, filter, &|p| p.kind == PlaceKind::City),
        );
        assert_eq!(cities, ["baku"], "{filter}");
    }
    for filter in ["Kazakhstan", "Казахстан", "Qazaqstan", "қазақстан"] {
        let list = slugs(
            lib.places
                .listing(SortOrder::Name, filter, &|p| p.kind == PlaceKind::Country),
        );
        assert_eq!(list, ["kazakhstan"], "{filter}");
    }
    let routes = slugs(
        lib.places
            .listing(SortOrder::Name, "Baku", &|p| p.kind == PlaceKind::Route),
    );
    assert_eq!(routes.len(), 3);
    assert!(lib
        .places
        .listing(SortOrder::Name, "ӘДР", &|_| true)
        .iter()
        .any(|p| p.slug == "azerbaijan-democratic-republic"));
    assert!(lib
        .places
        .listing(SortOrder::Name, &"😀".repeat(1000), &|_| true)
        .is_empty());
}
