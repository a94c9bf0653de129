//! Search on the real article: the spellings people type, and input that must
//! never break it.

use qazaq_reader::core::article::Article;
use qazaq_reader::core::search::{snippet, SearchIndex, SearchResults};
use std::sync::OnceLock;

fn article() -> &'static Article {
    static ARTICLE: OnceLock<Article> = OnceLock::new();
    ARTICLE.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/article.json");
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("parse")
    })
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(article()))
}

/// Text a hit's ranges point into.
fn text_of(block_id: &str, in_title: bool) -> String {
    let a = article();
    if in_title {
        let s = a.section_of(block_id).expect("section");
        return s.title.clone().unwrap_or_default();
    }
    if let Some(r) = a.bibliography.entries.iter().find(|r| r.id == block_id) {
        return r.text.clone();
    }
    if let Some(line) = a.front_line(block_id) {
        return line.to_string();
    }
    let s = a.section_of(block_id).expect("block");
    let b = s.blocks.iter().find(|b| b.id() == block_id).expect("block");
    b.text().to_string()
}

/// Every matched word of every hit, as written in the article.
fn matched_words(r: &SearchResults) -> Vec<String> {
    let mut out = Vec::new();
    for h in &r.hits {
        let text = text_of(&h.block_id, h.in_title);
        for &(s, e) in &h.ranges {
            out.push(text[s..e].to_string());
        }
    }
    out
}

fn finds(query: &str, word: &str) {
    let r = index().search(query, 50);
    let words = matched_words(&r);
    assert!(
        words.iter().any(|w| w == word),
        "{query:?} should find {word:?}, found {words:?}"
    );
}

#[test]
fn kazakh_inflections() {
    for w in ["газеті", "газетінің", "газетке"] {
        finds("газет", w);
    }
    for w in [
        "Әзербайжанның",
        "Әзербайжанға",
        "Әзербайжандықтар",
        "Әзербайжанда",
    ] {
        finds("Әзербайжан", w);
    }
    finds("халық", "халқының");
    finds("Қазақстан", "Қазақстандағы");
    finds("Баку", "Бакуде");
}

#[test]
fn russian_keyboard_spellings() {
    finds("Казакстан", "Қазақстан");
    finds("Алиев", "Әлиев");
    finds("Шокай", "Шоқай");
    finds("газетинин", "газетінің");
}

#[test]
fn latin_spellings() {
    let cases = [
        ("Aliyev", "Әлиев"),
        ("Aliev", "Әлиев"),
        ("Nazarbayev", "Назарбаев"),
        ("Tokayev", "Тоқаевтың"),
        ("Baku", "Баку"),
        ("Shokay", "Шоқай"),
        ("Chokay", "Шоқай"),
        ("Kazakhstan", "Қазақстан"),
        ("Qazaqstan", "Қазақстан"),
        ("Äzerbaijan", "Әзербайжан"),
        ("Şoqay", "Шоқай"),
    ];
    for (q, w) in cases {
        finds(q, w);
    }
}

#[test]
fn prefixes_and_typos() {
    finds("репресс", "репрессия");
    finds("репресс", "репрессияланды");
    finds("Назарбаеев", "Назарбаев");
    finds("Назрбаев", "Назарбаев");
    finds("Назарбеав", "Назарбаев");
}

#[test]
fn numbers_and_phrases() {
    finds("1994", "1994");
    finds("220,7", "220,7");
    finds("1911-1913", "1913");
    let r = index().search("\"Ғасыр келісім-шарты\"", 10);
    assert_eq!(r.hits.first().map(|h| h.block_id.as_str()), Some("p7"));
    // The words exist, but never in this order.
    assert_eq!(index().search("\"шарты келісім Ғасыр\"", 10).total, 0);
}

#[test]
fn all_words_must_match() {
    let both = index().search("Тагиев рубль", 10);
    assert_eq!(
        both.hits
            .iter()
            .map(|h| h.block_id.as_str())
            .collect::<Vec<_>>(),
        ["p12"]
    );
}

#[test]
fn suggests_article_words_when_nothing_matches() {
    let r = index().search("Тагиефф", 10);
    assert_eq!(r.total, 0);
    assert!(
        r.suggestions.iter().any(|s| s.starts_with("Тагиев")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn hostile_input_is_harmless() {
    let long = "Қазақстан ".repeat(1000);
    let queries = [
        long.as_str(),
        "🙂🙂🙂",
        "Қаза\u{200B}қ\u{00AD}стан",
        "Qазақстан",
        "?!.,;:—…",
        ".*+?^${}()|[]\\",
        "\"",
        "«",
        "",
        "   ",
        "\u{0301}\u{0301}",
        "ӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘ",
    ];
    for q in queries {
        let r = index().search(q, 10);
        check_ranges(&r);
    }
    assert!(index().search(&long, 10).total > 0);
    assert!(index().search("Қаза\u{200B}қ\u{00AD}стан", 10).total > 0);
    assert!(index().search("Qазақстан", 10).total > 0);
    assert_eq!(
        index().search(".*+?^${}()|[]\\", 10),
        SearchResults::default()
    );
}

fn check_ranges(r: &SearchResults) {
    for h in &r.hits {
        let text = text_of(&h.block_id, h.in_title);
        let mut last_end = 0;
        for &(s, e) in &h.ranges {
            assert!(s < e && e <= text.len(), "{} {:?}", h.block_id, h.ranges);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            assert!(s >= last_end, "sorted and disjoint");
            last_end = e;
        }
        let segs = snippet(&text, &h.ranges, 120);
        assert!(segs.iter().any(|(_, hl)| *hl) || h.ranges.is_empty());
    }
}

#[test]
fn ranges_are_valid_for_every_labelled_query() {
    #[derive(serde::Deserialize)]
    struct Labelled {
        query: String,
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/queries.json");
    let labelled: Vec<Labelled> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("parse");
    assert!(labelled.len() >= 40, "{} labelled queries", labelled.len());
    let mut checked = 0;
    for q in &labelled {
        let results = index().search(&q.query, 100);
        checked += results.hits.len();
        check_ranges(&results);
    }
    assert!(
        checked > labelled.len(),
        "the queries find something to check"
    );
}

#[test]
fn compatibility_characters_fold_as_nfkc() {
    let ids = |q: &str| -> Vec<String> {
        index()
            .search(q, 50)
            .hits
            .into_iter()
            .map(|h| h.block_id)
            .collect()
    };
    let plain = ids("1991");
    assert!(!plain.is_empty());
    assert_eq!(ids("１９９１"), plain);
    assert_eq!(ids("Ｔａｇｉｙｅｖ"), ids("Tagiyev"));
}

#[test]
fn a_typo_inside_an_inflected_name_still_matches() {
    for (typo, right) in [
        ("Назарбаеевтің", "Назарбаевтың"),
        ("Тагиеевтің", "Тагиевтің"),
        ("Шоққайдың", "Шоқайдың"),
        // The phonetic key finds one form of the name; the typo finds them all.
        ("Баккуде", "Бакуде"),
    ] {
        let found: Vec<String> = index()
            .search(typo, 50)
            .hits
            .into_iter()
            .map(|h| h.block_id)
            .collect();
        let expected: Vec<String> = index()
            .search(right, 50)
            .hits
            .into_iter()
            .map(|h| h.block_id)
            .collect();
        assert!(!expected.is_empty(), "{right}");
        assert!(
            expected.iter().all(|e| found.contains(e)),
            "{typo}: {found:?}, {right}: {expected:?}"
        );
    }
}

#[test]
fn suggestions_are_only_close_words() {
    let r = index().search("oil", 10);
    assert!(r.hits.is_empty());
    assert!(r.suggestions.is_empty(), "{:?}", r.suggestions);
    let r = index().search("Тагиефф", 10);
    assert!(r.hits.is_empty());
    assert_eq!(r.suggestions.first().map(String::as_str), Some("Тагиев"));
}

#[test]
fn matches_count_every_marked_word() {
    for q in ["Әзербайжан", "Шоқай", "1991", "екі ел"] {
        let all = index().search(q, 1000);
        let marked: usize = all.hits.iter().map(|h| h.ranges.len()).sum();
        assert_eq!(all.matches, marked, "{q}");
        assert!(all.matches >= all.total, "{q}");
        // The count does not depend on how many hits are listed.
        assert_eq!(index().search(q, 3).matches, all.matches, "{q}");
    }
}
