//! The timeline against the real article: every date as read by hand, in
//! chronological order, anniversaries and plain numbers kept off it, the
//! bibliography's dates kept apart.

mod common;

use common::{article, read};
use qazaq_reader::core::article::Article;
use qazaq_reader::core::dates::{
    anniversaries, by_decade, decades, publication_dates, timeline, Event, Precision,
    MAX_LINE_CHARS,
};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::{find_mentions, parse_people, searchable_texts, Mention};
use qazaq_reader::core::places::{find_place_mentions, parse_places};

struct Data {
    article: Article,
    people: Vec<Mention>,
    places: Vec<Mention>,
}

fn data() -> Data {
    let article = article();
    let people = parse_people(&read("data/people.json")).expect("people.json");
    let places = parse_places(&read("data/places.json")).expect("places.json");
    Data {
        people: find_mentions(&article, &people),
        places: find_place_mentions(&article, &places),
        article,
    }
}

fn events() -> Vec<Event> {
    let d = data();
    timeline(&d.article, &d.people, &d.places)
}

/// `1911-1913`, `1990s`, `1920-04`, `1938-02-10`, `1991`.
fn label(e: &Event) -> String {
    let y = e.start_year;
    match (e.precision, e.end_year, e.month, e.day) {
        (Precision::Range, Some(end), _, _) => format!("{y}-{end}"),
        (Precision::Decade, _, _, _) => format!("{y}s"),
        (Precision::Day, _, Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
        (Precision::Month, _, Some(m), _) => format!("{y}-{m:02}"),
        _ => format!("{y}"),
    }
}

fn written<'a>(article: &'a Article, e: &Event) -> &'a str {
    searchable_texts(article)
        .into_iter()
        .find(|(id, _)| *id == e.block_id)
        .and_then(|(_, text)| text.get(e.start..e.end))
        .unwrap_or_else(|| panic!("{} does not lie in its block", e.id))
}

/// Read off the article paragraph by paragraph, then put in order of date.
const EXPECTED: [(&str, &str); 29] = [
    ("1911-1913", "p11"),
    ("1911-05", "p12"),
    ("1917-1920", "p14"),
    ("1918", "p15"),
    ("1920-04", "p3"),
    ("1921-1922", "p20"),
    ("1925-1929", "p18"),
    ("1926", "p19"),
    ("1929-1939", "p16"),
    ("1930-1940", "p21"),
    ("1934", "p17"),
    ("1937-1938", "p19"),
    ("1937", "p20"),
    ("1938-02-10", "p20"),
    ("1973", "p27"),
    ("1990s", "p6"),
    ("1990-01", "p22"),
    ("1991", "p3"),
    ("1993", "p5"),
    ("1994", "p7"),
    ("2005", "p39"),
    ("2005-05-24", "p28"),
    ("2012-2013", "p31"),
    ("2017-2018", "p31"),
    ("2017", "p38"),
    ("2017-04", "p24"),
    ("2018", "p30"),
    ("2018-2020", "p38"),
    ("2018", "p38"),
];

#[test]
fn the_timeline_is_the_hand_read_one() {
    let found: Vec<(String, String)> = events()
        .iter()
        .map(|e| (label(e), e.block_id.clone()))
        .collect();
    let expected: Vec<(String, String)> = EXPECTED
        .iter()
        .map(|(l, b)| (l.to_string(), b.to_string()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(
        decades(&events()),
        [1910, 1920, 1930, 1940, 1970, 1990, 2000, 2010, 2020]
    );
}

/// A range is listed under every decade it spans, and found by each decade's
/// filter; a decade (`1990 жылдары`) stays in its own.
#[test]
fn ranges_fall_under_every_decade_they_span() {
    let events = events();
    let all: Vec<&Event> = events.iter().collect();
    let groups = by_decade(&all);
    let under = |decade: u16| -> Vec<String> {
        groups
            .iter()
            .find(|(d, _)| *d == decade)
            .map(|(_, es)| es.iter().map(|e| label(e)).collect())
            .unwrap_or_default()
    };
    assert!(under(1920).contains(&"1929-1939".to_string()));
    assert!(under(1930).contains(&"1929-1939".to_string()));
    assert!(under(1910).contains(&"1917-1920".to_string()));
    assert!(under(1920).contains(&"1917-1920".to_string()));
    assert_eq!(under(1940), ["1930-1940"]);
    assert_eq!(under(2020), ["2018-2020"]);
    assert!(!under(2000).contains(&"1990s".to_string()));
    // Each group in time order, and every event under each decade it spans.
    for (decade, es) in &groups {
        for pair in es.windows(2) {
            assert!(
                pair[0].start_year <= pair[1].start_year,
                "{decade}: {pair:?}"
            );
        }
        assert!(es.iter().all(|e| e.in_decade(*decade)));
    }
    for e in &events {
        for d in e.decades() {
            assert!(
                groups.iter().any(|(g, es)| *g == d && es.contains(&e)),
                "{}",
                e.id
            );
        }
    }
    let in_1930s: Vec<String> = events
        .iter()
        .filter(|e| e.in_decade(1930))
        .map(label)
        .collect();
    assert_eq!(
        in_1930s,
        [
            "1929-1939",
            "1930-1940",
            "1934",
            "1937-1938",
            "1937",
            "1938-02-10"
        ]
    );
}

/// Who an event is about (README, *Dates*): the people its sentence names;
/// else, after a pronoun (`Ол`), the people of the nearest earlier sentence
/// naming someone (one, for a singular pronoun); else, when the next
/// sentence opens with a pronoun (`Олардың арасында`), the people the
/// paragraph goes on to name.
#[test]
fn events_are_about_the_people_pronouns_and_lists_point_to() {
    let events = events();
    let find = |label_wanted: &str, block: &str| {
        events
            .iter()
            .find(|e| label(e) == label_wanted && e.block_id == block)
            .unwrap_or_else(|| panic!("{label_wanted} in {block}"))
    };
    // «Ол 1937 жылы ... тұтқындалды»: Рысқұлов, named the sentence before.
    let arrest = find("1937", "p20");
    assert!(
        arrest.sentence.starts_with("Ол 1937 жылы"),
        "{}",
        arrest.sentence
    );
    assert_eq!(arrest.people, ["turar-ryskulov"]);
    // «1937-1938 жылдары ... репрессияланды. Олардың арасында ...»: the
    // eleven the paragraph then lists, not the one who gave the orders.
    let repression = find("1937-1938", "p19");
    assert_eq!(
        repression.people,
        [
            "akhmet-baitursynuly",
            "mirzhakyp-dulatov",
            "magzhan-zhumabayev",
            "saken-seifullin",
            "shakarim-kudaiberdiuly",
            "beimbet-mailin",
            "ilyas-zhansugurov",
            "mukhamedzhan-tynyshpayev",
            "sultanbek-kozhanov",
            "sanzhar-asfendiyarov",
            "oraz-zhandosov",
        ]
    );
    // The sentence between opens with a pronoun but has nobody before it.
    assert!(find("1926", "p19").people.is_empty());
}

#[test]
fn dates_are_covered_as_written() {
    let d = data();
    let events = timeline(&d.article, &d.people, &d.places);
    // The dates of one block, in reading order.
    let text_of = |id: &str| -> Vec<&str> {
        let mut in_block: Vec<&Event> = events.iter().filter(|e| e.block_id == id).collect();
        in_block.sort_by_key(|e| e.start);
        in_block.iter().map(|e| written(&d.article, e)).collect()
    };
    assert_eq!(text_of("p3"), ["1920 жылдың сәуір айында", "1991 жылы"]);
    assert_eq!(text_of("p6"), ["1990 жылдардың"]);
    assert_eq!(text_of("p11"), ["1911-1913 жылдары"]);
    assert_eq!(text_of("p12"), ["1911 жылғы мамыр айының"]);
    assert_eq!(
        text_of("p20"),
        ["1921-1922 жылдары", "1937 жылы", "1938 жылдың 10 ақпаны"]
    );
    assert_eq!(text_of("p28"), ["2005 жылдың 24 мамыры"]);
    assert_eq!(
        text_of("p38"),
        ["2018-2020 жылдардағы", "2018 жылы", "2017 жылмен"]
    );
    // Ids number the dates of a block in reading order.
    let p19: Vec<&str> = events
        .iter()
        .filter(|e| e.block_id == "p19")
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(p19, ["p19-2", "p19-1"]);
}

#[test]
fn events_are_in_order_and_point_into_the_article() {
    let d = data();
    let events = timeline(&d.article, &d.people, &d.places);
    let key = |e: &Event| (e.start_year, e.month.unwrap_or(0), e.day.unwrap_or(0));
    let position = |e: &Event| {
        searchable_texts(&d.article)
            .iter()
            .position(|(id, _)| *id == e.block_id)
            .map(|i| (i, e.start))
    };
    for pair in events.windows(2) {
        assert!(key(&pair[0]) <= key(&pair[1]), "{pair:?}");
        if key(&pair[0]) == key(&pair[1]) {
            assert!(position(&pair[0]) < position(&pair[1]), "{pair:?}");
        }
    }
    let mut ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), events.len(), "ids are unique");
    for e in &events {
        let block_in_article = d
            .article
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| b.id() == e.block_id);
        assert!(block_in_article, "{}: {}", e.id, e.block_id);
        let text = written(&d.article, e);
        assert!(text.starts_with(|c: char| c.is_ascii_digit()), "{text}");
        if let Some(end) = e.end_year {
            assert!(end > e.start_year, "{}", e.id);
        }
        // The line shows the date, fits, and is one line.
        assert!(e.sentence.contains(text), "{}: {}", e.id, e.sentence);
        assert!(e.sentence.chars().count() <= MAX_LINE_CHARS, "{}", e.id);
        assert!(!e.sentence.contains('\n'), "{}", e.id);
    }
}

#[test]
fn anniversaries_and_plain_numbers_stay_off_the_timeline() {
    let d = data();
    let events = timeline(&d.article, &d.people, &d.places);
    for e in &events {
        let text = written(&d.article, e);
        assert!(
            !text.contains("жылдық") && !text.contains("толған"),
            "{text}"
        );
        assert!((1900..=2020).contains(&e.start_year), "{}", e.id);
        assert!(!e.block_id.starts_with("ref"), "{}", e.id);
    }
    let list = anniversaries(&d.article, &d.people, &d.places);
    let summary: Vec<(String, u16, Option<u16>, Option<String>)> = list
        .iter()
        .map(|a| (a.block_id.clone(), a.years, a.year, a.subject.clone()))
        .collect();
    let some = |s: &str| Some(s.to_string());
    // The two of the opening paragraph name what they mark: the diplomacy
    // (in the article's words) and the republic (a place).
    assert_eq!(list[0].phrase.as_deref(), Some("Әзербайжан дипломатиясы"));
    assert_eq!(list[0].place, None);
    assert_eq!(list[1].phrase, None);
    assert_eq!(
        list[1].place.as_deref(),
        Some("azerbaijan-democratic-republic")
    );
    for a in &list[2..] {
        assert!(
            a.subject.is_some() && a.place.is_none() && a.phrase.is_none(),
            "{a:?}"
        );
    }
    assert_eq!(
        summary,
        [
            ("p1".to_string(), 100, None, None),
            ("p1".into(), 100, None, None),
            ("p27".into(), 1300, None, some("korkyt-ata")),
            ("p27".into(), 600, Some(1973), some("nasimi")),
            ("p27".into(), 500, None, some("muhammad-fuzuli")),
            ("p27".into(), 1000, None, some("manas")),
            ("p27".into(), 660, None, some("amir-timur")),
            ("p27".into(), 150, None, some("abai")),
        ]
    );
    assert_eq!(list[1].id, "p1-a2");
    for a in &list {
        assert!(a.sentence.chars().count() <= MAX_LINE_CHARS, "{}", a.id);
    }
}

#[test]
fn the_bibliography_gives_publication_dates() {
    let article = article();
    let sources = publication_dates(&article);
    let found: Vec<(String, String)> = sources
        .iter()
        .map(|e| (e.block_id.clone(), label(e)))
        .collect();
    assert_eq!(
        found,
        [
            ("ref1".to_string(), "2017-12-28".to_string()),
            ("ref2".into(), "2004".into()),
            ("ref3".into(), "1999".into()),
        ]
    );
    assert_eq!(written(&article, &sources[0]), "28 декабря 2017 года");
    // The line is the whole entry: its stops do not end sentences.
    assert_eq!(sources[2].sentence, article.bibliography.entries[2].text);
}

#[test]
fn events_name_the_people_and_places_of_their_sentence() {
    let events = events();
    let find = |label_wanted: &str, block: &str| {
        events
            .iter()
            .find(|e| label(e) == label_wanted && e.block_id == block)
            .unwrap_or_else(|| panic!("{label_wanted} in {block}"))
    };
    let visit = find("2017-04", "p24");
    assert_eq!(visit.people, ["nursultan-nazarbayev", "ilham-aliyev"]);
    assert_eq!(visit.places, ["azerbaijan"]);
    let envoy = find("1921-1922", "p20");
    assert_eq!(envoy.people, ["turar-ryskulov"]);
    assert_eq!(envoy.places, ["kazakhstan", "baku", "rsfsr", "narkomnats"]);
    assert_eq!(find("1938-02-10", "p20").people, ["turar-ryskulov"]);
    // The newspaper «Қазақстан» is not the country; Baku is where they went.
    assert!(find("1911-1913", "p11").places.is_empty());
    let trip = find("1911-05", "p12");
    assert_eq!(trip.people, ["zeynalabdin-taghiyev"]);
    assert_eq!(trip.places, ["baku"]);
    // A long sentence is cut around its date.
    assert!(trip.sentence.ends_with('…'), "{}", trip.sentence);
    assert!(trip
        .sentence
        .contains("«Өткен 1911 жылғы мамыр айының басында"));
    // The foundation is a place; Heydar Aliyev in its name is not a person here.
    let foundation = find("2005-05-24", "p28");
    assert!(foundation.people.is_empty());
    assert_eq!(
        foundation.places,
        ["azerbaijan", "heydar-aliyev-foundation", "kazakhstan"]
    );
    assert_eq!(
        find("1973", "p27").people,
        ["heydar-aliyev", "nasimi", "muhammad-fuzuli"]
    );
}

#[test]
fn the_library_carries_the_dates() {
    let people = parse_people(&read("data/people.json")).expect("people.json");
    let places = parse_places(&read("data/places.json")).expect("places.json");
    let lib = Library::computed(article(), people, places);
    assert_eq!(lib.timeline(), events());
    assert_eq!(lib.anniversaries().len(), 8);
    assert_eq!(lib.sources().len(), 3);
}
