//! The article's body as the core writes it for each reading choice: the
//! translation aligned paragraph by paragraph beside the Kazakh or standing
//! alone, translated headings, the notice, the folded abstracts, and every
//! translated character escaped.

mod common;

use common::{article, people, places, read, LABELS};
use qazaq_reader::core::library::{Highlights, Library};
use qazaq_reader::core::prefs::Lang;
use qazaq_reader::core::render::{article_html, escape, Reading, Shown};
use qazaq_reader::core::translation::{Abstracts, Reading as Choice, TrLang, Translation};

fn translation(lang: &str) -> Translation {
    serde_json::from_str(&read(&format!("data/translations/{lang}.json"))).expect("translation")
}

fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape(&mut out, text);
    out
}

fn write(lib: &Library, reading: &Reading) -> String {
    article_html(lib, &LABELS, &Highlights::default(), reading)
}

#[test]
fn beside_each_paragraph_comes_its_translation_in_order() {
    let lib = Library::computed(article(), people(), places());
    let en = translation("en");
    let reading = Reading {
        shown: Some(Shown {
            lang: TrLang::En,
            text: &en,
            alone: false,
        }),
        translating: true,
        ui: Lang::En,
        open: &[],
        choice: Choice::Parallel(TrLang::En),
        titles: None,
    };
    let html = write(&lib, &reading);
    let mut at = 0;
    let mut rows = 0;
    for (_, id, _) in lib.article.paragraphs() {
        let Some(tr) = en.block(id) else { continue };
        // One row: the Kazakh paragraph, then its translation, before the tools.
        let p = format!("<p id=\"{id}\" tabindex=\"-1\">");
        let start = at + html[at..].find(&p).unwrap_or_else(|| panic!("{id}: row"));
        let row = html[..start].rfind("<div class=\"block").expect("in a row");
        assert!(
            html[row..].starts_with("<div class=\"block parallel\">"),
            "{id}: a row"
        );
        let close = start + html[start..].find("</p>").expect("closed") + "</p>".len();
        let beside = format!(
            "<p class=\"tr\" data-tr=\"{id}\" lang=\"en\">{}</p>",
            escaped(tr)
        );
        assert!(
            html[close..].starts_with(&beside),
            "{id}: translation beside"
        );
        at = close;
        rows += 1;
    }
    assert!(rows > 10, "{rows} rows");
    let titled = lib.article.sections.iter().filter(|s| s.title.is_some());
    for section in titled {
        if let Some(tr) = en.section(&section.id) {
            let heading = format!(
                "<p class=\"tr tr-heading\" data-tr=\"{}-title\" lang=\"en\">{}</p>",
                section.id,
                escaped(tr)
            );
            assert!(html.contains(&heading), "{}: heading", section.id);
        }
    }
    assert!(
        html.contains("<span class=\"tr\" data-tr=\"meta-title\" lang=\"en\">"),
        "front matter"
    );
    assert!(html.contains("role=\"note\" lang=\"en\">Аударма &quot;ресми емес&quot;</p>"));
}

#[test]
fn alone_the_translation_takes_the_kazakh_place() {
    let lib = Library::computed(article(), people(), places());
    let ru = translation("ru");
    let reading = Reading {
        shown: Some(Shown {
            lang: TrLang::Ru,
            text: &ru,
            alone: true,
        }),
        translating: true,
        ui: Lang::Ru,
        open: &[],
        choice: Choice::Alone(TrLang::Ru),
        titles: None,
    };
    let html = write(&lib, &reading);
    assert!(!html.contains("class=\"tr\""));
    assert!(!html.contains("parallel"));
    for (_, id, text) in lib.article.paragraphs() {
        let Some(tr) = ru.block(id) else { continue };
        let p = format!(
            "<p id=\"{id}\" tabindex=\"-1\"><span lang=\"ru\">{}</span></p>",
            escaped(tr)
        );
        assert!(html.contains(&p), "{id}: alone");
        assert!(!html.contains(&escaped(text)), "{id}: the Kazakh is gone");
    }
}

#[test]
fn a_translation_cannot_inject_markup() {
    let lib = Library::computed(article(), people(), places());
    let mut en = translation("en");
    let first = lib
        .article
        .paragraphs()
        .next()
        .expect("a paragraph")
        .1
        .to_string();
    en.blocks
        .insert(first.clone(), "<img src=x onerror=\"alert('x')\">".into());
    en.meta.title = "<script>t</script>".into();
    for alone in [false, true] {
        let reading = Reading {
            shown: Some(Shown {
                lang: TrLang::En,
                text: &en,
                alone,
            }),
            choice: Choice::Parallel(TrLang::En),
            translating: true,
            ui: Lang::En,
            open: &[],
            titles: None,
        };
        let html = write(&lib, &reading);
        assert!(
            !html.contains("<img") && !html.contains("<script"),
            "alone: {alone}"
        );
        assert!(html.contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;"));
        assert!(html.contains("&lt;script&gt;t&lt;/script&gt;"));
    }
}

#[test]
fn abstracts_are_folded_and_stay_open_once_opened() {
    let lib = Library::computed(article(), people(), places());
    let parts = 1 + lib.article.sections.len();
    let html = write(&lib, &Reading::default());
    // Not fetched yet: every part has a folded box waiting for its text.
    assert_eq!(
        html.matches("<details class=\"abstract\" lang=\"kk\"")
            .count(),
        parts
    );
    assert_eq!(
        html.matches("<div class=\"abstract-text\">…</div>").count(),
        parts
    );
    assert!(!html.contains(" open>"));
    assert!(html.contains("<summary>Қысқаша &lt;мазмұны&gt;</summary>"));
    assert!(
        !html.contains("tr-notice"),
        "no notice without a translation"
    );

    let kk: Abstracts = serde_json::from_str(&read("data/abstracts/kk.json")).expect("abstracts");
    lib.set_abstracts(Lang::Kk, kk.clone());
    let open = ["article".to_string()];
    let reading = Reading {
        open: &open,
        titles: None,
        ..Reading::default()
    };
    let html = write(&lib, &reading);
    let article_box = format!(
        "<details class=\"abstract\" lang=\"kk\" data-part=\"article\" open><summary>Қысқаша &lt;мазмұны&gt;</summary><div class=\"abstract-text\">{}</div></details>",
        escaped(&kk["article"])
    );
    assert!(html.contains(&article_box));
    assert_eq!(html.matches(" open>").count(), 1, "only the opened one");
    assert!(!html.contains(">…</div>"));
    // The article's abstract comes after its header, before the first section.
    let header = html.find("</header>").expect("header");
    let first = html.find("<section").expect("section");
    let at = html.find(&article_box).expect("box");
    assert!(header < at && at < first);
}

#[test]
fn no_two_abstracts_in_a_row_read_the_same() {
    let lib = Library::computed(article(), people(), places());
    let html = write(&lib, &Reading::default());
    let summaries: Vec<&str> = html
        .split("<summary>")
        .skip(1)
        .filter_map(|s| s.split("</summary>").next())
        .collect();
    assert_eq!(summaries.len(), 1 + lib.article.sections.len());
    // A section with a heading has it just above its summary; one without is
    // named in the summary, so it does not repeat the article's.
    for (section, summary) in lib.article.sections.iter().zip(&summaries[1..]) {
        if section.title.is_none() {
            assert_ne!(*summary, summaries[0], "{}", section.id);
            assert!(summary.contains(LABELS.opening_part), "{summary}");
        }
    }
    assert!(
        lib.article.sections.iter().any(|s| s.title.is_none()),
        "the case is there"
    );
}

#[test]
fn the_labels_around_the_text_speak_the_interface_language() {
    let lib = Library::computed(article(), people(), places());
    let ru = translation("ru");
    let bib = &lib.article.bibliography;
    // A Russian interface reading the Kazakh: the bibliography's heading and
    // the previous and next links' titles in Russian, each marked so.
    let reading = Reading {
        ui: Lang::Ru,
        titles: Some(&ru),
        ..Reading::default()
    };
    let html = write(&lib, &reading);
    assert!(html.contains("<h2 id=\"bibliography-title\" lang=\"ru\">Bibliography</h2>"));
    assert!(!html.contains(&format!(">{}<", escaped(&bib.title))));
    for part in lib.article.parts().skip(1) {
        let label = if part.id == bib.id {
            "Bibliography".to_string()
        } else {
            ru.section(part.id)
                .expect("every title translated")
                .to_string()
        };
        let link = format!(
            "<span class=\"label\" lang=\"ru\">{}</span>",
            escaped(&label)
        );
        assert!(html.contains(&link), "{link}");
    }
    // Before the translation is here, the Kazakh titles, marked Kazakh.
    let html = write(
        &lib,
        &Reading {
            ui: Lang::Ru,
            ..Reading::default()
        },
    );
    let s2 = lib.article.sections[1].title.as_deref().expect("a title");
    assert!(html.contains(&format!(
        "<span class=\"label\" lang=\"kk\">{}</span>",
        escaped(s2)
    )));
    // The Kazakh interface: the article's own heading.
    let html = write(&lib, &Reading::default());
    assert!(html.contains(&format!(
        "<h2 id=\"bibliography-title\" lang=\"kk\">{}</h2>",
        escaped(&bib.title)
    )));
}
