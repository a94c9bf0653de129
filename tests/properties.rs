//! Properties of the text layer, the search and the dates over arbitrary input.

mod common;

use common::article_of;
use proptest::prelude::*;
use qazaq_reader::core::article::Article;
use qazaq_reader::core::dates::{anniversaries, publication_dates, timeline, MAX_LINE_CHARS};
use qazaq_reader::core::search::{snippet, SearchIndex};
use qazaq_reader::core::text::normalize::MAX_WORD_CHARS;
use qazaq_reader::core::text::stem::{stems, stems_to, Depth};
use qazaq_reader::core::text::{fold, normalize, skeleton, stem, stem_folded, tokenize};
use std::sync::OnceLock;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/article.json");
        let article: Article =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("parse");
        SearchIndex::build(&article)
    })
}

/// Text that looks like the article and its queries, invisible characters,
/// combining marks and quotes included.
const TEXTISH: &str = "[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіЁёA-Za-zÄäÖöÜüŞşÇçĞğİı0-9 ,.\\-«»\"\u{200B}\u{00AD}\u{FEFF}\u{0301}\u{0306}🙂]{0,60}";
/// Lowercase Kazakh words, with endings likely to stack.
const WORDISH: &str =
    "[а-яәғқңөұүһі]{1,8}(лар|лер|дың|нің|ға|ке|да|тан|мен|дағы|лық|ы|і|сы|ымыз|н){0,4}";

fn lens(s: &str) -> usize {
    s.chars().count()
}

proptest! {
    #[test]
    fn normalising_is_idempotent(s in TEXTISH) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn normalising_any_unicode_is_idempotent(s in any::<String>()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn tokens_point_into_the_text(s in TEXTISH) {
        let mut last = 0;
        for t in tokenize(&s) {
            prop_assert!(t.start >= last && t.start < t.end && t.end <= s.len());
            prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            prop_assert!(!t.text.is_empty() && lens(&t.text) <= MAX_WORD_CHARS);
            last = t.end;
        }
    }

    #[test]
    fn stems_never_grow(w in WORDISH) {
        let n = lens(&w);
        prop_assert!(lens(&stem(&w)) <= n);
        prop_assert!(lens(&stem_folded(&fold(&w))) <= n);
        for s in stems(&w, false).iter().chain(&stems_to(&w, false, Depth::Inflection)) {
            prop_assert!(lens(s) <= n && !s.is_empty());
        }
    }

    #[test]
    fn text_functions_accept_anything(s in any::<String>()) {
        let n = lens(&s);
        prop_assert!(lens(&stem(&s)) <= n);
        prop_assert!(lens(&stem_folded(&s)) <= n);
        prop_assert_eq!(lens(&fold(&s)), n);
        let _ = skeleton(&s);
    }

    #[test]
    fn search_never_panics_and_ranges_are_sane(q in TEXTISH, limit in 0usize..20) {
        let r = index().search(&q, limit);
        prop_assert!(r.hits.len() <= limit && r.hits.len() <= r.total);
        for h in &r.hits {
            let mut last = 0;
            for &(s, e) in &h.ranges {
                prop_assert!(s >= last && s < e);
                last = e;
            }
        }
    }

    #[test]
    fn search_accepts_any_unicode(q in any::<String>()) {
        let r = index().search(&q, 5);
        prop_assert!(r.hits.len() <= 5);
    }

    #[test]
    fn snippets_accept_any_ranges(
        text in TEXTISH,
        ranges in proptest::collection::vec((0usize..200, 0usize..200), 0..6),
        max in 0usize..80,
    ) {
        let segs = snippet(&text, &ranges, max);
        let shown: usize = segs.iter().map(|(s, _)| lens(s)).sum();
        prop_assert!(shown <= max + 2, "{} > {}", shown, max);
    }
}

/// Text full of numbers, year words, months, dashes and stops.
const DATEISH: &str = "([0-9]{1,5}( ?[-–] ?[0-9]{1,5})? ?(жылы|жылдың|жылғы|жылдары|жылдардың|жылдық|жыл толған|мамыры|сәуір айында|декабря|года|мың)?[ ,.:«»!?…]{0,3}|[А-Яа-яӘәҚқІі]{1,8}[ ,.«»]{0,2}){0,30}";

fn check_dates(text: &str) -> Result<(), TestCaseError> {
    let article = article_of(&[text], &[text]);
    let events = timeline(&article, &[], &[]);
    let mut last = (0, 0, 0);
    for e in events.iter().chain(&publication_dates(&article)) {
        prop_assert!(e.start < e.end && e.end <= text.len());
        prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        prop_assert!(e.end_year.is_none_or(|end| end > e.start_year));
        prop_assert!(
            e.sentence.chars().count() <= MAX_LINE_CHARS,
            "{}",
            e.sentence
        );
    }
    for e in &events {
        let key = (e.start_year, e.month.unwrap_or(0), e.day.unwrap_or(0));
        prop_assert!(key >= last);
        last = key;
    }
    for a in anniversaries(&article, &[], &[]) {
        prop_assert!(a.start < a.end && a.end <= text.len());
        prop_assert!(a.sentence.chars().count() <= MAX_LINE_CHARS);
    }
    Ok(())
}

proptest! {
    #[test]
    fn dates_point_into_the_text_and_lines_fit(text in DATEISH) {
        check_dates(&text)?;
    }

    #[test]
    fn dates_accept_any_unicode(text in any::<String>()) {
        check_dates(&text)?;
    }
}
