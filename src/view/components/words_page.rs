//! `#/words`: the article's vocabulary, grouped by stem at build time and
//! loaded when first opened; filtered as you type in any script, sorted by
//! frequency or alphabet. An entry opens its occurrences in context (KWIC);
//! a person's or a place's name opens their page.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::names::index::collation_key;
use crate::core::order;
use crate::core::route::Page;
use crate::core::words::{entry_matches, fill_keys, kwic, Vocabulary, WordEntry};
use crate::view::hooks::use_lazy::{use_lazy, Lazy};
use crate::view::hooks::use_route::{use_link, Link};
use crate::view::hooks::use_t::{use_glance, use_t};
use crate::view::lib::{use_lib, Lib};
use crate::view::strings::{Plural, Strings};

/// Characters either side of the word in a context line.
const KWIC_CHARS: usize = 48;
/// Most characters of a filter looked at.
const MAX_FILTER_CHARS: usize = 60;

#[derive(Properties, PartialEq)]
pub struct WordsPageProps {
    /// The stem whose occurrences are open.
    pub word: Option<String>,
}

fn prepare(v: &mut Vocabulary) {
    v.entries.iter_mut().for_each(fill_keys);
}

/// Where an entry leads: a person's or place's page, else its occurrences.
pub fn entry_href(link: Link, e: &WordEntry) -> String {
    match (&e.person, &e.place) {
        (Some(p), _) => link.href(Page::Person(p.clone())),
        (_, Some(p)) => link.href(Page::Place(p.clone())),
        _ => link.href(Page::Words {
            word: Some(e.lemma.clone()),
        }),
    }
}

#[function_component(WordsPage)]
pub fn words_page(props: &WordsPageProps) -> Html {
    let t = use_t();
    let link = use_link();
    let g = use_glance();
    let lib = use_lib();
    let filter = use_state(String::new);
    let alphabetical = use_state(|| false);
    let vocabulary = match use_lazy::<Vocabulary>("words.json", prepare) {
        Lazy::Loading => return html! { <p class="loading" role="status">{ g.loading }</p> },
        Lazy::Failed(e) => {
            return html! { <p class="load-failed" role="alert">{ format!("{} ({e})", g.load_failed) }</p> }
        }
        Lazy::Ready(v) => v,
    };
    let mut entries: Vec<&WordEntry> = vocabulary
        .entries
        .iter()
        .filter(|e| entry_matches(e, &filter))
        .collect();
    if *alphabetical {
        order::sort_by_key(&mut entries, |e| collation_key(&e.head));
    }
    let on_input = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value().chars().take(MAX_FILTER_CHARS).collect());
        })
    };
    let sort_button = |value: bool, label: &'static str| {
        let alphabetical = alphabetical.clone();
        html! {
            <button type="button" aria-pressed={(*alphabetical == value).to_string()}
                    onclick={Callback::from(move |_| alphabetical.set(value))}>{ label }</button>
        }
    };
    let open = props
        .word
        .as_ref()
        .and_then(|w| vocabulary.entries.iter().find(|e| &e.lemma == w));
    let kwic_panel = open.map(|e| {
        let lines = e.at.iter().enumerate().map(|(i, (block, start, end))| {
            let text = lib.text_of(block).unwrap_or_default();
            let (left, word, right) = kwic(text, *start, *end, KWIC_CHARS);
            html! {
                <li key={i}>
                    <a class="kwic-line" href={place_of(link, &lib, block)}>
                        <span class="left">{ left }</span><mark>{ word }</mark><span class="right">{ right }</span>
                    </a>
                </li>
            }
        });
        html! {
            <section class="kwic" data-lemma={e.lemma.clone()} aria-labelledby="kwic-title">
                // The word is the article's (Kazakh); its heading's other words are the interface's.
                <h2 id="kwic-title"><span lang="kk">{ &e.head }</span>{ count_badge(t, e.count, &g.occurrences) }</h2>
                <p class="forms"><span>{ g.forms }{ ": " }</span><span lang="kk">{ forms_text(e) }</span></p>
                <h3>{ g.in_context }</h3>
                <ol class="kwic-lines" lang="kk">{ for lines }</ol>
                <p><a href={link.href(Page::Words { word: None })}>{ g.all_words }</a></p>
            </section>
        }
    });
    let list = entries.iter().map(|e| {
        html! {
            <li key={e.lemma.clone()} data-lemma={e.lemma.clone()} data-count={e.count.to_string()}>
                <a href={entry_href(link, e)} lang="kk">{ &e.head }</a>
                { count_badge(t, e.count, &g.occurrences) }
                <span class="forms" lang="kk">{ forms_text(e) }</span>
            </li>
        }
    });
    html! {
        <section class="words-page">
            <h1>{ g.words }</h1>
            <p class="intro">{ g.words_intro }</p>
            <p class="stats">
                <span data-total={vocabulary.total.to_string()}>{ vocabulary.total }</span>{ " " }{ t.word(vocabulary.total, &g.words_in_body) }{ " · " }
                <span data-excluded={vocabulary.excluded.to_string()}>{ vocabulary.excluded }</span>{ " " }{ t.word(vocabulary.excluded, &g.words_left_out) }
            </p>
            <details class="stopwords">
                <summary>{ g.stopwords_are }{ format!(" ({})", vocabulary.stopwords.len()) }</summary>
                <p lang="kk">{ vocabulary.stopwords.join(", ") }</p>
            </details>
            { for kwic_panel }
            <div class="people-controls">
                <label class="filter">
                    <span class="visually-hidden">{ g.filter_words }</span>
                    <input type="text" inputmode="search" autocomplete="off" spellcheck="false"
                           placeholder={g.filter_words} value={(*filter).clone()} oninput={on_input} />
                </label>
                <div class="sort" role="group" aria-label={t.sort_by}>
                    <span aria-hidden="true">{ t.sort_by }</span>
                    { sort_button(false, g.sort_frequency) }
                    { sort_button(true, g.sort_alphabet) }
                </div>
            </div>
            <p class="shown" role="status">{ t.count(entries.len(), &g.entries_shown) }</p>
            if entries.is_empty() {
                <p class="empty">{ g.no_words_match }</p>
            }
            <ol class="word-list">{ for list }</ol>
        </section>
    }
}

/// A count as a badge: the number shown, its counted word for screen
/// readers (`12 раз`), in the language's plural form.
pub fn count_badge(t: &Strings, n: usize, word: &Plural) -> Html {
    html! {
        <span class="count">{ n }<span class="visually-hidden">{ " " }{ t.word(n, word) }</span></span>
    }
}

/// The link to an occurrence: its paragraph, or its section for a title.
fn place_of(link: Link, lib: &Lib, block: &str) -> String {
    if lib.article.section(block).is_some() {
        link.href(Page::Section(block.to_string()))
    } else {
        link.href(Page::block(block))
    }
}

/// `газеті 3, газетінің 2`: the forms with their counts.
fn forms_text(e: &WordEntry) -> String {
    e.forms
        .iter()
        .map(|(f, n)| format!("{f} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
