//! Search benchmark: `cargo run --release --bin bench`.
//!
//! Reports index build time, estimated index size and query latency (p50/p95)
//! for the labelled queries of `tests/queries.json`, plus every prefix of them
//! as typed, on the article and on a synthetic corpus 100 times its size.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use qazaq_reader::core::article::{Article, Block, Reference};
use qazaq_reader::core::library::Library;
use qazaq_reader::core::people::parse_people;
use qazaq_reader::core::places::parse_places;
use qazaq_reader::core::search::{SearchIndex, TranslatedIndex};
use qazaq_reader::core::translation::{TrLang, Translation};

const COPIES: usize = 100;
const BUILD_RUNS: usize = 5;
const QUERY_ROUNDS: usize = 20;
const LIMIT: usize = 20;
/// Queries that touch most of the corpus: common words, many of them, long
/// input, loose spellings that scan the vocabulary.
const HEAVY: &[&str] = &[
    "Әзербайжан мен Қазақстан екі ел арасында байланыс",
    "және мен да де бір екі ел",
    "Azerbaijan Kazakhstan",
    "Kазахстан Азербайджан сотрудничество",
    "а",
    "ә",
    "\"екі елдің\"",
    "xqzwvy blorf snark",
];

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (article, queries) = match load(root) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let typed = typed_prefixes(&queries);
    let mut heavy: Vec<String> = HEAVY.iter().map(|s| s.to_string()).collect();
    heavy.push("Қазақстан ".repeat(1000));
    println!(
        "{} labelled queries, {} as-you-type prefixes, {} heavy queries",
        queries.len(),
        typed.len(),
        heavy.len()
    );
    let sets = [
        ("labelled queries", &queries),
        ("as-you-type prefixes", &typed),
        ("heavy queries", &heavy),
    ];
    report("article", &article, &sets);
    if let Err(e) = report_translations(root, &article, &sets) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    report(
        &format!("{COPIES}x synthetic"),
        &synthetic(&article, COPIES),
        &sets,
    );
    ExitCode::SUCCESS
}

fn load(root: &Path) -> Result<(Article, Vec<String>), String> {
    let read = |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));
    let article: Article =
        serde_json::from_str(&read("data/article.json")?).map_err(|e| e.to_string())?;
    let labelled: Vec<serde_json::Value> =
        serde_json::from_str(&read("tests/queries.json")?).map_err(|e| e.to_string())?;
    let queries = labelled
        .iter()
        .filter_map(|q| q.get("query")?.as_str().map(str::to_string))
        .collect();
    Ok((article, queries))
}

/// Every prefix of every query, char by char, as the box sends them.
fn typed_prefixes(queries: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for q in queries {
        let mut s = String::new();
        for c in q.chars() {
            s.push(c);
            out.push(s.clone());
        }
    }
    out
}

fn report(name: &str, article: &Article, sets: &[(&str, &Vec<String>)]) {
    let mut builds = Vec::new();
    let mut index = SearchIndex::build(article);
    for _ in 0..BUILD_RUNS {
        let t = Instant::now();
        index = SearchIndex::build(article);
        builds.push(t.elapsed());
    }
    builds.sort();
    println!(
        "\n== {name}: {} docs, {} terms",
        index.doc_count(),
        index.term_count()
    );
    println!(
        "build (median of {BUILD_RUNS}): {:.2} ms",
        ms(builds[BUILD_RUNS / 2])
    );
    println!(
        "index size (estimated heap): {} bytes ({:.1} KiB)",
        index.heap_bytes(),
        index.heap_bytes() as f64 / 1024.0
    );
    for &(label, set) in sets {
        let mut samples = Vec::with_capacity(set.len() * QUERY_ROUNDS);
        let mut hits = 0;
        for _ in 0..QUERY_ROUNDS {
            for q in set.iter() {
                let t = Instant::now();
                let r = index.search(q, LIMIT);
                samples.push(t.elapsed());
                hits += r.hits.len();
            }
        }
        samples.sort();
        let pick = |p: f64| samples[((samples.len() - 1) as f64 * p) as usize];
        println!(
            "{label}: p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms ({} samples, {hits} hits)",
            ms(pick(0.50)),
            ms(pick(0.95)),
            ms(pick(1.0)),
            samples.len()
        );
    }
}

/// The translations' indexes (built on the first search once they are
/// fetched) and searching the Kazakh text and both translations together.
fn report_translations(
    root: &Path,
    article: &Article,
    sets: &[(&str, &Vec<String>)],
) -> Result<(), String> {
    let read = |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));
    let people = parse_people(&read("data/people.json")?).map_err(|e| e.to_string())?;
    let places = parse_places(&read("data/places.json")?).map_err(|e| e.to_string())?;
    let lib = Library::computed(article.clone(), people, places);
    for lang in TrLang::ALL {
        let path = format!("data/translations/{}.json", lang.code());
        let raw = read(&path)?;
        let tr: Translation = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
        let mut builds = Vec::new();
        let mut index = TranslatedIndex::build(article, &tr, lang);
        for _ in 0..BUILD_RUNS {
            let t = Instant::now();
            index = TranslatedIndex::build(article, &tr, lang);
            builds.push(t.elapsed());
        }
        builds.sort();
        println!(
            "\n== translation {}: {} bytes of JSON, {} stems; build (median of {BUILD_RUNS}): {:.2} ms; index size (estimated heap): {} bytes ({:.1} KiB)",
            lang.code(),
            raw.len(),
            index.term_count(),
            ms(builds[BUILD_RUNS / 2]),
            index.heap_bytes(),
            index.heap_bytes() as f64 / 1024.0
        );
        lib.set_translation(lang, tr);
    }
    let _ = lib.search_all("warm", 1);
    println!("== article + both translations (search_all)");
    for &(label, set) in sets {
        let mut samples = Vec::with_capacity(set.len() * QUERY_ROUNDS);
        for _ in 0..QUERY_ROUNDS {
            for q in set.iter() {
                let t = Instant::now();
                let _ = lib.search_all(q, LIMIT);
                samples.push(t.elapsed());
            }
        }
        samples.sort();
        let pick = |p: f64| samples[((samples.len() - 1) as f64 * p) as usize];
        println!(
            "{label}: p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms",
            ms(pick(0.50)),
            ms(pick(0.95)),
            ms(pick(1.0)),
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `copies` copies of the article with ids suffixed; every copy but the
/// first has the words of each block shuffled, so the vocabulary stays the
/// article's but phrases and positions differ.
fn synthetic(article: &Article, copies: usize) -> Article {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut out = article.clone();
    out.sections.clear();
    out.bibliography.entries.clear();
    for k in 0..copies {
        let mut shuffle = |text: &str| {
            if k == 0 {
                return text.to_string();
            }
            let mut words: Vec<&str> = text.split_whitespace().collect();
            for i in (1..words.len()).rev() {
                words.swap(i, rng.below(i + 1));
            }
            words.join(" ")
        };
        for s in &article.sections {
            let mut s2 = s.clone();
            s2.id = format!("{}-{k}", s.id);
            s2.blocks = s
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Paragraph { id, text } => Block::Paragraph {
                        id: format!("{id}-{k}"),
                        text: shuffle(text),
                    },
                    Block::Figure { id, caption } => Block::Figure {
                        id: format!("{id}-{k}"),
                        caption: shuffle(caption),
                    },
                })
                .collect();
            out.sections.push(s2);
        }
        for r in &article.bibliography.entries {
            out.bibliography.entries.push(Reference {
                id: format!("{}-{k}", r.id),
                text: shuffle(&r.text),
                url: r.url.clone(),
            });
        }
    }
    out
}

/// A tiny deterministic generator, so runs are comparable.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}
