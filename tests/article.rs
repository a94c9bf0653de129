//! The repaired article against its source: nothing lost, nothing invented, the
//! page-break damage mended, and `data/article.json` in sync with the generator.

use qazaq_reader::core::article::{Article, Block};
use qazaq_reader::core::repair::trace::{restore, text_of, Placed};
use qazaq_reader::core::repair::{repair, repair_traced, RepairKind};

fn source() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/article.txt"))
        .expect("data/article.txt is readable")
}

fn committed() -> Article {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/article.json"))
        .expect("data/article.json is readable");
    serde_json::from_str(&json).expect("data/article.json parses")
}

/// Words as runs of letters and digits: punctuation and layout marks do not count.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The source with words hyphenated across a break joined again, written here
/// independently of the repair code: `letter-` + line break(s) + lower-case letter.
fn dehyphenated(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '-' && i > 0 && chars[i - 1].is_alphabetic() {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let crosses_line = chars[i + 1..j].contains(&'\n');
            if crosses_line && j < chars.len() && chars[j].is_lowercase() {
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The caption, cut out of the source: `*…*` spanning lines.
fn cut_caption(source: &str) -> (String, String) {
    let start = source.find("\n*").expect("a caption") + 1;
    let end = start + 1 + source[start + 1..].find('*').expect("caption closes") + 1;
    let rest = format!("{}{}", &source[..start], &source[end..]);
    (rest, source[start..end].to_string())
}

/// The article's words in reading order, figures left out.
fn article_words(article: &Article) -> Vec<String> {
    let m = &article.meta;
    let mut text = vec![
        m.author.clone(),
        m.position.clone(),
        m.title.clone(),
        m.dedication.clone(),
    ];
    for section in &article.sections {
        text.extend(section.title.clone());
        for block in &section.blocks {
            if let Block::Paragraph { text: t, .. } = block {
                text.push(t.clone());
            }
        }
    }
    text.push(article.bibliography.title.clone());
    for entry in &article.bibliography.entries {
        text.push(entry.text.clone());
        text.extend(entry.url.clone());
    }
    words(&text.join("\n"))
}

#[test]
fn json_is_in_sync_with_the_generator() {
    let generated = repair(&source()).expect("the source repairs");
    assert_eq!(
        generated,
        committed(),
        "data/article.json is out of date: run `cargo run --features ssr --bin site -- --article`"
    );
}

#[test]
fn every_word_of_the_source_is_kept_in_order() {
    let article = committed();
    let (body, caption) = cut_caption(&dehyphenated(&source()));
    let expected = words(&body);
    let actual = article_words(&article);
    if let Some(i) = (0..expected.len().min(actual.len())).find(|&i| expected[i] != actual[i]) {
        panic!(
            "first difference at word {i}: source {:?}, article {:?}",
            &expected[i..(i + 5).min(expected.len())],
            &actual[i..(i + 5).min(actual.len())]
        );
    }
    assert_eq!(expected.len(), actual.len(), "word counts differ");

    let figures: Vec<&str> = article
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Figure { caption, .. } => Some(caption.as_str()),
            Block::Paragraph { .. } => None,
        })
        .collect();
    assert_eq!(figures.len(), 1);
    assert_eq!(words(figures[0]), words(&caption));
    assert_eq!(article.meta.ornament.as_deref(), Some("❀"));
}

#[test]
fn no_paragraph_starts_lower_case_and_no_word_ends_in_a_hyphen() {
    for (_, id, text) in committed().paragraphs() {
        let first = text.chars().find(|c| c.is_alphanumeric());
        assert!(
            !first.is_some_and(char::is_lowercase),
            "{id} starts in lower case: {text:.40}"
        );
        for word in text.split_whitespace() {
            let stray = word.ends_with('-') && word.chars().count() > 1;
            assert!(!stray, "{id} has a stray hyphen: {word}");
        }
    }
}

#[test]
fn page_break_damage_is_mended() {
    let article = committed();
    let paragraph_with = |needle: &str| {
        article
            .paragraphs()
            .find(|(_, _, t)| t.contains(needle))
            .map(|(_, id, _)| id.to_string())
    };
    // Words split across pages are joined.
    assert!(paragraph_with("Кавказ Албаниясы").is_some());
    assert!(paragraph_with("Көптеген табысты жобалардың").is_some());
    // Sentences cut by a page break, including one resumed by a capitalised name.
    assert!(paragraph_with("жаңа серпін алды.").is_some());
    assert!(paragraph_with("Армения және Грузиядан").is_some());
    assert!(paragraph_with("үш данасын").is_some());
    assert!(paragraph_with("ретінде ғана емес").is_some());
    assert!(paragraph_with("2018 жылы екі ел").is_some());
    // The caption sits after the paragraph it interrupted, not inside it.
    let interrupted = paragraph_with("жүрегінен де орын тапқан болатын").expect("joined");
    let section = article.section_of(&interrupted).expect("in a section");
    let at = section.blocks.iter().position(|b| b.id() == interrupted);
    assert!(matches!(
        at.and_then(|i| section.blocks.get(i + 1)),
        Some(Block::Figure { caption, .. }) if caption.ends_with("Гаджи Зейналабдин Тагиев")
    ));
    // Real hyphens and dashes stay.
    assert!(paragraph_with("Қытай-Қазақстан-Әзербайжан-Грузия-Түркия").is_some());
    assert!(paragraph_with("Әзербайжан СІМ-інің ең басты міндеті - әлемдік").is_some());
}

#[test]
fn structure_matches_the_printed_article() {
    let article = committed();
    assert_eq!(article.meta.author, "Рашад МАММАДОВ");
    assert_eq!(
        article.meta.title,
        "Әзербайжан мен Қазақстан — бауырластық байланыстар тарихы"
    );
    let titles: Vec<Option<&str>> = article
        .sections
        .iter()
        .map(|s| s.title.as_deref())
        .collect();
    assert_eq!(
        titles,
        [
            None,
            Some("Әзербайжан - Қазақстан: ортақ өткеннен жарқын болашаққа"),
            Some("Ортақ мүдделерге негізделген ұзақ мерзімді серіктестік"),
        ]
    );
    let bib = &article.bibliography;
    assert_eq!(bib.title, "Әдебиеттер тізімі");
    assert_eq!(bib.entries.len(), 6);
    let urls = bib.entries.iter().filter(|e| e.url.is_some()).count();
    assert_eq!(urls, 4);
    // The URL that wrapped away from its entry is joined to it.
    let last = bib.entries.last().expect("entries");
    assert!(last.text.ends_with("Фонд Гейдара Алиева"));
    assert!(last
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://heydar-aliyev-foundation.org/")));
}

#[test]
fn the_source_readings_put_back_give_the_source_character_for_character() {
    let source = source();
    let (_, trace) = repair_traced(&source).expect("the source repairs");
    // The committed article, not the one just made: what the page and the
    // downloads carry is what must give the source back.
    let article = committed();
    assert_eq!(restore(&article, &trace, &source), Ok(source.clone()));
    // Every text of the article is covered by copies of the source and
    // recorded repairs, each once and in order: nothing changed unrecorded.
    let mut covered: std::collections::HashMap<&str, usize> = Default::default();
    let mut pieces: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    for item in &trace {
        match &item.placed {
            Placed::Copied { block, dst } => pieces.push((block, dst.clone())),
            Placed::Repaired { index } => {
                let r = &article.repairs[*index];
                pieces.push((&r.block, r.start..r.end));
            }
            Placed::Url { .. } | Placed::Ornament => {}
        }
    }
    pieces.sort_by_key(|(block, range)| (block.to_string(), range.start));
    for (block, range) in pieces {
        let at = covered.entry(block).or_default();
        assert_eq!(*at, range.start, "{block}: a gap or overlap at {at}");
        *at = range.end;
    }
    for (id, end) in &covered {
        let text = text_of(&article, id).expect("a text of the article");
        assert_eq!(*end, text.len(), "{id} is not covered to its end");
    }
    assert!(covered.contains_key("p1") && covered.contains_key("ref6"));
}

#[test]
fn each_repair_reads_as_the_editor_wrote_and_the_source_had() {
    let source = source();
    let article = committed();
    let by_kind = |kind: RepairKind| article.repairs.iter().filter(move |r| r.kind == kind);
    for r in &article.repairs {
        let text = text_of(&article, &r.block).expect("the repair's block");
        let reg = &text[r.start..r.end];
        assert!(
            source.contains(&r.orig),
            "{} {:?} is not in the source",
            r.block,
            r.orig
        );
        match r.kind {
            RepairKind::Break => {
                assert_eq!(reg, " ");
                assert!(r.orig.contains('\n') && r.orig.trim().is_empty());
            }
            RepairKind::Hyphen => {
                let unbroken: String = r
                    .orig
                    .chars()
                    .filter(|c| *c != '-' && !c.is_whitespace())
                    .collect();
                assert_eq!(reg, unbroken);
            }
            RepairKind::Joined => {
                let unbroken: String = r.orig.chars().filter(|c| !c.is_whitespace()).collect();
                assert_eq!(reg, unbroken);
            }
            kind => panic!("this source needs no {kind:?} repair"),
        }
    }
    // The two words broken across pages, and the sentences cut by them.
    let hyphens: Vec<&str> = by_kind(RepairKind::Hyphen)
        .map(|r| r.orig.as_str())
        .collect();
    assert_eq!(hyphens, ["Ал-\n\nбаниясы", "табы-\n\nсты"]);
    assert_eq!(by_kind(RepairKind::Break).count(), 13);
}

#[test]
fn the_source_has_no_page_furniture_and_no_mis_encoded_characters() {
    let source = source();
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // A page number or a running header repeats: a line of digits alone,
        // or the same short line more than once.
        assert!(
            !line.chars().all(|c| c.is_ascii_digit()),
            "a page number: {line}"
        );
        let repeats = source.lines().filter(|l| l.trim() == line).count();
        assert!(
            repeats == 1 || line.chars().count() > 80,
            "repeated line: {line}"
        );
    }
    for word in source.split(|c: char| !c.is_alphanumeric()) {
        let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        let latin = word.chars().any(|c| c.is_ascii_alphabetic());
        assert!(!(cyrillic && latin), "mixed scripts: {word}");
    }
    let odd = |c: char| c == '\u{FFFD}' || c == '\u{00AD}' || (c.is_control() && c != '\n');
    assert!(
        !source.chars().any(odd),
        "a replacement, soft hyphen or control character"
    );
}
