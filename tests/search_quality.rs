//! Retrieval quality on a labelled query set (`tests/queries.json`): every
//! label lists the blocks a reader would expect in the first five results.

mod common;

use std::collections::BTreeMap;

use qazaq_reader::core::library::Library;
use qazaq_reader::core::translation::TrLang;
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    query: String,
    kind: String,
    expect: Vec<String>,
}

/// Every kind of query (inflection, Latin, English, Russian …) must reach it.
const MIN_RECALL_AT_5: f64 = 0.95;
/// Queries of each cross-language kind, at least.
const MIN_TRANSLATED_QUERIES: usize = 15;
/// Every kind of query must also rank a right block high: mean reciprocal rank.
const MIN_MRR: f64 = 0.9;
/// The queries that find every expected block in their first five results
/// today: none of them may stop doing so.
const HITS_FIXTURE: &str = "tests/fixtures/search_hits.json";

/// The article with both translations loaded, as after the first search.
fn library() -> Library {
    common::library_with(&TrLang::ALL)
}

fn load() -> (Library, Vec<Labelled>) {
    let queries: Vec<Labelled> =
        serde_json::from_str(&common::read("tests/queries.json")).expect("queries parse");
    (library(), queries)
}

#[test]
fn recall_at_5_and_mrr() {
    let (lib, queries) = load();
    assert!(queries.len() >= 40, "the set must stay broad");
    // kind → (queries, recall sum, reciprocal rank sum)
    let mut kinds: BTreeMap<&str, (usize, f64, f64)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut hits: Vec<&str> = Vec::new();
    for q in &queries {
        let results = lib.search_all(&q.query, 10);
        let ids: Vec<&str> = results
            .hits
            .iter()
            .map(|f| f.hit.block_id.as_str())
            .collect();
        let top5 = &ids[..ids.len().min(5)];
        let found = q
            .expect
            .iter()
            .filter(|e| top5.contains(&e.as_str()))
            .count();
        if found == q.expect.len() {
            hits.push(&q.query);
        }
        let first = ids.iter().position(|id| q.expect.iter().any(|e| e == id));
        let k = kinds.entry(&q.kind).or_default();
        k.0 += 1;
        k.1 += found as f64 / q.expect.len() as f64;
        k.2 += first.map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        if found < q.expect.len() || first != Some(0) {
            misses.push(format!(
                "  [{}] {:?}: expected {:?}, got {:?}",
                q.kind, q.query, q.expect, top5
            ));
        }
    }
    let (n, recall, rr) = kinds
        .values()
        .fold((0, 0.0, 0.0), |a, k| (a.0 + k.0, a.1 + k.1, a.2 + k.2));
    println!(
        "queries: {n}  recall@5: {:.3}  MRR: {:.3}",
        recall / n as f64,
        rr / n as f64
    );
    for (kind, (n, recall, rr)) in &kinds {
        let n = *n as f64;
        println!(
            "  {kind:<18} {n:>3}  recall@5: {:.3}  MRR: {:.3}",
            recall / n,
            rr / n
        );
    }
    if !misses.is_empty() {
        println!("not perfect (an expected block missing from the top 5, or not first):");
    }
    for m in &misses {
        println!("{m}");
    }
    for lang in ["english", "russian"] {
        let n = kinds.get(lang).map_or(0, |k| k.0);
        assert!(n >= MIN_TRANSLATED_QUERIES, "only {n} {lang} queries");
    }
    for (kind, (n, recall, rr)) in &kinds {
        let recall = recall / *n as f64;
        assert!(
            recall >= MIN_RECALL_AT_5,
            "{kind}: recall@5 {recall:.3} below {MIN_RECALL_AT_5}"
        );
        let mrr = rr / *n as f64;
        assert!(mrr >= MIN_MRR, "{kind}: MRR {mrr:.3} below {MIN_MRR}");
    }
    let baseline: Vec<String> =
        serde_json::from_str(&common::read(HITS_FIXTURE)).expect("hits fixture parses");
    let lost: Vec<&String> = baseline
        .iter()
        .filter(|q| !hits.contains(&q.as_str()))
        .collect();
    assert!(
        lost.is_empty(),
        "queries that were hits are now misses: {lost:?}"
    );
    let new: Vec<&&str> = hits
        .iter()
        .filter(|q| !baseline.iter().any(|b| b == **q))
        .collect();
    if !new.is_empty() {
        println!("new hits, to add to {HITS_FIXTURE}: {new:?}");
    }
}

#[test]
fn every_hit_leads_to_a_rendered_block() {
    let (lib, queries) = load();
    let article = common::article();
    let mut ids: Vec<String> = article
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.id().to_string()))
        .collect();
    ids.extend(article.bibliography.entries.iter().map(|r| r.id.clone()));
    // The front matter's lines, each rendered with its id.
    ids.extend(article.front_matter().map(|(id, _)| id.to_string()));
    for q in &queries {
        for f in lib.search_all(&q.query, 50).hits {
            let h = f.hit;
            assert!(
                ids.contains(&h.block_id),
                "{} from {:?}",
                h.block_id,
                q.query
            );
        }
    }
}
