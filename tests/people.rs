//! The people index against the real article: every person found, every count
//! as counted by hand, shared surnames and names inside names resolved right.

use std::collections::BTreeMap;

mod common;

use common::{article, article_of, pairs, people, read};
use qazaq_reader::core::article::Article;
use qazaq_reader::core::people::{
    appears_with, find_mentions, mention_text, mentions_of, people_in_block, Mention,
};

/// `(block id, text as written)` of one person's mentions.
fn written(article: &Article, mentions: &[Mention], slug: &str) -> Vec<(String, String)> {
    mentions_of(mentions, slug)
        .map(|m| {
            let text = mention_text(article, m).expect("mention lies in its block");
            (m.block_id.clone(), text.to_string())
        })
        .collect()
}

/// The person each mention in a made-up article goes to, with its text.
fn resolved(paragraphs: &[&str]) -> Vec<(String, String)> {
    let article = article_of(paragraphs, &[]);
    let mentions = find_mentions(&article, &people());
    mentions
        .iter()
        .map(|m| {
            let text = mention_text(&article, m).unwrap_or_default();
            (text.to_string(), m.slug.clone())
        })
        .collect()
}

#[test]
fn people_file_is_complete() {
    let people = people();
    assert_eq!(people.len(), 35);
    for p in &people {
        for field in [
            &p.name, &p.latin, &p.russian, &p.role_kk, &p.role_en, &p.role_ru,
        ] {
            assert!(!field.trim().is_empty(), "{}: empty field", p.slug);
            assert!(!field.contains('\n'), "{}: one line only", p.slug);
        }
    }
}

#[test]
fn every_person_is_mentioned() {
    let mentions = find_mentions(&article(), &people());
    for p in people() {
        assert!(
            mentions_of(&mentions, &p.slug).next().is_some(),
            "{} is never found",
            p.slug
        );
    }
}

#[test]
fn mentions_do_not_overlap_and_cut_at_char_boundaries() {
    let article = article();
    let mentions = find_mentions(&article, &people());
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
        serde_json::from_str(&read("tests/fixtures/people_mentions.json")).expect("fixture");
    let people = people();
    let mut slugs: Vec<&str> = people.iter().map(|p| p.slug.as_str()).collect();
    slugs.sort_unstable();
    assert_eq!(
        slugs,
        expected.keys().map(String::as_str).collect::<Vec<_>>()
    );
    let mentions = find_mentions(&article(), &people);
    let mut actual: BTreeMap<String, usize> = BTreeMap::new();
    for m in &mentions {
        *actual.entry(m.slug.clone()).or_default() += 1;
    }
    assert_eq!(actual, expected);
    assert_eq!(mentions.len(), 69);
}

#[test]
fn inflected_forms_are_found_whole() {
    let article = article();
    let mentions = find_mentions(&article, &people());
    assert_eq!(
        written(&article, &mentions, "zeynalabdin-taghiyev"),
        pairs(&[
            ("fig1", "Гаджи Зейналабдин Тагиев"),
            ("p11", "Қажы Зейналабдин Тагиевтен"),
            ("p12", "Қажы Зейналабдин Тагиевқа"),
            ("p12", "Қажы"),
            ("p13", "З.Тагиевтің"),
            ("ref1", "Зейнелгабиден Тагиев"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "nursultan-nazarbayev"),
        pairs(&[
            ("p24", "Нұрсұлтан Назарбаевтың"),
            ("p25", "Нұрсұлтан Назарбаевтың"),
            ("p28", "Н.Назарбаев"),
            ("p29", "Н.Назарбаевты"),
            ("p39", "Нұрсұлтан Назарбаев"),
            ("ref5", "Нурсултану Назарбаеву"),
            ("ref6", "Нурсултан Назарбаев"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "alimardan-topchubashov"),
        pairs(&[
            ("p16", "Әлимардан бек Топчубашов"),
            ("p17", "Әлимардан бек Топчубашовты"),
            ("p17", "Әлимардан мырзаны"),
            ("p17", "Әлимардан мырза"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "mustafa-shokay"),
        pairs(&[
            ("p15", "Мұстафа Шоқай"),
            ("p16", "М.Шоқай"),
            ("p16", "М.Шоқай"),
            ("p17", "М.Шоқай"),
            ("ref3", "Шоқай М."),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "levon-mirzoyan"),
        pairs(&[
            ("p18", "Левон Мирзоян"),
            ("p19", "Л.Мирзоянның"),
            ("ref4", "Мирзойанның"),
        ])
    );
    assert_eq!(
        written(&article, &mentions, "rashad-mammadov"),
        pairs(&[("meta-author", "Рашад МАММАДОВ")])
    );
    let texts: Vec<String> = mentions
        .iter()
        .filter_map(|m| mention_text(&article, m).map(str::to_string))
        .collect();
    for form in [
        "Гейдар Әлиевтің",
        "Ильхам Әлиевпен",
        "Алекпербек Садыговты",
        "Жейхун Гаджибейлімен",
        "Әзиз Ғұбайдуллинді",
        "Ахмед Жавадтың",
        "Олжас Сүлейменовтың",
        "Нәсимидің",
        "Мұхаммед Физулидің",
        "Әмір Темірдің",
        "Абайдың",
        "Қасымжомарт Тоқаевтың",
        "Гейдара Алиева",
    ] {
        assert!(texts.iter().any(|t| t == form), "{form} not found whole");
    }
}

#[test]
fn heydar_and_ilham_aliyev_are_told_apart_in_the_article() {
    let article = article();
    let mentions = find_mentions(&article, &people());
    let heydar = written(&article, &mentions, "heydar-aliyev");
    let ilham = written(&article, &mentions, "ilham-aliyev");
    // p29 names Ильхам Әлиев just before `Г.Әлиев`: the initial decides.
    assert!(heydar.contains(&("p29".into(), "Г.Әлиев".into())));
    assert_eq!(
        ilham,
        pairs(&[
            ("p24", "Ильхам Әлиевпен"),
            ("p29", "Ильхам Әлиев"),
            ("p29", "Ильхам Әлиев"),
            ("p39", "Ильхам Әлиев"),
        ])
    );
    assert!(heydar.iter().all(|(_, t)| !t.starts_with("Ильхам")));
}

#[test]
fn a_bare_surname_goes_to_the_nearest_preceding_full_name() {
    // Same paragraph: the nearest full name before it.
    assert_eq!(
        resolved(&["Гейдар Әлиев пен Ильхам Әлиев кездесті. Әлиевтің сөзі."]),
        [
            ("Гейдар Әлиев".to_string(), "heydar-aliyev".to_string()),
            ("Ильхам Әлиев".into(), "ilham-aliyev".into()),
            ("Әлиевтің".into(), "ilham-aliyev".into()),
        ]
    );
    // Another person in between does not matter, nor does a paragraph break.
    let found = resolved(&["Гейдар Әлиев келді.", "Абай туралы айтты. Әлиев кетті."]);
    assert_eq!(found[2], ("Әлиев".into(), "heydar-aliyev".into()));
    // An initial is as good as a full name.
    let found = resolved(&["Ильхам Әлиев сөйледі. Г.Әлиев туралы. Әлиевтің еңбегі."]);
    assert_eq!(found[1], ("Г.Әлиев".into(), "heydar-aliyev".into()));
    assert_eq!(found[2], ("Әлиевтің".into(), "heydar-aliyev".into()));
    // The name of an award is not about the man.
    let found = resolved(&["Ильхам Әлиев «Гейдар Әлиев» орденін тапсырды. Әлиев сөйледі."]);
    assert_eq!(found[2], ("Әлиев".into(), "ilham-aliyev".into()));
    // Nothing before: the next full name in the same paragraph.
    let found = resolved(&["Әлиевтің сапары: Ильхам Әлиев келді."]);
    assert_eq!(found[0], ("Әлиевтің".into(), "ilham-aliyev".into()));
}

#[test]
fn names_inside_names_are_flagged() {
    let article = article();
    let mentions = find_mentions(&article, &people());
    let flagged: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.in_name)
        .map(|m| {
            let text = mention_text(&article, m).unwrap_or_default();
            (m.block_id.clone(), text.to_string())
        })
        .collect();
    assert_eq!(
        flagged,
        pairs(&[
            ("p27", "Қорқыт Ата"),
            ("p27", "Манас"),
            ("p28", "Гейдар Әлиев"),
            ("p29", "Гейдар Әлиев"),
            ("ref5", "Гейдар Әлиев"),
            ("ref6", "Гейдара Алиева"),
        ])
    );
}

#[test]
fn words_that_start_like_a_name_are_not_names() {
    let text = "Абайлап жүріңіз. Абайлау керек. Темірқазық жарқырады. Қажымұқан балуан. \
                Қажыр-қайрат. Ахмедов келді. Манасшы жырлады. Нәсимиев. Әлиевшіл. \
                Гейдаров. Олжасбек. абай болыңыз. Баку-Тбилиси-Жейхан құбыры.";
    assert_eq!(resolved(&[text]), Vec::<(String, String)>::new());
    // The article itself: `темір жол` is not Timur, `Жейхан` is not Jeyhun.
    let article = article();
    let mentions = find_mentions(&article, &people());
    assert!(people_in_block(&mentions, "p36").is_empty());
    assert!(people_in_block(&mentions, "p37").is_empty());
}

#[test]
fn people_in_a_block_and_who_appears_with_whom() {
    let mentions = find_mentions(&article(), &people());
    assert_eq!(
        people_in_block(&mentions, "p27"),
        [
            "heydar-aliyev",
            "korkyt-ata",
            "nasimi",
            "muhammad-fuzuli",
            "manas",
            "amir-timur",
            "abai",
        ]
    );
    // Ilham Aliyev: p24 with Nazarbayev; p29 with Nazarbayev and Heydar; p39
    // with Heydar, Nazarbayev and Tokayev.
    assert_eq!(
        appears_with(&mentions, "ilham-aliyev"),
        [
            ("nursultan-nazarbayev".to_string(), 3),
            ("heydar-aliyev".into(), 2),
            ("kassym-jomart-tokayev".into(), 1),
        ]
    );
    assert!(appears_with(&mentions, "rashad-mammadov").is_empty());
}
