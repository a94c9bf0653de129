//! Citations: every style carries author, title, URL and access date; the
//! paragraph form adds its number; nothing the article does not state is
//! given as stated; the exports parse as their formats; each carries the
//! translated title the way its style or format does.

mod common;

use qazaq_reader::core::cite::{
    bibtex, cite, csl_json, paragraph_number, ris, CitationData, Day, Style, Target,
};

fn data() -> CitationData {
    serde_json::from_str(&common::read("data/citation.json")).expect("data/citation.json parses")
}

fn target(paragraph: Option<usize>) -> Target {
    let article = common::article();
    let base = "https://example.org/qazaq-reader/";
    Target {
        title: article.meta.title.clone(),
        paragraph,
        url: match paragraph {
            Some(n) => format!("{base}#/p/p{n}"),
            None => base.to_string(),
        },
        accessed: Day {
            year: 2026,
            month: 11,
            day: 30,
        },
    }
}

#[test]
fn the_data_matches_the_article() {
    let article = common::article();
    let data = data();
    // The byline is `Рашад МАММАДОВ`: the data's names are its words.
    let byline = article.meta.author.to_lowercase();
    assert!(byline.contains(&data.author.given.to_lowercase()));
    assert!(byline.contains(&data.author.family.to_lowercase()));
    // The article dates itself only indirectly: the year is inferred, never stated.
    assert_eq!(data.year.stated, None);
    assert_eq!(data.year.inferred, Some(2019));
    let opening = article.paragraphs().next().map(|p| p.2).unwrap_or("");
    assert!(opening.contains("100 жылдық") && opening.contains("Бір жыл бұрын"));
    assert!(!data.year.reason.en.is_empty() && !data.year.reason.kk.is_empty());
    assert_eq!(data.place.stated, None);
    assert_eq!(data.place.inferred, None);
}

#[test]
fn paragraph_numbers_follow_the_ids() {
    let article = common::article();
    for (i, (_, id, _)) in article.paragraphs().enumerate() {
        assert_eq!(paragraph_number(&article, id), Some(i + 1));
        assert_eq!(id, format!("p{}", i + 1));
    }
    assert_eq!(paragraph_number(&article, "fig1"), None);
}

#[test]
fn every_style_carries_the_essentials() {
    let data = data();
    for paragraph in [None, Some(12)] {
        let t = target(paragraph);
        for style in Style::ALL {
            let text = cite(style, &data, &t);
            assert!(text.contains(&t.title), "{style:?}: {text}");
            assert!(
                text.contains("2026"),
                "{style:?} has the access date: {text}"
            );
            let url = t.url.trim_start_matches("https://");
            assert!(text.contains(url), "{style:?} has the URL: {text}");
            assert!(text.contains("2019"), "{style:?} has the year: {text}");
            // The year is marked as supplied, never given as stated.
            assert!(
                text.contains("[2019?]") || text.contains("ca. 2019") || text.contains("c. 2019"),
                "{style:?}: {text}"
            );
            match paragraph {
                Some(n) => assert!(
                    text.contains(&format!("¶ {n}"))
                        || text.contains(&format!("para. {n}"))
                        || text.contains(&format!("par. {n}"))
                        || text.contains(&format!("Par. {n}")),
                    "{style:?}: {text}"
                ),
                None => assert!(!text.contains("par") && !text.contains('¶'), "{text}"),
            }
        }
    }
    let gost = cite(Style::Gost, &data, &target(Some(12)));
    assert_eq!(
        gost,
        "Маммадов, Р. Әзербайжан мен Қазақстан — бауырластық байланыстар тарихы \
         = Азербайджан и Казахстан — история братских связей / Р. Маммадов. \
         – [2019?]. – ¶ 12. – Текст : электронный. – URL: https://example.org/qazaq-reader/#/p/p12 \
         (дата обращения: 30.11.2026)."
    );
    let mla = cite(Style::Mla, &data, &target(None));
    assert!(mla.starts_with("Mammadov, Rashad. “"));
    assert!(mla.ends_with("example.org/qazaq-reader/. Accessed 30 Nov. 2026."));
}

#[test]
fn exports_parse_as_their_formats() {
    let data = data();
    let t = target(Some(12));
    let csl: serde_json::Value = serde_json::from_str(&csl_json(&data, &t)).expect("CSL-JSON");
    // Built as serde types: the text is exactly their serialisation.
    assert_eq!(
        csl,
        serde_json::to_value(qazaq_reader::core::cite::csl_items(&data, &t)).expect("serialises")
    );
    let item = &csl[0];
    assert_eq!(item["type"], "webpage");
    assert_eq!(item["title"], t.title.as_str());
    assert_eq!(item["URL"], t.url.as_str());
    assert_eq!(item["issued"]["circa"], true);
    assert_eq!(item["issued"]["date-parts"][0][0], 2019);
    assert_eq!(
        item["accessed"]["date-parts"][0],
        serde_json::json!([2026, 11, 30])
    );
    assert_eq!(item["author"][0]["family"], "Mammadov");
    assert!(item["note"].as_str().unwrap_or("").contains("¶ 12"));

    let ris = ris(&data, &t);
    let lines: Vec<&str> = ris.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"TY  - ELEC"));
    assert_eq!(lines.last(), Some(&"ER  - "));
    for l in &lines {
        assert!(l.len() >= 6 && &l[2..6] == "  - ", "RIS tag line: {l}");
    }
    assert!(lines.contains(&format!("UR  - {}", t.url).as_str()));
    assert!(lines.contains(&"Y2  - 2026/11/30"));

    let bib = bibtex(&data, &t);
    assert!(bib.starts_with("@online{mammadov-azerbaijan-kazakhstan-p12,\n"));
    assert!(bib.trim_end().ends_with('}'));
    // Braces balance, so the entry closes where it should.
    let depth = bib.chars().fold(0i32, |d, c| match c {
        '{' => d + 1,
        '}' => d - 1,
        _ => d,
    });
    assert_eq!(depth, 0);
    assert!(bib.contains("year = {2019}"));
    assert!(bib.contains(&format!("url = {{{}}}", t.url)));
    assert!(bib.contains("urldate = {2026-11-30}"));
}

#[test]
fn highwire_tags_give_no_unstated_date() {
    let article = common::article();
    let tags = qazaq_reader::core::cite::highwire_tags(&article, &data(), "https://example.org/r/");
    assert!(tags.contains(&format!(
        "<meta name=\"citation_title\" content=\"{}\">",
        article.meta.title
    )));
    assert!(tags.contains("<meta name=\"citation_author\" content=\"Mammadov, Rashad\">"));
    assert!(tags.contains("<meta name=\"citation_language\" content=\"kk\">"));
    assert!(tags.contains("<meta name=\"citation_public_url\" content=\"https://example.org/r/\">"));
    assert!(!tags.contains("date"), "the article states no date: {tags}");
}

/// The working translations' titles, as the translation files give them.
fn translated_titles() -> (String, String) {
    let title = |lang: &str| {
        let v: serde_json::Value =
            serde_json::from_str(&common::read(&format!("data/translations/{lang}.json")))
                .expect("translation parses");
        v["meta"]["title"].as_str().expect("a title").to_string()
    };
    (title("ru"), title("en"))
}

#[test]
fn the_translated_titles_are_the_translations_own() {
    let data = data();
    let (ru, en) = translated_titles();
    assert_eq!(data.translated_title.ru, ru);
    assert_eq!(data.translated_title.en, en);
}

#[test]
fn every_style_gives_the_translated_title_its_own_way() {
    let data = data();
    let (ru, en) = translated_titles();
    for paragraph in [None, Some(12)] {
        let t = target(paragraph);
        let original = t.title.as_str();
        let after = |text: &str, what: &str| {
            let at = text.find(original).expect("the original title");
            text[at + original.len()..].starts_with(what)
        };
        // APA 7: the English in square brackets right after the original title.
        let apa = cite(Style::Apa, &data, &t);
        assert!(after(&apa, &format!(" [{en}]")), "{apa}");
        // ГОСТ Р 7.0.100: the Russian as a parallel title, after ` = `, before the author statement.
        let gost = cite(Style::Gost, &data, &t);
        assert!(after(&gost, &format!(" = {ru} / ")), "{gost}");
        assert!(!gost.contains(&en), "ГОСТ gives the Russian: {gost}");
        // Chicago and MLA: the English in brackets after the quoted original.
        for style in [Style::ChicagoNote, Style::ChicagoBibliography, Style::Mla] {
            let text = cite(style, &data, &t);
            assert!(after(&text, &format!("” [{en}]")), "{style:?}: {text}");
        }
        // Managers: each in its own field.
        let bib = bibtex(&data, &t);
        assert!(
            bib.contains(&format!("  title = {{{original}}},\n")),
            "{bib}"
        );
        assert!(
            bib.contains(&format!("  titleaddon = {{[{en}]}},\n")),
            "{bib}"
        );
        let ris = ris(&data, &t);
        assert!(ris.contains(&format!("\r\nTI  - {original}\r\n")), "{ris}");
        assert!(ris.contains(&format!("\r\nTT  - {en}\r\n")), "{ris}");
        let csl: serde_json::Value = serde_json::from_str(&csl_json(&data, &t)).expect("CSL-JSON");
        assert_eq!(csl[0]["title"], original);
        assert_eq!(csl[0]["multi"]["_keys"]["title"]["en"], en.as_str());
        assert_eq!(csl[0]["multi"]["_keys"]["title"]["ru"], ru.as_str());
    }
}
