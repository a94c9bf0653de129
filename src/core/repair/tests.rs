//! The repair rules, one case each.

use super::*;
use crate::core::article::Block;

#[test]
fn sentence_ends_through_closing_quotes() {
    assert!(ends_sentence("деді»."));
    assert!(ends_sentence("«Ол жақсы.»"));
    assert!(ends_sentence("көрсетеді..."));
    assert!(!ends_sentence("«Ғасыр келісім-шарты» Әзербайжанның"));
    assert!(!ends_sentence("Армения және"));
    assert!(!ends_sentence(""));
}

#[test]
fn hyphenated_break_joins_without_hyphen() {
    assert_eq!(
        join_fragments("Бұл жерде Кавказ Ал-", "баниясы, көне ғұн", ""),
        "Бұл жерде Кавказ Албаниясы, көне ғұн"
    );
    assert_eq!(
        join_fragments("Көптеген табы-", "сты жобалардың", ""),
        "Көптеген табысты жобалардың"
    );
}

#[test]
fn real_compound_keeps_its_hyphen() {
    let corpus = "«Ғасыр келісім-шарты» ...";
    assert_eq!(
        join_fragments("«Ғасыр келісім-", "шарты»", corpus),
        "«Ғасыр келісім-шарты»"
    );
}

#[test]
fn dash_and_capital_continuation_join_with_a_space() {
    // A spaced dash is punctuation, not a broken word.
    assert_eq!(join_fragments("Олар -", "ел", ""), "Олар - ел");
    // A continuation may start with a capital (a name).
    assert_eq!(
        join_fragments("Армения және", "Грузиядан Орта Азияға", ""),
        "Армения және Грузиядан Орта Азияға"
    );
    // A hyphen before a capital is a compound of names, kept.
    assert_eq!(join_fragments("Баку-", "Тбилиси", ""), "Баку-Тбилиси");
}

#[test]
fn headings_and_fragments_are_told_apart() {
    assert!(is_heading(
        "Ортақ мүдделерге негізделген ұзақ мерзімді серіктестік"
    ));
    assert!(is_heading(
        "Әзербайжан - Қазақстан: ортақ өткеннен жарқын болашаққа"
    ));
    assert!(!is_heading(
        "Өткен ғасырдың 1930-1940 жылдары мыңдаған Әзербайжандық отбасы Әзербайжан, Армения және"
    ));
    assert!(!is_heading("Шағын абзац және"));
    assert!(!is_heading("Бірінші сөйлем. Екінші"));
    assert!(!is_heading("Толық сөйлем."));
}

#[test]
fn caption_block_is_recognised() {
    let source = "*Өнеркәсіп иесі және меценат\nГаджи Зейналабдин Тагиев*\n*emphasis* then text";
    let lines: Vec<&str> = source.lines().collect();
    let text = caption(&lines[..2], source).map(|t| t.text);
    assert_eq!(
        text.as_deref(),
        Some("Өнеркәсіп иесі және меценат Гаджи Зейналабдин Тагиев")
    );
    assert_eq!(caption(&lines[2..], source), None);
}

#[test]
fn reference_url_is_split_and_unwrapped() {
    assert_eq!(
        split_reference("Газета. <http://a.kz/x/\ny.pdf>"),
        (
            "Газета.".to_string(),
            Some("http://a.kz/x/y.pdf".to_string())
        )
    );
    assert_eq!(
        split_reference("Шоқай М. Т.2."),
        ("Шоқай М. Т.2.".into(), None)
    );
}

#[test]
fn ornament_is_split_off() {
    assert_eq!(
        split_ornament("<https://x.az> ❀"),
        ("<https://x.az>", Some("❀"))
    );
    assert_eq!(split_ornament("болады."), ("болады.", None));
    assert_eq!(
        split_ornament("тарихы — «Қазақстан»"),
        ("тарихы — «Қазақстан»", None)
    );
}

#[test]
fn page_break_inside_a_sentence_and_caption() {
    let source = "A\n\nB\n\nC\n\nD\n\nБірінші сөйлем. Екінші\n\n\n\n*Сурет\nтүсініктемесі*\n\nжалғасы бар.\n\nКелесі абзац.\n";
    let article = repair(source).expect("valid source");
    let blocks = &article.sections[0].blocks;
    assert_eq!(blocks.len(), 3, "{article:?}");
    assert_eq!(blocks[0].text(), "Бірінші сөйлем. Екінші жалғасы бар.");
    assert!(
        matches!(&blocks[1], Block::Figure { caption, .. } if caption == "Сурет түсініктемесі")
    );
    assert_eq!(blocks[2].text(), "Келесі абзац.");
}

#[test]
fn headings_start_sections_and_bibliography_ends_them() {
    let source = "A\n\nB\n\nC\n\nD\n\nКіріспе мәтін.\n\nБөлім атауы\n\nМәтін.\n\nӘдебиеттер тізімі:\n\nКітап.\n\nСайт атауы\n\n<https://a.b/c>\n";
    let article = repair(source).expect("valid source");
    assert_eq!(article.sections.len(), 2);
    assert_eq!(article.sections[0].title, None);
    assert_eq!(article.sections[1].title.as_deref(), Some("Бөлім атауы"));
    let entries = &article.bibliography.entries;
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].text, "Сайт атауы");
    assert_eq!(entries[1].url.as_deref(), Some("https://a.b/c"));
}

#[test]
fn too_short_source_is_an_error() {
    assert_eq!(repair("A\n\nB"), Err(RepairError::MissingFrontMatter));
    assert_eq!(repair("A\n\nB\n\nC\n\nD"), Err(RepairError::EmptyBody));
}

#[test]
fn every_change_is_recorded_with_the_source_reading() {
    let source = "A\n\nB\n\nC\n\nD келісім-шарты\n\nКавказ Ал-\n\nбаниясы, «Ғасыр келісім-\nшарты» жаңа серпін \n\n\n\n*Сурет\nтүсінігі*\n\nалды. ❀\n";
    let (article, trace) = repair_traced(source).expect("valid source");
    let kinds: Vec<(RepairKind, &str)> = article
        .repairs
        .iter()
        .map(|r| (r.kind, r.orig.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (RepairKind::Hyphen, "Ал-\n\nбаниясы"),
            (RepairKind::Joined, "келісім-\nшарты"),
            (RepairKind::Break, " \n\n\n\n"),
            (RepairKind::Break, "\n"),
        ]
    );
    let p1 = &article.repairs[0];
    assert_eq!(p1.block, "p1");
    let text = article.sections[0].blocks[0].text();
    assert_eq!(&text[p1.start..p1.end], "Албаниясы");
    assert_eq!(article.repairs[3].block, "fig1");
    assert_eq!(
        trace::restore(&article, &trace, source).as_deref(),
        Ok(source)
    );
}

#[test]
fn a_word_lost_from_the_text_does_not_restore() {
    let source = "A\n\nB\n\nC\n\nD\n\nБірінші сөйлем. Екінші\n\nжалғасы бар.\n";
    let (mut article, trace) = repair_traced(source).expect("valid source");
    article.repairs[0].orig = "\n".into();
    assert_ne!(
        trace::restore(&article, &trace, source).as_deref(),
        Ok(source)
    );
}
