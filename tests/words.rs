//! The vocabulary of `#/words` against the real article: the counts add up to
//! the article's word count less the words left out, forms group by stem,
//! names link to their pages, every occurrence points at its word.

mod common;

use common::{article, people, places, read};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::text::{tokenize, Case};
use qazaq_reader::core::words::{
    body_texts, entry_matches, excluded, parse_stopwords, vocabulary, Vocabulary,
};

fn vocab() -> Vocabulary {
    let places = places();
    let library = Library::computed(article(), people(), places.clone());
    let stop = parse_stopwords(&read("data/stopwords.txt"));
    vocabulary(
        &library.article,
        &stop,
        library.people.mentions(),
        library.places.mentions(),
    )
}

#[test]
fn counts_add_up_to_the_word_count_less_the_excluded_words() {
    let v = vocab();
    let article = article();
    let stop = parse_stopwords(&read("data/stopwords.txt"));
    // Counted independently: every token of the body, an abbreviation's
    // hyphenated suffix (`ӘДР-дің`) being part of its word.
    let tokens: Vec<_> = body_texts(&article)
        .into_iter()
        .flat_map(|(_, t)| tokenize(t))
        .collect();
    let is_suffix: Vec<bool> = (0..tokens.len())
        .map(|i| {
            i > 0
                && tokens[i].hyphen_before
                && tokens[i - 1].case == Case::Upper
                && tokens[i].case == Case::Lower
        })
        .collect();
    let words = is_suffix.iter().filter(|s| !**s).count();
    assert_eq!(v.total, words);
    let left_out = tokens
        .iter()
        .zip(&is_suffix)
        .filter(|(t, s)| !**s && excluded(&t.text, &stop))
        .count();
    assert_eq!(v.excluded, left_out);
    assert!(v.excluded > 300, "{}", v.excluded);
    let sum: usize = v.entries.iter().map(|e| e.count).sum();
    assert_eq!(sum, v.total - v.excluded);
    for e in &v.entries {
        assert_eq!(e.count, e.at.len(), "{}", e.lemma);
        assert_eq!(
            e.count,
            e.forms.iter().map(|f| f.1).sum::<usize>(),
            "{}",
            e.lemma
        );
    }
    // Most frequent first.
    assert!(v.entries.windows(2).all(|w| w[0].count >= w[1].count));
}

#[test]
fn forms_group_by_stem_and_names_link_to_their_pages() {
    let v = vocab();
    let entry = |lemma: &str| v.entries.iter().find(|e| e.lemma == lemma);
    let az = entry("әзербайжан").expect("Әзербайжан");
    assert!(
        az.forms.iter().any(|f| f.0 == "Әзербайжанның"),
        "{:?}",
        az.forms
    );
    assert_eq!(az.head, "Әзербайжан");
    assert_eq!(az.place.as_deref(), Some("azerbaijan"));
    let heydar = entry("гейдар").expect("Гейдар");
    assert_eq!(heydar.person.as_deref(), Some("heydar-aliyev"));
    assert!(
        entry("мен").is_none() && entry("және").is_none(),
        "stop words are out"
    );
    let article = article();
    let texts = body_texts(&article);
    for e in v.entries.iter().take(40) {
        for (block, start, end) in &e.at {
            let text = texts.iter().find(|(id, _)| id == block).map(|(_, t)| *t);
            let word = text
                .and_then(|t| t.get(*start..*end))
                .expect("occurrence in its block");
            assert!(
                e.forms
                    .iter()
                    .any(|f| f.0.to_lowercase() == word.to_lowercase()),
                "{word} in {}",
                e.lemma
            );
        }
    }
}

#[test]
fn the_filter_takes_latin_and_russian_keyboard_spellings() {
    let v = vocab();
    let az = v
        .entries
        .iter()
        .find(|e| e.lemma == "әзербайжан")
        .expect("entry");
    for typed in ["Әзерб", "азерб", "Azerb", "Äzerb"] {
        assert!(entry_matches(az, typed), "{typed}");
    }
    assert!(!entry_matches(az, "газет"));
}
